/**
 * Bad input, fuzzed over HTTP (issue 5, item 5b): thousands of generated requests to /graphql — malformed JSON
 * and queries, wrong and huge variables, deep fragments and fragment cycles, batches, random operation names,
 * odd methods and content types. Every answer is JSON whose errors all carry a code from the closed set and none
 * is a 5xx; the server keeps answering /healthz; no promise is rejected unhandled; and nothing is written.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes } from '../../src/errors.js';
import { loadSeed } from '../../src/seed/load-seed.js';
import { startTestApi, type TestApi } from '../support/api.js';
import { resetGraph, testDatabase } from '../support/database.js';
import { dumpGraph, type GraphDump } from '../support/graph-state.js';
import { type FuzzRequest, fuzzRequest } from '../support/http-fuzz-requests.js';
import { inPool } from '../support/pool.js';

const db = testDatabase();
let api: TestApi;
let curator: string;
let before: GraphDump;
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => void unhandled.push(reason);
const closed = new Set<string>(errorCodes);
/** How the server answered: status and error codes, counted. */
const answers = new Map<string, number>();
/** Enough for 4 MB of variables (the largest generated) to go through; sizes above the limit get their own case. */
const CASES = 4_000;

beforeAll(async () => {
  process.on('unhandledRejection', onUnhandled);
  await resetGraph(db.executor);
  await loadSeed(db.executor);
  api = await startTestApi(db.executor, { BELAGG_RATE_LIMIT_PER_MINUTE: '1000000' });
  curator = await api.key('curator');
  before = await dumpGraph(db.executor);
}, 180_000);
afterAll(async () => {
  process.off('unhandledRejection', onUnhandled);
  await api?.close();
  await db.close();
});

/** What is wrong with one answer; the request is named so a failure can be replayed. */
async function problemsOf(r: FuzzRequest): Promise<string[]> {
  const headers = { ...r.headers, ...(r.curator ? { authorization: `Bearer ${curator}` } : {}) };
  const res = await fetch(`${api.url}${r.path}`, { method: r.method, headers, body: r.method === 'GET' ? undefined : r.body });
  const text = await res.text();
  const where = `${r.kind} ${r.method} ${r.path.slice(0, 80)} ${String(r.body).slice(0, 120)} → ${res.status}`;
  if (res.status >= 500) return [`${where}: status ${res.status} ${text.slice(0, 200)}`];
  if (r.method === 'OPTIONS' || res.status === 204) return [];
  let body: { errors?: Array<{ extensions?: { code?: string } }> };
  try {
    body = JSON.parse(text);
  } catch {
    return [`${where}: not JSON: ${text.slice(0, 200)}`];
  }
  const codes = [...new Set((body.errors ?? []).map((e) => e.extensions?.code))].join('+') || 'data';
  answers.set(`${res.status} ${codes}`, (answers.get(`${res.status} ${codes}`) ?? 0) + 1);
  const bad = (body.errors ?? []).filter((e) => !closed.has(e.extensions?.code ?? '') || e.extensions?.code === 'INTERNAL_SERVER_ERROR');
  return bad.map((e) => `${where}: error ${JSON.stringify(e).slice(0, 300)}`);
}

describe('/graphql under generated requests', () => {
  it(`answers ${CASES} generated requests with JSON and coded errors, and stays up`, async () => {
    const requests = fc.sample(fuzzRequest, { numRuns: CASES, seed: 5_005 });
    const started = performance.now();
    const problems = (await inPool(requests, 8, problemsOf)).flat();
    const kinds = [...new Set(requests.map((r) => r.kind))].map((k) => `${k} ${requests.filter((r) => r.kind === k).length}`);
    console.log(`fuzz-http: ${requests.length} requests in ${((performance.now() - started) / 1000).toFixed(1)} s (${kinds.join(', ')})`);
    console.log(`fuzz-http: answers ${JSON.stringify(Object.fromEntries([...answers].sort((x, y) => y[1] - x[1])))}`);
    expect(problems.slice(0, 20)).toEqual([]);
    expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
    expect((await api.graphql('{ parties { abbreviation } }')).data.parties).toEqual([{ abbreviation: 'SD' }]);
  }, 300_000);

  it('refuses bodies over the limit with PAYLOAD_TOO_LARGE, and huge batches at once', async () => {
    const big = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ ping }', variables: { x: 'x'.repeat(13 * 1024 * 1024) } }) });
    expect([big.status, (await big.json()).errors[0].extensions.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
    const started = performance.now();
    const batch = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(Array.from({ length: 10_000 }, () => ({ query: '{ parties { id } }' }))) });
    expect(batch.status).toBe(400);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('wrote nothing and left no promise rejected unhandled', async () => {
    const after = await dumpGraph(db.executor);
    expect([after.nodes, after.relationships]).toEqual([before.nodes, before.relationships]);
    expect(after.fingerprint).toBe(before.fingerprint);
    expect(unhandled).toEqual([]);
  });
});
