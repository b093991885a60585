/**
 * Nodes by id, one query per label per request batch (DataLoader calls these with every id it collected).
 * Labels come from the closed list in graph-plan.ts.
 */
import { type NodeLabel, nodeLabels } from '../ingest/plan/graph-plan.js';

export type NodeRow = Record<string, unknown> & { id: string };

export const NODES_BY_ID: Record<NodeLabel, string> = Object.fromEntries(
  nodeLabels.map((label) => [label, `UNWIND $ids AS id MATCH (n:${label} {id: id}) RETURN n{.*, fingerprint: null} AS node`]),
) as Record<NodeLabel, string>;
