/**
 * npm run bench -- --scale XS|S|M [--seconds 5] [--warmup 2] [--concurrency 1,16] [--only "search,motion by id"]
 *   [--no-generic] [--uri bolt://…] [--data-dir DIR] [--json FILE] [--markdown]
 * Starts the benchmark's own Neo4j (with APOC, for @neo4j/graphql) on its own data directory and port,
 * generates the corpus there if missing, warms up, measures, and prints the table. Not part of npm test.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { ensureGenerated } from '../generate/ensure.js';
import { DEFAULT_SEED, scaleOf } from '../generate/scale.js';
import { benchDir, defaultDataDir } from '../support/neo4j.js';
import { GRAPH_COUNTS } from './bench.repo.js';
import { runQueryBench } from './run.js';
import { formatMemory, formatTable } from './table.js';

const o = new Command('bench')
  .requiredOption('--scale <scale>', 'XS, S or M')
  .option('--seed <n>', 'PRNG seed', (v) => Number.parseInt(v, 10), DEFAULT_SEED)
  .option('--seconds <n>', 'measured seconds per cell', Number, 5)
  .option('--warmup <n>', 'warm-up seconds per cell', Number, 2)
  .option('--concurrency <list>', 'concurrent clients', '1,16')
  .option('--only <names>', 'comma-separated headline query names')
  .option('--no-generic', 'skip the @neo4j/graphql server (c)')
  .option('--uri <uri>', 'benchmark this Neo4j (already holding the corpus) instead of starting one')
  .option('--data-dir <dir>', 'data directory of the local Neo4j (default bench/.data/neo4j-<scale>)')
  .option('--keep-data', 'use the data directory\'s corpus even if an older generator version made it')
  .option('--json <file>', 'also write the results as JSON (default bench/.data/results-<scale>.json)')
  .option('--markdown', 'print the table as Markdown')
  .parse()
  .opts<{ scale: string; seed: number; seconds: number; warmup: number; concurrency: string; only?: string; generic: boolean; uri?: string; dataDir?: string; keepData?: boolean; json?: string; markdown?: boolean }>();

const scale = scaleOf(o.scale);
const log = (line: string) => process.stderr.write(`${line}\n`);
const started = performance.now();
const { db, marker } = await ensureGenerated(scale, o.seed, {
  ...(o.uri ? { uri: o.uri } : {}),
  dataDir: o.dataDir ?? defaultDataDir(scale.name),
  apoc: o.generic,
  keep: o.keepData ?? false,
  log,
});
try {
  const { records } = await db.driver.executeQuery(GRAPH_COUNTS, {}, { database: 'neo4j' });
  const counts = Object.fromEntries(Object.entries(records[0]?.toObject() ?? {}).map(([k, v]) => [k, Number(v)]));
  log(`graph: ${JSON.stringify(counts)}`);
  const result = await runQueryBench({
    uri: db.uri,
    driver: db.driver,
    ...(db.local?.pid ? { neo4jPid: db.local.pid } : {}),
    seconds: o.seconds,
    warmupSeconds: o.warmup,
    concurrencies: o.concurrency.split(',').map(Number),
    generic: o.generic,
    ...(o.only ? { only: o.only.split(',').map((s) => s.trim()) } : {}),
    log,
  });
  console.log(`\nBelägg query benchmark, scale ${scale.name} (${counts.documents} documents, ${counts.nodes} nodes, ${counts.relationships} relationships)`);
  console.log('a = Cypher through neo4j-driver (floor), b = Belägg GraphQL over HTTP, c = @neo4j/graphql 7 over HTTP; ms and req/s\n');
  console.log(formatTable(result, o.markdown));
  console.log(`\n${formatMemory(result)}`);
  console.log(`Corpus: ${marker.generator}, seed ${marker.seed}. Load (generator, ${marker.stats.documents} documents): ${marker.stats.seconds.toFixed(1)} s (${marker.stats.documentsPerSecond.toFixed(0)} docs/s)`);
  const file = o.json ?? path.join(benchDir, '.data', `results-${scale.name}.json`);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify({ scale: scale.name, counts, marker, result, at: new Date().toISOString() }, null, 2)}\n`);
  log(`results in ${file}; total ${((performance.now() - started) / 1000).toFixed(0)} s`);
} finally {
  await db.stop();
}
