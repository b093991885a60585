/**
 * Faults (issue 5, item 4). `belagg ingest` loads 40 corpus texts into a Neo4j of this test's own (own data
 * directory and port); once some documents are in, the Neo4j process is SIGKILLed. Meanwhile `belagg serve`,
 * started while the database is down, reports not-ready, answers UNAVAILABLE, and recovers by itself when the
 * database is restarted on the same directory and port. No document is half-written: what survived the crash is
 * exactly what a clean ingest writes for those documents, and after the same ingest is run again the graph
 * equals a clean ingest of the folder, property for property, with nothing duplicated. Last, SIGTERM lets a
 * request in flight finish before the server exits.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { KeyStore } from '../../src/auth/key-store.js';
import { createDriver } from '../../src/db/driver.js';
import { Executor } from '../../src/db/executor.js';
import { ensureLauncherBuilt } from '../../src/local-neo4j/build.js';
import { LocalNeo4j } from '../../src/local-neo4j/process.js';
import { belagg, type RunningCli, waitFor } from '../support/cli.js';
import { resetGraph, testDatabase } from '../support/database.js';
import { freePort } from '../support/free-port.js';
import { dumpGraph, factsByDocument, type GraphDump, graphDiff } from '../support/graph-state.js';
import { DOCUMENT_COUNT } from '../support/test.repo.js';

const corpus = new URL('../fixtures/corpus/texts/', import.meta.url);
const texts = readdirSync(corpus).sort();
const FILES = 40;
/** When a document was loaded, not what it says. */
const WHEN = ['ingestedAt'];
const clean = testDatabase();
let work: string;
let local: LocalNeo4j;
let crashed: Executor;
let closeCrashed: () => Promise<void>;
let serve: RunningCli | undefined;
let apiUrl: string;

const documents = async (executor: Executor) => (await executor.read<{ count: number }>(DOCUMENT_COUNT))[0]?.count ?? 0;
const graphql = async (query: string, key?: string) =>
  (await (await fetch(`${apiUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) }, body: JSON.stringify({ query }) })).json()) as {
    data?: Record<string, unknown> | null;
    errors?: Array<{ extensions?: { code?: string } }>;
  };
const ingest = (uri: string, password = 'unused') => belagg(['ingest', '--batch', '4', path.join(work, 'texts')], { NEO4J_URI: uri, NEO4J_PASSWORD: password || 'unused' });

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'belagg-faults-'));
  mkdirSync(path.join(work, 'texts'));
  for (const f of texts.slice(0, FILES)) copyFileSync(new URL(f, corpus), path.join(work, 'texts', f));
  await ensureLauncherBuilt({ progress: false });
  local = new LocalNeo4j({ dataDir: path.join(work, 'neo4j'), boltPort: await freePort(), heap: '512m', pageCacheMb: 64, tieToParent: true });
  await local.start();
  const driver = createDriver({ mode: 'external', uri: local.uri, user: 'neo4j', password: '', database: 'neo4j' });
  crashed = new Executor(driver, 'neo4j');
  closeCrashed = () => driver.close();
}, 180_000);
afterAll(async () => {
  if (serve && serve.child.exitCode === null) serve.child.kill('SIGKILL');
  await closeCrashed?.();
  await local?.stop();
  await clean.close();
  rmSync(work, { recursive: true, force: true });
});

describe('a Neo4j killed in the middle of a bulk ingest', () => {
  let survived: GraphDump;
  let firstRun: { code: number | null; stderr: string };

  it('leaves the API up, not ready and UNAVAILABLE until the database returns, then recovers by itself', async () => {
    const first = ingest(local.uri);
    const before = await waitFor('some documents in', async () => ((await documents(crashed)) >= 8 ? true : undefined), 180_000, 100);
    expect(before).toBe(true);
    await local.kill();

    const apiPort = await freePort();
    apiUrl = `http://127.0.0.1:${apiPort}`;
    serve = belagg(['serve'], { NEO4J_URI: local.uri, NEO4J_PASSWORD: 'unused', PORT: String(apiPort), BELAGG_SEED: 'never' });
    await waitFor('the API to listen', async () => ((await fetch(`${apiUrl}/healthz`)).ok ? true : undefined), 120_000);
    expect((await fetch(`${apiUrl}/readyz`)).status).toBe(503);
    expect((await graphql('{ parties { abbreviation } }')).errors?.[0]?.extensions?.code).toBe('UNAVAILABLE');

    await local.start();
    await waitFor('readiness', async () => ((await fetch(`${apiUrl}/readyz`)).status === 200 ? true : undefined), 60_000);
    expect((await graphql('{ parties { abbreviation } }')).errors).toBeUndefined();

    // The first ingest gives up on the database it lost (or is stopped, as an operator would).
    const code = await Promise.race([first.exited, new Promise<'still running'>((r) => setTimeout(() => r('still running'), 60_000))]);
    if (code === 'still running') first.child.kill('SIGKILL');
    firstRun = { code: code === 'still running' ? null : code, stderr: first.stderr() };
    survived = await dumpGraph(crashed, WHEN);
    console.log(`faults: Neo4j SIGKILLed with ${await documents(crashed)} of ${FILES} documents in; the first run exited ${firstRun.code}`);
  }, 300_000);

  it('keeps no document by halves, and a re-run equals a clean ingest with nothing duplicated', async () => {
    const rerun = ingest(local.uri);
    expect(await rerun.exited, rerun.stderr()).toBe(0);
    expect(rerun.stdout()).toMatch(/0 failed/);

    await resetGraph(clean.executor);
    const reference = ingest(inject('neo4jUri'), inject('neo4jPassword'));
    expect(await reference.exited, reference.stderr()).toBe(0);
    const [after, expected] = [await dumpGraph(crashed, WHEN), await dumpGraph(clean.executor, WHEN)];

    // What survived the crash: each document with all its facts, exactly as a clean ingest writes them; no fact
    // of a document that is not there; no node a clean ingest does not have.
    const [partial, full] = [factsByDocument(survived), factsByDocument(expected)];
    const documentsIn = survived.lines.filter((l) => l.startsWith('N\tDocument\t')).map((l) => l.split('\t')[2] as string);
    expect(documentsIn.length).toBeGreaterThan(0);
    for (const id of documentsIn) expect(partial.get(id)?.sort(), id).toEqual(full.get(id)?.sort());
    expect([...partial.keys()].filter((id) => !documentsIn.includes(id))).toEqual([]);
    expect(graphDiff(expected, survived).added).toEqual([]);

    // After the re-run: the same graph as the clean ingest, node for node, property for property.
    expect(await documents(crashed)).toBe(FILES);
    expect([after.nodes, after.relationships]).toEqual([expected.nodes, expected.relationships]);
    expect(graphDiff(expected, after)).toEqual({ added: [], removed: [], changed: [] });
    expect(after.fingerprint).toBe(expected.fingerprint);
    console.log(`faults: after the crash ${documentsIn.length} whole documents; after the re-run ${after.nodes} nodes and ${after.relationships} relationships, equal to a clean ingest`);
  }, 300_000);

  it('lets a request in flight finish on SIGTERM, then exits cleanly', async () => {
    const key = (await new KeyStore(crashed).create('faults', 'curator')).key;
    const text = texts.slice(FILES).map((f) => readFileSync(new URL(f, corpus), 'utf8')).join('\n\n');
    const body = JSON.stringify({ query: 'mutation($t: String!) { ingestDocument(input: { text: $t }) { outcome error { code } } }', variables: { t: text } });
    const inFlight = fetch(`${apiUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` }, body });
    await new Promise((r) => setTimeout(r, 300));
    const server = serve as RunningCli;
    server.child.kill('SIGTERM');
    const res = await inFlight;
    expect(res.status).toBe(200);
    expect((await res.json()).data.ingestDocument).toEqual({ outcome: 'INSERTED', error: null });
    expect(await server.exited).toBe(0);
    expect(await documents(crashed)).toBe(FILES + 1);
  }, 120_000);
});
