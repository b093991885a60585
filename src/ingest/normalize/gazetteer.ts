/**
 * Proper-name words with å, ä or ö from the project's gazetteer of parties and organisations ("Brå",
 * "Kriminalvården", "Södermalms"), by folded form. A capitalised word that folds to one of them is that name
 * with its diacritics lost: this is how "Bra" (a valid word, "good") in "(Bra)" becomes "Brå". Lower-case words
 * of long names ("för", "rådet") are not names and are left to the dictionary.
 */
import { organizations, parties } from '../../domain/gazetteer/index.js';
import { fold, hasSwedishLetter } from './text.js';

let byFold: Map<string, string> | undefined;

export function gazetteerSpelling(word: string): string | undefined {
  byFold ??= build();
  return byFold.get(fold(word));
}

function build(): Map<string, string> {
  const names = [
    ...organizations.flatMap((o) => [o.name, ...o.aliases]),
    ...parties.flatMap((p) => [p.name, ...p.aliases]),
  ];
  const out = new Map<string, string>();
  for (const name of names) {
    for (const w of name.split(/[^\p{L}]+/u)) {
      if (w.length > 1 && hasSwedishLetter(w) && /^\p{Lu}/u.test(w)) out.set(fold(w), w);
    }
  }
  return out;
}
