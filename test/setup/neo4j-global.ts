/**
 * Integration tests run against a real Neo4j: the project's own launcher on a free port with a throwaway data
 * directory (or NEO4J_TEST_URI when set), started once for the run and stopped after.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../../src/config.js';
import { ensureLauncherBuilt } from '../../src/local-neo4j/build.js';
import { LocalNeo4j } from '../../src/local-neo4j/process.js';
import { freePort } from '../support/free-port.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
    neo4jUser: string;
    neo4jPassword: string;
  }
}

export default async function setup(project: TestProject) {
  const config = loadConfig();
  if (config.testNeo4jUri) {
    project.provide('neo4jUri', config.testNeo4jUri);
    project.provide('neo4jUser', config.neo4j.user);
    project.provide('neo4jPassword', config.neo4j.password);
    return;
  }
  await ensureLauncherBuilt({ progress: false });
  const dataDir = mkdtempSync(path.join(tmpdir(), 'belagg-test-neo4j-'));
  const local = new LocalNeo4j({ dataDir, boltPort: await freePort(), heap: '768m', pageCacheMb: 128, tieToParent: true });
  await local.start();
  project.provide('neo4jUri', local.uri);
  project.provide('neo4jUser', 'neo4j');
  project.provide('neo4jPassword', '');
  return async () => {
    await local.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
