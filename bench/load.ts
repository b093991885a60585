/**
 * Load test (issue 5, item 6): `npx tsx bench/load.ts [--scale TENTH] [--seconds 60] [--connections 50]`
 * Belägg's API in a process of its own over a generated corpus in a Neo4j of this test's own (own data
 * directory and port, regenerated each run because the ingest stream writes to it). For --seconds, autocannon
 * keeps --connections clients busy on the headline read queries (shared out over them) while a
 * curator streams new documents through the ingestDocument mutation, one after another. Prints throughput,
 * p50/p99 overall and per query, errors (target 0) and the resident memory of the API and of Neo4j (target:
 * flat). "Before" is read after a --warmup phase of the same load, so that it compares a warm process with
 * itself: a JIT, caches and pools filling once are not a leak; growth over the measured run would be.
 * Not part of npm test: it takes minutes and its figures depend on the machine.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { Command } from 'commander';
import { KeyStore } from '../src/auth/key-store.js';
import { ensureGenerated } from './generate/ensure.js';
import { generate } from './generate/write.js';
import { DEFAULT_SEED, scaleOf, scales } from './generate/scale.js';
import { headlines } from './query/headline.js';
import { percentile } from './query/measure.js';
import { pickArguments } from './query/pick.js';
import { post, rssMiB, startServer } from './query/servers.js';
import { benchDir } from './support/neo4j.js';

const o = new Command('bench:load')
  .option('--scale <scale>', 'corpus the reads run over: XS, TENTH or S', 'TENTH')
  .option('--seconds <n>', 'seconds of measured load', Number, 60)
  .option('--warmup <n>', 'seconds of the same load before the measured run', Number, 20)
  .option('--connections <n>', 'concurrent reading clients', Number, 50)
  .option('--settle <n>', 'seconds to wait after the load before memory is read again', Number, 10)
  .parse()
  .opts<{ scale: string; seconds: number; warmup: number; connections: number; settle: number }>();

const log = (line: string) => process.stderr.write(`${line}\n`);
const scale = scaleOf(o.scale);
const percentileOf = (values: number[], p: number) => percentile([...values].sort((a, b) => a - b), p);

interface ReadRun {
  seconds: number;
  latencies: number[];
  /** Latencies per headline query, by the index of its request in the cycle. */
  byQuery: number[][];
  non2xx: number;
  socketErrors: number;
  timeouts: number;
}

/**
 * --connections clients for `seconds`, shared out over the operations (50 over 8: six or seven each), one
 * autocannon instance per operation running at the same time, so every latency is known to be whose.
 */
async function readLoad(url: string, bodies: string[], seconds: number): Promise<ReadRun> {
  const run: ReadRun = { seconds: 0, latencies: [], byQuery: bodies.map(() => []), non2xx: 0, socketErrors: 0, timeouts: 0 };
  const started = performance.now();
  const results = await Promise.all(
    bodies.map(
      (body, i) =>
        new Promise<autocannon.Result>((resolve, reject) => {
          const connections = Math.floor(o.connections / bodies.length) + (i < o.connections % bodies.length ? 1 : 0);
          const instance = autocannon(
            { url, method: 'POST', headers: { 'content-type': 'application/json' }, body, connections, duration: seconds },
            (error, r) => (error ? reject(error) : resolve(r)),
          );
          instance.on('response', (_client, statusCode, _bytes, responseTime) => {
            if (statusCode < 200 || statusCode >= 300) run.non2xx++;
            run.latencies.push(responseTime);
            run.byQuery[i]?.push(responseTime);
          });
        }),
    ),
  );
  run.seconds = (performance.now() - started) / 1000;
  run.socketErrors = results.reduce((n, r) => n + r.errors, 0);
  run.timeouts = results.reduce((n, r) => n + r.timeouts, 0);
  return run;
}

const dataDir = path.join(benchDir, '.data', `load-${scale.name}`);
const { db } = await ensureGenerated(scale, DEFAULT_SEED, { dataDir, force: true, log });
// The ingest stream's documents: a corpus of another seed, so each one is new to the graph.
const streamDir = mkdtempSync(path.join(tmpdir(), 'belagg-load-texts-'));
await generate({ scale: scales.XS, seed: DEFAULT_SEED + 1, executor: null, textsDir: streamDir });
const streamTexts = readdirSync(streamDir).sort().map((f) => readFileSync(path.join(streamDir, f), 'utf8'));

const api = await startServer('belagg', db.uri);
try {
  const curatorKey = (await new KeyStore(db.executor).create('load-test', 'curator')).key;
  const operations = headlines(await pickArguments(db.driver)).map((h) => ({ name: h.name, body: JSON.stringify(h.belagg) }));
  const bodies = operations.map((op) => op.body);
  // Each operation answered once without errors before any timing.
  for (const op of operations) await post(api.url, op.body);
  const neo4jPid = db.local?.pid;

  const ingest = { done: 0, outcomes: new Map<string, number>(), errors: [] as string[], latencies: [] as number[] };
  let streaming = true;
  const ingestStream = (async () => {
    for (let i = 0; streaming; i++) {
      const text = streamTexts[i % streamTexts.length] as string;
      const t0 = performance.now();
      try {
        const res = await fetch(api.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${curatorKey}` },
          body: JSON.stringify({ query: 'mutation($t: String!) { ingestDocument(input: { text: $t }) { outcome error { code } } }', variables: { t: text } }),
        });
        const json = (await res.json()) as { data?: { ingestDocument?: { outcome: string; error: { code: string } | null } }; errors?: unknown[] };
        const payload = json.data?.ingestDocument;
        if (!res.ok || json.errors?.length || !payload) ingest.errors.push(`${res.status} ${JSON.stringify(json.errors ?? json).slice(0, 200)}`);
        else {
          const key = payload.error ? `refused ${payload.error.code}` : payload.outcome;
          ingest.outcomes.set(key, (ingest.outcomes.get(key) ?? 0) + 1);
        }
      } catch (error) {
        ingest.errors.push(String(error));
      }
      ingest.latencies.push(performance.now() - t0);
      ingest.done++;
    }
  })();

  if (o.warmup > 0) {
    log(`warm-up: ${o.connections} clients for ${o.warmup} s, plus the ingest stream`);
    await readLoad(api.url, bodies, o.warmup);
  }
  const before = { api: rssMiB(api.pid), neo4j: rssMiB(neo4jPid), ingested: ingest.done };
  ingest.latencies.length = 0;
  ingest.errors.length = 0;
  ingest.outcomes.clear();
  const peak = { api: 0, neo4j: 0 };
  const sampler = setInterval(() => {
    peak.api = Math.max(peak.api, rssMiB(api.pid));
    peak.neo4j = Math.max(peak.neo4j, rssMiB(neo4jPid));
  }, 500);
  log(`load: ${o.connections} clients on ${operations.length} headline queries for ${o.seconds} s, plus one ingest stream`);
  const reads = await readLoad(api.url, bodies, o.seconds);
  streaming = false;
  await ingestStream;
  clearInterval(sampler);
  await new Promise((r) => setTimeout(r, o.settle * 1000));
  const after = { api: rssMiB(api.pid), neo4j: rssMiB(neo4jPid) };

  const readErrors = reads.non2xx + reads.socketErrors + reads.timeouts;
  const ingested = ingest.latencies.length;
  console.log(`\nBelägg load test, scale ${scale.name}, ${o.connections} reading clients + 1 ingest stream, ${reads.seconds.toFixed(0)} s measured after ${o.warmup} s of warm-up`);
  console.log(`reads:   ${reads.latencies.length} requests, ${(reads.latencies.length / reads.seconds).toFixed(1)} req/s, p50 ${percentileOf(reads.latencies, 50).toFixed(0)} ms, p99 ${percentileOf(reads.latencies, 99).toFixed(0)} ms, errors ${readErrors} (non-2xx ${reads.non2xx}, socket ${reads.socketErrors}, timeouts ${reads.timeouts})`);
  operations.forEach((op, i) => {
    const l = reads.byQuery[i] ?? [];
    console.log(`  ${op.name.padEnd(20)} ${String(l.length).padStart(6)} answers, p50 ${percentileOf(l, 50).toFixed(0).padStart(6)} ms, p99 ${percentileOf(l, 99).toFixed(0).padStart(6)} ms`);
  });
  console.log(`ingest:  ${ingested} documents, ${(ingested / reads.seconds).toFixed(2)} docs/s, p50 ${percentileOf(ingest.latencies, 50).toFixed(0)} ms, p99 ${percentileOf(ingest.latencies, 99).toFixed(0)} ms, outcomes ${JSON.stringify(Object.fromEntries(ingest.outcomes))}, errors ${ingest.errors.length}`);
  for (const e of ingest.errors.slice(0, 5)) console.log(`  ingest error: ${e}`);
  console.log(`RSS MiB after warm-up → peak → ${o.settle} s after the run: API ${before.api} → ${peak.api} → ${after.api}; Neo4j ${before.neo4j} → ${peak.neo4j} → ${after.neo4j}`);
  if (readErrors + ingest.errors.length > 0) process.exitCode = 1;
} finally {
  await api.stop();
  await db.stop();
  rmSync(streamDir, { recursive: true, force: true });
}
