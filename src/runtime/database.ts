/**
 * Brings up the database the configuration asks for: with NEO4J_URI set, that server (nothing is started);
 * otherwise the embedded default, built on first use, started, and waited for.
 */
import type { Driver } from 'neo4j-driver';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import { createDriver } from '../db/driver.js';
import { Executor } from '../db/executor.js';
import { ensureLauncherBuilt } from '../local-neo4j/build.js';
import { LocalNeo4j } from '../local-neo4j/process.js';

export interface Database {
  driver: Driver;
  executor: Executor;
  local: LocalNeo4j | undefined;
  close(): Promise<void>;
}

export async function openDatabase(config: Config, log: Logger, options: { progress?: boolean } = {}): Promise<Database> {
  let local: LocalNeo4j | undefined;
  if (config.neo4j.mode === 'embedded') {
    await ensureLauncherBuilt({ progress: options.progress ?? false, log: (line) => log.info(line) });
    local = new LocalNeo4j({ ...config.local, tieToParent: true, restartOnCrash: true, log: (line) => log.warn(line) });
    const started = performance.now();
    log.info({ dataDir: config.local.dataDir, boltPort: config.local.boltPort }, 'starting the local Neo4j');
    await local.start();
    log.info({ uri: local.uri, startMs: Math.round(performance.now() - started), pid: local.pid }, 'local Neo4j ready');
  } else {
    log.info({ uri: config.neo4j.uri, database: config.neo4j.database }, 'using the configured Neo4j');
  }
  const driver = createDriver(config.neo4j);
  const executor = new Executor(driver, config.neo4j.database);
  return {
    driver,
    executor,
    local,
    async close() {
      await driver.close();
      await local?.stop();
    },
  };
}
