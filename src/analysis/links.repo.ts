/** Named queries for linking a cited evaluation to its curated record. */

/** The findings the documents cite as this evaluation's, and every curated evaluation's findings. */
export const LINK_CANDIDATES = `MATCH (e:Evaluation {id: $evaluationId})
WITH e, [(e)-[:REPORTS]->(f:Finding) | f{.id, .text, .polarity}] AS cited
CALL (e) {
  MATCH (c:Evaluation)-[:PUBLISHED_BY]->(:Organization)
  WHERE c <> e
  WITH DISTINCT c
  RETURN collect({
    evaluation: c{.*},
    findings: [(c)-[:REPORTS]->(g:Finding) | g{.id, .text, .polarity}],
    linked: EXISTS { (e)-[:SAME_AS]->(c) }
  }) AS candidates
}
RETURN e.id AS id, cited, candidates`;

export const EVALUATION_EXISTS = `UNWIND $ids AS id OPTIONAL MATCH (e:Evaluation {id: id}) RETURN id, e IS NOT NULL AS exists`;

/** SAME_AS is a curator's fact: CURATED, with who, when, the score they saw and what it rests on. */
export const LINK_EVALUATION = `MATCH (e:Evaluation {id: $evaluationId})
MATCH (c:Evaluation {id: $curatedEvaluationId})
MERGE (e)-[r:SAME_AS {key: 'curated'}]->(c)
SET r.status = 'CURATED', r.curator = $curator, r.reviewedAt = $at, r.score = $score,
    r.source = $source, r.factId = $factId
RETURN e{.*} AS evaluation, c{.*} AS curatedEvaluation`;
