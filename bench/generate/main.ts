/**
 * npm run bench:generate -- --scale XS|TENTH|S|M|L [--seed N] [--uri bolt://… --user U --password P]
 *   [--data-dir DIR] [--port N] [--texts DIR] [--texts-only] [--force] [--profile]
 * Without --uri it starts its own local Neo4j (own data directory and port) and leaves the store there for
 * `npm run bench`; with --texts it also writes every raw text to DIR (the ingestion benchmark's input).
 */
import { loadavg } from 'node:os';
import { Command } from 'commander';
import { ensureGenerated } from './ensure.js';
import { generate } from './write.js';
import { DEFAULT_SEED, scaleOf } from './scale.js';
import { defaultDataDir } from '../support/neo4j.js';

const program = new Command('bench:generate')
  .requiredOption('--scale <scale>', 'XS, TENTH, S, M or L')
  .option('--seed <n>', 'PRNG seed', (v) => Number.parseInt(v, 10), DEFAULT_SEED)
  .option('--uri <uri>', 'write into this Neo4j instead of starting one')
  .option('--user <user>', 'user for --uri', 'neo4j')
  .option('--password <password>', 'password for --uri', '')
  .option('--data-dir <dir>', 'data directory of the local Neo4j (default bench/.data/neo4j-<scale>)')
  .option('--port <n>', 'Bolt port of the local Neo4j (default: a free one)', (v) => Number.parseInt(v, 10))
  .option('--texts <dir>', 'also write every raw text to this folder')
  .option('--texts-only', 'only write the texts (needs --texts); no database')
  .option('--force', 'regenerate even if the data directory already holds this corpus')
  .option('--profile', 'time every statement by shape and print the table with each progress line')
  .parse();

const o = program.opts<{ scale: string; seed: number; uri?: string; user: string; password: string; dataDir?: string; port?: number; texts?: string; textsOnly?: boolean; force?: boolean; profile?: boolean }>();
const scale = scaleOf(o.scale);
const log = (line: string) => process.stderr.write(`${line}\n`);

if (o.textsOnly) {
  if (!o.texts) program.error('--texts-only needs --texts <dir>');
  const stats = await generate({ scale, seed: o.seed, executor: null, textsDir: o.texts, log });
  console.log(`wrote ${stats.documents} texts to ${o.texts} in ${stats.seconds.toFixed(1)} s`);
} else {
  const dataDir = o.dataDir ?? defaultDataDir(scale.name);
  const { db, marker, generatedNow } = await ensureGenerated(scale, o.seed, {
    ...(o.uri ? { uri: o.uri, user: o.user, password: o.password } : {}),
    dataDir,
    ...(o.port ? { port: o.port } : {}),
    force: o.force ?? false,
    profile: o.profile ?? false,
    log,
  });
  await db.stop();
  if (o.texts) await generate({ scale, seed: o.seed, executor: null, textsDir: o.texts, log });
  const s = marker.stats;
  console.log(
    `${generatedNow ? 'generated' : 'already generated'}: scale ${scale.name}, ${s.documents} documents, ${s.motions} motions; ` +
      `load ${s.seconds.toFixed(1)} s (${s.documentsPerSecond.toFixed(0)} docs/s)${o.uri ? '' : ` in ${dataDir}`}; ` +
      `load average now ${loadavg().map((l) => l.toFixed(2)).join(', ')}`,
  );
}
