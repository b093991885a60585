/**
 * Named queries for party positions. Both root fields are one query each, built on one shared part: for a bound
 * `party`, one item per (motion its members authored, project or topic that motion's case is about), with the
 * evidence, claims, citations and outcomes the stance and the answer rest on. Stance itself is decided in
 * positions.ts, so the rule lives in one readable place.
 */
import type { NodeRow } from '../graph/nodes.repo.js';

type Rel = Record<string, unknown>;

/** A document in a nested list: its texts are fetched only when asked for (Document.rawText). */
const DOC = (v: string) => `${v}{.*, rawText: null, text: null, fingerprint: null}`;

/**
 * Where a party's motions are read from. `party`: every motion its members authored, then the date filter — the
 * cost of the party's whole history. `dated`: the case documents dated in the range (document_date index), their
 * motions, then the party's authors among them — the cost of the range, for a short range without undated
 * motions. A motion's date is its first dated case document, so a motion dated in the range has a case document
 * there: both starts give the same motions once the date filter below has run.
 */
const MOTIONS_OF = {
  party: `MATCH (party)<-[:MEMBER_OF]-(person:Person)
  WITH DISTINCT person
  // a fact a curator rejected backs nothing
  MATCH (person)<-[auth:AUTHORED_BY]-(m:Motion) WHERE coalesce(auth.status, '') <> 'REJECTED'`,
  dated: `MATCH (dated:Document) WHERE dated.date >= $from AND dated.date <= $to
  MATCH (dated)-[:PART_OF_CASE]->(m:Motion)
  WITH DISTINCT m
  MATCH (m)-[auth:AUTHORED_BY]->(person:Person) WHERE coalesce(auth.status, '') <> 'REJECTED'
  AND EXISTS { (person)-[:MEMBER_OF]->(party) }`,
};
export type PositionStart = keyof typeof MOTIONS_OF;

const positionItems = (start: PositionStart) => `CALL (party) {
  ${MOTIONS_OF[start]}
  AND ($subjectId IS NULL OR EXISTS { (m)<-[:PART_OF_CASE]-(:Document)-[:MENTIONS|HAS_TOPIC]->({id: $subjectId}) })
  // authors in the order the text names them
  WITH m, person, auth ORDER BY auth.documentId, auth.start
  WITH m, collect({person: person{.*}, evidence: properties(auth)}) AS authors
  WITH m, authors, head(COLLECT {
    MATCH (d:Document)-[:PART_OF_CASE]->(m) WHERE d.date IS NOT NULL
    RETURN d.date AS value ORDER BY value LIMIT 1
  }) AS motionDate
  WHERE CASE WHEN motionDate IS NULL THEN $includeUndated ELSE motionDate >= $from AND motionDate <= $to END
  WITH m, authors, motionDate,
    COLLECT {
      MATCH (d:Document)-[pc:PART_OF_CASE]->(m)
      WITH d, pc ORDER BY d.date, d.id
      RETURN {document: ${DOC('d')}, role: pc.role, evidence: properties(pc)}
    } AS documents,
    COLLECT {
      MATCH (d:Document)-[pr:PROPOSES]->(m)
      WITH d, pr ORDER BY d.date, d.id, pr.start
      RETURN {outcome: pr.outcome, decided: pr.toBody IS NOT NULL AND d.body = pr.toBody,
        proposedByName: pr.fromBody, decidedByName: pr.toBody,
        proposedBy: head(COLLECT { MATCH (o:Organization {id: pr.fromBodyId}) RETURN o{.*} }),
        decidedBy: head(COLLECT { MATCH (o:Organization {id: pr.toBodyId}) RETURN o{.*} }),
        document: ${DOC('d')}, evidence: properties(pr)}
    } AS outcomes
  // what the motion is about: projects its case documents name, topics they carry
  CALL (m) {
    MATCH (d:Document)-[:PART_OF_CASE]->(m)
    MATCH (d)-[r:MENTIONS]->(s:Project) WHERE r.property IS NULL AND coalesce(r.status, '') <> 'REJECTED'
    RETURN s, 'PROJECT' AS kind, d, r
    UNION
    MATCH (d:Document)-[:PART_OF_CASE]->(m)
    MATCH (d)-[r:HAS_TOPIC]->(s:Topic) WHERE coalesce(r.status, '') <> 'REJECTED'
    RETURN s, 'TOPIC' AS kind, d, r
  }
  WITH m, authors, motionDate, documents, outcomes, s, kind, d, r
  WHERE $subjectId IS NULL OR s.id = $subjectId
  // one piece of evidence per document: its first mention
  WITH m, authors, motionDate, documents, outcomes, s, kind, d, r ORDER BY r.start
  WITH m, authors, motionDate, documents, outcomes, s, kind, d, head(collect(properties(r))) AS mention
  WITH m, authors, motionDate, documents, outcomes, s, kind, collect(mention) AS subjectEvidence
  RETURN collect({
    motion: m{.*}, date: motionDate, authors: authors, documents: documents, outcomes: outcomes,
    subject: s{.*, kind: kind}, subjectEvidence: subjectEvidence,
    claims: COLLECT {
      MATCH (d:Document)-[pc:PART_OF_CASE]->(m)
      // ABOUT as a check, not a pattern: with (s) bound the planner starts there and walks every claim about it
      MATCH (d)-[mk:MAKES]->(c:Claim) WHERE EXISTS { (c)-[:ABOUT]->(s) }
      WITH DISTINCT d, pc, mk, c ORDER BY d.id, mk.start
      RETURN {claim: c{.*}, document: ${DOC('d')}, role: pc.role, evidence: properties(mk),
        speaksForMotion: pc.role = 'motion'
          OR EXISTS { (d)-[pr:PROPOSES]->(m) WHERE pr.outcome IN ['approved', 'partially-approved'] }}
    },
    citations: COLLECT {
      MATCH (d:Document)-[pc:PART_OF_CASE]->(m)
      MATCH (d)-[ci:CITES]->(e:Evaluation)
      WHERE kind = 'TOPIC' OR EXISTS { (e)-[:EVALUATES]->(s) }
      WITH DISTINCT d, pc, ci, e ORDER BY d.id, ci.start
      RETURN {evaluation: e{.*}, document: ${DOC('d')}, role: pc.role, evidence: properties(ci),
        findings: COLLECT {
          // EXISTS stops at the first of the finding's (per-document) REPORTS edges; a pattern would walk them all
          MATCH (d)-[cf:CITES]->(f:Finding) WHERE EXISTS { (f)<-[:REPORTS]-(e) }
          WITH DISTINCT f, cf ORDER BY cf.start
          RETURN f{.*, evidence: properties(cf)}
        }}
    }
  }) AS items
}`;

/** One party (by its canonical abbreviation) and its items; no row when the graph has no such party. */
const partyPositions = (start: PositionStart) => `MATCH (party:Party {abbreviation: $abbreviation})
${positionItems(start)}
RETURN party{.*} AS party, items`;
export const PARTY_POSITIONS: Record<PositionStart, string> = { party: partyPositions('party'), dated: partyPositions('dated') };

/** Every party with items on one project or topic; `subject` is null when no node has the id. */
export const COMPARE_POSITIONS = `OPTIONAL MATCH (project:Project {id: $subjectId})
OPTIONAL MATCH (topic:Topic {id: $subjectId})
WITH coalesce(project, topic) AS subject
OPTIONAL MATCH (party:Party) WHERE subject IS NOT NULL
${positionItems('party')}
WITH subject, party, items ORDER BY party.abbreviation
RETURN subject{.*} AS subject, [p IN collect({party: party{.*}, items: items}) WHERE size(p.items) > 0] AS parties`;

export interface PositionItemRow {
  motion: NodeRow;
  date: string | null;
  authors: Array<{ person: NodeRow; evidence: Rel }>;
  documents: Array<{ document: NodeRow; role: string; evidence: Rel }>;
  outcomes: Array<{
    outcome: string;
    decided: boolean;
    proposedByName: string | null;
    decidedByName: string | null;
    proposedBy: NodeRow | null;
    decidedBy: NodeRow | null;
    document: NodeRow;
    evidence: Rel;
  }>;
  subject: NodeRow & { kind: 'PROJECT' | 'TOPIC'; name: string };
  subjectEvidence: Rel[];
  claims: Array<{ claim: NodeRow; document: NodeRow; role: string; evidence: Rel; speaksForMotion: boolean }>;
  citations: Array<{ evaluation: NodeRow; document: NodeRow; role: string; evidence: Rel; findings: NodeRow[] }>;
}

export interface PartyPositionsRow {
  party: NodeRow;
  items: PositionItemRow[];
}

export interface ComparePositionsRow {
  subject: NodeRow | null;
  parties: PartyPositionsRow[];
}
