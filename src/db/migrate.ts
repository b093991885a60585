/**
 * Applies schema/neo4j/*.cypher in file order. Every statement is idempotent (IF NOT EXISTS), so applying the
 * schema twice changes nothing; schemaStatus() tells /readyz whether every named constraint and index exists.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ensurePartyCitations } from '../citations/party-citations.js';
import type { Executor } from './executor.js';
import { SHOW_CONSTRAINT_NAMES, SHOW_INDEX_NAMES } from './schema.repo.js';

const schemaDir = fileURLToPath(new URL('../../schema/neo4j/', import.meta.url));

export function schemaStatements(): string[] {
  return readdirSync(schemaDir)
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .flatMap((f) =>
      readFileSync(schemaDir + f, 'utf8')
        .split('\n')
        .filter((line) => !line.trim().startsWith('//'))
        .join('\n')
        .split(';')
        .map((s) => s.trim())
        .filter(Boolean),
    );
}

/** The names the schema files create, read from the statements themselves so there is one list to maintain. */
export function expectedSchemaNames(): string[] {
  return schemaStatements().map((s) => {
    const m = /^CREATE\s+(?:FULLTEXT\s+)?(?:CONSTRAINT|INDEX)\s+(\w+)/i.exec(s);
    if (!m?.[1]) throw new Error(`schema statement without a name: ${s.slice(0, 80)}`);
    return m[1];
  });
}

export async function applySchema(executor: Executor): Promise<number> {
  const statements = schemaStatements();
  for (const statement of statements) await executor.runSchemaStatement(statement);
  // Wait until the indexes are online, so the first search after start-up does not miss anything.
  await executor.runSchemaStatement('CALL db.awaitIndexes(300)');
  // Derived data a database from before it existed (or a version ago) lacks: built once, here, on upgrade.
  await ensurePartyCitations(executor);
  return statements.length;
}

export async function schemaStatus(executor: Executor): Promise<{ applied: boolean; missing: string[] }> {
  const [constraints, indexes] = await Promise.all([
    executor.read<{ name: string }>(SHOW_CONSTRAINT_NAMES),
    executor.read<{ name: string; state: string }>(SHOW_INDEX_NAMES),
  ]);
  const present = new Set([...constraints.map((c) => c.name), ...indexes.filter((i) => i.state === 'ONLINE').map((i) => i.name)]);
  const missing = expectedSchemaNames().filter((n) => !present.has(n));
  return { applied: missing.length === 0, missing };
}
