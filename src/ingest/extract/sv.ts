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

/**
 * A `\b` before something that must begin with a word character can only be the start of a word, and is written
 * `(?<!W)`: the same matches, but V8 can then skip ahead to the characters a match can start with, where the
 * two-sided boundary B (an alternative of look-arounds) made it run the look-behinds at every offset of the text.
 * Those scans were half of all extraction time (issue 6: 3–4× faster). The look-behind still comes first, so a
 * position inside a word fails at once, as before: no pattern backtracks more than it did.
 */
const START_OF_WORD = `(?<!${WORD})`;

/** Compiles a pattern source written in correct Swedish into an OCR-tolerant, Unicode-aware RegExp. */
export function sv(source: string, flags = 'iu'): RegExp {
  return new RegExp(svSource(source), flags.includes('u') ? flags : flags + 'u');
}

// Patterns built from names found in input (a project named in a text, a municipality) are asked for again from
// document to document; compiling them anew each time was about a tenth of extraction (issue 6). The names come
// from input, so only the thousand compiled last are kept.
const kept = new Map<string, RegExp>();
const KEPT_PATTERNS = 1000;

/** sv(), for a pattern built at run time: compiled once while it is among the last thousand asked for anew. */
export function svKept(source: string, flags = 'iu'): RegExp {
  const key = `${flags}/${source}`;
  let re = kept.get(key);
  if (!re) {
    re = sv(source, flags);
    if (kept.size >= KEPT_PATTERNS) kept.delete(kept.keys().next().value as string);
    kept.set(key, re);
  }
  return re;
}

/** The RegExp source sv() compiles; `plainBoundaries` keeps every `\b` two-sided (for tests that compare). */
export function svSource(source: string, o: { plainBoundaries?: boolean } = {}): string {
  let out = '';
  let cls = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i] as string;
    if (ch === '\\') {
      const next = source[i + 1] ?? '';
      if (next === 'b' && !cls) out += !o.plainBoundaries && mustStartWithWordChar(source, i + 2) ? START_OF_WORD : B;
      else out += ch + next;
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
  return out;
}

const IS_WORD_CHAR = new RegExp(`^${WORD}$`, 'u');
const WORD_ESCAPE = /^\\(?:p\{(?:L|Lu|Ll|N)\}|w|d)/u;
// a class all of whose members are word characters: letters, digits, _, \p{L} …, and ranges a-z, A-Z, 0-9
const WORD_CLASS = new RegExp(`^(?:\\\\p\\{(?:L|Lu|Ll|N)\\}|\\\\[wd]|[a-z]-[a-z]|[A-Z]-[A-Z]|[0-9]-[0-9]|${WORD}(?!-))+$`, 'u');

/**
 * Whether every match of the sv() source from offset i must begin with a word character. Reads the first atom:
 * a word character, a word escape or class, or a group every alternative of which must; an atom that may be
 * skipped (?, *, {0,…}) if it must and so must what follows it; a `\b` if what follows it must. Anything else is
 * "not sure" and answers false.
 */
export function mustStartWithWordChar(source: string, i: number): boolean {
  // a boundary consumes nothing: what follows it decides
  if (source.startsWith('\\b', i)) return !QUANTIFIER.test(source.slice(i + 2)) && mustStartWithWordChar(source, i + 2);
  const atom = firstAtom(source, i);
  if (!atom?.word) return false;
  const optional = OPTIONAL.exec(source.slice(atom.end));
  // an optional atom that would begin with a word character: then so must whatever follows it ("(?:x )?y")
  return !optional || mustStartWithWordChar(source, atom.end + optional[0].length);
}
const QUANTIFIER = /^(?:[?*+]|\{\d)/u;
/** A quantifier that allows zero repetitions, lazy or not. */
const OPTIONAL = /^(?:[?*]|\{0(?:,\d*)?\})\??/u;

function firstAtom(source: string, i: number): { end: number; word: boolean } | null {
  const ch = source[i];
  if (ch === undefined) return null;
  if (ch === '\\') {
    const m = WORD_ESCAPE.exec(source.slice(i));
    return { end: i + (m?.[0].length ?? 2), word: !!m };
  }
  if (ch === '[') {
    const close = closingBracket(source, i);
    if (close < 0) return null;
    return { end: close + 1, word: WORD_CLASS.test(source.slice(i + 1, close)) };
  }
  if (ch === '(') {
    const close = closingParen(source, i);
    if (close < 0) return null;
    const head = /^\((?:\?:|\?<[\p{L}_][\p{L}\p{N}_]*>)?/u.exec(source.slice(i))?.[0] ?? '(';
    if (/^\(\?(?:[=!]|<[=!])/u.test(source.slice(i))) return { end: close + 1, word: false }; // a look-around
    const alternatives = splitAlternatives(source.slice(i + head.length, close));
    return { end: close + 1, word: alternatives.every((a) => a !== '' && mustStartWithWordChar(a, 0)) };
  }
  return { end: i + 1, word: IS_WORD_CHAR.test(ch) };
}

function closingBracket(source: string, i: number): number {
  for (let k = i + 1; k < source.length; k++) {
    if (source[k] === '\\') k++;
    else if (source[k] === ']') return k;
  }
  return -1;
}

function closingParen(source: string, i: number): number {
  let depth = 0;
  for (let k = i; k < source.length; k++) {
    const ch = source[k];
    if (ch === '\\') k++;
    else if (ch === '[') k = closingBracket(source, k);
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return k;
    if (k < 0) return -1;
  }
  return -1;
}

/** A group's body split at its own `|`s (not those of nested groups or classes). */
function splitAlternatives(body: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let k = 0; k < body.length; k++) {
    const ch = body[k];
    if (ch === '\\') k++;
    else if (ch === '[') {
      k = closingBracket(body, k);
      if (k < 0) return [''];
    } else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) {
      out.push(body.slice(start, k));
      start = k + 1;
    }
  }
  out.push(body.slice(start));
  return out;
}

/** Escapes a literal for use inside a pattern source. */
export function esc(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
}

/** All matches of a global regex, with their offsets. */
export function* matches(re: RegExp, text: string, from = 0, to = text.length): Generator<RegExpExecArray> {
  const g = re.global ? re : new RegExp(re.source, re.flags + 'g');
  g.lastIndex = from;
  for (let m = g.exec(text); m && m.index < to; m = g.exec(text)) {
    yield m;
    // past an empty match by a whole character: V8 moves a lastIndex inside a surrogate pair back to its start
    if (m[0].length === 0) g.lastIndex = afterCodePoint(text, m.index);
  }
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
