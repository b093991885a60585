/** The test database, as the global setup provided it, through the same driver and executor as the product. */
import { inject } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { createDriver } from '../../src/db/driver.js';
import { Executor } from '../../src/db/executor.js';
import { applySchema } from '../../src/db/migrate.js';
import { RESET_GRAPH } from './test.repo.js';

export interface TestDatabase {
  driver: Driver;
  executor: Executor;
  close(): Promise<void>;
}

export function testDatabase(): TestDatabase {
  const driver = createDriver({
    mode: 'external',
    uri: inject('neo4jUri'),
    user: inject('neo4jUser'),
    password: inject('neo4jPassword'),
    database: 'neo4j',
  });
  const executor = new Executor(driver, 'neo4j');
  return { driver, executor, close: () => driver.close() };
}

/** Integration files run one after another; each starts from an empty graph with the schema applied. */
export async function resetGraph(executor: Executor): Promise<void> {
  await executor.write(RESET_GRAPH);
  await applySchema(executor);
}
