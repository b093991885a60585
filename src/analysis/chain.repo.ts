/**
 * Evidence chains and connections: paths through the graph, each hop with the relationship's properties (its
 * evidence, or its curated source). Path lengths cannot be parameters in Cypher, so there is one named query per
 * allowed maxHops, built from a whitelisted integer.
 */

import { nodeLabels } from '../ingest/plan/graph-plan.js';

export const MAX_HOPS = 8;

/** A node by id whatever its label, through each label's id index (a label-less match would scan the graph). */
const anyNodeById = (variable: string, param: string) =>
  `CALL { ${nodeLabels.map((l) => `MATCH (${variable}:${l} {id: ${param}}) RETURN ${variable}`).join(' UNION ')} }`;

const HOP = `{type: type(r), from: startNode(r).id, to: endNode(r).id, props: properties(r)}`;
const NODE = `{id: n.id, label: labels(n)[0], name: coalesce(n.name, n.title, n.text, n.id)}`;

/**
 * Everything behind a motion, as paths: motion ← document → claim → finding ← evaluation → project →
 * organisation, and motion ← document → (cited) evaluation → project → organisation. A path stops where the
 * graph does.
 */
export const EVIDENCE_CHAIN = `MATCH (m:Motion {id: $motionId})
CALL (m) {
  MATCH p = (m)<-[:PART_OF_CASE]-(:Document)-[:MAKES]->(:Claim)-[:SUPPORTED_BY]->(:Finding)<-[:REPORTS]-(:Evaluation)-[:EVALUATES]->(:Project)-[:RUN_BY]->(:Organization)
  RETURN p
  UNION
  MATCH p = (m)<-[:PART_OF_CASE]-(:Document)-[:MAKES]->(c:Claim)-[:ABOUT]->(:Project)
  WHERE NOT EXISTS { (c)-[:SUPPORTED_BY]->() }
  RETURN p
  UNION
  MATCH p = (m)<-[:PART_OF_CASE]-(:Document)-[:CITES]->(:Evaluation)-[:EVALUATES]->(:Project)-[:RUN_BY]->(:Organization)
  RETURN p
}
RETURN [n IN nodes(p) | ${NODE}] AS nodes, [r IN relationships(p) | ${HOP}] AS hops
LIMIT 500`;

const connectionQuery = (hops: number) => `${anyNodeById('a', '$fromId')}
${anyNodeById('b', '$toId')}
WITH a, b WHERE a <> b
MATCH p = shortestPath((a)-[*..${hops}]-(b))
RETURN [n IN nodes(p) | ${NODE}] AS nodes, [r IN relationships(p) | ${HOP}] AS hops`;

export const CONNECTION: Record<number, string> = Object.fromEntries(
  Array.from({ length: MAX_HOPS }, (_, i) => [i + 1, connectionQuery(i + 1)]),
);

export const NODE_EXISTS = `UNWIND $ids AS id
OPTIONAL CALL (id) { ${nodeLabels.map((l) => `MATCH (n:${l} {id: id}) RETURN n`).join(' UNION ')} }
RETURN id, n IS NOT NULL AS exists`;
