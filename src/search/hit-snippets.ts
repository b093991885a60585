/**
 * The snippets of a page of search hits. Each hit's texts arrive cut to their start (SNIPPET_PREFIX_CHARS and one
 * character more, which tells that a text goes on); only the hits whose snippet that start leaves unsettled read
 * the rest of their texts, in one more statement. The snippets are the ones the whole texts give.
 */
import type { Executor } from '../db/executor.js';
import { int } from '../db/values.js';
import { SEARCH_HIT_TEXTS, SNIPPET_MAX_CHARS, SNIPPET_PREFIX_CHARS, SNIPPET_READ_CHARS } from './search.repo.js';
import { makeSnippet, makeSnippetFromPrefixes, type Snippet } from './snippet.js';

export interface HitFields {
  elementId: string;
  /** The version of the node the texts' start was read from (documents only): null reads them whole. */
  fingerprint: string | null;
  fields: Record<string, string | null>;
}

/** The fields searched for the query's words, in the order that breaks ties between them. */
export function searchedFields(f: Record<string, string | null>) {
  return { text: f.text, rawText: f.rawText, title: f.title, name: f.name, description: f.description };
}

interface HitTexts {
  elementId: string;
  /** true: `text` and `rawText` are what follows the start already read; false: they are whole. */
  rest: boolean;
  text: string | null;
  rawText: string | null;
}

const joined = (start: string | null | undefined, rest: string | null) => (start == null || rest == null ? null : start + rest);

export async function hitSnippets(executor: Pick<Executor, 'read'>, hits: HitFields[], words: string[]): Promise<Array<Snippet | null>> {
  const fromStart = hits.map((h) => makeSnippetFromPrefixes(searchedFields(h.fields), words, SNIPPET_PREFIX_CHARS));
  const unsettled = hits.filter((_, i) => !fromStart[i]?.settled);
  const whole = new Map<string, { text: string | null; rawText: string | null }>();
  if (unsettled.length > 0) {
    const rows = await executor.read<HitTexts>(SEARCH_HIT_TEXTS, {
      hits: unsettled.map((h) => ({ elementId: h.elementId, fingerprint: h.fingerprint })),
      readChars: int(SNIPPET_READ_CHARS),
      maxChars: int(SNIPPET_MAX_CHARS),
    });
    const fieldsOf = new Map(unsettled.map((h) => [h.elementId, h.fields]));
    for (const row of rows) {
      const start = fieldsOf.get(row.elementId);
      whole.set(row.elementId, row.rest ? { text: joined(start?.text, row.text), rawText: joined(start?.rawText, row.rawText) } : row);
    }
  }
  return hits.map((h, i) => {
    const start = fromStart[i];
    if (start?.settled) return start.snippet;
    // A hit deleted since the search had its texts read no further: its start is all there is.
    const texts = whole.get(h.elementId) ?? { text: h.fields.text ?? null, rawText: h.fields.rawText ?? null };
    return makeSnippet(searchedFields({ ...h.fields, ...texts }), words);
  });
}
