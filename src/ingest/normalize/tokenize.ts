/**
 * Splits raw text into the word tokens the normalizer may replace. A token is a run of letters, digits and
 * '|' (OCR reads a capital I as '|', and reads ö as '6' inside words, so both belong to the word). Everything
 * else (spaces, punctuation, hyphens, colons) separates tokens and is never changed, which keeps every change
 * a whole-token replacement with an exact raw span.
 */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** Only spaces or tabs stand between the start of its line and the token. */
  lineInitial: boolean;
  /** First word of a sentence or paragraph (after . ! ? : or a bullet, a blank line, or at the start). */
  sentenceInitial: boolean;
  /** The text between the previous token and this one is whitespace only (so they are neighbours in a phrase). */
  joinedToPrevious: boolean;
}

const TOKEN = /[\p{L}\p{N}|]+/gu;
const SENTENCE_END = new Set(['.', '!', '?', ':', '•', '"', '”', '»']);

export function tokenize(raw: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (const m of raw.matchAll(TOKEN)) {
    const start = m.index;
    const first = tokens.length === 0;
    // Everything between the previous token and this one: enough to tell line and sentence starts.
    const gap = raw.slice(previousEnd, start);
    const visible = gap.trimEnd();
    const lastVisible = visible.length > 0 ? visible.charAt(visible.length - 1) : first ? undefined : 'x';
    tokens.push({
      text: m[0],
      start,
      end: start + m[0].length,
      lineInitial: (first ? /(^|\n)[ \t]*$/ : /\n[ \t]*$/).test(gap),
      sentenceInitial: lastVisible === undefined || SENTENCE_END.has(lastVisible) || /\n[ \t]*\n/.test(gap),
      joinedToPrevious: !first && /^\s+$/.test(gap),
    });
    previousEnd = start + m[0].length;
  }
  return tokens;
}
