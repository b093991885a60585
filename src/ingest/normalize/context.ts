/**
 * Chooses between spellings that are all valid words (ar/är/år, vald/våld ...) for one token, from
 *  - how common each spelling is (lexicon FREQUENCY),
 *  - how damaged the document is: a spelling with diacritics was only written without them if OCR lost
 *    them, which happens with the document's own rate d; so it is weighted by ln d,
 *  - the neighbouring words (lexicon CUES).
 * Scores are natural-log odds, so the three add.
 */
import { CUES, FREQUENCY, type Cues } from './lexicon.js';
import { fold } from './text.js';

/** How much likelier the winner must be than the spelling on the page (e^1 ≈ 2.7 times) before we change it. */
export const CHANGE_MARGIN = 1;

/** The words around a token, folded; undefined where punctuation or a line of its own separates them. */
export interface Neighbours {
  prev?: string;
  next?: string;
  prevIsNumber: boolean;
  nextIsNumber: boolean;
}

const groups = new Map<string, string[]>();
for (const word of Object.keys(FREQUENCY)) {
  const key = fold(word);
  groups.set(key, [...(groups.get(key) ?? []), word]);
}

/** The lexicon's spellings that OCR could have folded into `word` (lower case), or [] if it lists none. */
export function spellingsOf(word: string): string[] {
  return groups.get(fold(word)) ?? [];
}

/**
 * Frequency of a spelling, or of its head if it is a compound the lexicon does not list: Swedish compounds
 * are head-final, so "skolhälsovården" is as much likelier than "skolhälsovärden" as "vården" is than "värden".
 */
export function frequencyOf(spelling: string): number | undefined {
  const direct = FREQUENCY[spelling];
  if (direct !== undefined) return direct;
  for (let i = 3; i <= spelling.length - 3; i++) {
    const head = FREQUENCY[spelling.slice(i)];
    if (head !== undefined) return head;
  }
  return undefined;
}

function cueScore(cues: Cues | undefined, n: Neighbours): number {
  if (!cues) return 0;
  let score = 0;
  if (n.prev !== undefined) {
    score += cues.prev?.[n.prev] ?? 0;
    for (const [ending, weight] of cues.prevEndings ?? []) if (n.prev.endsWith(ending)) score += weight;
  }
  if (n.next !== undefined) {
    score += cues.next?.[n.next] ?? 0;
    for (const [ending, weight] of cues.nextEndings ?? []) if (n.next.endsWith(ending)) score += weight;
  }
  if (n.prevIsNumber) score += cues.afterNumber ?? 0;
  if (n.nextIsNumber) score += cues.beforeNumber ?? 0;
  return score;
}

/**
 * Log-odds score of reading the token as `spelling` (lower case). `damaged` says whether this reading implies
 * that OCR lost a diacritic, which costs ln(damageRate).
 */
export function scoreSpelling(spelling: string, damaged: boolean, lnDamageRate: number, n: Neighbours): number {
  const frequency = frequencyOf(spelling) ?? 1;
  return Math.log(frequency) + (damaged ? lnDamageRate : 0) + cueScore(CUES[spelling], n);
}

/**
 * For a valid token that the lexicon knows: the spelling to use instead, or undefined to keep it.
 * `observed` is the token in lower case.
 */
export function chooseBothWays(observed: string, lnDamageRate: number, n: Neighbours): string | undefined {
  // OCR loses diacritics, it does not add them: a word written with å, ä or ö is as its author wrote it.
  if (fold(observed) !== observed) return undefined;
  const spellings = spellingsOf(observed);
  if (!spellings.includes(observed)) return undefined;
  const keep = scoreSpelling(observed, false, lnDamageRate, n);
  let best: string | undefined;
  let bestScore = keep + CHANGE_MARGIN;
  for (const s of spellings) {
    if (s === observed) continue;
    const score = scoreSpelling(s, true, lnDamageRate, n);
    if (score >= bestScore) {
      best = s;
      bestScore = score;
    }
  }
  return best;
}
