/**
 * Search snippets over long documents, two ways in one run, through the product's own statement and code:
 * - start first (the product): each hit's texts read up to SNIPPET_PREFIX_CHARS, the rest of the unsettled hits';
 * - whole: every hit's texts read whole (up to SNIPPET_MAX_CHARS) and cut by makeSnippet, as search did before
 *   (neither way reads a raw text that is the same as the normalized one).
 * For each placed word: the time of a first page of 20 hits (statements and snippets), the characters received
 * from Neo4j, the hits read past their start, and whether both ways gave the same snippets (they must).
 */
import type { Executor, Params } from '../../src/db/executor.js';
import type { IngestPipeline } from '../../src/ingest/pipeline.js';
import { hitSnippets, searchedFields } from '../../src/search/hit-snippets.js';
import { SEARCH, SNIPPET_MAX_CHARS, SNIPPET_READ_CHARS } from '../../src/search/search.repo.js';
import { type HitRow, searchParams } from '../../src/search/search.resolvers.js';
import { makeSnippet, queryWords, type Snippet } from '../../src/search/snippet.js';
import { seeded } from '../generate/random.js';
import { percentile } from '../query/measure.js';
import { longDocument, PLACED_WORDS, type Placement } from './documents.js';

export interface SnippetBenchOptions {
  executor: Executor;
  pipeline: IngestPipeline;
  documents: number;
  chars: number;
  iterations: number;
  log?: (line: string) => void;
}

type Way = 'start first' | 'whole';

export interface SnippetRow {
  placement: Placement;
  word: string;
  way: Way;
  p50: number;
  p95: number;
  /** Characters of the rows Neo4j sent (as JSON), over one page. */
  charsReceived: number;
  /** Hits whose texts came past SEARCH's start (SNIPPET_READ_CHARS): their rest, or the whole read at once. */
  readPastStart: number;
}

export interface SnippetBenchResult {
  documents: number;
  chars: number;
  rows: SnippetRow[];
  /** Placements where the two ways gave different snippets: must be empty. */
  disagreements: Placement[];
}

const PAGE = 20;

/**
 * An executor that counts what it receives: JSON's length of every row, and the hits whose texts came past their
 * start (longer than SEARCH's start in SEARCH itself, as the whole way reads them, or in the second statement).
 */
class CountingExecutor implements Pick<Executor, 'read'> {
  chars = 0;
  private readonly pastStart = new Set<string>();
  constructor(private readonly inner: Executor) {}
  get readPastStart(): number {
    return this.pastStart.size;
  }
  async read<T>(query: string, params: Params = {}): Promise<T[]> {
    const rows = await this.inner.read<T>(query, params);
    this.chars += JSON.stringify(rows).length;
    if (query === SEARCH) {
      const hits = (rows[0] as { page?: HitRow[] } | undefined)?.page ?? [];
      for (const h of hits)
        if ([h.fields.text, h.fields.rawText].some((t) => (t?.length ?? 0) > SNIPPET_READ_CHARS)) this.pastStart.add(h.elementId);
    } else for (const row of rows as Array<{ elementId: string }>) this.pastStart.add(row.elementId);
    return rows;
  }
}

async function firstPage(executor: Pick<Executor, 'read'>, query: string, way: Way): Promise<Array<Snippet | null>> {
  const page = { labels: ['Document'], offset: 0, fetch: PAGE, ...(way === 'whole' ? { readChars: SNIPPET_MAX_CHARS } : {}) };
  const [row] = await executor.read<{ page: HitRow[] }>(SEARCH, searchParams(query, page));
  const words = queryWords(query);
  const hits = row?.page ?? [];
  if (way === 'start first') return hitSnippets(executor, hits, words);
  return hits.map((h) => makeSnippet(searchedFields(h.fields), words));
}

export async function runSnippetBench(o: SnippetBenchOptions): Promise<SnippetBenchResult> {
  const log = o.log ?? (() => {});
  const random = seeded(20_261_128);
  const started = performance.now();
  for (let i = 0; i < o.documents; i++) {
    const { text } = longDocument(random, i, o.chars);
    await o.pipeline.ingest(o.executor, text, {}, `snippets/${i}.txt`);
  }
  log(`  ${o.documents} documents of ${o.chars} characters ingested in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const rows: SnippetRow[] = [];
  const disagreements: Placement[] = [];
  for (const placement of Object.keys(PLACED_WORDS) as Placement[]) {
    const word = PLACED_WORDS[placement];
    const answers: Record<Way, string> = { 'start first': '', whole: '' };
    // The two ways alternate, so a change in the machine's load falls on both.
    const times: Record<Way, number[]> = { 'start first': [], whole: [] };
    const counted: Record<Way, CountingExecutor> = { 'start first': new CountingExecutor(o.executor), whole: new CountingExecutor(o.executor) };
    for (const way of ['start first', 'whole'] as const) {
      const snippets = await firstPage(counted[way], word, way);
      answers[way] = JSON.stringify(snippets);
      if (snippets.length === 0 || snippets.some((s) => s === null)) throw new Error(`no snippet for ${word} (${way}): the documents were not found`);
    }
    if (answers['start first'] !== answers.whole) disagreements.push(placement);
    const warmup = Math.min(10, o.iterations);
    for (let i = 0; i < warmup + o.iterations; i++)
      for (const way of ['start first', 'whole'] as const) {
        const t0 = performance.now();
        await firstPage(o.executor, word, way);
        if (i >= warmup) times[way].push(performance.now() - t0);
      }
    for (const way of ['start first', 'whole'] as const) {
      const sorted = times[way].sort((a, b) => a - b);
      rows.push({ placement, word, way, p50: percentile(sorted, 50), p95: percentile(sorted, 95), charsReceived: counted[way].chars, readPastStart: counted[way].readPastStart });
    }
  }
  return { documents: o.documents, chars: o.chars, rows, disagreements };
}

export function formatSnippetTable(r: SnippetBenchResult): string {
  const lines = [
    `Search snippets: a first page of ${PAGE} document hits over ${r.documents} documents of ${r.chars.toLocaleString('en')} characters`,
    '| word placed | way | p50 ms | p95 ms | characters received | hits read past their start | p50 whole / start first |',
    '|---|---|---:|---:|---:|---:|---:|',
  ];
  for (const row of r.rows) {
    const whole = r.rows.find((x) => x.placement === row.placement && x.way === 'whole');
    const ratio = row.way === 'start first' && whole ? `${(whole.p50 / row.p50).toFixed(2)}×` : '';
    lines.push(`| ${row.placement} (${row.word}) | ${row.way} | ${row.p50.toFixed(1)} | ${row.p95.toFixed(1)} | ${row.charsReceived.toLocaleString('en')} | ${row.readPastStart} | ${ratio} |`);
  }
  lines.push(r.disagreements.length === 0 ? 'Both ways gave the same snippets for every word.' : `DIFFERENT SNIPPETS for: ${r.disagreements.join(', ')}`);
  return lines.join('\n');
}
