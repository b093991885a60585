/**
 * Ingestion benchmark: documents per second end to end (read → normalize → extract → validate → load) in one
 * process, into an empty Neo4j of its own, over the generated document set of a scale (raw texts, a share of
 * them OCR-damaged). Four figures: the pure steps alone (no database; cold, then the same documents warm), one
 * transaction per document (the ingestDocument mutation's path), bulk ingest with --batch documents per
 * transaction (`belagg ingest`), and writing alone: the last --write-alone documents are prepared before the bulk
 * run and written after it, on a warm server, so the two halves of bulk ingest can be compared with the whole. The
 * bulk run is also reported over its last third, with the CPU this process and Neo4j used meanwhile.
 * npx tsx bench/ingest/main.ts --scale S [--limit N] [--single N] [--batch 100] [--write-alone 3000] [--workers N]
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { applySchema } from '../../src/db/migrate.js';
import { IngestPipeline } from '../../src/ingest/pipeline.js';
import { defaultWorkerCount } from '../../src/ingest/prepare/workers.js';
import { generate } from '../generate/write.js';
import { DEFAULT_SEED, scaleOf } from '../generate/scale.js';
import { cpuSeconds } from '../support/proc.js';
import { benchDir, startBenchNeo4j } from '../support/neo4j.js';

const o = new Command('bench:ingest')
  .requiredOption('--scale <scale>', 'XS, S or M: whose document set')
  .option('--limit <n>', 'documents in the bulk run (default: all)', Number)
  .option('--single <n>', 'documents loaded one transaction each, before the bulk run', Number, 300)
  .option('--batch <n>', 'documents per transaction in the bulk run', Number, 100)
  .option('--write-alone <n>', 'documents prepared before the bulk run and written after it (at most half the bulk set)', Number, 3000)
  .option('--workers <n>', 'worker threads preparing documents in the bulk run (0: in the writing thread; default as `belagg ingest`)', Number)
  .parse()
  .opts<{ scale: string; limit?: number; single: number; batch: number; writeAlone: number; workers?: number }>();

const scale = scaleOf(o.scale);
const log = (line: string) => process.stderr.write(`${line}\n`);
const textsDir = path.join(benchDir, '.data', `texts-${scale.name}`);
if (!existsSync(textsDir) || readdirSync(textsDir).length !== scale.documents) {
  log(`writing the ${scale.name} document set to ${textsDir}`);
  rmSync(textsDir, { recursive: true, force: true });
  await generate({ scale, seed: DEFAULT_SEED, executor: null, textsDir, log });
}
const files = readdirSync(textsDir).sort().map((f) => path.join(textsDir, f));
const pipeline = await IngestPipeline.create();

// 1. The pure steps, no database: what the CPU costs before anything is written.
// The first documents warm the JIT and are not counted: the bulk run below is measured warm too, over thousands.
for (const f of files.slice(0, 100)) pipeline.prepare(readFileSync(f), {}, f);
const sample = files.slice(100, Math.min(files.length, 2100));
/** Documents per second preparing the sample, in this thread. */
const prepareRateOfSample = () => {
  const started = performance.now();
  for (const f of sample) pipeline.prepare(readFileSync(f), {}, f);
  return sample.length / ((performance.now() - started) / 1000);
};
const prepareRate = prepareRateOfSample();
// V8 is still compiling the rules' code and patterns over those 2,000 (107 docs/s over the first 500 new documents
// and 320–410 after 2,000, measured 2026-11-28): the same documents again say what the steps cost once warm — a
// little less than new ones would (358–482 then), their words and names having been looked up once already.
const preparedWarmRate = prepareRateOfSample();

const dataDir = path.join(benchDir, '.data', `ingest-${scale.name}`);
rmSync(dataDir, { recursive: true, force: true });
const db = await startBenchNeo4j({ dataDir, log });
try {
  await applySchema(db.executor);
  const single = files.slice(0, o.single);
  const bulkSet = files.slice(o.single, o.limit === undefined ? undefined : o.single + o.limit);
  const aloneCount = Math.min(o.writeAlone, Math.floor(bulkSet.length / 2));
  const bulk = bulkSet.slice(0, bulkSet.length - aloneCount);
  const preparedAhead = await pipeline.prepareMany(bulkSet.slice(bulk.length).map((f) => ({ input: readFileSync(f), source: f })));
  let failed = 0;
  // 2. One transaction per document.
  let t0 = performance.now();
  for (const f of single) {
    try {
      await pipeline.ingest(db.executor, readFileSync(f), {}, f);
    } catch {
      failed++;
    }
  }
  const singleRate = single.length / ((performance.now() - t0) / 1000);
  // 3. Bulk: --batch documents per transaction, the next batch prepared while one is written (as `belagg ingest`).
  t0 = performance.now();
  const batches = function* () {
    for (let i = 0; i < bulk.length; i += o.batch) yield bulk.slice(i, i + o.batch).map((f) => ({ input: readFileSync(f), source: f }));
  };
  let loaded = 0;
  let written = 0;
  // The last third is measured apart: a fresh Neo4j spends much of a core on its JIT compiler for the first
  // minutes of a load (C2 took 77 of its 249 CPU seconds in one S run), which a long-running server has behind it.
  let lastThird: { at: number; loaded: number; ours: number; neo4j: number } | null = null;
  const cpuNow = () => ({ ours: cpuSeconds(process.pid), neo4j: cpuSeconds(db.local?.pid) });
  for await (const r of pipeline.ingestBatches(db.executor, batches(), { workers: o.workers })) {
    failed += r.outcomes.filter((x) => 'error' in x).length;
    loaded += r.items.length;
    if (written++ % 20 === 0) log(`  bulk ${loaded}/${bulk.length}, ${(loaded / ((performance.now() - t0) / 1000)).toFixed(0)} docs/s`);
    if (!lastThird && loaded >= (bulk.length * 2) / 3) lastThird = { at: performance.now(), loaded, ...cpuNow() };
  }
  const bulkSeconds = (performance.now() - t0) / 1000;
  const workerCount = o.workers ?? defaultWorkerCount();
  const workerNote = workerCount === 0 ? 'prepared in the writing thread' : `${workerCount} preparing worker thread${workerCount === 1 ? '' : 's'}`;
  const warm = lastThird && (() => {
    const seconds = (performance.now() - lastThird.at) / 1000;
    const cpu = cpuNow();
    return { rate: (loaded - lastThird.loaded) / seconds, docs: loaded - lastThird.loaded, ours: (cpu.ours - lastThird.ours) / seconds, neo4j: (cpu.neo4j - lastThird.neo4j) / seconds };
  })();
  // 4. Writing alone: the documents prepared before the bulk run, written now, one batch at a time.
  t0 = performance.now();
  for (let i = 0; i < preparedAhead.length; i += o.batch) {
    const r = await pipeline.loadPrepared(db.executor, preparedAhead.slice(i, i + o.batch));
    failed += r.outcomes.filter((x) => 'error' in x).length;
  }
  const aloneRate = preparedAhead.length ? (preparedAhead.length / ((performance.now() - t0) / 1000)).toFixed(1) : 'n/a';
  // The machine may be shared: the load average says how much of it this run had (compare ratios, not seconds).
  const load = `load average ${loadavg().map((l) => l.toFixed(2)).join(', ')}`;
  console.log(`Ingestion, scale ${scale.name} document set (${files.length} texts, ${(files.length && Math.round(readFileSync(files[0]!).length))} bytes for the first), one process:`);
  console.log(`  read+normalize+extract+validate alone (no database): ${prepareRate.toFixed(0)} docs/s over ${sample.length}`);
  console.log(`  the same documents again, warm:                     ${preparedWarmRate.toFixed(0)} docs/s over ${sample.length}`);
  console.log(`  end to end, one transaction per document:          ${singleRate.toFixed(1)} docs/s over ${single.length}`);
  console.log(
    `  end to end, ${o.batch} documents per transaction, ${workerNote}: ${(bulk.length / bulkSeconds).toFixed(1)} docs/s over ${bulk.length} (${bulkSeconds.toFixed(0)} s)`,
  );
  if (warm)
    console.log(
      `  the same, its last third (Neo4j's JIT settled):    ${warm.rate.toFixed(1)} docs/s over ${warm.docs}; CPU meanwhile: ` +
        `this process ${warm.ours.toFixed(2)} cores, Neo4j ${warm.neo4j.toFixed(2)} cores (of ${availableParallelism()})`,
    );
  console.log(`  writing alone, prepared beforehand, ${o.batch} per transaction: ${aloneRate} docs/s over ${preparedAhead.length}`);
  console.log(`  failed documents: ${failed}; ${load}`);
} finally {
  await db.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
