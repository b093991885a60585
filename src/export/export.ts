/**
 * The export formats behind one entry point, shared by the CLI and the HTTP routes. A format writes one or
 * two outputs (CSV is two files); each output streams to its own sink.
 */
import type { Executor } from '../db/executor.js';
import { writeNodesCsv, writeRelationshipsCsv } from './csv.js';
import { GraphSource } from './graph-source.js';
import { writeGraphml } from './graphml.js';
import { writeJson } from './json.js';
import { writePopolo } from './popolo.js';
import { type Scope, resolveScope } from './scope.js';
import type { Selection } from './selection.js';
import type { Sink } from './sink.js';

export const formats = ['json', 'csv', 'graphml', 'popolo'] as const;
export type Format = (typeof formats)[number];

/** One file of an export: its usual name, its media type, and how to write it. */
export interface Output {
  file: string;
  contentType: string;
  write(executor: Executor, scope: Scope, sink: Sink): Promise<Record<string, number>>;
}

export const outputs = {
  json: {
    file: 'graph.json',
    contentType: 'application/json; charset=utf-8',
    write: (executor, scope, sink) => writeJson(new GraphSource(executor, scope), sink).then((c) => ({ ...c })),
  },
  nodesCsv: {
    file: 'nodes.csv',
    contentType: 'text/csv; charset=utf-8',
    write: async (executor, scope, sink) => ({ nodes: await writeNodesCsv(new GraphSource(executor, scope), sink) }),
  },
  relationshipsCsv: {
    file: 'relationships.csv',
    contentType: 'text/csv; charset=utf-8',
    write: async (executor, scope, sink) => ({
      relationships: await writeRelationshipsCsv(new GraphSource(executor, scope), sink),
    }),
  },
  graphml: {
    file: 'graph.graphml',
    contentType: 'application/graphml+xml; charset=utf-8',
    write: (executor, scope, sink) => writeGraphml(new GraphSource(executor, scope), sink).then((c) => ({ ...c })),
  },
  popolo: {
    file: 'popolo.json',
    contentType: 'application/json; charset=utf-8',
    write: (executor, scope, sink) => writePopolo(executor, scope, sink).then((c) => ({ ...c })),
  },
} satisfies Record<string, Output>;

export const outputsOf: Record<Format, Output[]> = {
  json: [outputs.json],
  csv: [outputs.nodesCsv, outputs.relationshipsCsv],
  graphml: [outputs.graphml],
  popolo: [outputs.popolo],
};

/** Resolves the selection once and writes every output of the format; returns the counts of each. */
export async function exportGraph(
  executor: Executor,
  format: Format,
  selection: Selection,
  sinkFor: (output: Output) => Sink,
  options: { pageSize?: number } = {},
): Promise<Array<{ output: Output; counts: Record<string, number>; bytes: number }>> {
  const scope = await resolveScope(executor, selection, options.pageSize);
  const results = [];
  for (const output of outputsOf[format]) {
    const sink = sinkFor(output);
    const counts = await output.write(executor, scope, sink);
    results.push({ output, counts, bytes: sink.bytes });
  }
  return results;
}
