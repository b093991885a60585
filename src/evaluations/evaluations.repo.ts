/** Named queries for evaluation and project lists. */
import { pagedQuery } from '../graph/paged-query.js';

export const EVALUATIONS_PAGE = pagedQuery({
  match: 'MATCH (e:Evaluation)',
  where: `($projectId IS NULL OR EXISTS { (e)-[:EVALUATES]->(:Project {id: $projectId}) })
  AND ($publisherId IS NULL OR EXISTS { (e)-[:PUBLISHED_BY]->(:Organization {id: $publisherId}) })
  AND ($attributedToId IS NULL OR EXISTS { (e)<-[:ATTRIBUTES {toId: $attributedToId}]-(:Document) })`,
  key: 'e.id',
  projection: 'e{.*}',
});

export const PROJECTS_PAGE = pagedQuery({ match: 'MATCH (p:Project)', where: 'true', key: 'p.id', projection: 'p{.*}' });
