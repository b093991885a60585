/**
 * `belagg backup`: the whole domain graph to one gzip'd JSON Lines file, streamed page by page (keyset on
 * id), so memory stays at one page whatever the size of the graph. The file is written under a temporary
 * name and renamed when complete: a file with the final name is always a whole backup.
 */
import { createWriteStream } from 'node:fs';
import { rename, stat, unlink } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import type { Executor } from '../db/executor.js';
import { int } from '../db/values.js';
import { expectedSchemaNames } from '../db/migrate.js';
import { nodeLabels, relationshipTypes } from '../ingest/plan/graph-plan.js';
import {
  COUNT_DOMAIN,
  EXCLUDED_LABELS,
  FOREIGN_NODES,
  FOREIGN_RELATIONSHIPS,
  NEO4J_VERSION,
  NODES_PAGE,
  PORTABLE_VALUE_TYPES,
  RELATIONSHIPS_PAGE,
} from './backup.repo.js';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupHeader, BackupError, describeIssues, nodeLineSchema, relationshipLineSchema } from './format.js';

export interface BackupSummary {
  file: string;
  bytes: number;
  ms: number;
  nodes: number;
  relationships: number;
  counts: BackupHeader['counts'];
}

type Counts = Record<string, number>;
interface Typed {
  props: Record<string, unknown>;
  ints: string[];
  unportable: string[];
}
interface NodeRow extends Typed {
  id: string;
}
interface RelationshipRow extends Typed {
  type: string;
  toLabel: string;
  to: string;
}

const scope = { labels: [...nodeLabels], types: [...relationshipTypes], excluded: [...EXCLUDED_LABELS], portable: PORTABLE_VALUE_TYPES };
const sum = (c: Counts) => Object.values(c).reduce((a, b) => a + b, 0);

/** Refuses a graph the file could not reproduce, rather than writing a backup that only looks whole. */
async function assertPortableGraph(executor: Executor): Promise<void> {
  const nodes = await executor.read(FOREIGN_NODES, scope);
  const relationships = await executor.read(FOREIGN_RELATIONSHIPS, scope);
  if (nodes.length || relationships.length)
    throw new BackupError(
      `the graph holds data outside the domain model that a backup cannot carry: ${JSON.stringify([...nodes, ...relationships])}`,
    );
}

/** Nodes per label and relationships per type of the domain graph (labels and types with none are left out). */
export async function countDomainGraph(executor: Executor): Promise<BackupHeader['counts']> {
  const nodes: Counts = {};
  const relationships: Counts = {};
  for (const row of await executor.read<{ kind: 'node' | 'relationship'; key: string; count: number }>(COUNT_DOMAIN))
    if (row.count > 0) (row.kind === 'node' ? nodes : relationships)[row.key] = row.count;
  // The keys come from the closed lists the query was built from.
  return { nodes, relationships } as BackupHeader['counts'];
}

/** Neo4j integers beyond ±2^53 arrive as strings (toPlain); a list mixing both becomes all strings. */
function typed(row: Typed, what: string): { props: Record<string, unknown>; ints: string[] } {
  if (row.unportable.length)
    throw new BackupError(`${what} holds values a backup cannot carry (dates are strings in our graph): ${row.unportable.join(', ')}`);
  const props = { ...row.props };
  const infinite = Object.entries(props).filter(([, v]) => [v].flat().some((x) => typeof x === 'number' && !Number.isFinite(x)));
  if (infinite.length) throw new BackupError(`${what} holds NaN or Infinity, which JSON cannot carry: ${infinite.map(([k]) => k).join(', ')}`);
  for (const k of row.ints) {
    const v = props[k];
    if (Array.isArray(v) && v.some((x) => typeof x === 'string')) props[k] = v.map(String);
  }
  return { props, ints: row.ints };
}

function lineOf(schema: typeof nodeLineSchema | typeof relationshipLineSchema, line: unknown, what: string): string {
  const parsed = schema.safeParse(line);
  if (!parsed.success) throw new BackupError(`${what} cannot be written to a backup: ${describeIssues(parsed.error)}`);
  return `${JSON.stringify(parsed.data)}\n`;
}

async function* backupLines(executor: Executor, header: BackupHeader, pageSize: number): AsyncGenerator<string> {
  yield `${JSON.stringify(header)}\n`;
  const nodes: Counts = {};
  const relationships: Counts = {};
  for (const label of nodeLabels) {
    for (let after = '', more = true; more; ) {
      const rows = await executor.read<NodeRow>(NODES_PAGE[label], { ...scope, after, limit: int(pageSize) });
      yield rows.map((r) => lineOf(nodeLineSchema, { kind: 'node', label, ...typed(r, `${label} ${r.id}`) }, `${label} ${r.id}`)).join('');
      nodes[label] = (nodes[label] ?? 0) + rows.length;
      more = rows.length === pageSize;
      after = rows.at(-1)?.id ?? after;
    }
  }
  for (const label of nodeLabels) {
    for (let after = '', more = true; more; ) {
      const rows = await executor.read<{ id: string; relationships: RelationshipRow[] }>(RELATIONSHIPS_PAGE[label], { ...scope, after, limit: int(pageSize) });
      const page: string[] = [];
      for (const a of rows)
        for (const r of a.relationships) {
          const what = `${r.type} ${a.id} -> ${r.to}`;
          const line = { kind: 'relationship', type: r.type, from: { label, id: a.id }, to: { label: r.toLabel, id: r.to }, ...typed(r, what) };
          page.push(lineOf(relationshipLineSchema, line, what));
          relationships[r.type] = (relationships[r.type] ?? 0) + 1;
        }
      yield page.join('');
      more = rows.length === pageSize;
      after = rows.at(-1)?.id ?? after;
    }
  }
  // Reads are not one snapshot: if an ingest ran meanwhile, the header's counts no longer describe the file.
  const changed = (expected: Counts, got: Counts) => Object.keys({ ...expected, ...got }).some((k) => (expected[k] ?? 0) !== (got[k] ?? 0));
  if (changed(header.counts.nodes, nodes) || changed(header.counts.relationships, relationships))
    throw new BackupError('the graph changed while it was being backed up (an ingest or curation ran meanwhile); run the backup again');
  yield `${JSON.stringify({ kind: 'end', nodes: sum(nodes), relationships: sum(relationships) })}\n`;
}

async function neo4jVersion(executor: Executor): Promise<string | undefined> {
  // Some hosted servers do not let every user call dbms.components(); the version is informative only.
  const rows = await executor.read<{ version: string }>(NEO4J_VERSION).catch(() => []);
  return rows[0]?.version;
}

export async function backupGraph(executor: Executor, file: string, options: { pageSize?: number } = {}): Promise<BackupSummary> {
  const started = performance.now();
  await assertPortableGraph(executor);
  const counts = await countDomainGraph(executor);
  const version = await neo4jVersion(executor);
  const header: BackupHeader = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: new Date().toISOString(),
    ...(version ? { neo4jVersion: version } : {}),
    counts,
    schema: expectedSchemaNames(),
  };
  const partial = `${file}.partial-${process.pid}`;
  try {
    await pipeline(Readable.from(backupLines(executor, header, options.pageSize ?? 500)), createGzip(), createWriteStream(partial));
    await rename(partial, file);
  } catch (error) {
    await unlink(partial).catch(() => undefined);
    throw error;
  }
  const nodes = sum(counts.nodes as Counts);
  const relationships = sum(counts.relationships as Counts);
  return { file, bytes: (await stat(file)).size, ms: Math.round(performance.now() - started), nodes, relationships, counts };
}
