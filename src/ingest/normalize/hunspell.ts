/**
 * Loads real Hunspell (compiled to WebAssembly by hunspell-asm) with dictionary-sv's Swedish affix and word
 * files. We need real Hunspell: nspell accepts every string with this affix file (its compounding rules defeat
 * it), so it cannot tell "nira" from "nära". One Hunspell instance is shared per process: loading takes about a
 * quarter of a second and the instance is read-only once built.
 */
import { loadModule } from 'hunspell-asm';
import dictionary from 'dictionary-sv';

/**
 * The one question the normalizer asks of a dictionary. (Hunspell's suggest is not used: it takes up to a
 * quarter of a second per word and does not rank diacritic repairs first.)
 */
export interface Speller {
  isWord(word: string): boolean;
}

let shared: Promise<Speller> | undefined;

export function loadSwedishSpeller(): Promise<Speller> {
  shared ??= buildSpeller().catch((error: unknown) => {
    shared = undefined; // let a later call try again rather than keep a failed load forever
    throw error;
  });
  return shared;
}

async function buildSpeller(): Promise<Speller> {
  const factory = await loadModule();
  const affPath = factory.mountBuffer(dictionary.aff, 'sv_SE.aff');
  const dicPath = factory.mountBuffer(dictionary.dic, 'sv_SE.dic');
  const hunspell = factory.create(affPath, dicPath);
  // A Hunspell check costs about 0.1 ms for a word and up to several ms for a long non-word (Swedish compounding
  // is searched exhaustively); documents repeat words, so remember every answer.
  const known = new Map<string, boolean>();
  return {
    isWord(word) {
      let ok = known.get(word);
      if (ok === undefined) {
        ok = hunspell.spell(word);
        if (known.size > 500_000) known.clear();
        known.set(word, ok);
      }
      return ok;
    },
  };
}
