/** Named queries: what an evaluation's citations led to, and how its findings are covered. */

/** Documents that cite the evaluation itself or any finding it reports (through a curator's SAME_AS link too). */
const CITING_DOCUMENTS = `MATCH (e:Evaluation {id: $evaluationId})
OPTIONAL MATCH (e)<-[:SAME_AS]-(alias:Evaluation)
WITH e, [e] + collect(alias) AS evaluations
CALL (evaluations) {
  UNWIND evaluations AS ev
  MATCH (d:Document)-[:CITES]->(ev)
  RETURN d
  UNION
  UNWIND evaluations AS ev
  // REPORTS comes once per asserting document: each finding once first, or every pair of citing documents meets
  MATCH (ev)-[:REPORTS]->(f:Finding)
  WITH DISTINCT f
  MATCH (d:Document)-[:CITES]->(f)
  RETURN d
}
WITH e, evaluations, collect(DISTINCT d) AS documents`;

export const EVALUATION_IMPACT = `${CITING_DOCUMENTS}
// the evaluations' findings once: asking per cited finding whether one of them reports it walked every
// (per-document) REPORTS edge of each finding a document cites from other evaluations
WITH e, evaluations, documents, COLLECT { UNWIND evaluations AS ev MATCH (ev)-[:REPORTS]->(f:Finding) RETURN DISTINCT f } AS reported
UNWIND (CASE WHEN size(documents) = 0 THEN [null] ELSE documents END) AS d
WITH e, evaluations, reported, d ORDER BY d.date, d.id
RETURN e{.*} AS evaluation, [x IN collect(CASE WHEN d IS NULL THEN null ELSE {
  document: d{.*, rawText: null, text: null},
  evidence: COLLECT { UNWIND evaluations AS ev MATCH (d)-[c:CITES]->(ev) RETURN properties(c) },
  findings: COLLECT {
    MATCH (d)-[c:CITES]->(f:Finding) WHERE f IN reported
    WITH DISTINCT f, c ORDER BY c.start
    RETURN f{.*, evidence: properties(c)}
  },
  cases: COLLECT { MATCH (d)-[pc:PART_OF_CASE]->(m:Motion) RETURN {role: pc.role, motion: m{.*}, evidence: properties(pc)} },
  outcomes: COLLECT {
    MATCH (d)-[:PART_OF_CASE]->(m:Motion)<-[p:PROPOSES]-(other:Document)
    RETURN DISTINCT {outcome: p.outcome, fromBodyId: p.fromBodyId, toBodyId: p.toBodyId, document: other{.*, rawText: null, text: null},
      evidence: properties(p), final: other.kind IN ['protocol', 'decision']}
  }
} END) WHERE x IS NOT NULL] AS documents`;

export const FINDING_COVERAGE = `MATCH (e:Evaluation {id: $evaluationId})
OPTIONAL MATCH (e)<-[:SAME_AS]-(alias:Evaluation)
WITH e, [e] + collect(alias) AS evaluations
CALL (evaluations) {
  UNWIND evaluations AS ev
  MATCH (ev)-[:REPORTS]->(f:Finding)
  WITH DISTINCT f
  RETURN collect(f{.*,
    citedBy: COLLECT {
      MATCH (d:Document)-[c:CITES]->(f)
      RETURN {
        document: d{.*, rawText: null, text: null},
        evidence: properties(c),
        // each author once before their memberships: AUTHORED_BY and MEMBER_OF both come once per stating document;
        // the parties themselves, not ids for a loader to fetch in a second round trip
        parties: COLLECT {
          MATCH (d)-[:PART_OF_CASE]->(:Motion)-[:AUTHORED_BY]->(person:Person)
          WITH DISTINCT person
          MATCH (person)-[:MEMBER_OF]->(p:Party)
          WITH DISTINCT p ORDER BY p.abbreviation
          RETURN p{.*, fingerprint: null}
        }
      }
    }
  }) AS findings
}
RETURN e{.*} AS evaluation, findings`;
