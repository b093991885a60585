/**
 * Named Cypher for exports. A selection resolves to element ids (stable within the export, never shown); pages
 * of those ids are then read by seek, so no query holds the whole graph. Labels and relationship types reach
 * Cypher only from the closed lists in graph-plan.ts: spliced in at module load, or passed as $labels/$types.
 */
import { CITATION_FILTER } from '../citations/citations.repo.js';
import { type NodeLabel, nodeLabels } from '../ingest/plan/graph-plan.js';

/** The first whitelisted label of n: a node is exported once, under that label. */
const primaryLabel = (n: string) => `[l IN labels(${n}) WHERE l IN $labels][0]`;
const keyRow = (n: string) => `elementId(${n}) AS eid, ${n}.id AS id, ${primaryLabel(n)} AS label`;

/** The whole graph, one label at a time, keyset-paged on the id (index-backed by the unique constraints). */
export const NODE_KEYS_PAGE: Record<NodeLabel, string> = Object.fromEntries(
  nodeLabels.map((label) => [
    label,
    `MATCH (n:${label}) WHERE n.id > $after AND NOT any(l IN labels(n) WHERE l IN $earlier)
WITH n ORDER BY n.id LIMIT $limit
RETURN ${keyRow('n')}`,
  ]),
) as Record<NodeLabel, string>;

/** Roots by id, through each label's id index (a label-less match would scan every node). */
export const ROOT_KEYS = `UNWIND $roots AS rootId
CALL (rootId) {
  ${nodeLabels.map((label) => `MATCH (n:${label} {id: rootId}) RETURN n`).join('\n  UNION\n  ')}
}
WITH DISTINCT n
RETURN ${keyRow('n')}`;

/** One breadth-first step in either direction from a frontier of element ids. */
export const NEIGHBOUR_KEYS = `UNWIND $frontier AS eid
MATCH (a) WHERE elementId(a) = eid
MATCH (a)-[r]-(b)
WHERE type(r) IN $types AND any(l IN labels(b) WHERE l IN $labels)
WITH DISTINCT b
RETURN ${keyRow('b')}`;

/**
 * The nodes behind the `citations` answer: citing document, evaluation, motion of its case, the cited findings
 * of that evaluation, the motion's authors and their parties, what the evaluation evaluates, who published it
 * (and the curated sources), and whom the document attributes it to. The filter is the API's own
 * (CITATION_FILTER), so an export shows exactly the citations the API lists.
 */
export const CITATION_KEYS = `MATCH (d:Document)-[:CITES]->(e:Evaluation)
OPTIONAL MATCH (d)-[:PART_OF_CASE]->(m:Motion)
WITH d, e, m WHERE ${CITATION_FILTER}
WITH d, e, m,
  COLLECT { MATCH (d)-[:CITES]->(f:Finding)<-[:REPORTS]-(e) RETURN f } AS findings,
  COLLECT { MATCH (m)-[:AUTHORED_BY]->(p:Person) RETURN p } AS authors,
  COLLECT { MATCH (m)-[:AUTHORED_BY]->(:Person)-[:MEMBER_OF]->(party:Party) RETURN party } AS parties,
  COLLECT { MATCH (e)-[:EVALUATES|PUBLISHED_BY|CURATED_FROM]->(x) RETURN x } AS about,
  COLLECT { MATCH (d)-[a:ATTRIBUTES]->(e) MATCH (o:Organization {id: a.toId}) RETURN o } AS attributedTo
UNWIND [d, e, m] + findings + authors + parties + about + attributedTo AS n
WITH DISTINCT n WHERE n IS NOT NULL
RETURN ${keyRow('n')}`;

/** A page of nodes, in the order of $eids. `id` is the node's identity and not repeated among its properties. */
export const NODES_PAGE = `UNWIND range(0, size($eids) - 1) AS i
MATCH (n) WHERE elementId(n) = $eids[i]
RETURN n.id AS id, [l IN labels(n) WHERE l IN $labels] AS labels, properties(n) AS properties
ORDER BY i`;

/**
 * The relationships leaving a page of nodes whose other end is selected too ($members; null for the whole
 * graph): every relationship is listed once, by its start node, in the order of the nodes (so the output does
 * not depend on the page size). Evidence is in its properties.
 */
export const RELATIONSHIPS_PAGE = `UNWIND range(0, size($eids) - 1) AS i
MATCH (a) WHERE elementId(a) = $eids[i]
MATCH (a)-[r]->(b)
WHERE type(r) IN $types AND any(l IN labels(b) WHERE l IN $labels)
  AND ($members IS NULL OR elementId(b) IN $members)
WITH i, r, a, b, coalesce(r.factId, elementId(r)) AS id
RETURN id, type(r) AS type, a.id AS from, b.id AS to, properties(r) AS properties
ORDER BY i, type, to, id`;

/** The property keys of a page of nodes with the Cypher value types seen, for CSV headers and GraphML keys. */
export const NODE_PROPERTY_TYPES = `UNWIND $eids AS eid
MATCH (n) WHERE elementId(n) = eid
UNWIND [k IN keys(n) WHERE NOT k IN $skip] AS key
RETURN key, collect(DISTINCT valueType(n[key])) AS types`;

export const RELATIONSHIP_PROPERTY_TYPES = `UNWIND $eids AS eid
MATCH (a) WHERE elementId(a) = eid
MATCH (a)-[r]->(b)
WHERE type(r) IN $types AND any(l IN labels(b) WHERE l IN $labels)
  AND ($members IS NULL OR elementId(b) IN $members)
UNWIND keys(r) AS key
RETURN key, collect(DISTINCT valueType(r[key])) AS types`;
