/**
 * A selection resolved against the graph: which nodes an export covers, handed out as pages of element ids.
 * The whole graph is never materialised (each label is keyset-paged on its id index); a subgraph (roots and
 * hops, or citations) is a set of node keys held in memory — small next to the properties the export reads —
 * so that a relationship is exported only when both its ends are selected (the induced subgraph).
 */
import type { Executor } from '../db/executor.js';
import { int } from '../db/values.js';
import { type NodeLabel, nodeLabels, relationshipTypes } from '../ingest/plan/graph-plan.js';
import { CITATION_KEYS, NEIGHBOUR_KEYS, NODE_KEYS_PAGE, ROOT_KEYS } from './export.repo.js';
import type { Selection } from './selection.js';

export const DEFAULT_PAGE_SIZE = 250;

/** The closed lists every export query filters on (labels and types outside them are not exported). */
export const whitelist = { labels: [...nodeLabels], types: [...relationshipTypes] };

interface NodeKey {
  eid: string;
  id: string;
  label: NodeLabel | null;
}

export interface Scope {
  /** Element ids of the selected nodes; null when the whole graph is selected. */
  readonly members: string[] | null;
  readonly pageSize: number;
  /** Pages of element ids, by label in the order of graph-plan.ts and by id within a label. */
  pages(labels?: readonly NodeLabel[]): AsyncGenerator<string[]>;
}

export async function resolveScope(executor: Executor, selection: Selection, pageSize = DEFAULT_PAGE_SIZE): Promise<Scope> {
  if (selection.kind === 'all') return wholeGraph(executor, pageSize);
  const keys =
    selection.kind === 'roots'
      ? await neighbourhood(executor, selection.roots, selection.hops, pageSize)
      : await executor.read<NodeKey>(CITATION_KEYS, { ...whitelist, ...selection.filter });
  return subgraph(keys, pageSize);
}

function wholeGraph(executor: Executor, pageSize: number): Scope {
  return {
    members: null,
    pageSize,
    async *pages(labels = nodeLabels) {
      for (const label of labels) {
        // A node carrying several whitelisted labels is exported once, under the first (as in a subgraph).
        const earlier = nodeLabels.slice(0, nodeLabels.indexOf(label));
        let after = '';
        for (;;) {
          const rows = await executor.read<NodeKey>(NODE_KEYS_PAGE[label], { ...whitelist, after, earlier, limit: int(pageSize) });
          if (rows.length > 0) yield rows.map((r) => r.eid);
          if (rows.length < pageSize) break;
          after = rows[rows.length - 1]?.id ?? '';
        }
      }
    },
  };
}

/** Breadth-first from the roots, one query per hop (and per page of the frontier). */
async function neighbourhood(executor: Executor, roots: string[], hops: number, pageSize: number): Promise<NodeKey[]> {
  const found = new Map<string, NodeKey>();
  let frontier = await executor.read<NodeKey>(ROOT_KEYS, { ...whitelist, roots });
  for (const k of frontier) found.set(k.eid, k);
  for (let hop = 0; hop < hops && frontier.length > 0; hop++) {
    const next: NodeKey[] = [];
    for (let i = 0; i < frontier.length; i += pageSize) {
      const page = frontier.slice(i, i + pageSize).map((k) => k.eid);
      for (const k of await executor.read<NodeKey>(NEIGHBOUR_KEYS, { ...whitelist, frontier: page }))
        if (!found.has(k.eid)) {
          found.set(k.eid, k);
          next.push(k);
        }
    }
    frontier = next;
  }
  return [...found.values()];
}

function subgraph(keys: NodeKey[], pageSize: number): Scope {
  const rank = (k: NodeKey) => (k.label ? nodeLabels.indexOf(k.label) : -1);
  const sorted = keys
    .filter((k) => k.label !== null)
    .sort((a, b) => rank(a) - rank(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    members: sorted.map((k) => k.eid),
    pageSize,
    async *pages(labels = nodeLabels) {
      const wanted = sorted.filter((k) => k.label !== null && labels.includes(k.label));
      for (let i = 0; i < wanted.length; i += pageSize) yield wanted.slice(i, i + pageSize).map((k) => k.eid);
    },
  };
}
