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
 * One relationship per hop: REPORTS, EVALUATES and RUN_BY are stated once per asserting document, so between one
 * evaluation and its project there are as many parallel edges as documents that say so. A path through each of
 * them would repeat the same chain hundreds of times (and cost as much); the chain shows the citing document's
 * own statement of the hop where it makes one, else the curator's, else the first by fact id.
 */
const oneHop = (bound: string, pattern: string, rel: string, target: string) => `CALL (d, ${bound}) {
    MATCH ${pattern}
    WITH ${target}, ${rel} ORDER BY CASE WHEN ${rel}.documentId = d.id THEN 0 WHEN ${rel}.status = 'CURATED' THEN 1 ELSE 2 END, ${rel}.factId
    RETURN ${target}, head(collect(${rel})) AS ${rel}
  }`;

/**
 * Everything behind a motion, as paths: motion ← document → claim → finding ← evaluation → project →
 * organisation, and motion ← document → (cited) evaluation → project → organisation. A path stops where the
 * graph does. One row with the motion itself (as the node loader reads it) and its first 500 paths (none when its
 * case cites nothing), so the answer takes one statement; no row: no such motion.
 */
export const EVIDENCE_CHAIN = `MATCH (m:Motion {id: $motionId})
// OPTIONAL: a motion whose case cites nothing still has its row, with no paths
OPTIONAL CALL (m) {
  MATCH (m)<-[pc:PART_OF_CASE]-(d:Document)-[mk:MAKES]->(c:Claim)-[sb:SUPPORTED_BY]->(f:Finding)
  ${oneHop('f', '(e:Evaluation)-[rp:REPORTS]->(f)', 'rp', 'e')}
  ${oneHop('e', '(e)-[ev:EVALUATES]->(pr:Project)', 'ev', 'pr')}
  ${oneHop('pr', '(pr)-[rb:RUN_BY]->(o:Organization)', 'rb', 'o')}
  RETURN [m, d, c, f, e, pr, o] AS ns, [pc, mk, sb, rp, ev, rb] AS rs
  UNION
  MATCH (m)<-[pc:PART_OF_CASE]-(d:Document)-[mk:MAKES]->(c:Claim)-[ab:ABOUT]->(pr:Project)
  WHERE NOT EXISTS { (c)-[:SUPPORTED_BY]->() }
  RETURN [m, d, c, pr] AS ns, [pc, mk, ab] AS rs
  UNION
  MATCH (m)<-[pc:PART_OF_CASE]-(d:Document)-[ci:CITES]->(e:Evaluation)
  ${oneHop('e', '(e)-[ev:EVALUATES]->(pr:Project)', 'ev', 'pr')}
  ${oneHop('pr', '(pr)-[rb:RUN_BY]->(o:Organization)', 'rb', 'o')}
  RETURN [m, d, e, pr, o] AS ns, [pc, ci, ev, rb] AS rs
}
WITH m, collect(CASE WHEN ns IS NULL THEN null ELSE {nodes: [n IN ns | ${NODE}], hops: [r IN rs | ${HOP}]} END) AS paths
RETURN m{.*, fingerprint: null} AS motion, paths[..500] AS paths`;

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
