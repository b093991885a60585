/** A second, empty Neo4j from the project's launcher (for re-import tests), on a free port in its own directory. */
import { createDriver } from '../../src/db/driver.js';
import { Executor } from '../../src/db/executor.js';
import { ensureLauncherBuilt } from '../../src/local-neo4j/build.js';
import { LocalNeo4j } from '../../src/local-neo4j/process.js';
import { freePort } from './free-port.js';

export interface FreshNeo4j {
  executor: Executor;
  stop(): Promise<void>;
}

export async function startFreshNeo4j(dataDir: string): Promise<FreshNeo4j> {
  await ensureLauncherBuilt({ progress: false });
  const local = new LocalNeo4j({ dataDir, boltPort: await freePort(), heap: '512m', pageCacheMb: 64, tieToParent: true });
  await local.start();
  const driver = createDriver({ mode: 'external', uri: local.uri, user: 'neo4j', password: '', database: 'neo4j' });
  return {
    executor: new Executor(driver, 'neo4j'),
    async stop() {
      await driver.close();
      await local.stop();
    },
  };
}
