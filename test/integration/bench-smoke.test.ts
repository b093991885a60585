/**
 * The benchmarks at scale XS, so they keep working: the generator writes a well-formed graph through the
 * product's loader (counts as configured, every quote its span of the raw text, nothing without provenance),
 * the query benchmark makes one quick pass and prints a well-formed table, and the ingestion benchmark runs its four
 * measurements over the XS document set (on a Neo4j of its own, as it always does). No timing is asserted: this
 * machine's timings mean nothing. The @neo4j/graphql contender needs APOC, which the test database lacks; it
 * is left out here (npm run bench runs it on a database with APOC).
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { GENERATOR_VERSION, DEFAULT_SEED, scales } from '../../bench/generate/scale.js';
import { generate } from '../../bench/generate/write.js';
import { BROKEN_FOREIGN_QUOTES, BROKEN_QUOTES, EVIDENCE_COUNT, GRAPH_COUNTS } from '../../bench/query/bench.repo.js';
import { runQueryBench } from '../../bench/query/run.js';
import { formatSnippetTable, runSnippetBench } from '../../bench/snippets/run.js';
import { IngestPipeline } from '../../src/ingest/pipeline.js';
import { settle } from '../../bench/query/settle.js';
import { formatLeftovers, formatTable, TABLE_HEADER } from '../../bench/query/table.js';
import { resetGraph, type TestDatabase, testDatabase } from '../support/database.js';
import { RELATIONSHIPS_WITHOUT_PROVENANCE } from '../support/test.repo.js';

let db: TestDatabase;
beforeAll(async () => {
  db = testDatabase();
  await resetGraph(db.executor);
});
afterAll(async () => {
  await db.close();
});

describe('benchmarks at scale XS', () => {
  it('generates the configured graph through the loader, every quote its span', { timeout: 120_000 }, async () => {
    const xs = scales.XS;
    const stats = await generate({ scale: xs, seed: DEFAULT_SEED, executor: db.executor });
    expect(stats).toMatchObject({ motions: xs.motions, documents: xs.documents });
    const [counts] = await db.executor.read<Record<string, number>>(GRAPH_COUNTS);
    expect(counts).toMatchObject({
      motions: xs.motions,
      documents: xs.documents,
      evaluations: xs.evaluations,
      findings: xs.findings,
      citations: xs.citations,
    });
    // the eight Riksdag parties, plus local ones
    expect(counts?.parties).toBeGreaterThanOrEqual(8);
    const [evidenced] = await db.executor.read<{ evidenced: number }>(EVIDENCE_COUNT);
    expect(evidenced?.evidenced).toBeGreaterThan(xs.documents * 5);
    const [own] = await db.executor.read<{ broken: number }>(BROKEN_QUOTES);
    const [foreign] = await db.executor.read<{ broken: number }>(BROKEN_FOREIGN_QUOTES);
    expect({ own: own?.broken, foreign: foreign?.broken }).toEqual({ own: 0, foreign: 0 });
    expect(await db.executor.read(RELATIONSHIPS_WITHOUT_PROVENANCE)).toEqual([]);
    expect(GENERATOR_VERSION).toMatch(/^bench-generator@\d+\.\d+\.\d+$/);
  });

  it('runs a quick query benchmark in two rounds and prints a well-formed table', { timeout: 180_000 }, async () => {
    const lines: string[] = [];
    const result = await runQueryBench({
      uri: inject('neo4jUri'),
      driver: db.driver,
      seconds: 0.3,
      rounds: 2,
      warmupSeconds: 0.1,
      concurrencies: [1, 2],
      generic: false,
      log: (line) => lines.push(line),
    });
    expect(result.rows.map((r) => r.name)).toEqual([
      'motion by id', 'citations by party', 'citation matrix', 'evaluation impact',
      'finding coverage', 'party positions', 'search', 'evidence chain',
    ]);
    for (const row of result.rows) {
      expect(row.statements, row.name).toBeGreaterThan(0);
      for (const c of [1, 2])
        for (const mode of ['floor', 'belagg']) {
          const cell = row.cells[`${mode}@${c}`];
          expect(cell?.errors, `${row.name} ${mode}@${c}`).toBe(0);
          expect(cell?.requests, `${row.name} ${mode}@${c}`).toBeGreaterThan(0);
          // one p99 per round, each from requests of its own window
          expect(cell?.p99ByWindow, `${row.name} ${mode}@${c}`).toHaveLength(2);
          for (const p99 of cell?.p99ByWindow ?? []) expect(p99).toBeGreaterThan(0);
        }
      expect(row.cells['generic@1']).toBeNull();
      for (const cell of Object.values(row.cells)) if (cell) expect(Number.isInteger(cell.leftover), row.name).toBe(true);
    }
    expect(formatLeftovers(result)).toMatch(/^Requests still running when their window closed, terminated before the next cell: /);
    const table = formatTable(result).split('\n');
    expect(table).toHaveLength(1 + result.rows.length * 2);
    for (const line of table) expect(line.trim().split(/\s{2,}/)).toHaveLength(TABLE_HEADER.length);
    for (const line of table.slice(1)) expect(line).toMatch(/ \d+\.\d\d–\d+\.\d\d×$/);
    expect(formatTable(result, true).split('\n')[1]).toMatch(/^\| --- \|/);
  });

  it('terminates what a closed window left running, so it cannot slow the next cell', async () => {
    const slow = db.driver.executeQuery('UNWIND range(1, 2000000000) AS x WITH x WHERE x % 7 = 0 RETURN count(x) AS n', {}, { database: 'neo4j' });
    const outcome = slow.then(() => 'finished', (error: { code?: string }) => error.code);
    // once the query is running (it may take a moment to start on a busy machine), settle finds and ends it
    let terminated = 0;
    for (let tries = 0; tries < 50 && terminated === 0; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      terminated = await settle(db.driver);
    }
    expect(terminated).toBe(1);
    expect(await outcome).toBe('Neo.ClientError.Transaction.Terminated');
    expect(await settle(db.driver)).toBe(0);
  });

  it('runs the ingestion benchmark over the XS document set: every figure printed, no document failed', { timeout: 300_000 }, async () => {
    const args = ['--import', 'tsx', 'bench/ingest/main.ts', '--scale', 'XS', '--single', '5', '--batch', '20', '--write-alone', '40'];
    const { stdout } = await promisify(execFile)(process.execPath, args, { cwd: new URL('../../', import.meta.url), timeout: 280_000 });
    const rate = (label: string) => new RegExp(`${label}[^\\n]*: +(\\d+(?:\\.\\d+)?) docs/s over (\\d+)`).exec(stdout);
    expect(stdout).toContain(`scale XS document set (${scales.XS.documents} texts`);
    const figures = ['alone \\(no database\\)', 'again, warm', 'one transaction per document', '20 documents per transaction', 'writing alone'].map(rate);
    const prepared = Math.min(2000, scales.XS.documents - 100);
    expect(figures.map((f) => Number(f?.[2]))).toEqual([prepared, prepared, 5, scales.XS.documents - 5 - 40, 40]);
    for (const f of figures) expect(Number(f?.[1])).toBeGreaterThan(0);
    expect(stdout).toMatch(/20 documents per transaction, \d+ preparing worker threads?: /);
    expect(stdout).toMatch(/its last third \(Neo4j's JIT settled\): +\d+(?:\.\d+)? docs\/s over \d+; CPU meanwhile: this process \d+\.\d\d cores, Neo4j \d+\.\d\d cores/);
    expect(stdout).toMatch(/failed documents: 0;/);
  });

  it('runs the snippet benchmark over a few long documents: both ways agree, and start first reads less when the words come early', { timeout: 180_000 }, async () => {
    const pipeline = await IngestPipeline.create();
    const result = await runSnippetBench({ executor: db.executor, pipeline, documents: 3, chars: 25_000, iterations: 2 });
    expect(result.disagreements).toEqual([]);
    expect(result.rows.map((r) => `${r.placement} ${r.way}`)).toEqual([
      'early start first', 'early whole', 'late start first', 'late whole', 'anywhere start first', 'anywhere whole',
    ]);
    const row = (placement: string, way: string) => result.rows.find((r) => r.placement === placement && r.way === way);
    // The early word settles every snippet from the documents' starts; the late one (past 16,000 characters) none.
    expect(row('early', 'start first')?.readPastStart).toBe(0);
    expect(row('late', 'start first')?.readPastStart).toBe(3);
    expect(row('early', 'whole')?.readPastStart).toBe(3);
    expect(row('early', 'start first')?.charsReceived).toBeLessThan((row('early', 'whole')?.charsReceived ?? 0) / 2);
    // the late word's hits read their rest, not their start a second time: about what reading them whole receives
    expect(row('late', 'start first')?.charsReceived).toBeLessThan((row('late', 'whole')?.charsReceived ?? 0) * 1.1);
    for (const r of result.rows) expect(r.p50, `${r.placement} ${r.way}`).toBeGreaterThan(0);
    const table = formatSnippetTable(result).split('\n');
    expect(table).toHaveLength(3 + 6 + 1);
    expect(table.at(-1)).toBe('Both ways gave the same snippets for every word.');
  });
});
