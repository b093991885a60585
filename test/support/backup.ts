/** Helpers for the backup tests: the graph with each property's Neo4j type, and backup files read and written raw. */
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Executor } from '../../src/db/executor.js';
import { BACKUP_DOMAIN_NODE_COUNT, BACKUP_TYPED_NODES, BACKUP_TYPED_RELATIONSHIPS } from './test.repo.js';

/**
 * The domain graph as the driver returns it, past the executor's toPlain on purpose: Integers stay Integer
 * objects and floats stay numbers, so an integer restored as a float (or back) makes two graphs differ.
 */
export async function typedGraph(executor: Executor) {
  const run = async (query: string) =>
    (await executor.driver.executeQuery(query, {}, { database: executor.database, routing: 'READ' })).records.map((r) => {
      const row = r.toObject() as { types: string[] };
      return { ...row, types: [...row.types].sort() };
    });
  return { nodes: await run(BACKUP_TYPED_NODES), relationships: await run(BACKUP_TYPED_RELATIONSHIPS) };
}

export const domainNodes = async (executor: Executor) => (await executor.read<{ count: number }>(BACKUP_DOMAIN_NODE_COUNT))[0]?.count;
export const linesOf = (file: string) => gunzipSync(readFileSync(file)).toString('utf8').split('\n').filter(Boolean);
export const writeLines = (file: string, lines: string[]) => writeFileSync(file, gzipSync(`${lines.join('\n')}\n`));
