/**
 * Named Cypher for loading a graph plan. Labels and relationship types cannot be parameters in Cypher, so
 * each query is built once, at module load, from the closed lists in graph-plan.ts and nothing else.
 */
import { IS_FACT_NODE } from '../../citations/party-citations.repo.js';
import { type NodeLabel, nodeLabels, type RelationshipType, relationshipTypes } from '../plan/graph-plan.js';

function assertLabel(label: string): asserts label is NodeLabel {
  if (!(nodeLabels as readonly string[]).includes(label)) throw new Error(`unknown label ${label}`);
}
function assertType(type: string): asserts type is RelationshipType {
  if (!(relationshipTypes as readonly string[]).includes(type)) throw new Error(`unknown relationship type ${type}`);
}

/**
 * Loading queries whose best plan does not depend on the data (a unique-index seek, a hinted index seek) say so:
 * Neo4j otherwise plans them again whenever the graph's statistics move, which they do all through a bulk
 * load into a growing graph, at about half a second a query on this machine (issue 6).
 */
const STABLE_PLAN = 'CYPHER replan=skip';

/**
 * A reloaded fact's status, given its `previous` one and the one loaded (a curated row's own, or the status of a
 * document's facts): a curator's CONFIRMED or REJECTED stays.
 */
const keptStatus = (loaded: 'row.props.status' | 'document.evidence.status') =>
  `CASE WHEN previous IN ['CONFIRMED', 'REJECTED'] AND ${loaded} = 'PROPOSED' THEN previous ELSE ${loaded} END`;

/** What a fact-writing query returns, from rows of `created` and `same` (unchanged by the write). */
const WRITE_COUNTS = `RETURN count(*) AS written,
  sum(CASE WHEN created THEN 1 ELSE 0 END) AS inserted,
  sum(CASE WHEN NOT created AND NOT same THEN 1 ELSE 0 END) AS updated,
  sum(CASE WHEN NOT created AND same THEN 1 ELSE 0 END) AS unchanged`;

/** MERGE a batch of nodes of one label; $rows: [{id, props, onCreate}]. */
export function mergeNodesQuery(label: NodeLabel): string {
  assertLabel(label);
  return `${STABLE_PLAN}
UNWIND $rows AS row
MERGE (n:${label} {id: row.id})
ON CREATE SET n += row.onCreate
SET n += row.props`;
}

/**
 * MERGE a batch of relationships of one type between two labels; $rows: [{from, to, key, props}].
 * Evidence properties are part of props. A relationship's identity is (from, to, key), and its factId is a hash
 * of exactly that (fact-id.ts), so the MERGE matches on factId. Used for curated facts (one per pair of nodes,
 * possibly written by two loads at once, which MERGE's locks keep from doubling); a document's own facts go
 * through documentFactsQuery below.
 */
export function mergeRelationshipsQuery(type: RelationshipType, fromLabel: NodeLabel, toLabel: NodeLabel): string {
  assertType(type);
  assertLabel(fromLabel);
  assertLabel(toLabel);
  return `UNWIND $rows AS row
MATCH (a:${fromLabel} {id: row.from})
MATCH (b:${toLabel} {id: row.to})
MERGE (a)-[r:${type} {factId: row.props.factId}]->(b)
// A new relationship has only its factId; what it held before tells inserted, updated and unchanged apart.
WITH r, row, r.status AS previous, properties(r) AS before, r.key IS NULL AS created
SET r += row.props, r.key = row.key
// A curator's verdict outlives re-extraction: loading the same fact again must not turn it back into PROPOSED.
SET r.status = ${keptStatus('row.props.status')}
WITH created, before = properties(r) AS same
${WRITE_COUNTS}`;
}

/**
 * Writes a batch of documents' own facts of one type between two labels; $documents: [{evidence, facts}], where
 * `evidence` holds what every fact of that document carries alike (documentId, extractor, confidence, status) and
 * each of `facts` is {from, to, key, props} with the fact's own span, quote and factId among its props. Sent per
 * fact, those shared fields were about a fifth of a bulk load's bytes, packed by this process and unpacked by
 * Neo4j for every one of ~25 facts a document (issue 6). The same effect and counts as mergeRelationshipsQuery,
 * planned so that it cannot slow down as the graph grows: a fact is stated once per asserting document, so between
 * hubs (an evaluation and its finding or project, a person and their party) there are thousands of parallel
 * relationships, and MERGE, which takes no planner hint, was planned (from statistics that know nothing of that
 * skew) as an expansion of every relationship between the two nodes, once per row: 5 million reads for 500 rows
 * between one busy pair (issue 6). Here the existing fact is found through its type's factId index, by a hint, and
 * a missing one is created. Every hint says SEEK: the plan is kept (STABLE_PLAN), and one made on a near-empty
 * graph met a plain `USING INDEX` with an index *scan*, which then read the whole index for every row as the graph
 * grew (bulk ingest after a fresh install's one seeded document: 18 documents/s instead of about 120). No second
 * load can create the same fact meanwhile: its key names the document, and the Document node, merged earlier in
 * the same transaction, is held until commit by any load of it.
 */
export function documentFactsQuery(type: RelationshipType, fromLabel: NodeLabel, toLabel: NodeLabel): string {
  assertType(type);
  assertLabel(fromLabel);
  assertLabel(toLabel);
  return `${STABLE_PLAN}
UNWIND $documents AS document
UNWIND document.facts AS row
MATCH (a:${fromLabel} {id: row.from}) USING INDEX SEEK a:${fromLabel}(id)
MATCH (b:${toLabel} {id: row.to}) USING INDEX SEEK b:${toLabel}(id)
OPTIONAL MATCH (a)-[old:${type} {factId: row.props.factId}]->(b) USING INDEX SEEK old:${type}(factId)
WITH a, b, document, row, old, old.status AS previous, properties(old) AS before
FOREACH (_ IN CASE WHEN old IS NULL THEN [1] ELSE [] END |
  CREATE (a)-[r:${type}]->(b) SET r = row.props, r += document.evidence, r.key = row.key)
// A curator's verdict outlives re-extraction: loading the same fact again must not turn it back into PROPOSED.
FOREACH (r IN CASE WHEN old IS NULL THEN [] ELSE [old] END |
  SET r += row.props, r += document.evidence, r.key = row.key, r.status = ${keptStatus('document.evidence.status')})
WITH old IS NULL AS created, before = properties(old) AS same
${WRITE_COUNTS}`;
}

export const FIND_DOCUMENT_FINGERPRINT = `MATCH (d:Document {id: $id}) RETURN d.fingerprint AS fingerprint`;
export const SET_DOCUMENT_FINGERPRINT = `MATCH (d:Document {id: $id}) SET d.fingerprint = $fingerprint`;
/** Batched forms of the two above, for bulk loads (load-batch.ts). */
export const FIND_DOCUMENT_FINGERPRINTS = `UNWIND $ids AS id MATCH (d:Document {id: id}) RETURN d.id AS id, d.fingerprint AS fingerprint`;
export const SET_DOCUMENT_FINGERPRINTS = `UNWIND $rows AS row MATCH (d:Document {id: row.id}) SET d.fingerprint = row.fingerprint`;
/** Nodes of the graph of facts: derived rows (citations/party-citations.repo.ts) are there even in an empty one. */
export const COUNT_NODES = `MATCH (n) WHERE ${IS_FACT_NODE} RETURN count(n) AS count`;
