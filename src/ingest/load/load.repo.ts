/**
 * Named Cypher for loading a graph plan. Labels and relationship types cannot be parameters in Cypher, so
 * each query is built once, at module load, from the closed lists in graph-plan.ts and nothing else.
 */
import { type NodeLabel, nodeLabels, type RelationshipType, relationshipTypes } from '../plan/graph-plan.js';

function assertLabel(label: string): asserts label is NodeLabel {
  if (!(nodeLabels as readonly string[]).includes(label)) throw new Error(`unknown label ${label}`);
}
function assertType(type: string): asserts type is RelationshipType {
  if (!(relationshipTypes as readonly string[]).includes(type)) throw new Error(`unknown relationship type ${type}`);
}

/** MERGE a batch of nodes of one label; $rows: [{id, props, onCreate}]. */
export function mergeNodesQuery(label: NodeLabel): string {
  assertLabel(label);
  return `UNWIND $rows AS row
MERGE (n:${label} {id: row.id})
ON CREATE SET n += row.onCreate
SET n += row.props`;
}

/**
 * MERGE a batch of relationships of one type between two labels; $rows: [{from, to, key, props}].
 * Evidence properties are part of props. A relationship's identity is (from, to, key).
 */
export function mergeRelationshipsQuery(type: RelationshipType, fromLabel: NodeLabel, toLabel: NodeLabel): string {
  assertType(type);
  assertLabel(fromLabel);
  assertLabel(toLabel);
  return `UNWIND $rows AS row
MATCH (a:${fromLabel} {id: row.from})
MATCH (b:${toLabel} {id: row.to})
MERGE (a)-[r:${type} {key: row.key}]->(b)
// A new relationship has only its key; what it held before tells inserted, updated and unchanged apart.
WITH r, row, r.status AS previous, properties(r) AS before, r.factId IS NULL AS created
SET r += row.props
// A curator's verdict outlives re-extraction: loading the same fact again must not turn it back into PROPOSED.
SET r.status = CASE WHEN previous IN ['CONFIRMED', 'REJECTED'] AND row.props.status = 'PROPOSED' THEN previous ELSE row.props.status END
WITH created, before = properties(r) AS same
RETURN count(*) AS written,
  sum(CASE WHEN created THEN 1 ELSE 0 END) AS inserted,
  sum(CASE WHEN NOT created AND NOT same THEN 1 ELSE 0 END) AS updated,
  sum(CASE WHEN NOT created AND same THEN 1 ELSE 0 END) AS unchanged`;
}

export const FIND_DOCUMENT_FINGERPRINT = `MATCH (d:Document {id: $id}) RETURN d.fingerprint AS fingerprint`;
export const SET_DOCUMENT_FINGERPRINT = `MATCH (d:Document {id: $id}) SET d.fingerprint = $fingerprint`;
/** Batched forms of the two above, for bulk loads (load-batch.ts). */
export const FIND_DOCUMENT_FINGERPRINTS = `UNWIND $ids AS id MATCH (d:Document {id: id}) RETURN d.id AS id, d.fingerprint AS fingerprint`;
export const SET_DOCUMENT_FINGERPRINTS = `UNWIND $rows AS row MATCH (d:Document {id: row.id}) SET d.fingerprint = row.fingerprint`;
export const COUNT_NODES = `MATCH (n) RETURN count(n) AS count`;
