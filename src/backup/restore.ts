/**
 * `belagg restore`: a backup file into an empty database (with --force, merged into a non-empty one).
 *
 * Two passes over the file. The first checks every line and the counts, and writes nothing, so a corrupt or
 * truncated file is refused before the database is touched. The second writes in batches, one transaction per
 * batch. If a write still fails (the database goes away, an end node is missing), a restore into an empty
 * database deletes every node it wrote, so it leaves the database empty again, never half-restored. A --force
 * restore cannot tell its writes from what was there, so it keeps the batches already merged; merging is
 * idempotent, and running it again completes it.
 */
import { rebuildPartyCitations } from '../citations/party-citations.js';
import type { Executor } from '../db/executor.js';
import { applySchema, expectedSchemaNames } from '../db/migrate.js';
import { int } from '../db/values.js';
import { nodeLabels } from '../ingest/plan/graph-plan.js';
import { DELETE_LABEL_BATCH } from './backup.repo.js';
import { BatchWriter } from './batch-writer.js';
import { countDomainGraph } from './dump.js';
import { type BackupHeader, BackupError } from './format.js';
import { scanBackup } from './reader.js';

export interface RestoreOptions {
  /**
   * Merge into a database that already holds domain nodes (nodes by id; relationships by type, ends and key).
   * The backup's values win, except that a verdict (CONFIRMED, REJECTED) is not turned back into PROPOSED.
   */
  force?: boolean;
  batchRows?: number;
}

export interface RestoreSummary {
  header: BackupHeader;
  nodes: number;
  relationships: number;
  ms: number;
  /** Constraints and indexes the backed-up database had that this version's schema does not create. */
  schemaNotRecreated: string[];
}

const total = (counts: Partial<Record<string, number>>) => Object.values(counts).reduce<number>((a, b) => a + (b ?? 0), 0);
const describe = (counts: Partial<Record<string, number>>) =>
  Object.entries(counts)
    .map(([k, v]) => `${k}: ${v}`)
    .join(', ');

/** Deletes the whole domain graph, in batches; API keys are not part of it and stay. */
async function removeDomainGraph(executor: Executor): Promise<number> {
  let removed = 0;
  for (const label of nodeLabels)
    for (let deleted = -1; deleted !== 0; ) {
      const [row] = await executor.write<{ deleted: number }>(DELETE_LABEL_BATCH[label], { limit: int(1000) });
      deleted = row?.deleted ?? 0;
      removed += deleted;
    }
  return removed;
}

const sameCounts = (a: Partial<Record<string, number>>, b: Partial<Record<string, number>>) =>
  Object.keys({ ...a, ...b }).every((k) => (a[k] ?? 0) === (b[k] ?? 0));

async function assertRestored(executor: Executor, header: BackupHeader): Promise<void> {
  const got = await countDomainGraph(executor);
  const want = header.counts;
  if (!sameCounts(got.nodes, want.nodes) || !sameCounts(got.relationships, want.relationships))
    throw new BackupError(
      `the database holds other counts than the backup (nodes ${describe(got.nodes)} vs ${describe(want.nodes)}; ` +
        `relationships ${describe(got.relationships)} vs ${describe(want.relationships)}): the file repeats an id or a relationship`,
    );
}

export async function restoreGraph(executor: Executor, file: string, options: RestoreOptions = {}): Promise<RestoreSummary> {
  const started = performance.now();
  const header = await scanBackup(file);
  const existing = (await countDomainGraph(executor)).nodes;
  if (!options.force && total(existing) > 0)
    throw new BackupError(
      `the database is not empty: it holds ${total(existing)} nodes of the domain graph (${describe(existing)}). ` +
        'restore loads into an empty database; --force merges the backup into this one (nodes by id, relationships by type, ends and key)',
    );
  await applySchema(executor);
  const writer = new BatchWriter(executor, { rows: options.batchRows ?? 1000, bytes: 8_000_000 });
  try {
    await scanBackup(file, (line, n, size) => writer.add(line, n, size));
    await writer.flush();
    if (!options.force) await assertRestored(executor, header);
    // A backup holds facts only; what is derived from them is derived again from what now stands.
    await rebuildPartyCitations(executor);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    if (options.force)
      throw new BackupError(
        `restore --force stopped: ${reason}. The batches before it are merged; merging is idempotent, so run it again once the cause is fixed`,
        { cause: error },
      );
    const removed = await removeDomainGraph(executor)
      .then(async (n) => {
        await rebuildPartyCitations(executor);
        return n;
      })
      .catch((cleanup: unknown) => {
      throw new BackupError(
        `restore failed: ${reason}. Removing what it wrote failed too (${cleanup instanceof Error ? cleanup.message : String(cleanup)}): ` +
          'the database holds part of the backup; restore again with --force to complete it',
        { cause: error },
      );
    });
    throw new BackupError(`restore failed: ${reason}. Removed the ${removed} nodes it had written; the database is empty again`, {
      cause: error,
    });
  }
  const known = new Set(expectedSchemaNames());
  return {
    header,
    nodes: writer.nodes,
    relationships: writer.relationships,
    ms: Math.round(performance.now() - started),
    schemaNotRecreated: header.schema.filter((name) => !known.has(name)),
  };
}
