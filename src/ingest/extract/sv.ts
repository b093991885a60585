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
  return new RegExp(out, flags.includes('u') ? flags : flags + 'u');
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
    if (m[0].length === 0) g.lastIndex++;
  }
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
