/**
 * Search snippets over long documents (README, "Search"): a first page of hits read start first, as the product
 * does, against every hit's texts read whole. On an empty Neo4j of its own, filled through the ingest pipeline.
 * npm run bench:snippets -- [--documents 100] [--chars 100000] [--iterations 50] [--uri bolt://…]
 */
import { rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { applySchema } from '../../src/db/migrate.js';
import { IngestPipeline } from '../../src/ingest/pipeline.js';
import { benchDir, startBenchNeo4j } from '../support/neo4j.js';
import { formatSnippetTable, runSnippetBench } from './run.js';

const o = new Command('bench:snippets')
  .option('--documents <n>', 'long documents ingested', Number, 100)
  .option('--chars <n>', 'characters in each', Number, 100_000)
  .option('--iterations <n>', 'timed pages per word and way, after 10 to warm up', Number, 50)
  .option('--uri <uri>', 'an empty Neo4j to use instead of starting one (auth off)')
  .parse()
  .opts<{ documents: number; chars: number; iterations: number; uri?: string }>();

const log = (line: string) => process.stderr.write(`${line}\n`);
const dataDir = path.join(benchDir, '.data', 'neo4j-snippets');
if (!o.uri) rmSync(dataDir, { recursive: true, force: true });
const db = await startBenchNeo4j({ dataDir, uri: o.uri, pageCacheMb: 1024, log });
try {
  await applySchema(db.executor);
  const pipeline = await IngestPipeline.create();
  const result = await runSnippetBench({ executor: db.executor, pipeline, documents: o.documents, chars: o.chars, iterations: o.iterations, log });
  console.log(formatSnippetTable(result));
  console.log(`load average ${loadavg().map((l) => l.toFixed(2)).join(', ')}`);
  if (result.disagreements.length > 0) process.exitCode = 1;
} finally {
  await db.stop();
}
