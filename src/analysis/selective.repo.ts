/**
 * Selective citation: a document cites findings of an evaluation, all of them positive, while the evaluation
 * (as any document or the curated record states it) also reports a risk or a negative finding the document
 * leaves out. Evaluations linked by a curator (SAME_AS) count as one.
 */
import { pagedQuery } from '../graph/paged-query.js';

/** The analysis filter on the citing document `d`: its municipality, and the party of its case's authors. */
const CITING_DOCUMENT_FILTER = `($municipalityId IS NULL OR d.municipalityId = $municipalityId)
  AND ($partyAbbreviation IS NULL OR EXISTS { (d)-[:PART_OF_CASE]->(:Motion)-[:AUTHORED_BY]->(:Person)-[:MEMBER_OF]->(:Party {abbreviation: $partyAbbreviation}) })`;

export const SELECTIVE_CITATIONS = pagedQuery({
  match: `MATCH (d:Document)-[:CITES]->(f:Finding)<-[:REPORTS]-(ev:Evaluation)
  OPTIONAL MATCH (ev)-[:SAME_AS]->(curated:Evaluation)
  WITH d, coalesce(curated, ev) AS e, collect(DISTINCT f) AS cited
  WITH d, e, cited,
    COLLECT {
      MATCH (e)<-[:SAME_AS*0..1]-(:Evaluation)-[:REPORTS]->(g:Finding)
      WHERE g.polarity IN ['risk', 'negative'] AND NOT g IN cited
      RETURN DISTINCT g
    } AS omitted
  WITH d, e, cited, omitted, d.id + '|' + e.id AS key
 `,
  where: `all(f IN cited WHERE f.polarity = 'positive') AND size(omitted) > 0
  AND ($evaluationId IS NULL OR e.id = $evaluationId)
  AND ${CITING_DOCUMENT_FILTER}`,
  key: 'key',
  projection: `{
    key: key,
    document: d{.*, rawText: null, text: null},
    evaluation: e{.*},
    citedFindings: [f IN cited | f{.*, evidence: head(COLLECT { MATCH (d)-[c:CITES]->(f) RETURN properties(c) })}],
    omittedFindings: [g IN omitted | g{.*}]
  }`,
});

/**
 * What a document says (ATTRIBUTES {toId}) against what is known (PUBLISHED_BY on the evaluation, or on the
 * curated record a curator linked it to with SAME_AS).
 */
export const ATTRIBUTION_MISMATCHES = pagedQuery({
  match: `MATCH (d:Document)-[a:ATTRIBUTES]->(e:Evaluation)
  MATCH (e)-[:SAME_AS*0..1]->(curated:Evaluation)-[p:PUBLISHED_BY]->(publisher:Organization)
  MATCH (attributed:Organization {id: a.toId})
  WITH d, a, e, curated, p, publisher, attributed, d.id + '|' + e.id + '|' + publisher.id AS key
 `,
  where: `a.toId <> publisher.id
  AND NOT EXISTS { (attributed)-[:PART_OF*1..3]->(publisher) }
  AND ($evaluationId IS NULL OR e.id = $evaluationId OR curated.id = $evaluationId)
  AND ${CITING_DOCUMENT_FILTER}`,
  key: 'key',
  projection: `{
    key: key,
    document: d{.*, rawText: null, text: null},
    evaluation: e{.*},
    curatedEvaluation: curated{.*},
    attributedTo: attributed{.*},
    attributionEvidence: properties(a),
    publishedBy: publisher{.*},
    publisherSourceId: p.sourceId,
    publisherSource: p.source,
    publisherCurator: p.curator
  }`,
});
