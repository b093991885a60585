/** Named Cypher the tests use to inspect the graph. */
export const RESET_GRAPH = 'MATCH (n) DETACH DELETE n';
export const COUNT_GRAPH = `CALL { MATCH (n) RETURN count(n) AS nodes }
CALL { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN nodes, relationships`;
export const COUNT_BY_LABEL = `MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS count ORDER BY label`;
/** Every relationship that claims a span of a document, with that document's raw text. */
export const ALL_DOCUMENT_EVIDENCE = `MATCH ()-[r]->() WHERE r.documentId IS NOT NULL
MATCH (d:Document {id: r.documentId})
RETURN type(r) AS type, r.start AS start, r.end AS end, r.quote AS quote, r.status AS status, r.extractor AS extractor, d.rawText AS rawText`;
export const RELATIONSHIPS_WITHOUT_PROVENANCE = `MATCH (a)-[r]->(b)
WHERE r.documentId IS NULL AND NOT (r.status = 'CURATED' AND r.source IS NOT NULL)
RETURN type(r) AS type, a.id AS from, b.id AS to`;
export const NODES_WITHOUT_PROVENANCE = `MATCH (n) WHERE NOT n:Document AND NOT n:Source
AND NOT EXISTS { (:Document)-[:MENTIONS]->(n) }
AND NOT EXISTS { (n)-[r]-() WHERE r.status = 'CURATED' }
RETURN labels(n)[0] AS label, n.id AS id`;
export const SHOW_CONSTRAINTS = 'SHOW CONSTRAINTS YIELD name, labelsOrTypes, properties RETURN name, labelsOrTypes, properties';
export const SHOW_INDEXES = 'SHOW INDEXES YIELD name, type, state, labelsOrTypes, properties, options RETURN name, type, state, labelsOrTypes, properties, options';
export const ORGANIZATION_NAMES = 'MATCH (o:Organization) RETURN o.name AS name ORDER BY name';
export const ATTRIBUTION_AND_PUBLISHER = `MATCH (e:Evaluation {id: $evaluationId})
OPTIONAL MATCH (:Document)-[a:ATTRIBUTES]->(e)
OPTIONAL MATCH (e)-[p:PUBLISHED_BY]->(o:Organization)
RETURN collect(DISTINCT a.toId) AS attributed, collect(DISTINCT o.id) AS publisher,
       collect(DISTINCT p.status) AS publisherStatus, collect(DISTINCT p.source) AS source`;
/** The whole graph as plain rows, for comparing two loads of the same facts. */
export const DUMP_NODES = `MATCH (n) RETURN labels(n)[0] AS label, n.id AS id, properties(n) AS props ORDER BY label, id`;
export const DUMP_RELATIONSHIPS = `MATCH (a)-[r]->(b)
RETURN type(r) AS type, a.id AS from, b.id AS to, r.key AS key, properties(r) AS props
ORDER BY type, from, to, key`;
export const DOCUMENT_COUNT = 'MATCH (d:Document) RETURN count(d) AS count';
export const INJECT_CONSTRAINT_VIOLATION = "CREATE (:Party {id: 'party/SD-duplicate', abbreviation: 'SD'})";
