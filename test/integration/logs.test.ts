/**
 * Logs (issue 5, item 8): the app's pino output, captured from a stream, while a curator ingests a document
 * with a key. One line per request, with request id, operation name, duration and outcome — for GraphQL
 * operations and for requests refused before GraphQL runs — and no line carries the document's text, the key
 * or the Authorization header.
 */
import type { Server } from 'node:http';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KeyStore } from '../../src/auth/key-store.js';
import { loadConfig } from '../../src/config.js';
import { Readiness } from '../../src/db/readiness.js';
import { type App, createApp } from '../../src/http/app.js';
import { resetGraph, testDatabase } from '../support/database.js';

const db = testDatabase();
const lines: Array<Record<string, unknown> & { raw: string }> = [];
let app: App;
let server: Server;
let url: string;
let key: string;
const TEXT = `Motion om trygga skolvägar i Gnesta kommun
av Ingrid Lövgren (C)

Jag föreslår att kommunen ska se över belysningen längs skolvägarna och att det görs innan vintern. Många föräldrar
har hört av sig om att barnen inte känner sig trygga när det är mörkt, och det är viktigt för alla som bor här.
`;

beforeAll(async () => {
  await resetGraph(db.executor);
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const raw of chunk.toString('utf8').split('\n').filter(Boolean)) lines.push({ ...JSON.parse(raw), raw });
      done();
    },
  });
  const log = pino({ level: 'info' }, stream);
  app = await createApp({ config: loadConfig({}), executor: db.executor, readiness: new Readiness(db.executor, log), log });
  server = await new Promise((resolve) => {
    const s = app.express.listen(0, '127.0.0.1', () => resolve(s));
  });
  const address = server.address();
  url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  key = (await new KeyStore(db.executor).create('log-test', 'curator')).key;
}, 120_000);
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await app.apollo.stop();
  await db.close();
});

const send = (requestId: string, body: string, headers: Record<string, string> = {}) =>
  fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': requestId, ...headers }, body });

describe('request logs', () => {
  it('writes one line per request with request id, operation name, duration and outcome, and no text or key', async () => {
    const ingest = 'mutation Ingest($t: String!) { ingestDocument(input: { text: $t }) { outcome error { code } } }';
    const requests: Array<[string, string, Record<string, string>, { operationName: string | null; outcome: string; msg: string }]> = [
      ['log-read', JSON.stringify({ query: 'query Parties { parties { abbreviation } }' }), {}, { operationName: 'Parties', outcome: 'ok', msg: 'graphql' }],
      ['log-ingest', JSON.stringify({ query: ingest, variables: { t: TEXT } }), { authorization: `Bearer ${key}` }, { operationName: 'Ingest', outcome: 'ok', msg: 'graphql' }],
      ['log-again', JSON.stringify({ query: ingest, variables: { t: TEXT } }), { 'x-api-key': key }, { operationName: 'Ingest', outcome: 'ok', msg: 'graphql' }],
      ['log-bad-id', JSON.stringify({ query: 'query Motion { motion(id: "x") { id } }' }), {}, { operationName: 'Motion', outcome: 'error', msg: 'graphql' }],
      ['log-no-key', JSON.stringify({ query: ingest, variables: { t: TEXT } }), { authorization: `Bearer ${key}x` }, { operationName: null, outcome: 'refused', msg: 'http' }],
      ['log-bad-json', `{"query": "mutation { ingestDocument(input: {text: ${JSON.stringify(TEXT)}}) { outcome } }"`, {}, { operationName: null, outcome: 'refused', msg: 'http' }],
    ];
    for (const [id, body, headers] of requests) await send(id, body, headers);
    expect((await (await send('log-check', JSON.stringify({ query: '{ document(id: "x") { id } }' }))).json()).errors).toBeDefined();

    for (const [id, , , expected] of requests) {
      const mine = lines.filter((l) => l.requestId === id && (l.msg === 'graphql' || l.msg === 'http'));
      expect(mine, id).toHaveLength(1);
      expect(mine[0], id).toMatchObject({ level: 30, ...expected, durationMs: expect.any(Number) });
    }
    expect(lines.find((l) => l.requestId === 'log-ingest' && l.msg === 'document ingested')).toMatchObject({ outcome: 'inserted', documentId: expect.stringMatching(/^document\//) });

    // Nothing secret or private at info level (or any level): not the text, not a line of it, not the key.
    const everything = lines.map((l) => l.raw).join('\n');
    for (const secret of [key, `Bearer ${key}`, key.slice(4, 24), ...TEXT.split('\n').filter((l) => l.length > 20)])
      expect(everything.includes(secret), `a log line contains ${JSON.stringify(secret.slice(0, 30))}`).toBe(false);
    expect(everything).not.toMatch(/authorization|x-api-key|blg_/i);
  });
});
