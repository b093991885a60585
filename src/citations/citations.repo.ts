/**
 * "Which motions cite which evaluations": one row per (citing document, evaluation, motion of the document's
 * case), with the citing words and the findings of that evaluation the document cites, in one query.
 */
import { pagedQuery } from '../graph/paged-query.js';

/**
 * The citations filter over a citing document `d`, an evaluation `e` and the motion `m` of d's case: shared by
 * the API's list and the export of the subgraph behind it, so both show the same citations.
 */
export const CITATION_FILTER = `($motionId IS NULL OR m.id = $motionId)
  AND ($evaluationId IS NULL OR e.id = $evaluationId)
  AND ($municipalityId IS NULL OR d.municipalityId = $municipalityId OR m.municipalityId = $municipalityId)
  AND ($projectId IS NULL OR EXISTS { (e)-[:EVALUATES]->(:Project {id: $projectId}) })
  AND ($partyAbbreviation IS NULL OR EXISTS { (m)-[:AUTHORED_BY]->(:Person)-[:MEMBER_OF]->(:Party {abbreviation: $partyAbbreviation}) })`;

export const CITATIONS_PAGE = pagedQuery({
  match: `MATCH (d:Document)-[c:CITES]->(e:Evaluation)
  OPTIONAL MATCH (d)-[pc:PART_OF_CASE]->(m:Motion)
  WITH d, c, e, pc, m, d.id + '|' + e.id + '|' + coalesce(m.id, '') AS key
 `,
  where: CITATION_FILTER,
  key: 'key',
  projection: `{
    key: key,
    role: pc.role,
    motionId: m.id,
    documentId: d.id,
    evaluationId: e.id,
    evidence: properties(c),
    findings: COLLECT {
      MATCH (d)-[cf:CITES]->(f:Finding)<-[:REPORTS]-(e)
      WITH DISTINCT f, cf ORDER BY cf.start
      RETURN f{.*, evidence: properties(cf)}
    }
  }`,
});
