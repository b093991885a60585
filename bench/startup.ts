/**
 * Start-up and memory of the embedded default: a cold start (new data directory: the store is created) and a
 * warm start (the same directory again), each timed from spawn to Bolt answering, with the JVM's RSS at idle.
 * Run: npx tsx bench/startup.ts [--runs 3]
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ensureLauncherBuilt } from '../src/local-neo4j/build.js';
import { LocalNeo4j } from '../src/local-neo4j/process.js';
import { freePort } from '../test/support/free-port.js';

function rssMiB(pid: number | undefined): number {
  if (!pid) return Number.NaN;
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'));
  return Math.round(Number(line?.replace(/\D+/g, '')) / 1024);
}

async function timedStart(dataDir: string, port: number) {
  const db = new LocalNeo4j({ dataDir, boltPort: port, heap: '1g', pageCacheMb: 256 });
  const t0 = performance.now();
  await db.start();
  const ms = performance.now() - t0;
  await new Promise((r) => setTimeout(r, 2000));
  const rss = rssMiB(db.pid);
  await db.stop();
  return { ms, rss };
}

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
