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
import type { Scale } from './scale.js';

export interface GenerateOptions {
  scale: Scale;
  seed: number;
  /** null: texts only, no database. */
  executor: Executor | null;
  textsDir?: string;
  log?: (line: string) => void;
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
  if (o.executor) {
    await applySchema(o.executor);
    for (const plan of curatedPlans(buildWorld(o.scale, o.seed))) await o.executor.writeTransaction((tx) => writePlan(tx, plan));
  }
  if (o.textsDir) mkdirSync(o.textsDir, { recursive: true });
  let batch: DocumentInput[] = [];
  let pending: Promise<void> = Promise.resolve();
  let documents = 0;
  let motions = 0;
  let lastLog = started;
  const flush = async () => {
    const items = batch.map((input) => ({ input }));
    batch = [];
    await pending;
    pending = o.executor ? loadDocuments(o.executor, items).then(check) : Promise.resolve();
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
    }
  }
  await flush();
  await pending;
  const seconds = (performance.now() - started) / 1000;
  return { motions, documents, seconds, documentsPerSecond: documents / seconds };
}
