/**
 * The benchmark's own Neo4j: the project's local Neo4j (same jars, same settings) in a data directory and on
 * a port of its own, so a benchmark never touches a developer's database. With `apoc`, the same launcher also
 * loads APOC core from bench/neo4j-apoc's plugins directory, which @neo4j/graphql needs.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Driver } from 'neo4j-driver';
import { createDriver } from '../../src/db/driver.js';
import { Executor } from '../../src/db/executor.js';
import { ensureLauncherBuilt } from '../../src/local-neo4j/build.js';
import { LocalNeo4j } from '../../src/local-neo4j/process.js';
import { freePort } from '../../test/support/free-port.js';

export const benchDir = fileURLToPath(new URL('../', import.meta.url));
const apocDir = path.join(benchDir, 'neo4j-apoc');
const apocPlugins = path.join(apocDir, 'target', 'plugins');

export const defaultDataDir = (scale: string) => path.join(benchDir, '.data', `neo4j-${scale}`);

/** mvn package in bench/neo4j-apoc once: copies APOC core into target/plugins. */
export async function ensureApocBuilt(log: (line: string) => void): Promise<void> {
  const built = existsSync(apocPlugins) && readdirSync(apocPlugins).some((f) => f.startsWith('apoc-core'));
  if (built) return;
  log('building bench/neo4j-apoc (APOC core from Maven Central, once)');
  const code = await new Promise<number>((resolve, reject) => {
    const mvn = spawn('mvn', ['-B', '-q', 'package', '-DskipTests'], { cwd: apocDir, stdio: ['ignore', 'inherit', 'inherit'] });
    mvn.on('error', reject);
    mvn.on('close', (c) => resolve(c ?? 1));
  });
  if (code !== 0) throw new Error(`mvn package in ${apocDir} failed with exit code ${code}`);
}

export interface BenchNeo4j {
  local: LocalNeo4j | undefined;
  uri: string;
  driver: Driver;
  executor: Executor;
  stop(): Promise<void>;
}

export interface BenchNeo4jOptions {
  /** An existing server: nothing is started. */
  uri?: string;
  user?: string;
  password?: string;
  dataDir: string;
  port?: number;
  heap?: string;
  pageCacheMb?: number;
  apoc?: boolean;
  log?: (line: string) => void;
}

export async function startBenchNeo4j(o: BenchNeo4jOptions): Promise<BenchNeo4j> {
  const log = o.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  let local: LocalNeo4j | undefined;
  let uri = o.uri;
  if (!uri) {
    await ensureLauncherBuilt({ progress: false, log });
    if (o.apoc) await ensureApocBuilt(log);
    local = new LocalNeo4j({
      dataDir: o.dataDir,
      boltPort: o.port ?? (await freePort()),
      heap: o.heap ?? '2g',
      pageCacheMb: o.pageCacheMb ?? 2048,
      tieToParent: true,
      startTimeoutMs: 300_000,
      ...(o.apoc
        ? // APOC on the classpath too, as the server's own scripts put plugins/: its components (ApocConfig …) are
          // registered by extension factories that Neo4j finds only there; procedures are compiled from plugin_dir.
          { launcher: { extraClasspath: [path.join(apocPlugins, '*')], jvmArgs: [`-Dbelagg.plugins=${apocPlugins}`] } }
        : {}),
    });
    await local.start();
    uri = local.uri;
  }
  const driver = createDriver({ mode: 'external', uri, user: o.user ?? 'neo4j', password: o.password ?? '', database: 'neo4j' });
  return {
    local,
    uri,
    driver,
    executor: new Executor(driver, 'neo4j'),
    async stop() {
      await driver.close();
      await local?.stop();
    },
  };
}
