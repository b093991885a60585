/**
 * Repairs that depend on the token's place on its line rather than on the dictionary:
 *  - a lone '|' opening a line before a word is a capital I ("| kommunstyrelsens" → "I kommunstyrelsens");
 *    a line with another '|' is a table or a title separator ("Motion | Sverigedemokraterna") and is left alone;
 *  - a lone 'e' opening a line before a word is a list bullet that OCR read as a letter. We write it as "•"
 *    (U+2022), the bullet the clean corpus texts use, so the extractor sees a list item. 'e' alone is not a
 *    Swedish word (the abbreviation is "e." with its point, which is not followed by a space and a word here).
 */
import type { Token } from './tokenize.js';

export interface LineRepair {
  to: string;
  reason: string;
}

export function lineRepair(raw: string, token: Token, next: Token | undefined): LineRepair | undefined {
  if (!token.lineInitial || next === undefined) return undefined;
  const between = raw.slice(token.end, next.start);
  if (!/^[ \t]+$/.test(between)) return undefined;
  if (token.text === '|' && /^\p{L}/u.test(next.text) && !lineOf(raw, token).slice(1).includes('|')) {
    return { to: 'I', reason: 'ocr:bar-as-I' };
  }
  if (token.text === 'e' && /^(\||\p{L})/u.test(next.text)) return { to: '•', reason: 'ocr:bullet' };
  return undefined;
}

/** The token's line from the token on. */
function lineOf(raw: string, token: Token): string {
  const end = raw.indexOf('\n', token.start);
  return raw.slice(token.start, end < 0 ? raw.length : end);
}
