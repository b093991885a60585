/** Small string helpers shared by the normalizer's steps. */

/** Lower-case and drop Swedish diacritics, so a damaged word and its repair compare equal ("nara" ~ "nära"). */
export function fold(word: string): string {
  return word.toLowerCase().replace(/[åä]/g, 'a').replace(/ö/g, 'o');
}

export function hasSwedishLetter(word: string): boolean {
  return /[åäöÅÄÖ]/.test(word);
}

const upper = (s: string) => s === s.toUpperCase() && s !== s.toLowerCase();

/** Give `word` the capitalisation of `model`: "år" like "Ar" is "År", like "AR" is "ÅR". */
export function withCaseOf(model: string, word: string): string {
  if (model.length > 1 && upper(model)) return word.toUpperCase();
  const first = model.charAt(0);
  if (upper(first)) return word.charAt(0).toUpperCase() + word.slice(1);
  return word;
}

/** A name-like token: capitalised, not all capitals. */
export function isCapitalised(word: string): boolean {
  const first = word.charAt(0);
  return upper(first) && !(word.length > 1 && upper(word));
}

/**
 * Put back the diacritics of `spelled` into `damaged`, keeping the damaged token's own capitalisation:
 * ("fragor", "Frågor") → "frågor". The two must fold alike (same letters, same length).
 */
export function restoreDiacritics(damaged: string, spelled: string): string {
  let out = '';
  for (let i = 0; i < damaged.length; i++) {
    const d = damaged.charAt(i);
    const s = spelled.charAt(i);
    const lower = s.toLowerCase();
    if (lower === 'å' || lower === 'ä' || lower === 'ö') out += d === d.toLowerCase() ? lower : lower.toUpperCase();
    else out += d;
  }
  return out;
}

export function isAllCapitals(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();
}
