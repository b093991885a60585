/**
 * Per-request DataLoaders: every nested list and every node lookup in one request is batched into one query
 * per kind, so a page of 100 citations costs a handful of queries, not hundreds.
 */
import DataLoader from 'dataloader';
import type { Executor } from '../db/executor.js';
import { LAST_NEIGHBOUR, type LastNeighbourName, NEIGHBOURS, type NeighbourItem, type NeighbourName } from '../graph/neighbours.repo.js';
import { NODES_BY_ID, type NodeRow } from '../graph/nodes.repo.js';
import type { NodeLabel } from '../ingest/plan/graph-plan.js';

export interface Loaders {
  node(label: NodeLabel): DataLoader<string, NodeRow | null>;
  neighbours(name: NeighbourName): DataLoader<string, NeighbourItem[]>;
  /** The last item of a list alone (a person's party), or null when the list is empty. */
  lastNeighbour(name: LastNeighbourName): DataLoader<string, NeighbourItem | null>;
}

export function createLoaders(executor: Executor): Loaders {
  const nodeLoaders = new Map<NodeLabel, DataLoader<string, NodeRow | null>>();
  const neighbourLoaders = new Map<NeighbourName, DataLoader<string, NeighbourItem[]>>();
  const lastNeighbourLoaders = new Map<LastNeighbourName, DataLoader<string, NeighbourItem | null>>();
  return {
    node(label) {
      let loader = nodeLoaders.get(label);
      if (!loader) {
        loader = new DataLoader(async (keys) => {
          const rows = await executor.read<{ node: NodeRow }>(NODES_BY_ID[label], { ids: [...keys] });
          const byId = new Map(rows.map((r) => [r.node.id, r.node]));
          return keys.map((k) => byId.get(k) ?? null);
        });
        nodeLoaders.set(label, loader);
      }
      return loader;
    },
    neighbours(name) {
      let loader = neighbourLoaders.get(name);
      if (!loader) {
        loader = new DataLoader(async (keys) => {
          const rows = await executor.read<{ key: string; items: NeighbourItem[] }>(NEIGHBOURS[name], { ids: [...keys] });
          const byKey = new Map(rows.map((r) => [r.key, r.items]));
          return keys.map((k) => byKey.get(k) ?? []);
        });
        neighbourLoaders.set(name, loader);
      }
      return loader;
    },
    lastNeighbour(name) {
      let loader = lastNeighbourLoaders.get(name);
      if (!loader) {
        loader = new DataLoader(async (keys) => {
          const rows = await executor.read<{ key: string; items: NeighbourItem[] }>(LAST_NEIGHBOUR[name], { ids: [...keys] });
          const byKey = new Map(rows.map((r) => [r.key, r.items[0] ?? null]));
          return keys.map((k) => byKey.get(k) ?? null);
        });
        lastNeighbourLoaders.set(name, loader);
      }
      return loader;
    },
  };
}
