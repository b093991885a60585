/**
 * Named Cypher the benchmark needs besides the product's own queries: choosing arguments for the headline
 * queries from the generated graph, and describing the graph. Arguments are chosen so the ANSWER has about the
 * same size at every scale (an evaluation cited ~50 times, a motion with two citing documents), so growth from
 * S to M shows what the graph's size costs.
 */
import { IS_FACT_NODE } from '../../src/citations/party-citations.repo.js';

/** A motion whose case cites at least two evaluations, with authors: the "motion by id" of the benchmark. */
export const PICK_MOTION = `MATCH (m:Motion)<-[:PART_OF_CASE]-(d:Document)-[:CITES]->(:Evaluation)
WHERE EXISTS { (m)-[:AUTHORED_BY]->(:Person) }
WITH m, count(*) AS citations WHERE citations >= 2 AND citations <= 4
RETURN m.id AS id ORDER BY id LIMIT 1`;

/** A motion whose case holds a claim resting on a finding: its evidence chain has every hop. */
export const PICK_CHAIN_MOTION = `MATCH (m:Motion)<-[:PART_OF_CASE]-(:Document)-[:MAKES]->(:Claim)-[:SUPPORTED_BY]->(:Finding)
RETURN m.id AS id ORDER BY id LIMIT 1`;

/** The evaluation whose number of citing documents is closest to $target. */
export const PICK_EVALUATION = `MATCH (e:Evaluation)
WITH e, COUNT { (e)<-[:CITES]-(:Document) } AS citations
RETURN e.id AS id, e.title AS title, [(e)-[:EVALUATES]->(p:Project) | p.name][0] AS project, citations
ORDER BY abs(citations - $target), id LIMIT 1`;

/** How many documents and motions a database holds (an external benchmark database holding some is used as is). */
export const CORPUS_SIZE = `CALL { MATCH (n:Document) RETURN count(n) AS documents }
CALL { MATCH (n:Motion) RETURN count(n) AS motions }
RETURN documents, motions`;

export const GRAPH_COUNTS = `CALL { MATCH (n:Motion) RETURN count(n) AS motions }
CALL { MATCH (n:Document) RETURN count(n) AS documents }
CALL { MATCH (n:Evaluation) RETURN count(n) AS evaluations }
CALL { MATCH (n:Finding) RETURN count(n) AS findings }
CALL { MATCH (:Document)-[r:CITES]->(:Evaluation) RETURN count(r) AS citations }
CALL { MATCH (n:Party) RETURN count(n) AS parties }
// facts only, as the corpus's own counts (derived rows are as many again as the motions and documents)
CALL { MATCH (n) WHERE ${IS_FACT_NODE} RETURN count(n) AS nodes }
CALL { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN motions, documents, evaluations, findings, citations, parties, nodes, relationships`;

/** Every document-evidenced relationship whose quote is not its span of the document's raw text (want: none). */
export const BROKEN_QUOTES = `MATCH (d:Document)-[r]->()
WHERE r.documentId = d.id AND (r.quote IS NULL OR substring(d.rawText, toInteger(r.start), toInteger(r.end - r.start)) <> r.quote)
RETURN count(r) AS broken`;

/** Evidence on relationships that do not start at their document (AUTHORED_BY, REPORTS …), checked the same way. */
export const BROKEN_FOREIGN_QUOTES = `MATCH (a)-[r]->() WHERE r.documentId IS NOT NULL AND NOT a:Document
MATCH (d:Document {id: r.documentId})
WITH r, d WHERE substring(d.rawText, toInteger(r.start), toInteger(r.end - r.start)) <> r.quote
RETURN count(r) AS broken`;

export const EVIDENCE_COUNT = `MATCH ()-[r]->() WHERE r.documentId IS NOT NULL RETURN count(r) AS evidenced`;

/**
 * Reads every node's and relationship's properties once, so the measured cells see the page cache of a server
 * that has been up for a while, whichever query is measured first (at S this takes 3–6 s).
 */
export const WARM_NODES = `MATCH (n) RETURN count(properties(n)) AS touched`;
export const WARM_RELATIONSHIPS = `MATCH ()-[r]->() RETURN count(properties(r)) AS touched`;

/** Transactions still running in Neo4j other than this one: requests a closed measuring window left behind. */
export const LEFTOVER_TRANSACTIONS = `SHOW TRANSACTIONS YIELD transactionId, currentQuery
WHERE NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS' AND NOT currentQuery STARTS WITH 'TERMINATE TRANSACTIONS'
RETURN collect(transactionId) AS ids`;

export const TERMINATE_TRANSACTIONS = `TERMINATE TRANSACTIONS $ids`;
