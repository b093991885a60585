/**
 * The layout of a document, recovered from plain text: headings, paragraphs and list items (bullets, numbers,
 * the OCR's "e" for a bullet), each with its sentences. Rules need it to tell a heading ("Förslag till beslut")
 * from a sentence, a finding in a bullet list from a recommendation, and which line introduces a list.
 * All offsets index the normalized text.
 */
import type { Span } from './spans.js';

export type UnitType = 'heading' | 'para' | 'item' | 'quote';

export interface Unit extends Span {
  type: UnitType;
  /** Index of the unit's first line. */
  line: number;
  sentences: Span[];
  /** For list items: index of the unit that introduces the list (a line ending in ':'), if any. */
  intro?: number;
}

export interface Structure {
  text: string;
  lines: Span[];
  units: Unit[];
}

// A bullet, dash, number or the OCR's lone "e" before a capital (the seed's damaged "•").
const BULLET = /^[ \t]*(?:[•●▪◦·*]|e(?=[ \t]+[A-ZÅÄÖ|])|\d{1,2}[.)](?=[ \t]*\S)|[a-z]\)(?=[ \t]))[ \t]*/u;
const HYPHEN = /^[ \t]*-[ \t]+/u; // a hyphen line is a list item ("- Motionerna lämnas över ...")
const DASH = /^[ \t]*[–—][ \t]+/u; // a dash line: a list item after an intro or item, otherwise quoted speech
const TERMINAL = /[.!?:;,]["”’)\]]*$/u;
const STARTS_UPPER = /^[\s"”'(–—-]*[\p{Lu}\d|§]/u;
// Abbreviations after which a period does not end a sentence.
const ABBREV = /(?:^|[\s(])(?:m\.fl|t\.ex|bl\.a|m\.m|d\.v\.s|dvs|skr|prop|nr|ca|jfr|kap|resp|f\.d|t\.o\.m|fr\.o\.m|osv|inkl|exkl|ang|enl|s|st|p|Dnr|dnr)\.$/u;

function splitLines(text: string): Span[] {
  const lines: Span[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      lines.push({ start, end: i });
      start = i + 1;
    }
  }
  return lines;
}

/** Sentence spans inside [start, end): split after . ! ? … when a capital, digit, quote or dash follows. */
export function sentences(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  let s = start;
  const re = /[.!?…]+["”’)]*(?=\s+["”'–—(]?[\p{Lu}\d])/gu;
  // Fuzzing found this quadratic (issue 5): a search that finds nothing before `end` went on to the end of the
  // text, for every unit. Search only as far as a match starting before `end` can look ahead.
  let limit = end;
  while (limit < text.length && /\s/.test(text[limit] as string)) limit++;
  const window = text.slice(0, Math.min(text.length, limit + 2));
  re.lastIndex = start;
  for (let m = re.exec(window); m && m.index < end; m = re.exec(window)) {
    const stop = m.index + m[0].length;
    const head = text.slice(s, stop).trim();
    // "Ärende 18." or "§ 52." or "1." open a heading, they do not make a sentence of their own
    const isLabel = head.split(/\s+/).length <= 2 && /\d[.)]$/.test(head);
    if (ABBREV.test(text.slice(Math.max(s, stop - 12), stop)) || isLabel) continue;
    out.push(trim(text, s, stop));
    s = stop;
  }
  if (text.slice(s, end).trim()) out.push(trim(text, s, end));
  return out.filter((x) => x.end > x.start);
}

function trim(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start] as string)) start++;
  while (end > start && /\s/.test(text[end - 1] as string)) end--;
  return { start, end };
}

export function structure(text: string): Structure {
  const lines = splitLines(text);
  const units: Unit[] = [];
  const str = (l: Span | undefined) => (l ? text.slice(l.start, l.end) : '');
  const blank = (i: number) => !str(lines[i]).trim();
  let cur: Unit | undefined;
  const close = () => {
    if (cur && cur.end > cur.start) units.push(cur);
    cur = undefined;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Span;
    const s = str(line);
    if (!s.trim()) {
      close();
      continue;
    }
    const bullet = BULLET.exec(s) ?? HYPHEN.exec(s) ?? DASH.exec(s);
    if (bullet) {
      close();
      const type = DASH.test(s) && !listContinues(units, text) ? 'quote' : 'item';
      cur = { type, line: i, sentences: [], ...trim(text, line.start + bullet[0].length, line.end) };
      continue;
    }
    const prev = str(lines[i - 1]).trim();
    // The next non-blank line, without copying the rest of the lines for every line (quadratic; issue 5).
    let nextIndex = i + 1;
    while (nextIndex < lines.length && blank(nextIndex)) nextIndex++;
    const next = lines[nextIndex];
    const continues = cur && cur.type !== 'heading' && !TERMINAL.test(prev) && prev !== '';
    const heading =
      !continues &&
      s.trim().length <= 150 &&
      !TERMINAL.test(s.trim()) &&
      next !== undefined &&
      (blank(i + 1) || STARTS_UPPER.test(str(next)));
    if (heading) {
      close();
      units.push({ type: 'heading', line: i, sentences: [], ...trim(text, line.start, line.end) });
      continue;
    }
    if (cur && (cur.type === 'para' || continues)) cur.end = line.end;
    else {
      close();
      cur = { type: 'para', line: i, sentences: [], ...trim(text, line.start, line.end) };
    }
  }
  close();
  // A list's intro is the last unit before it that is not an item: tracked as we go, since looking back from
  // every item made long bullet lists quadratic (issue 5).
  let lastNonItem: number | undefined;
  for (const [k, u] of units.entries()) {
    u.sentences = u.type === 'heading' ? [{ start: u.start, end: u.end }] : sentences(text, u.start, u.end);
    if (u.type === 'item') u.intro = introOf(units, lastNonItem, text);
    else lastNonItem = k;
  }
  return { text, lines, units };
}

/** Whether the previous unit is a list item or a line ending in ':' (so a dash line is an item, not speech). */
function listContinues(units: Unit[], text: string): boolean {
  const u = units[units.length - 1];
  return !!u && (u.type === 'item' || text.slice(u.start, u.end).trimEnd().endsWith(':'));
}

/** The unit that introduces a list: the last non-item unit before it, if that ends in ':'. */
function introOf(units: Unit[], j: number | undefined, text: string): number | undefined {
  const u = j === undefined ? undefined : units[j];
  return u && text.slice(u.start, u.end).trimEnd().endsWith(':') ? j : undefined;
}
