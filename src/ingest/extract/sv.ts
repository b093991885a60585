/**
 * Regular expressions for Swedish text that tolerate what OCR does to it. The normalizer repairs most damage, but
 * not all (valid-both-ways words, names), so rules are written in correct Swedish and compiled so that å, ä and ö
 * also match their usual OCR substitutes (å→a; ä→a, i, é, 'dé'; ö→o, é, 6, d); a space matches spaces with
 * at most one line break, since lines wrap anywhere but a blank line ends a paragraph. `\b` is made Unicode-aware:
 * JavaScript's own \b treats å, ä and ö as non-word characters.
 */
const inClass: Record<string, string> = { å: 'åa', ä: 'äaié', ö: 'öoé6d', Å: 'ÅA', Ä: 'ÄA', Ö: 'ÖO' };
const outClass: Record<string, string> = {
  å: '[åa]',
  ä: '(?:[äaié]|d[ée])',
  ö: '[öoé6d]',
  Å: '[ÅA]',
  Ä: '[ÄA]',
  Ö: '[ÖO]',
};
const WORD = '[\\p{L}\\p{N}_]';
export const B = `(?:(?<!${WORD})(?=${WORD})|(?<=${WORD})(?!${WORD}))`;

/** Compiles a pattern source written in correct Swedish into an OCR-tolerant, Unicode-aware RegExp. */
export function sv(source: string, flags = 'iu'): RegExp {
  let out = '';
  let cls = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i] as string;
    if (ch === '\\') {
      const next = source[i + 1] ?? '';
      out += next === 'b' && !cls ? B : ch + next;
      i++;
    } else if (ch === '[' && !cls) {
      cls = true;
      out += ch;
    } else if (ch === ']' && cls) {
      cls = false;
      out += ch;
    } else if (ch in inClass) out += cls ? inClass[ch] : outClass[ch];
    // A line may wrap between two words, a paragraph may not. Written so that a run of spaces matches one way
    // only: `[ \t]+\n?[ \t]*` could split a run anywhere, and a pattern with several spaces then backtracked
    // polynomially on text with wide gaps (fuzzing found 540 characters that took minutes; issue 5).
    else if (ch === ' ' && !cls) out += '(?:[ \\t]+(?:\\n[ \\t]*)?|\\n[ \\t]*)';
    else out += ch;
  }
  return new WordRegExp(out, flags.includes('u') ? flags : flags + 'u');
}

/** Escapes a literal for use inside a pattern source. */
export function esc(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
}

/**
 * A regex whose source opens with the word boundary B (and has no top-level alternative) searches without it and
 * checks the boundary at each candidate start instead. A pattern that opens with a lookaround keeps V8 from
 * skipping ahead to the characters a match can start with, so it ran the lookbehind at every offset of the text:
 * these searches were half of all extraction time, and are 4–5× faster so. The matches are the same: a match starts
 * at p exactly when the boundary holds at p and the rest matches at p, and the rest is tried at every p in order.
 * exec keeps RegExp's own contract (lastIndex for global regexes, start 0 otherwise), so test, match, replace and
 * matchAll, which call exec, work unchanged; sticky regexes (split makes them) search the ordinary way.
 */
export class WordRegExp extends RegExp {
  /** A global regex that finds candidate matches: the source without its opening boundary where it can go. */
  private readonly scanner: RegExp;
  private readonly boundaryFirst: boolean;

  constructor(pattern: string | RegExp, flags?: string) {
    super(pattern, flags);
    const rest = this.source.startsWith(B) ? this.source.slice(B.length) : null;
    this.boundaryFirst = rest !== null && !this.sticky && !hasTopLevelAlternative(rest);
    this.scanner = new RegExp(this.boundaryFirst ? (rest as string) : this.source, this.global ? this.flags : this.flags + 'g');
  }

  override exec(text: string): RegExpExecArray | null {
    if (!this.boundaryFirst) return super.exec(text);
    const from = this.global ? this.lastIndex : 0;
    const m = from > text.length ? null : this.execAt(text, from);
    if (this.global) this.lastIndex = m ? m.index + m[0].length : 0;
    return m;
  }

  /** The first match that starts at or after `from`, whatever the flags; lastIndex is neither read nor set. */
  execAt(text: string, from: number): RegExpExecArray | null {
    const scanner = this.scanner;
    scanner.lastIndex = from;
    for (let m = scanner.exec(text); m; m = scanner.exec(text)) {
      if (!this.boundaryFirst) return m;
      BOUNDARY_AT.lastIndex = m.index;
      if (BOUNDARY_AT.test(text)) return m;
      scanner.lastIndex = afterCodePoint(text, m.index);
    }
    return null;
  }
}
const BOUNDARY_AT = new RegExp(B, 'uy');

/** Whether a pattern source has a `|` outside every group and class (`a|b`), so that its head binds one side only. */
export function hasTopLevelAlternative(source: string): boolean {
  let depth = 0;
  let cls = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (cls) cls = ch !== ']';
    else if (ch === '[') cls = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) return true;
  }
  return false;
}

/** All matches of a regex that start in [from, to), with their offsets. */
export function* matches(re: RegExp, text: string, from = 0, to = text.length): Generator<RegExpExecArray> {
  const next = re instanceof WordRegExp ? (i: number) => re.execAt(text, i) : execFrom(re, text);
  let m = next(from);
  while (m && m.index < to) {
    yield m;
    // past an empty match by a whole character: V8 moves a lastIndex inside a surrogate pair back to its start
    m = next(m[0].length ? m.index + m[0].length : afterCodePoint(text, m.index));
  }
}

function execFrom(re: RegExp, text: string): (from: number) => RegExpExecArray | null {
  const g = new RegExp(re.source, re.global ? re.flags : re.flags + 'g');
  return (from) => {
    g.lastIndex = from;
    return g.exec(text);
  };
}

/** The offset after the character at i (two UTF-16 units for one outside the Basic Multilingual Plane). */
function afterCodePoint(text: string, i: number): number {
  return i + ((text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1);
}

/** Folds case and diacritics so that OCR-damaged and correct spellings compare equal. */
export function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
