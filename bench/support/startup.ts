/**
 * Start-up of the embedded default: spawn → Bolt answering, on a new data directory (cold: the store is
 * created) or an existing one (warm), with the JVM's RSS once it has settled. Used by bench/startup.ts.
 */
import { readFileSync } from 'node:fs';
import { LocalNeo4j } from '../../src/local-neo4j/process.js';

export function rssMiB(pid: number | undefined): number {
  if (!pid) return Number.NaN;
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'));
    return Math.round(Number(line?.replace(/\D+/g, '')) / 1024);
  } catch {
    return Number.NaN; // the process has exited
  }
}

export async function timedStart(dataDir: string, port: number, heap = '1g', pageCacheMb = 256) {
  const db = new LocalNeo4j({ dataDir, boltPort: port, heap, pageCacheMb });
  const t0 = performance.now();
  await db.start();
  const ms = performance.now() - t0;
  await new Promise((r) => setTimeout(r, 2000));
  const rss = rssMiB(db.pid);
  await db.stop();
  return { ms, rss };
}
