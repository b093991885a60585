/** Named queries for evaluation and project lists. */

const EVALUATION_FILTER = `($projectId IS NULL OR EXISTS { (e)-[:EVALUATES]->(:Project {id: $projectId}) })
  AND ($publisherId IS NULL OR EXISTS { (e)-[:PUBLISHED_BY]->(:Organization {id: $publisherId}) })
  AND ($attributedToId IS NULL OR EXISTS { (e)<-[:ATTRIBUTES {toId: $attributedToId}]-(:Document) })`;

export const EVALUATIONS_PAGE = `CALL {
  MATCH (e:Evaluation) WHERE ${EVALUATION_FILTER}
  RETURN count(e) AS total
}
CALL {
  MATCH (e:Evaluation) WHERE ${EVALUATION_FILTER} AND ($after IS NULL OR e.id > $after)
  WITH e ORDER BY e.id LIMIT $limit
  RETURN collect(e{.*}) AS page
}
RETURN total, page`;

export const PROJECTS_PAGE = `CALL {
  MATCH (p:Project) RETURN count(p) AS total
}
CALL {
  MATCH (p:Project) WHERE $after IS NULL OR p.id > $after
  WITH p ORDER BY p.id LIMIT $limit
  RETURN collect(p{.*}) AS page
}
RETURN total, page`;
