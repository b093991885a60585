/**
 * Writes a backup's lines in batches with UNWIND, one transaction per batch: nodes per label, relationships per
 * (type, start label, end label) so every MATCH uses a label's id index. A batch closes at a row count or a
 * size budget, whichever comes first, because one Document line can carry megabytes of text.
 */
import type { Executor } from '../db/executor.js';
import type { NodeLabel, RelationshipType } from '../ingest/plan/graph-plan.js';
import { RESTORE_NODES, restoreRelationshipsQuery } from './backup.repo.js';
import { BackupError, propsForWrite } from './format.js';
import type { DataLine } from './reader.js';

interface Batch {
  kind: 'node' | 'relationship';
  query: string;
  what: string;
  rows: Array<Record<string, unknown>>;
  firstLine: number;
  lastLine: number;
  size: number;
}

export class BatchWriter {
  private batches = new Map<string, Batch>();
  private nodesDone = false;
  nodes = 0;
  relationships = 0;

  constructor(
    private readonly executor: Executor,
    private readonly limits: { rows: number; bytes: number } = { rows: 1000, bytes: 8_000_000 },
  ) {}

  async add(line: DataLine, n: number, size: number): Promise<void> {
    if (line.kind === 'node') {
      const row = { id: line.props.id, props: propsForWrite(line) };
      return this.push(`node|${line.label}`, () => ({ kind: 'node', query: RESTORE_NODES[line.label as NodeLabel], what: `${line.label} nodes` }), row, n, size);
    }
    // Every node is in the file before the first relationship: write them all, so every end can be matched.
    if (!this.nodesDone) {
      await this.flush();
      this.nodesDone = true;
    }
    const shape = `${line.type}|${line.from.label}|${line.to.label}`;
    const row = { from: line.from.id, to: line.to.id, props: propsForWrite(line) };
    return this.push(
      shape,
      () => ({
        kind: 'relationship',
        query: restoreRelationshipsQuery(line.type as RelationshipType, line.from.label, line.to.label),
        what: `${line.type} relationships (${line.from.label} -> ${line.to.label})`,
      }),
      row,
      n,
      size,
    );
  }

  private async push(key: string, make: () => Pick<Batch, 'kind' | 'query' | 'what'>, row: Record<string, unknown>, n: number, size: number) {
    let batch = this.batches.get(key);
    if (!batch) {
      batch = { ...make(), rows: [], firstLine: n, lastLine: n, size: 0 };
      this.batches.set(key, batch);
    }
    batch.rows.push(row);
    batch.lastLine = n;
    batch.size += size;
    if (batch.rows.length >= this.limits.rows || batch.size >= this.limits.bytes) {
      this.batches.delete(key);
      await this.write(batch);
    }
  }

  async flush(): Promise<void> {
    const pending = [...this.batches.values()];
    this.batches.clear();
    for (const batch of pending) await this.write(batch);
  }

  private async write(batch: Batch): Promise<void> {
    const [result] = await this.executor.writeTransaction(
      (tx) => tx.run<{ written: number }>(batch.query, { rows: batch.rows }),
      { app: 'belagg', operation: 'restore' },
    );
    const written = result?.written ?? 0;
    // MATCH drops a row whose end node is missing without a word; a restore must not lose facts quietly.
    if (written !== batch.rows.length)
      throw new BackupError(
        `lines ${batch.firstLine}-${batch.lastLine}: ${batch.rows.length - written} of ${batch.rows.length} ${batch.what} have an end node that is neither in the backup nor in the database`,
      );
    if (batch.kind === 'node') this.nodes += written;
    else this.relationships += written;
  }
}
