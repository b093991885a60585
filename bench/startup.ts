/**
 * Start-up and memory of the embedded default: a cold start (new data directory: the store is created) and a
 * warm start (the same directory again), each timed from spawn to Bolt answering, with the JVM's RSS at idle.
 * Run: npx tsx bench/startup.ts [--runs 3]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ensureLauncherBuilt } from '../src/local-neo4j/build.js';
import { timedStart } from './support/startup.js';
import { freePort } from '../test/support/free-port.js';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 3;
await ensureLauncherBuilt({ progress: false });
const rows: string[] = [];
for (let i = 0; i < runs; i++) {
  const dir = mkdtempSync(path.join(tmpdir(), 'belagg-bench-start-'));
  const port = await freePort();
  const cold = await timedStart(dir, port);
  const warm = await timedStart(dir, port);
  rows.push(`run ${i + 1}: cold ${(cold.ms / 1000).toFixed(1)} s (RSS ${cold.rss} MiB)  warm ${(warm.ms / 1000).toFixed(1)} s (RSS ${warm.rss} MiB)  warm/cold ${(warm.ms / cold.ms).toFixed(2)}`);
  rmSync(dir, { recursive: true, force: true });
}
console.log('Local Neo4j 5.26 (embedded launcher, heap 1g, page cache 256 MiB): spawn → Bolt ready');
for (const r of rows) console.log(r);
