/** Backup and restore (issue 5, item 7): backed up, restored into a second, fresh Neo4j, compared property by property and type by type. */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { KeyStore } from '../../src/auth/key-store.js';
import { backupGraph } from '../../src/backup/dump.js';
import { restoreGraph } from '../../src/backup/restore.js';
import { schemaStatus } from '../../src/db/migrate.js';
import { IngestPipeline } from '../../src/ingest/pipeline.js';
import { loadSeed } from '../../src/seed/load-seed.js';
import { domainNodes, linesOf, typedGraph, writeLines } from '../support/backup.js';
import { resetGraph, testDatabase } from '../support/database.js';
import { type FreshNeo4j, startFreshNeo4j } from '../support/fresh-neo4j.js';
import {
  API_KEY_PROPERTIES,
  BACKUP_ADD_STRAY,
  BACKUP_REJECT_FACT,
  BACKUP_REMOVE_STRAY,
  BACKUP_REMOVE_TEMPORAL,
  BACKUP_SET_TEMPORAL,
  BACKUP_SET_TYPED_PROPERTIES,
  RESET_GRAPH,
  PARTY_CITATION_ROWS,
} from '../support/test.repo.js';

const corpusDir = new URL('../fixtures/corpus/texts/', import.meta.url);
const CORPUS = ['10_uppsala-ks-hrv-samordnare.txt', '13_tyreso-sd-trygghetsberedning.txt'];

const db = testDatabase();
const dir = mkdtempSync(path.join(tmpdir(), 'belagg-backup-'));
const file = path.join(dir, 'graph.jsonl.gz');
let fresh: FreshNeo4j;
let rejectedFactId: string;

beforeAll(async () => {
  // The second Neo4j starts while the first is loaded: both take a while.
  const starting = startFreshNeo4j(path.join(dir, 'neo4j'));
  await resetGraph(db.executor);
  await loadSeed(db.executor);
  const pipeline = await IngestPipeline.create();
  for (const name of CORPUS) await pipeline.ingest(db.executor, readFileSync(new URL(name, corpusDir)), {}, name);
  const [rejected] = await db.executor.write<{ factId: string }>(BACKUP_REJECT_FACT, {
    reviewer: 'curator:backup-test',
    reviewedAt: '2026-11-26T10:00:00.000Z',
    note: 'the quote does not say this',
  });
  rejectedFactId = rejected?.factId ?? '';
  expect(rejectedFactId).toMatch(/^fact\//);
  expect(await db.executor.write(BACKUP_SET_TYPED_PROPERTIES)).toEqual([{ cites: 1 }]);
  await new KeyStore(db.executor).create('backup-test-admin', 'admin');
  fresh = await starting;
}, 300_000);

afterAll(async () => {
  await fresh?.stop();
  await db.close();
  rmSync(dir, { recursive: true, force: true });
});

// A cold Neo4j plans every query once, and a fresh one builds its indexes: tens of seconds on a busy machine.
describe('belagg backup', { timeout: 180_000 }, () => {
  it('writes the whole domain graph to one file: review status and reviewer, integer markers, and no API key', async () => {
    const summary = await backupGraph(db.executor, file, { pageSize: 7 }); // a small page, so paging is exercised
    const source = await typedGraph(db.executor);
    expect(summary.nodes).toBe(source.nodes.length);
    expect(summary.relationships).toBe(source.relationships.length);
    console.info(`backup of the fixture: ${summary.nodes} nodes, ${summary.relationships} relationships, ${summary.bytes} bytes, ${summary.ms} ms`);

    const [header, ...body] = linesOf(file).map((l) => JSON.parse(l));
    expect(header).toMatchObject({ format: 'belagg-backup', version: 1, neo4jVersion: expect.stringMatching(/^5\./) });
    expect(header.schema).toContain('document_id');
    expect(body.at(-1)).toEqual({ kind: 'end', nodes: summary.nodes, relationships: summary.relationships });
    const text = gunzipSync(readFileSync(file)).toString('utf8');
    expect(text).not.toContain('ApiKey');
    for (const { props } of await db.executor.read<{ props: { hash: string; id: string } }>(API_KEY_PROPERTIES)) {
      expect(text).not.toContain(props.hash);
      expect(text).not.toContain(props.id);
    }
    const rejected = body.find((l) => l.props?.factId === rejectedFactId);
    expect(rejected.props).toMatchObject({ status: 'REJECTED', reviewedBy: 'curator:backup-test' });
    const igor = body.find((l) => l.props?.id === 'evaluation/igor');
    expect([...igor.ints].sort()).toEqual(['chapterPages', 'huge', 'negative', 'pageCount']);
    expect(igor.props).toMatchObject({ huge: '9007199254740993', score: 2, weights: [0.5, 1] });
  });

  it('restores into a fresh Neo4j: every node, relationship and property the same, integers integers and floats floats', async () => {
    const summary = await restoreGraph(fresh.executor, file, { batchRows: 5 });
    const [source, restored] = [await typedGraph(db.executor), await typedGraph(fresh.executor)];
    expect(restored.nodes.length).toBeGreaterThan(50);
    expect(restored.relationships.length).toBeGreaterThan(100);
    expect(restored).toStrictEqual(source);
    // a backup holds facts only: a party's citation rows are derived again from them, the same as the source's
    const partyRows = await db.executor.read(PARTY_CITATION_ROWS);
    expect(partyRows.length).toBeGreaterThan(0);
    expect(await fresh.executor.read(PARTY_CITATION_ROWS)).toEqual(partyRows);
    expect({ nodes: summary.nodes, relationships: summary.relationships }).toEqual({
      nodes: source.nodes.length,
      relationships: source.relationships.length,
    });
    const igor = restored.nodes.find((n) => (n as { id?: string }).id === 'evaluation/igor') as unknown as { types: string[] };
    expect(igor.types).toEqual(
      expect.arrayContaining(['pageCount: INTEGER NOT NULL', 'score: FLOAT NOT NULL', 'huge: INTEGER NOT NULL', 'chapterPages: LIST<INTEGER NOT NULL> NOT NULL']),
    );
    expect(await fresh.executor.read(API_KEY_PROPERTIES)).toEqual([]);
    expect(await schemaStatus(fresh.executor)).toEqual({ applied: true, missing: [] });
  });

  it('refuses a database that is not empty, and changes nothing', async () => {
    const before = await typedGraph(fresh.executor);
    await expect(restoreGraph(fresh.executor, file)).rejects.toThrow(/the database is not empty: it holds \d+ nodes .*--force/);
    expect(await typedGraph(fresh.executor)).toStrictEqual(before);
  });

  it('with --force merges by id: the same backup again changes nothing, and a later verdict outlives it', async () => {
    const before = await typedGraph(fresh.executor);
    await restoreGraph(fresh.executor, file, { force: true });
    expect(await typedGraph(fresh.executor)).toStrictEqual(before);
    const review = { reviewer: 'curator:later', reviewedAt: '2026-11-27T08:00:00.000Z', note: 'reviewed after the backup' };
    const [later] = await fresh.executor.write<{ factId: string }>(BACKUP_REJECT_FACT, review);
    await restoreGraph(fresh.executor, file, { force: true });
    const after = (await typedGraph(fresh.executor)).relationships.map((r) => (r as unknown as { props: Record<string, unknown> }).props);
    expect(after.find((p) => p.factId === later?.factId)).toMatchObject({ status: 'REJECTED', reviewedBy: 'curator:later' });
  });

  it('refuses a truncated or corrupt file, naming where, with nothing written', async () => {
    await fresh.executor.write(RESET_GRAPH);
    const bytes = readFileSync(file);
    const cut = path.join(dir, 'cut.jsonl.gz');
    writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    await expect(restoreGraph(fresh.executor, cut)).rejects.toThrow(/damaged after line \d+: unexpected end of file/);
    expect(await domainNodes(fresh.executor)).toBe(0);

    const lines = linesOf(file);
    writeLines(cut, lines.slice(0, -40)); // whole lines, valid gzip: only the missing end record tells
    await expect(restoreGraph(fresh.executor, cut)).rejects.toThrow(/ends without its end record: the file is truncated/);
    writeLines(cut, lines.map((l, i) => (i === 9 ? l.replace('"kind":"node"', '"kind":"nod"') : l)));
    await expect(restoreGraph(fresh.executor, cut)).rejects.toThrow(/^line 10: kind: /);
    writeLines(cut, lines.map((l, i) => (i === lines.length - 3 ? l.slice(0, 30) : l)));
    await expect(restoreGraph(fresh.executor, cut)).rejects.toThrow(new RegExp(`^line ${lines.length - 2}: not JSON`));
    writeFileSync(cut, gzipSync(Buffer.concat([Buffer.from(`${lines[0]}\n`), Buffer.from([0x7b, 0xff, 0xfe, 0x0a])])));
    await expect(restoreGraph(fresh.executor, cut)).rejects.toThrow(/^line 2: not valid UTF-8/);
    writeFileSync(cut, 'MATCH (n) DETACH DELETE n');
    await expect(restoreGraph(fresh.executor, cut)).rejects.toThrow(/damaged after line 0: incorrect header check/);
    expect(await domainNodes(fresh.executor)).toBe(0);
  });

  it('undoes its writes when a batch fails midway, leaving the empty database empty', async () => {
    // A file that passes every check but lacks a node its relationships need: only the write finds out.
    const [header, ...body] = linesOf(file).map((l) => JSON.parse(l));
    const gone = body.findIndex((l) => l.kind === 'node' && l.label === 'Person');
    body.splice(gone, 1);
    header.counts.nodes.Person -= 1;
    body[body.length - 1].nodes -= 1;
    const broken = path.join(dir, 'broken.jsonl.gz');
    writeLines(broken, [header, ...body].map((l) => JSON.stringify(l)));
    await expect(restoreGraph(fresh.executor, broken)).rejects.toThrow(
      /end node that is neither in the backup nor in the database\. Removed the \d+ nodes it had written; the database is empty again/,
    );
    expect(await domainNodes(fresh.executor)).toBe(0);
  });
});

describe('what a backup refuses rather than lose', () => {
  it('fails loudly on a temporal value or a node outside the domain model, and leaves no file', async () => {
    const refused = path.join(dir, 'refused.jsonl.gz');
    try {
      await db.executor.write(BACKUP_SET_TEMPORAL);
      await expect(backupGraph(db.executor, refused)).rejects.toThrow(/evaluation\/igor holds values a backup cannot carry .*publishedOn: DATE/);
      await db.executor.write(BACKUP_REMOVE_TEMPORAL);
      await db.executor.write(BACKUP_ADD_STRAY);
      await expect(backupGraph(db.executor, refused)).rejects.toThrow(/outside the domain model .*Stray/);
      expect(existsSync(refused)).toBe(false);
    } finally {
      await db.executor.write(BACKUP_REMOVE_TEMPORAL);
      await db.executor.write(BACKUP_REMOVE_STRAY);
    }
  });
});

describe('belagg backup and restore (from the command line)', () => {
  const env = { ...process.env, NEO4J_URI: inject('neo4jUri'), NEO4J_USER: inject('neo4jUser'), NEO4J_PASSWORD: inject('neo4jPassword') || 'unused', LOG_LEVEL: 'warn' };
  const run = (args: string[]) =>
    promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { env }).catch(
      (e: { code: number; stdout: string; stderr: string }) => e,
    );

  it('backs up to --out and refuses to restore into the non-empty test database', async () => {
    const out = path.join(dir, 'cli.jsonl.gz');
    const backup = await run(['backup', '--out', out]);
    const source = await typedGraph(db.executor);
    expect(backup.stdout).toMatch(new RegExp(`^Backed up ${source.nodes.length} nodes and ${source.relationships.length} relationships to .*cli\\.jsonl\\.gz \\(`));
    expect(linesOf(out).length).toBe(source.nodes.length + source.relationships.length + 2);

    const restore = await run(['restore', out]);
    expect((restore as { code?: number }).code).toBe(1);
    expect(restore.stderr).toMatch(/belagg: the database is not empty/);
  }, 120_000);
});
