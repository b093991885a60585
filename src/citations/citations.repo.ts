/**
 * "Which motions cite which evaluations": one row per (citing document, evaluation, motion of the document's
 * case), with the citing words and the findings of that evaluation the document cites, in one query.
 *
 * One query per anchor: a filter on a motion, an evaluation or a party starts the match there, so a lookup costs
 * what its answer costs. A single query with `$x IS NULL OR …` filters cannot use them to start from, and would
 * walk every citation in the graph for each lookup (40 000 at 30 000 documents, ten times that at ten times).
 * Every variant still applies every filter, so they differ in speed only.
 */
import { pagedQuery } from '../graph/paged-query.js';

const ROW = `WITH DISTINCT d, c, e, pc, m
  WITH d, c, e, pc, m, d.id + '|' + e.id + '|' + coalesce(m.id, '') AS key
 `;

const ANCHORS = {
  none: `MATCH (d:Document)-[c:CITES]->(e:Evaluation)
  OPTIONAL MATCH (d)-[pc:PART_OF_CASE]->(m:Motion)`,
  motion: `MATCH (m:Motion {id: $motionId})<-[pc:PART_OF_CASE]-(d:Document)-[c:CITES]->(e:Evaluation)`,
  evaluation: `MATCH (d:Document)-[c:CITES]->(e:Evaluation {id: $evaluationId})
  OPTIONAL MATCH (d)-[pc:PART_OF_CASE]->(m:Motion)`,
  // MEMBER_OF and AUTHORED_BY come once per document that states them: each person and motion once, before the
  // case's documents and citations are walked (else every citation is walked once per statement of authorship).
  party: `MATCH (:Party {abbreviation: $partyAbbreviation})<-[:MEMBER_OF]-(person:Person)
  WITH DISTINCT person
  MATCH (person)<-[:AUTHORED_BY]-(m:Motion)
  WITH DISTINCT m
  MATCH (m)<-[pc:PART_OF_CASE]-(d:Document)-[c:CITES]->(e:Evaluation)`,
};
export type CitationAnchor = keyof typeof ANCHORS;

/**
 * The citations filter over a citing document `d`, an evaluation `e` and the motion `m` of d's case: shared by
 * the API's list and the export of the subgraph behind it, so both show the same citations.
 */
export const CITATION_FILTER = `($motionId IS NULL OR m.id = $motionId)
  AND ($evaluationId IS NULL OR e.id = $evaluationId)
  AND ($municipalityId IS NULL OR d.municipalityId = $municipalityId OR m.municipalityId = $municipalityId)
  AND ($projectId IS NULL OR EXISTS { (e)-[:EVALUATES]->(:Project {id: $projectId}) })
  AND ($partyAbbreviation IS NULL OR EXISTS { (m)-[:AUTHORED_BY]->(:Person)-[:MEMBER_OF]->(:Party {abbreviation: $partyAbbreviation}) })`;

const PROJECTION = `{
    key: key,
    role: pc.role,
    motionId: m.id,
    documentId: d.id,
    evaluationId: e.id,
    evidence: properties(c),
    findings: COLLECT {
      // EXISTS stops at the first of the finding's (per-document) REPORTS edges; a pattern would walk them all
      MATCH (d)-[cf:CITES]->(f:Finding) WHERE EXISTS { (f)<-[:REPORTS]-(e) }
      WITH DISTINCT f, cf ORDER BY cf.start
      RETURN f{.*, evidence: properties(cf)}
    }
  }`;

export const CITATIONS_PAGE = Object.fromEntries(
  Object.entries(ANCHORS).map(([anchor, match]) => [anchor, pagedQuery({ match: `${match}\n  ${ROW}`, where: CITATION_FILTER, key: 'key', projection: PROJECTION })]),
) as Record<CitationAnchor, string>;

/** The most selective filter given picks the anchor. */
export function citationAnchor(f: { motionId: string | null; evaluationId: string | null; partyAbbreviation: string | null }): CitationAnchor {
  return f.motionId ? 'motion' : f.evaluationId ? 'evaluation' : f.partyAbbreviation ? 'party' : 'none';
}
