/**
 * The snippets of a page of search hits. Each hit's texts arrive cut to their start (SNIPPET_PREFIX_CHARS and one
 * character more, which tells that a text goes on); only the hits whose snippet that start leaves unsettled read
 * their texts whole, in one more statement. The snippets are the ones the whole texts give.
 */
import type { Executor } from '../db/executor.js';
import { int } from '../db/values.js';
import { SEARCH_HIT_TEXTS, SNIPPET_MAX_CHARS, SNIPPET_PREFIX_CHARS } from './search.repo.js';
import { makeSnippet, makeSnippetFromPrefixes, type Snippet } from './snippet.js';

export interface HitFields {
  elementId: string;
  fields: Record<string, string | null>;
}

/** The fields searched for the query's words, in the order that breaks ties between them. */
export function searchedFields(f: Record<string, string | null>) {
  return { text: f.text, rawText: f.rawText, title: f.title, name: f.name, description: f.description };
}

export async function hitSnippets(executor: Pick<Executor, 'read'>, hits: HitFields[], words: string[]): Promise<Array<Snippet | null>> {
  const fromStart = hits.map((h) => makeSnippetFromPrefixes(searchedFields(h.fields), words, SNIPPET_PREFIX_CHARS));
  const unsettled = hits.filter((_, i) => !fromStart[i]?.settled);
  const whole = new Map<string, { text: string | null; rawText: string | null }>();
  if (unsettled.length > 0) {
    const rows = await executor.read<{ elementId: string; text: string | null; rawText: string | null }>(SEARCH_HIT_TEXTS, {
      elementIds: unsettled.map((h) => h.elementId),
      maxChars: int(SNIPPET_MAX_CHARS),
    });
    for (const row of rows) whole.set(row.elementId, row);
  }
  return hits.map((h, i) => {
    const start = fromStart[i];
    if (start?.settled) return start.snippet;
    // A hit deleted since the search had its texts read no further: its start is all there is.
    const texts = whole.get(h.elementId) ?? { text: h.fields.text ?? null, rawText: h.fields.rawText ?? null };
    return makeSnippet(searchedFields({ ...h.fields, ...texts }), words);
  });
}
