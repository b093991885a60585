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

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * The query's words, lowercased. Composed first (NFC): a query pasted in decomposed form ("a" and a combining ring)
 * would otherwise split its words at every diacritic.
 */
function wordsOf(query: string): string[] {
  return query.normalize('NFC').toLowerCase().match(WORD) ?? [];
}

/** The query's words, folded: what snippets look for (and the folded full-text index is asked for). */
export function queryWords(query: string): string[] {
  return [...new Set(wordsOf(query).map(foldChars))].slice(0, 20);
}

/** The query's words as typed, lowercased: what the Swedish full-text index, which stems words as spelt, is asked for. */
export function typedWords(query: string): string[] {
  return [...new Set(wordsOf(query))].slice(0, 20);
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

interface FieldMatch {
  field: string;
  value: string;
  first: RegExpExecArray;
  /** how many of the query's words occur in the field */
  words: number;
}

function wordPattern(stems: string[]): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${stems.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})[\\p{L}\\p{N}]*`, 'gu');
}

/** Each field where a word of the query occurs, with its first match and how many of the words occur. */
function fieldMatches(fields: Record<string, string | null | undefined>, stems: string[], pattern: RegExp): FieldMatch[] {
  const matches: FieldMatch[] = [];
  for (const [field, value] of Object.entries(fields)) {
    if (!value) continue;
    const found = [...foldChars(value).matchAll(pattern)];
    const words = new Set(found.map((m) => stems.find((s) => m[0].startsWith(s)))).size;
    if (found[0]) matches.push({ field, value, first: found[0] as RegExpExecArray, words });
  }
  return matches;
}

/**
 * The field where most of the query's words occur, the first in order among equals: "Stirk arbetet" belongs to
 * the raw OCR text, not to the normalized text where only "arbetet" is found.
 */
function bestOf(matches: FieldMatch[]): FieldMatch | null {
  let best: FieldMatch | null = null;
  for (const m of matches) if (!best || m.words > best.words) best = m;
  return best;
}

function windowOf(first: RegExpExecArray): { from: number; to: number } {
  return { from: Math.max(0, first.index - WINDOW), to: first.index + first[0].length + WINDOW };
}

function cut(best: FieldMatch, pattern: RegExp): Snippet {
  const { field, value } = best;
  const window = windowOf(best.first);
  const from = window.from;
  const to = Math.min(value.length, window.to);
  const snippet = value.slice(from, to).replace(/\s+/g, ' ');
  // Whitespace runs were collapsed; find the words again in the snippet itself.
  const highlights = [...foldChars(snippet).matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  return { field, snippet: `${from > 0 ? '…' : ''}${snippet}${to < value.length ? '…' : ''}`, highlights: highlights.map((h) => (from > 0 ? { start: h.start + 1, end: h.end + 1 } : h)) };
}

function stemsOf(words: string[]): string[] {
  return words.filter((w) => w.length > 1).map(stem);
}

export function makeSnippet(fields: Record<string, string | null | undefined>, words: string[]): Snippet | null {
  const stems = stemsOf(words);
  if (stems.length === 0) return null;
  const pattern = wordPattern(stems);
  const best = bestOf(fieldMatches(fields, stems, pattern));
  return best ? cut(best, pattern) : null;
}

/**
 * The snippet `makeSnippet` would cut from the whole fields, found from their first `limit` characters only — or
 * `unsettled` when a field longer than that could change it: a later match might hold more of the query's words,
 * the first match might lie beyond, or its window might run past the end of what was read. A search reads only
 * the start of each document's texts (they can be megabytes) and the rest of those few that stay unsettled.
 */
export function makeSnippetFromPrefixes(
  fields: Record<string, string | null | undefined>,
  words: string[],
  limit: number,
): { settled: true; snippet: Snippet | null } | { settled: false } {
  const stems = stemsOf(words);
  if (stems.length === 0) return { settled: true, snippet: null };
  const longer = new Set(Object.keys(fields).filter((f) => (fields[f]?.length ?? 0) > limit));
  const prefixes = Object.fromEntries(Object.entries(fields).map(([f, v]) => [f, longer.has(f) ? v?.slice(0, limit) : v]));
  const pattern = wordPattern(stems);
  const matches = fieldMatches(prefixes, stems, pattern);
  const best = bestOf(matches);
  if (best && longer.has(best.field) && windowOf(best.first).to >= limit) return { settled: false };
  // A field read in part holds at most every word; it would win over the best if it could hold more words than
  // the best, or as many and come before it.
  const most = new Set(stems).size;
  const order = Object.keys(fields);
  const bestWords = best?.words ?? 0;
  const bestAt = best ? order.indexOf(best.field) : order.length;
  for (const field of longer) {
    if (field === best?.field) continue;
    if (most > bestWords || (most === bestWords && order.indexOf(field) < bestAt)) return { settled: false };
  }
  return { settled: true, snippet: best ? cut(best, pattern) : null };
}
