/**
 * What a single word, out of context, can be: fine as it is, a valid word the lexicon says may have lost its
 * diacritics, a damaged word with dictionary-valid repairs, or unknown (a name, a foreign word, a typo).
 * The answer depends only on the word, so it is computed once and cached for every later document.
 */
import { MAX_COST, mayBeDamaged, variantsAtCost, type Variant } from './candidates.js';
import { spellingsOf } from './context.js';
import type { Speller } from './hunspell.js';

export type WordAnalysis =
  | { kind: 'skip' }
  | { kind: 'word' }
  /** Valid, but the lexicon lists other spellings with diacritics: context decides. */
  | { kind: 'both-ways' }
  /**
   * Not a word; these variants are, all at the lowest cost that gives a word. (Looking one edit further finds
   * "pågår" behind "pågar", which Hunspell accepts as a compound, but breaks more words than it mends: measured.)
   */
  | { kind: 'repair'; candidates: Variant[] }
  | { kind: 'unknown' };

/**
 * Hunspell checks allowed per unknown word. A check of a long invalid compound can take milliseconds, so this
 * bounds the first sight of a long unknown word with many a's and o's (about 0.1 s at worst; cached after).
 */
const CHECK_BUDGET = 300;
const CACHE_LIMIT = 200_000;

export class WordAnalyzer {
  private readonly cache = new Map<string, WordAnalysis>();

  constructor(private readonly speller: Speller) {}

  analyze(word: string): WordAnalysis {
    let a = this.cache.get(word);
    if (a === undefined) {
      a = this.compute(word);
      if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
      this.cache.set(word, a);
    }
    return a;
  }

  private compute(word: string): WordAnalysis {
    if (!worthChecking(word)) return { kind: 'skip' };
    if (this.speller.isWord(word)) {
      return spellingsOf(word.toLowerCase()).length > 1 ? { kind: 'both-ways' } : { kind: 'word' };
    }
    if (!mayBeDamaged(word)) return { kind: 'unknown' };
    const budget = { checks: CHECK_BUDGET };
    for (let cost = 1; cost <= MAX_COST && budget.checks > 0; cost++) {
      const valid = this.validVariants(word, cost, budget);
      if (valid.length > 0) return { kind: 'repair', candidates: valid };
    }
    return { kind: 'unknown' };
  }

  private validVariants(word: string, cost: number, budget: { checks: number }): Variant[] {
    const valid: Variant[] = [];
    for (const v of variantsAtCost(word, cost)) {
      if (--budget.checks < 0) break;
      if (v.text.length > 0 && this.speller.isWord(v.text)) valid.push(v);
    }
    return valid;
  }
}

/**
 * Longer tokens are not words to repair (Swedish's long compounds stay well under it): variant generation recurses
 * once per letter, and a 300,000-letter token ended extraction with a stack overflow (found measuring issue 6).
 */
const MAX_WORD_LENGTH = 64;

/**
 * Numbers, single letters, tokens longer than any word, and tokens with digits other than an ö read as 6 are not
 * words to repair. ("JuU17", "2020/21", "18"; but "S6dermalm" and "6kning" are.)
 */
function worthChecking(word: string): boolean {
  if (word.length < 2 || word.length > MAX_WORD_LENGTH) return false;
  if (!/\p{L}/u.test(word)) return false;
  const digits = word.replace(/(?<=\p{L})6(?=\p{L})|^6(?=\p{Ll}{3})/gu, '');
  return !/\p{N}/u.test(digits);
}
