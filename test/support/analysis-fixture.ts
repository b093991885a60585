/**
 * The analysis fixture (test/fixtures/analysis/): the seed case plus real documents ingested through the same
 * pipeline a user's upload takes, and curated knowledge about the evaluations they cite. Issue 4's questions are
 * tested on it; expected.json says what it must yield.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Executor } from '../../src/db/executor.js';
import { writePlan } from '../../src/ingest/load/write-plan.js';
import { IngestPipeline } from '../../src/ingest/pipeline.js';
import { curatedSchema, planCurated } from '../../src/ingest/plan/from-curated.js';
import { loadSeed } from '../../src/seed/load-seed.js';

const fixtures = new URL('../fixtures/', import.meta.url);
export const ANALYSIS_DIR = new URL('analysis/', fixtures);
/** The seed's key in documentIds and in expected.json. */
export const SEED_KEY = 'huddinge-igor';

const manifestSchema = z.object({
  documents: z.array(
    z.object({
      key: z.string().regex(/^[a-z0-9-]+$/),
      text: z.string(),
      url: z.string().url(),
      date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
    }),
  ),
});

export const readAnalysisJson = (name: string): unknown => JSON.parse(readFileSync(new URL(name, ANALYSIS_DIR), 'utf8'));

export function analysisManifest() {
  return manifestSchema.parse(readAnalysisJson('documents.json')).documents;
}

/** The raw bytes of a fixture document, as a user would upload them. */
export function analysisText(path: string): Buffer {
  return readFileSync(new URL(path, fixtures));
}

export async function loadAnalysisFixture(executor: Executor): Promise<{ documentIds: Record<string, string> }> {
  const [seed] = await loadSeed(executor);
  if (!seed) throw new Error('the seed loaded no document');
  const documentIds: Record<string, string> = { [SEED_KEY]: seed.documentId };
  const pipeline = await IngestPipeline.create();
  // One document per transaction, in order, as the pipeline always loads them.
  for (const d of analysisManifest()) {
    const result = await pipeline.ingest(executor, analysisText(d.text), { url: d.url, date: d.date }, d.key);
    documentIds[d.key] = result.documentId;
  }
  // Curated knowledge goes in after the documents, in one transaction of its own (as loadCurated does for the seed).
  const plan = planCurated(curatedSchema.parse(readAnalysisJson('curated.json')));
  await executor.writeTransaction((tx) => writePlan(tx, plan), { app: 'belagg', operation: 'loadAnalysisCurated' });
  return { documentIds };
}
