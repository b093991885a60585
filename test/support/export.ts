/** Helpers for the export tests: an export collected in memory, and the graph's counts per label and type. */
import type { Executor } from '../../src/db/executor.js';
import { exportGraph, type Format } from '../../src/export/export.js';
import type { Selection } from '../../src/export/selection.js';
import { StringSink } from '../../src/export/sink.js';
import { COUNT_NODES_BY_LABEL, COUNT_RELATIONSHIPS_BY_TYPE } from './export.repo.js';

/** Every output of a format, as text keyed by file name. */
export async function exported(executor: Executor, format: Format, selection: Selection = { kind: 'all' }, pageSize?: number) {
  const sinks = new Map<string, StringSink>();
  await exportGraph(executor, format, selection, (o) => sinks.set(o.file, new StringSink()).get(o.file) as StringSink, { pageSize });
  return Object.fromEntries([...sinks].map(([file, sink]) => [file, sink.text()]));
}

export function countsBy(keys: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const k of keys) counts[k] = (counts[k] ?? 0) + 1;
  return counts;
}

export async function graphCounts(executor: Executor) {
  const read = async (query: string) =>
    Object.fromEntries((await executor.read<{ key: string; count: number }>(query)).map((r) => [r.key, r.count]));
  return { nodes: await read(COUNT_NODES_BY_LABEL), relationships: await read(COUNT_RELATIONSHIPS_BY_TYPE) };
}
