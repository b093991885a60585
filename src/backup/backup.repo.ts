/**
 * Named Cypher for backup and restore. Labels and relationship types cannot be parameters, so each query is
 * built at module load (or, for relationship shapes, by an asserting function) from the closed lists in
 * graph-plan.ts and nothing else. ApiKey is not in those lists, so no query here ever reads a key.
 */
import { DERIVED_LABELS } from '../citations/party-citations.repo.js';
import { type NodeLabel, nodeLabels, type RelationshipType, relationshipTypes } from '../ingest/plan/graph-plan.js';

const perLabel = (build: (label: NodeLabel) => string) =>
  Object.fromEntries(nodeLabels.map((l) => [l, build(l)])) as Record<NodeLabel, string>;

/** Labels outside the domain graph that a backup leaves out on purpose. */
export const EXCLUDED_LABELS = ['ApiKey', ...DERIVED_LABELS] as const;

/** Types Neo4j stores that a backup line can carry faithfully ($portable in the queries below). */
export const PORTABLE_VALUE_TYPES = ['STRING', 'BOOLEAN', 'INTEGER', 'FLOAT'].flatMap((t) => [
  `${t} NOT NULL`,
  `LIST<${t} NOT NULL> NOT NULL`,
]).concat(['LIST<NOTHING> NOT NULL']);

/**
 * Nodes per label and relationships per type, from the count store: instant whatever the size of the graph,
 * and one query rather than thirty (planning each costs more than running it).
 */
export const COUNT_DOMAIN = `CALL {
${[
  ...nodeLabels.map((l) => `  MATCH (n:${l}) RETURN 'node' AS kind, '${l}' AS key, count(n) AS count`),
  ...relationshipTypes.map((t) => `  MATCH ()-[r:${t}]->() RETURN 'relationship' AS kind, '${t}' AS key, count(r) AS count`),
].join('\n  UNION ALL\n')}
}
RETURN kind, key, count`;

/**
 * Anything in the graph a backup could not reproduce: a node without exactly one known label, or without a
 * string id. Silently leaving it out would make a backup that looks whole and is not.
 */
export const FOREIGN_NODES = `MATCH (n)
WHERE NOT (size(labels(n)) = 1 AND labels(n)[0] IN $excluded)
  AND NOT (size(labels(n)) = 1 AND labels(n)[0] IN $labels AND n.id IS :: STRING NOT NULL)
RETURN labels(n) AS labels, n.id IS NULL AS withoutId, count(*) AS count
ORDER BY count DESC LIMIT 5`;

/** A relationship of an unknown type, touching a node outside the domain graph (a key), or without a key. */
export const FOREIGN_RELATIONSHIPS = `MATCH (a)-[r]->(b)
WHERE NOT (type(r) IN $types AND labels(a)[0] IN $labels AND labels(b)[0] IN $labels AND r.key IS :: STRING NOT NULL)
RETURN type(r) AS type, labels(a) AS from, labels(b) AS to, r.key IS NULL AS withoutKey, count(*) AS count
ORDER BY count DESC LIMIT 5`;

// Which properties were Neo4j integers (JSON cannot tell), and which hold a type a line cannot carry.
const intsOf = (x: string) =>
  `[k IN keys(${x}) WHERE valueType(${x}[k]) STARTS WITH 'INTEGER' OR valueType(${x}[k]) STARTS WITH 'LIST<INTEGER']`;
const unportableOf = (x: string) => `[k IN keys(${x}) WHERE NOT valueType(${x}[k]) IN $portable | k + ': ' + valueType(${x}[k])]`;

/** One page of a label's nodes, keyset-paged on the id (index-backed by the unique constraint). */
export const NODES_PAGE = perLabel(
  (l) => `MATCH (n:${l}) WHERE n.id > $after
WITH n ORDER BY n.id LIMIT $limit
RETURN n.id AS id, properties(n) AS props, ${intsOf('n')} AS ints, ${unportableOf('n')} AS unportable`,
);

/**
 * The relationships leaving one page of a label's nodes (same keyset as NODES_PAGE), so each relationship is
 * read once, by its start node, and no query holds more than a page of start nodes.
 */
export const RELATIONSHIPS_PAGE = perLabel(
  (l) => `MATCH (a:${l}) WHERE a.id > $after
WITH a ORDER BY a.id LIMIT $limit
RETURN a.id AS id, COLLECT {
  MATCH (a)-[r]->(b) WHERE type(r) IN $types AND labels(b)[0] IN $labels
  WITH r, b ORDER BY type(r), b.id, r.key
  RETURN {type: type(r), toLabel: labels(b)[0], to: b.id, props: properties(r), ints: ${intsOf('r')}, unportable: ${unportableOf('r')}}
} AS relationships`,
);

export const NEO4J_VERSION = `CALL dbms.components() YIELD name, versions WHERE name = 'Neo4j Kernel' RETURN versions[0] AS version`;

/** MERGE on id, then add the backup's properties: into an empty database a create, with --force a merge. */
export const RESTORE_NODES = perLabel(
  (l) => `UNWIND $rows AS row
MERGE (n:${l} {id: row.id})
SET n += row.props
RETURN count(*) AS written`,
);

function assertShape(type: string, from: string, to: string): void {
  if (!(relationshipTypes as readonly string[]).includes(type)) throw new Error(`unknown relationship type ${type}`);
  for (const l of [from, to]) if (!(nodeLabels as readonly string[]).includes(l)) throw new Error(`unknown label ${l}`);
}

/** A relationship's identity is (type, from id, to id, key), as the loader writes it. */
export function restoreRelationshipsQuery(type: RelationshipType, from: NodeLabel, to: NodeLabel): string {
  assertShape(type, from, to);
  return `UNWIND $rows AS row
MATCH (a:${from} {id: row.from})
MATCH (b:${to} {id: row.to})
MERGE (a)-[r:${type} {key: row.props.key}]->(b)
WITH r, row, r.status AS previous
SET r += row.props
// With --force: a curator's verdict in the database outlives an older backup's PROPOSED, as it outlives re-extraction.
SET r.status = CASE WHEN previous IN ['CONFIRMED', 'REJECTED'] AND r.status = 'PROPOSED' THEN previous ELSE r.status END
RETURN count(*) AS written`;
}

/** Undoing a failed restore into an empty database: everything of the domain graph is what it wrote. */
export const DELETE_LABEL_BATCH = perLabel(
  (l) => `MATCH (n:${l}) WITH n LIMIT $limit DETACH DELETE n RETURN count(*) AS deleted`,
);
