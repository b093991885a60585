/** search: ranked full-text hits with snippets; offset cursors, since a ranking has no stable key. */
import { badInput } from '../errors.js';
import type { Context } from '../graphql/context.js';
import { connection, type PageArgs, pageRequest } from '../graphql/pagination.js';
import { int } from '../db/values.js';
import type { NodeRow } from '../graph/nodes.repo.js';
import { type HitFields, hitSnippets } from './hit-snippets.js';
import { SEARCH, SEARCH_LIMIT_PER_INDEX, SNIPPET_READ_CHARS } from './search.repo.js';
import { queryWords, typedWords } from './snippet.js';

const LABEL_OF_TYPE = { DOCUMENT: 'Document', FINDING: 'Finding', CLAIM: 'Claim', MOTION: 'Motion', ORGANIZATION: 'Organization', PROJECT: 'Project' } as const;
type SearchType = keyof typeof LABEL_OF_TYPE;
const TYPE_OF_LABEL = Object.fromEntries(Object.entries(LABEL_OF_TYPE).map(([t, l]) => [l, t])) as Record<string, SearchType>;

/** The phrase counts double; every word on its own still finds. Built from word tokens only: no Lucene syntax. */
function luceneQueryOf(words: string[]): string {
  return words.length > 1 ? `"${words.join(' ')}"^2 ${words.join(' ')}` : (words[0] ?? '');
}

/**
 * SEARCH's parameters for a page of hits: `fetch` hits from `offset`, of the given labels (null: all), their texts
 * read to SNIPPET_READ_CHARS (the start hitSnippets expects: it reads only the rest), or to `readChars`.
 *
 * The Swedish index stems words as they are spelt, so it is asked for the words as typed ("fältsekreterare" finds
 * "Fältsekreterarna"; asked for the folded "faltsekreterare" it found only OCR text that had lost its diacritics),
 * and for the folded forms of those with diacritics too (which still find that OCR text, stemmed). The folded index
 * folds what it is given, and text, at index and query time.
 */
export function searchParams(query: string, page: { labels: string[] | null; offset: number; fetch: number; readChars?: number }) {
  const typed = typedWords(query);
  const folded = queryWords(query);
  return {
    swedishQuery: [luceneQueryOf(typed), ...folded.filter((w) => !typed.includes(w))].join(' '),
    foldedQuery: luceneQueryOf(folded),
    perIndex: int(SEARCH_LIMIT_PER_INDEX),
    labels: page.labels,
    offset: int(page.offset),
    limit: int(page.fetch),
    prefixChars: int(page.readChars ?? SNIPPET_READ_CHARS),
  };
}

/** A hit as SEARCH sends it: what hitSnippets reads (element id, fingerprint, the fields' starts), and the node. */
export interface HitRow extends HitFields {
  score: number;
  label: string;
  node: NodeRow;
}

export const searchResolvers = {
  Query: {
    search: async (_: unknown, args: PageArgs & { query: string; types?: SearchType[] | null }, ctx: Context) => {
      if (args.query.length > 500) throw badInput('`query` is longer than 500 characters', { argument: 'query' });
      const words = queryWords(args.query);
      if (words.length === 0) throw badInput('`query` has no words to search for', { argument: 'query' });
      // Cursors are offsets, as ranks: keyset needs a stable key, and a score is not one.
      const request = pageRequest(args, ctx.config.maxPageSize);
      const offset = request.after === null ? 0 : Number(request.after) + 1;
      if (!Number.isInteger(offset) || offset < 0) throw badInput('`after` is not a cursor this API issued', { argument: 'after' });
      const labels = args.types?.length ? args.types.map((t) => LABEL_OF_TYPE[t]) : null;
      const [row] = await ctx.executor.read<{ capped: boolean; total: number; page: HitRow[] }>(SEARCH, searchParams(args.query, { labels, offset, fetch: request.fetch }));
      const page = row?.page ?? [];
      // The row fetched past the page only tells that there is a next one: it needs no snippet.
      const snippets = await hitSnippets(ctx.executor, page.slice(0, request.first), words);
      const hits = page.map((h, i) => {
        const snippet = snippets[i];
        return {
          rank: offset + i,
          score: h.score,
          type: TYPE_OF_LABEL[h.label],
          entity: { ...h.node, __label: h.label },
          field: snippet?.field ?? (h.fields.title ? 'title' : h.fields.name ? 'name' : 'text'),
          snippet: snippet?.snippet ?? String(h.fields.title ?? h.fields.name ?? h.fields.text ?? '').slice(0, 200),
          highlights: snippet?.highlights ?? [],
        };
      });
      return { ...connection(hits, (h) => String(h.rank), request, row?.total ?? 0), totalCountIsExact: !(row?.capped ?? false) };
    },
  },
  SearchEntity: {
    __resolveType: (entity: { __label: string }) => entity.__label,
  },
};
