/** Named Cypher for the export tests: per-label and per-type counts, a full dump, and a plain CSV importer. */
import { IS_FACT_NODE } from '../../src/citations/party-citations.repo.js';
import { type NodeLabel, nodeLabels, type RelationshipType, relationshipTypes } from '../../src/ingest/plan/graph-plan.js';

export const COUNT_NODES_BY_LABEL = `MATCH (n) WHERE ${IS_FACT_NODE} RETURN labels(n)[0] AS key, count(*) AS count ORDER BY key`;
export const COUNT_RELATIONSHIPS_BY_TYPE = `MATCH ()-[r]->() RETURN type(r) AS key, count(*) AS count ORDER BY key`;
export const DUMP_NODES = `MATCH (n) WHERE ${IS_FACT_NODE} RETURN labels(n) AS labels, n.id AS id, properties(n) AS props ORDER BY id`;
export const DUMP_RELATIONSHIPS = `MATCH (a)-[r]->(b)
RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props
ORDER BY type, from, to, props.key, props.factId`;
export const RAW_TEXTS = `MATCH (d:Document) RETURN d.id AS id, d.rawText AS rawText`;

/** One query per label and per type, built from the closed lists like the product's own queries. */
export const CREATE_NODES = Object.fromEntries(
  nodeLabels.map((label) => [label, `UNWIND $rows AS row CREATE (n:${label}) SET n = row`]),
) as Record<NodeLabel, string>;
export const CREATE_RELATIONSHIPS = Object.fromEntries(
  relationshipTypes.map((type) => [
    type,
    `UNWIND $rows AS row
MATCH (a {id: row.start}) MATCH (b {id: row.end})
CREATE (a)-[r:${type}]->(b) SET r = row.props`,
  ]),
) as Record<RelationshipType, string>;
