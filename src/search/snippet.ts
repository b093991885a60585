/**
 * Snippets for search hits: find the query's words in a field, diacritics and case folded so "nara" meets
 * "nära" and OCR's "nira" meets nothing it should not, and cut a window around the first match.
 */

function foldChar(ch: string): string {
  const folded = ch.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  // Keep one code unit per code unit of the original, so positions line up.
  return folded.length === ch.length ? folded : ch.toLowerCase().slice(0, ch.length).padEnd(ch.length, ' ');
}

/**
 * Folded characters seen so far. Normalizing every character anew was most of a search request's time (a page of
 * documents is tens of thousands of characters, from a few dozen distinct ones); bounded, as text is untrusted.
 */
const folds = new Map<string, string>();
const MAX_FOLDS = 10_000;
/** Characters that may fold to something else: all but ASCII's that are not capitals (those fold to themselves). */
const FOLDABLE = /[^\x00-\x40\x5b-\x7f]/gu;

function foldCached(ch: string): string {
  let folded = folds.get(ch);
  if (folded === undefined) {
    folded = foldChar(ch);
    if (folds.size < MAX_FOLDS) folds.set(ch, folded);
  }
  return folded;
}

/** Folds character by character, so offsets in the folded string are offsets in the original. */
export function foldChars(text: string): string {
  return text.replace(FOLDABLE, foldCached);
}

export function queryWords(query: string): string[] {
  return [...new Set((query.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map(foldChars))].slice(0, 20);
}

/** A word matches from its start, allowing Swedish endings: "relationer" matches "relation", "relationerna". */
function stem(word: string): string {
  return word.length > 5 ? word.slice(0, Math.max(5, word.length - 3)) : word;
}

export interface Snippet {
  field: string;
  snippet: string;
  highlights: Array<{ start: number; end: number }>;
}

const WINDOW = 100;

export function makeSnippet(fields: Record<string, string | null | undefined>, words: string[]): Snippet | null {
  const stems = words.filter((w) => w.length > 1).map(stem);
  if (stems.length === 0) return null;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${stems.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})[\\p{L}\\p{N}]*`, 'gu');
  // The field where most of the query's words occur: "Stirk arbetet" belongs to the raw OCR text, not to the
  // normalized text where only "arbetet" is found.
  let best: { field: string; value: string; first: RegExpExecArray; words: number } | null = null;
  for (const [field, value] of Object.entries(fields)) {
    if (!value) continue;
    const found = [...foldChars(value).matchAll(pattern)];
    const words = new Set(found.map((m) => stems.find((s) => m[0].startsWith(s)))).size;
    if (found[0] && (!best || words > best.words)) best = { field, value, first: found[0] as RegExpExecArray, words };
  }
  if (best) {
    const { field, value, first } = best;
    const from = Math.max(0, first.index - WINDOW);
    const to = Math.min(value.length, first.index + first[0].length + WINDOW);
    const snippet = value.slice(from, to).replace(/\s+/g, ' ');
    // Whitespace runs were collapsed; find the words again in the snippet itself.
    const highlights = [...foldChars(snippet).matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    return { field, snippet: `${from > 0 ? '…' : ''}${snippet}${to < value.length ? '…' : ''}`, highlights: highlights.map((h) => (from > 0 ? { start: h.start + 1, end: h.end + 1 } : h)) };
  }
  return null;
}
