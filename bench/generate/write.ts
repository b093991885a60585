/**
 * Writes the generated corpus into Neo4j through the product's own loader: the curated plans with writePlan,
 * the documents in batches with loadDocuments (the same MERGE queries, evidence properties, fact ids and
 * fingerprints as `belagg ingest`). Generating the next batch overlaps with writing the current one.
 * Optionally writes each raw text to a file as well, for the ingestion benchmark.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Executor } from '../../src/db/executor.js';
import { applySchema } from '../../src/db/migrate.js';
import { type BatchResult, loadDocuments } from '../../src/ingest/load/load-batch.js';
import { writePlan } from '../../src/ingest/load/write-plan.js';
import type { DocumentInput } from '../../src/ingest/plan/from-record.js';
import { buildWorld, generateCorpus } from './corpus.js';
import { curatedPlans } from './curated.js';
import { TimedExecutor } from './timed-executor.js';
import type { Scale } from './scale.js';

export interface GenerateOptions {
  scale: Scale;
  seed: number;
  /** null: texts only, no database. */
  executor: Executor | null;
  textsDir?: string;
  log?: (line: string) => void;
  /** Time every statement by shape and print the table with each progress line (bench:generate --profile). */
  profile?: boolean;
}

export interface GenerateStats {
  motions: number;
  documents: number;
  seconds: number;
  documentsPerSecond: number;
}

function check(result: BatchResult): void {
  const failed = result.outcomes.find((o) => 'error' in o);
  if (failed && 'error' in failed) throw new Error(`generated document ${failed.documentId} was refused: ${String(failed.error)}`);
}

export async function generate(o: GenerateOptions): Promise<GenerateStats> {
  const log = o.log ?? (() => undefined);
  const started = performance.now();
  const executor = o.executor && o.profile ? new TimedExecutor(o.executor.driver, o.executor.database) : o.executor;
  if (executor) {
    await applySchema(executor);
    for (const plan of curatedPlans(buildWorld(o.scale, o.seed))) await executor.writeTransaction((tx) => writePlan(tx, plan));
  }
  if (o.textsDir) mkdirSync(o.textsDir, { recursive: true });
  let batch: DocumentInput[] = [];
  let pending: Promise<void> = Promise.resolve();
  let documents = 0;
  let motions = 0;
  let lastLog = started;
  const timings = executor instanceof TimedExecutor ? executor.timings : undefined;
  let generated = performance.now();
  const flush = async () => {
    timings?.add('generate documents (JS)', performance.now() - generated);
    const items = batch.map((input) => ({ input }));
    batch = [];
    const waited = performance.now();
    await pending;
    timings?.add('wait for the previous batch', performance.now() - waited);
    const called = performance.now();
    // loadDocuments plans and fingerprints every document before its first await: that is the pure part.
    pending = executor ? loadDocuments(executor, items).then(check) : Promise.resolve();
    timings?.add('plan+check+fingerprint (JS, sync part of loadDocuments)', performance.now() - called);
    generated = performance.now();
  };
  for (const c of generateCorpus(o.scale, o.seed)) {
    motions++;
    for (const d of c.documents) {
      documents++;
      if (o.textsDir) writeFileSync(path.join(o.textsDir, `${String(documents).padStart(7, '0')}.txt`), d.rawText);
      batch.push(d);
    }
    if (batch.length >= o.scale.batch) await flush();
    if (performance.now() - lastLog > 10_000) {
      lastLog = performance.now();
      const s = (lastLog - started) / 1000;
      log(`  ${documents}/${o.scale.documents} documents, ${motions} motions, ${(documents / s).toFixed(0)} docs/s`);
      for (const line of timings?.take() ?? []) log(`    ${line}`);
    }
  }
  await flush();
  await pending;
  const seconds = (performance.now() - started) / 1000;
  return { motions, documents, seconds, documentsPerSecond: documents / seconds };
}
