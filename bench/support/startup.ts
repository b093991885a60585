/**
 * Start-up of the embedded default: spawn → Bolt answering, on a new data directory (cold: the store is
 * created) or an existing one (warm), with the JVM's RSS once it has settled. Used by bench/startup.ts.
 */
import { LocalNeo4j } from '../../src/local-neo4j/process.js';
import { rssMiB } from './proc.js';

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
