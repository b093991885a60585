/**
 * "Which motions cite which evaluations": one row per (citing document, evaluation, motion of the document's
 * case), with the citing words and the findings of that evaluation the document cites, in one query.
 *
 * One query per anchor: a filter on a motion, an evaluation or a party starts the match there, so a lookup costs
 * what its answer costs. A single query with `$x IS NULL OR …` filters cannot use them to start from, and would
 * walk every citation in the graph for each lookup (40 000 at 30 000 documents, ten times that at ten times).
 * Every variant applies every filter it does not imply, so they differ in speed only.
 */
import { DOCUMENT_PROPERTIES, type DocumentProperty, documentProjection } from '../documents/document-properties.repo.js';
import { onePassPagedQuery, pagedQuery } from '../graph/paged-query.js';
import { builtOnce, propertiesKey } from '../graph/query-texts.js';
import { EVIDENCE_PROPERTIES, type EvidenceReads, evidenceEntry } from '../graphql/evidence-properties.repo.js';
import { PARTY_CITATION_COUNT } from './party-citations.repo.js';

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
  // Only with a further filter (municipality, project); a party alone is read from its own rows (below).
  partyWalk: `MATCH (:Party {abbreviation: $partyAbbreviation})<-[:MEMBER_OF]-(person:Person)
  WITH DISTINCT person
  MATCH (person)<-[:AUTHORED_BY]-(m:Motion)
  WITH DISTINCT m
  MATCH (m)<-[pc:PART_OF_CASE]-(d:Document)-[c:CITES]->(e:Evaluation)`,
};

/**
 * The citations filter over a citing document `d`, an evaluation `e` and the motion `m` of d's case: shared by
 * the API's list and the export of the subgraph behind it, so both show the same citations.
 */
/** Shared with the citation matrix (matrix.repo.ts), whose party filter is the same. */
export const PARTY_CLAUSE = `($partyAbbreviation IS NULL OR EXISTS { (m)-[:AUTHORED_BY]->(:Person)-[:MEMBER_OF]->(:Party {abbreviation: $partyAbbreviation}) })`;
const OTHER_CLAUSES = `($motionId IS NULL OR m.id = $motionId)
  AND ($evaluationId IS NULL OR e.id = $evaluationId)
  AND ($municipalityId IS NULL OR d.municipalityId = $municipalityId OR m.municipalityId = $municipalityId)
  AND ($projectId IS NULL OR EXISTS { (e)-[:EVALUATES]->(:Project {id: $projectId}) })`;
export const CITATION_FILTER = `${OTHER_CLAUSES}
  AND ${PARTY_CLAUSE}`;

/**
 * What a page sends of each citation besides its ids, motion and evaluation: the properties of the citing document
 * and of the citing words the request reads, and the findings the document cites only when asked for (null: not
 * asked, not sent). Sent whole, a party's page of 20 was 50 kB at M for a request that shows 9 kB of it: each
 * document with all its properties, each citation's findings with their evidence, asked for or not.
 */
export interface CitationReads {
  document: ReadonlySet<DocumentProperty> | 'all';
  evidence: EvidenceReads;
  /** null: the findings are not asked for; else what is read of each finding's evidence */
  findings: { evidence: EvidenceReads } | null;
}

const projection = (reads: CitationReads) => `{
    key: key,
    role: pc.role,
    motionId: m.id,
    documentId: d.id,
    evaluationId: e.id,
    // the nodes themselves (as the node loaders give them, the document with what is asked of it): a page is one
    // query, not one plus a lookup per kind of node it shows
    motion: m{.*, fingerprint: null},
    document: ${documentProjection(reads.document)},
    evaluation: e{.*, fingerprint: null}${evidenceEntry('c', reads.evidence)}${
      reads.findings === null
        ? ''
        : `,
    findings: COLLECT {
      // EXISTS stops at the first of the finding's (per-document) REPORTS edges; a pattern would walk them all
      MATCH (d)-[cf:CITES]->(f:Finding) WHERE EXISTS { (f)<-[:REPORTS]-(e) }
      WITH DISTINCT f, cf ORDER BY cf.start
      RETURN f{.*${evidenceEntry('cf', reads.findings.evidence)}}
    }`
    }
  }`;

/**
 * The party walk reads only motions its members authored, so the party clause would hold for every row: it is
 * left out there, where checking it cost a walk over each motion's authors and their (per-document) memberships.
 */
const filterOf = (anchor: WalkAnchor) => (anchor === 'partyWalk' ? OTHER_CLAUSES : CITATION_FILTER);

const walkedPage = (anchor: WalkAnchor, reads: CitationReads) =>
  anchor === 'none'
    ? pagedQuery({ match: `${ANCHORS[anchor]}\n  ${ROW}`, where: filterOf(anchor), key: 'key', projection: projection(reads) })
    : onePassPagedQuery({ match: `${ANCHORS[anchor]}\n  ${ROW}`, where: filterOf(anchor), key: 'key', vars: ['key', 'd', 'c', 'e', 'pc', 'm'], projection: projection(reads) });

/**
 * A party's citations and nothing more, from its rows (party-citations.repo.ts): the count is the party's kept
 * count and the page the next $limit keys of its rows, in index order (ORDER BY both indexed properties, or
 * Neo4j sorts the whole range); each row then finds its two facts by their ids.
 */
const partyPage = (reads: CitationReads) => `WITH ${PARTY_CITATION_COUNT} AS total
CALL {
  MATCH (r:PartyCitation) WHERE r.party = $partyAbbreviation AND r.key > coalesce($after, '')
  WITH r ORDER BY r.party, r.key LIMIT $limit
  MATCH (d:Document {id: r.documentId})-[c:CITES {factId: r.citesFactId}]->(e:Evaluation {id: r.evaluationId})
  MATCH (d)-[pc:PART_OF_CASE {factId: r.caseFactId}]->(m:Motion {id: r.motionId})
  WITH r.key AS key, d, c, e, pc, m ORDER BY key
  RETURN collect(${projection(reads)}) AS page
}
RETURN total, page`;

type WalkAnchor = keyof typeof ANCHORS;
export type CitationAnchor = WalkAnchor | 'party';

/** The page statement of an anchor, sending what `reads` asks: one text per combination, built once. */
export const citationsPageQuery = (anchor: CitationAnchor, reads: CitationReads) =>
  builtOnce(
    [
      'citations',
      anchor,
      propertiesKey(DOCUMENT_PROPERTIES, reads.document),
      propertiesKey(EVIDENCE_PROPERTIES, reads.evidence),
      reads.findings === null ? 'no-findings' : propertiesKey(EVIDENCE_PROPERTIES, reads.findings.evidence),
    ].join(' '),
    () => (anchor === 'party' ? partyPage(reads) : walkedPage(anchor, reads)),
  );

/** The most selective filter given picks the anchor. */
export function citationAnchor(f: {
  motionId: string | null;
  evaluationId: string | null;
  partyAbbreviation: string | null;
  municipalityId: string | null;
  projectId: string | null;
}): CitationAnchor {
  if (f.motionId) return 'motion';
  if (f.evaluationId) return 'evaluation';
  if (f.partyAbbreviation) return f.municipalityId || f.projectId ? 'partyWalk' : 'party';
  return 'none';
}
