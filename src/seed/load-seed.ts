/**
 * The seed case: a hand-curated record of what the Huddinge document states (status CONFIRMED: a person read
 * it) and curated knowledge from external sources (status CURATED), loaded together in one transaction.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { Executor } from '../db/executor.js';
import { type LoadResult, loadDocument } from '../ingest/load/load-document.js';
import { curatedSchema, planCurated } from '../ingest/plan/from-curated.js';
import type { DocumentInput } from '../ingest/plan/from-record.js';
import { createNormalizer } from '../ingest/normalize/index.js';
import { recordSchema } from '../ingest/record.js';
import { COUNT_NODES } from '../ingest/load/load.repo.js';
import { writePlan } from '../ingest/load/write-plan.js';
import { mergePlans } from '../ingest/plan/graph-plan.js';

const seedDir = fileURLToPath(new URL('../../seed/', import.meta.url));
const manifestSchema = z.object({
  documents: z.array(z.object({ text: z.string(), record: z.string() })),
  curated: z.array(z.string()),
});

const readSeedFile = (name: string) => readFileSync(seedDir + name, 'utf8');

/**
 * The seed as the loader takes it. The normalized text comes from the same OCR repair the pipeline uses, so
 * the seed document and the same text ingested later are one and the same node.
 */
export async function readSeed(ingestedAt = new Date().toISOString()) {
  const normalizer = await createNormalizer();
  const manifest = manifestSchema.parse(JSON.parse(readSeedFile('manifest.json')));
  const curated = manifest.curated.map((f) => planCurated(curatedSchema.parse(JSON.parse(readSeedFile(f)))));
  const documents: DocumentInput[] = manifest.documents.map((d) => {
    const rawText = readSeedFile(d.text);
    const normalized = normalizer.normalize(rawText);
    const record = recordSchema.parse(JSON.parse(readSeedFile(d.record)));
    return {
      rawText,
      text: normalized.text,
      record: { ...record, normalization: { changedTokens: normalized.changedTokens } },
      status: 'CONFIRMED',
      confidence: 1,
      ingestedAt,
    };
  });
  return { documents, curated };
}

export async function loadSeed(executor: Executor): Promise<LoadResult[]> {
  const { documents, curated } = await readSeed();
  const results: LoadResult[] = [];
  for (const [i, doc] of documents.entries())
    results.push(await loadDocument(executor, doc, { extra: i === 0 ? curated : [] }));
  return results;
}

/** Only the curated knowledge (no document): what a pipeline ingest of the seed text lacks by design. */
export async function loadCurated(executor: Executor): Promise<void> {
  const { curated } = await readSeed();
  const plan = mergePlans(...curated);
  await executor.writeTransaction((tx) => writePlan(tx, plan), { app: 'belagg', operation: 'loadCurated' });
}

export async function graphIsEmpty(executor: Executor): Promise<boolean> {
  const [row] = await executor.read<{ count: number }>(COUNT_NODES);
  return (row?.count ?? 0) === 0;
}
