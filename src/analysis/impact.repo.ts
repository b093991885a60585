/** Named queries: what an evaluation's citations led to, and how its findings are covered. */
import { KEPT_PARTIES_OF_AUTHORS } from '../citations/party-citations.repo.js';
import { DOCUMENT_PROPERTIES, type DocumentProperty, documentProjection } from '../documents/document-properties.repo.js';
import { builtOnce, propertiesKey, subsetKey } from '../graph/query-texts.js';
import { EVIDENCE_PROPERTIES, type EvidenceProperty, type EvidenceReads, evidenceEntry, evidenceProjection } from '../graphql/evidence-properties.repo.js';
import { PARTY_PROPERTIES, type PartyProperty, partyProjection } from '../motions/party-properties.repo.js';

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

/**
 * What of each proposal in a citing document's case is read only when the request asks for it: the proposing
 * document and the proposal's words were most of the answer (90 of 204 kB for an evaluation cited 50 times at M,
 * 8–11 ms of a 30 ms statement) and the outcome, bodies and finality are what a timeline of impact shows.
 */
export const OUTCOME_PARTS = ['document', 'evidence'] as const;
export type OutcomePart = (typeof OUTCOME_PARTS)[number];

const OUTCOME_PART_FIELDS: Record<OutcomePart, string> = {
  document: `, document: other{.*, rawText: null, text: null, fingerprint: null}`,
  evidence: `, evidence: proposal`,
};

/**
 * The evidence properties a request reads of a citing document's citations, of each finding it cites and of each
 * case it is part of; null: not asked, not sent. Whole, they were about two thirds of the statement's answer (104 kB
 * for the benchmark's evaluation at M), for requests that show a quote or none.
 */
export interface ImpactEvidence {
  citation: EvidenceReads;
  finding: EvidenceReads;
  case: EvidenceReads;
}

const evaluationImpact = (parts: ReadonlySet<OutcomePart>, documentProperties: ReadonlySet<DocumentProperty> | 'all', evidence: ImpactEvidence) => `${CITING_DOCUMENTS}
// the evaluations' findings once: asking per cited finding whether one of them reports it walked every
// (per-document) REPORTS edge of each finding a document cites from other evaluations
WITH e, evaluations, documents, COLLECT { UNWIND evaluations AS ev MATCH (ev)-[:REPORTS]->(f:Finding) RETURN DISTINCT f } AS reported
// Counted over every citing document; listed, only the first $documentsPerPage and $motionsPerPage: the most cited
// evaluations have tens of thousands of citing documents at M, and answered whole they ran to minutes and megabytes.
WITH e, evaluations, reported, documents,
  COLLECT {
    UNWIND documents AS x
    WITH CASE WHEN x.date =~ '[0-9]{4}.*' THEN toInteger(left(x.date, 4)) END AS year, count(*) AS count
    RETURN {year: year, count: count}
  } AS timeline,
  COLLECT { UNWIND documents AS x WITH DISTINCT x.municipalityId AS id WHERE id IS NOT NULL RETURN id } AS municipalityIds,
  COLLECT { UNWIND documents AS x MATCH (x)-[:PART_OF_CASE]->(m:Motion) RETURN DISTINCT m } AS allMotions
WITH e, evaluations, reported, documents, timeline, municipalityIds, size(allMotions) AS motionCount,
  COLLECT { UNWIND allMotions AS m WITH m ORDER BY m.id LIMIT $motionsPerPage RETURN m{.*, fingerprint: null} } AS motions
CALL (documents) {
  UNWIND documents AS d
  WITH d ORDER BY d.date, d.id LIMIT $documentsPerPage
  RETURN collect(d) AS page
}
WITH e, evaluations, reported, size(documents) AS documentCount, timeline, municipalityIds, motionCount, motions, page
UNWIND (CASE WHEN size(page) = 0 THEN [null] ELSE page END) AS d
WITH e, evaluations, reported, documentCount, timeline, municipalityIds, motionCount, motions, d ORDER BY d.date, d.id
RETURN e{.*, fingerprint: null} AS evaluation, documentCount, timeline, municipalityIds, motionCount, motions,
[x IN collect(CASE WHEN d IS NULL THEN null ELSE {
  document: ${documentProjection(documentProperties)},${
    evidence.citation === null ? '' : `\n  evidence: COLLECT { UNWIND evaluations AS ev MATCH (d)-[c:CITES]->(ev) RETURN ${evidenceProjection('c', evidence.citation)} },`
  }
  findings: COLLECT {
    MATCH (d)-[c:CITES]->(f:Finding) WHERE f IN reported
    WITH DISTINCT f, c ORDER BY c.start
    RETURN f{.*, fingerprint: null${evidenceEntry('c', evidence.finding)}}
  },
  cases: COLLECT { MATCH (d)-[pc:PART_OF_CASE]->(m:Motion) RETURN {role: pc.role, motion: m{.*, fingerprint: null}${evidenceEntry('pc', evidence.case)}} },
  outcomes: COLLECT {
    MATCH (d)-[:PART_OF_CASE]->(m:Motion)<-[p:PROPOSES]-(other:Document)
    // each proposal once, whatever is read of it (a document in two motions of one case meets it twice)
    WITH DISTINCT other, properties(p) AS proposal
    RETURN {outcome: proposal.outcome, fromBodyId: proposal.fromBodyId, toBodyId: proposal.toBodyId,
      final: other.kind IN ['protocol', 'decision']${OUTCOME_PARTS.filter((part) => parts.has(part)).map((part) => OUTCOME_PART_FIELDS[part]).join('')}}
  }
} END) WHERE x IS NOT NULL] AS documents`;

/**
 * The impact statement reading the given parts of each proposal, properties of each citing document and evidence:
 * one text per combination, built once.
 */
export const evaluationImpactQuery = (parts: ReadonlySet<OutcomePart>, documentProperties: ReadonlySet<DocumentProperty> | 'all', evidence: ImpactEvidence) =>
  builtOnce(
    [
      'impact',
      subsetKey(OUTCOME_PARTS, parts),
      propertiesKey(DOCUMENT_PROPERTIES, documentProperties),
      ...[evidence.citation, evidence.finding, evidence.case].map((e) => propertiesKey(EVIDENCE_PROPERTIES, e)),
    ].join(' '),
    () => evaluationImpact(parts, documentProperties, evidence),
  );

/** What a coverage request reads of each citation: properties of its document, of its evidence and of its parties. */
export interface CoverageReads {
  document: ReadonlySet<DocumentProperty> | 'all';
  evidence: ReadonlySet<EvidenceProperty> | 'all';
  party: ReadonlySet<PartyProperty> | 'all';
}

const findingCoverage = (reads: CoverageReads) => `MATCH (e:Evaluation {id: $evaluationId})
OPTIONAL MATCH (e)<-[:SAME_AS]-(alias:Evaluation)
WITH e, [e] + collect(alias) AS evaluations
CALL (evaluations) {
  UNWIND evaluations AS ev
  MATCH (ev)-[:REPORTS]->(f:Finding)
  WITH DISTINCT f
  RETURN collect(f{.*, fingerprint: null,
    citationCount: COUNT { (:Document)-[:CITES]->(f) },
    // the earliest $citationsPerFinding: the most cited findings are cited tens of thousands of times at M
    citedBy: COLLECT {
      MATCH (d:Document)-[c:CITES]->(f)
      WITH d, c ORDER BY d.date, d.id, c.start LIMIT $citationsPerFinding
      RETURN {
        document: ${documentProjection(reads.document)},
        evidence: ${evidenceProjection('c', reads.evidence)},
        // the parties themselves, not ids for a loader to fetch in a second round trip
        parties: COLLECT {
          MATCH (d)-[:PART_OF_CASE]->(:Motion)-[:AUTHORED_BY]->(person:Person)
          ${KEPT_PARTIES_OF_AUTHORS}
          WITH party ORDER BY party.abbreviation
          RETURN ${partyProjection(reads.party)}
        }
      }
    }
  }) AS findings
}
RETURN e{.*, fingerprint: null} AS evaluation, findings`;

/** The coverage statement sending these properties of each citation's document, evidence and parties: one text per combination, built once. */
export const findingCoverageQuery = (reads: CoverageReads) =>
  builtOnce(
    ['coverage', propertiesKey(DOCUMENT_PROPERTIES, reads.document), propertiesKey(EVIDENCE_PROPERTIES, reads.evidence), propertiesKey(PARTY_PROPERTIES, reads.party)].join(' '),
    () => findingCoverage(reads),
  );
