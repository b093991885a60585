/** Access control and query limits, over HTTP against the real database. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KeyStore } from '../../src/auth/key-store.js';
import { loadSeed } from '../../src/seed/load-seed.js';
import { startTestApi, type TestApi } from '../support/api.js';
import { resetGraph, testDatabase } from '../support/database.js';
import { API_KEY_PROPERTIES, COUNT_GRAPH } from '../support/test.repo.js';

const db = testDatabase();
let api: TestApi;
const INGEST = 'mutation($t: String!) { ingestDocument(input: { text: $t }) { outcome error { code } } }';
const TEXT = 'Motion om trygghet\nav Eva Ek (C)\n\nJag föreslår att kommunen ska arbeta för att alla ska känna sig trygga i Huddinge kommun och att det görs nu.\n';

beforeAll(async () => {
  await resetGraph(db.executor);
  await loadSeed(db.executor);
  api = await startTestApi(db.executor);
});
afterAll(async () => {
  await api.close();
  await db.close();
});

describe('access', () => {
  it('lets anyone read by default, but no write without a key (UNAUTHENTICATED), or with a reader key (FORBIDDEN); nothing is written', async () => {
    const [readerKey, curatorKey] = [await api.key('reader'), await api.key('curator')];
    const before = await db.executor.read(COUNT_GRAPH);
    expect((await api.graphql('{ parties { abbreviation } }')).data.parties).toEqual([{ abbreviation: 'SD' }]);
    const anonymous = await api.graphql(INGEST, { t: TEXT });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const reader = await api.graphql(INGEST, { t: TEXT }, readerKey);
    expect(reader.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    for (const mutation of [
      'mutation { reviewFact(input: { factId: "fact/CITES/000000000000000000000000", decision: REJECT }) { error { code } } }',
      'mutation { linkEvaluation(input: { evaluationId: "evaluation/igor", curatedEvaluationId: "evaluation/x" }) { error { code } } }',
    ])
      expect((await api.graphql(mutation)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await db.executor.read(COUNT_GRAPH)).toEqual(before);
    const curator = await api.graphql(INGEST, { t: TEXT }, curatorKey);
    expect(curator.data.ingestDocument).toEqual({ outcome: 'INSERTED', error: null });
  });

  it('stores keys hashed, refuses an unknown key, and stops a revoked one', async () => {
    const store = new KeyStore(db.executor);
    const { key, info } = await store.create('revoke-me', 'curator');
    const stored = (await db.executor.read<{ props: Record<string, unknown> }>(API_KEY_PROPERTIES)).map((r) => r.props);
    expect(JSON.stringify(stored)).not.toContain(key);
    expect(stored.find((p) => p.id === info.id)).toMatchObject({ role: 'curator', hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const unknown = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer blg_notarealkeyatallnotarealkeyatallnotarealkey' }, body: '{"query":"{ parties { id } }"}' });
    expect(unknown.status).toBe(401);
    expect((await unknown.json()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    await store.revoke(info.prefix);
    // The server caches a key's check for a few seconds; a fresh server sees the revocation at once.
    const fresh = await startTestApi(db.executor);
    try {
      expect((await fresh.graphql(INGEST, { t: TEXT }, key)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    } finally {
      await fresh.close();
    }
  });

  it('requires a key for reads too when BELAGG_READ_ACCESS=key', async () => {
    const locked = await startTestApi(db.executor, { BELAGG_READ_ACCESS: 'key' });
    try {
      const res = await fetch(`${locked.url}/graphql?query=${encodeURIComponent('{ parties { id } }')}`);
      expect(res.status).toBe(401);
      const withKey = await locked.graphql('{ parties { abbreviation } }', {}, await locked.key('reader'));
      expect(withKey.data.parties).toContainEqual({ abbreviation: 'SD' });
    } finally {
      await locked.close();
    }
  });
});

describe('query limits', () => {
  const code = async (query: string, variables?: Record<string, unknown>) => (await api.graphql(query, variables)).errors?.[0]?.extensions?.code;

  it('refuses a query too deep, too costly, with too many aliases or tokens, quickly and with a code', async () => {
    const deep = `{ motions { edges { node { authors { motions { authors { motions { authors { motions { authors { motions { authors { motions { id } } } } } } } } } } } } } }`;
    const started = performance.now();
    expect(await code(deep)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(performance.now() - started).toBeLessThan(5_000);
    const aliases = `{ ${Array.from({ length: 30 }, (_, i) => `a${i}: parties { id }`).join(' ')} }`;
    expect(await code(aliases)).toBe('GRAPHQL_VALIDATION_FAILED');
    const tokens = `{ parties { ${Array.from({ length: 4000 }, () => 'id').join(' ')} } }`;
    expect(await code(tokens)).toBe('GRAPHQL_PARSE_FAILED');
    const wide = `{ citations(first: 100) { edges { node { motion { authors { motions { documents { document { cases { motion { proposals { document { id } } } } } } } } } } } } }`;
    expect(await code(wide)).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('still answers the issue query and GraphiQL introspection', async () => {
    const { errors } = await api.graphql(`{ citations(first: 20) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { role
      motion { id title authors { name party { abbreviation name } } } document { id kind rawText }
      evaluation { id title attributedTo { name } evaluates { name } publishedBy { name } }
      findings { id text polarity evidence { start end quote } } evidence { start end quote } } } } }`);
    expect(errors).toBeUndefined();
    expect((await api.graphql('{ __schema { queryType { name } } }')).data.__schema.queryType.name).toBe('Query');
  });

  it('turns introspection off by configuration', async () => {
    const closed = await startTestApi(db.executor, { BELAGG_INTROSPECTION: 'off' });
    try {
      expect((await closed.graphql('{ __schema { queryType { name } } }')).errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    } finally {
      await closed.close();
    }
  });

  it('refuses batched requests and oversized bodies with a code', async () => {
    const batch = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify([{ query: '{ parties { id } }' }, { query: '{ parties { id } }' }]) });
    expect(batch.status).toBe(400);
    const big = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ parties { id } }', variables: { x: 'x'.repeat(13 * 1024 * 1024) } }) });
    expect(big.status).toBe(413);
    expect((await big.json()).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('rate-limits per key or IP with RATE_LIMITED, fast, and keeps serving others', async () => {
    const limited = await startTestApi(db.executor, { BELAGG_RATE_LIMIT_PER_MINUTE: '5' });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 7; i++) statuses.push((await fetch(`${limited.url}/graphql?query=${encodeURIComponent('{ parties { id } }')}`)).status);
      expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
      expect(statuses.slice(5)).toEqual([429, 429]);
      const refused = await fetch(`${limited.url}/graphql?query=${encodeURIComponent('{ parties { id } }')}`);
      expect((await refused.json()).errors[0].extensions.code).toBe('RATE_LIMITED');
      // A key has its own budget.
      expect((await limited.graphql('{ parties { id } }', {}, await limited.key('reader'))).errors).toBeUndefined();
      expect((await fetch(`${limited.url}/healthz`)).status).toBe(200);
    } finally {
      await limited.close();
    }
  });
});
