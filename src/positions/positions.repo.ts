/**
 * Named queries for party positions. Both root fields are one query each, built on one shared part: for a bound
 * `party`, one item per (motion its members authored, project or topic that motion's case is about), with the
 * claims its stance rests on and, when asked for, the authors, documents, citations and outcomes the answer
 * shows. Stance itself is decided in positions.ts, so the rule lives in one readable place.
 */
import { builtOnce, subsetKey } from '../graph/query-texts.js';
import type { NodeRow } from '../graph/nodes.repo.js';

type Rel = Record<string, unknown>;

/** A motion `m`'s date: its first dated case document's (null when none is dated). The kept rows hold it too. */
export const MOTION_DATE = `head(COLLECT {
    MATCH (d:Document)-[:PART_OF_CASE]->(m) WHERE d.date IS NOT NULL
    RETURN d.date AS value ORDER BY value LIMIT 1
  })`;

/** A document in a nested list: its texts are fetched only when asked for (Document.rawText). */
const DOC = (v: string) => `${v}{.*, rawText: null, text: null, fingerprint: null}`;

/**
 * Where a party's motions are read from, and their dates. `party`: every motion its members authored, then the
 * date filter — the cost of the party's whole history; a motion's date is computed (MOTION_DATE). `kept`: the
 * party's dated motions in the range, from the rows the loader keeps (:PartyMotion, party-citations.repo.ts: the
 * same motions, with the same date) — the cost of the range; for a request without undated motions, which the
 * rows' date index does not hold. Both give the same motions once the date filter below has run. (Before the
 * rows, a range started from the documents dated in it and read the party's whole membership as a set: 115,000
 * of the 170,000 db hits of a month of one party at scale M.)
 */
const PARTY_MOTIONS = `MATCH (party)<-[:MEMBER_OF]-(person:Person)
  WITH DISTINCT person
  // a fact a curator rejected backs nothing
  MATCH (person)<-[auth:AUTHORED_BY]-(m:Motion) WHERE coalesce(auth.status, '') <> 'REJECTED'`;
const KEPT_MOTIONS = `MATCH (kept:PartyMotion) WHERE kept.partyId = party.id AND kept.date >= $from AND kept.date <= $to
  MATCH (m:Motion {id: kept.motionId})`;
/** Where a query starts (above): the party's whole membership, or its kept motions of the range. */
export type PositionStart = 'party' | 'kept';
const AUTHORS = `collect({person: person{.*}, evidence: properties(auth)}) AS authors`;

/**
 * A kept motion's authors from the party, for the request that shows them. (Which motions are the party's the
 * row already says: it is rebuilt in the transaction of every load and review that could change it.)
 */
const KEPT_AUTHORS = `MATCH (m)-[auth:AUTHORED_BY]->(person:Person) WHERE coalesce(auth.status, '') <> 'REJECTED'
  AND EXISTS { (person)-[:MEMBER_OF]->(party) }`;
/** Only motions whose case is about the subject asked for, if one is. */
const ABOUT_SUBJECT = `($subjectId IS NULL OR EXISTS { (m)<-[:PART_OF_CASE]-(:Document)-[:MENTIONS|HAS_TOPIC]->({id: $subjectId}) })`;

/**
 * The party's motions (`m`) with their date (`motionDate`) and, when asked for, their authors from it, in the
 * order the text names them.
 */
function motionsOf(start: PositionStart, withAuthors: boolean): string {
  if (start === 'party')
    return `${PARTY_MOTIONS}
  AND ${ABOUT_SUBJECT}
  ${withAuthors ? `WITH m, person, auth ORDER BY auth.documentId, auth.start\n  WITH m, ${AUTHORS}` : 'WITH DISTINCT m'}
  WITH ${withAuthors ? 'm, authors' : 'm'}, ${MOTION_DATE} AS motionDate`;
  return withAuthors
    ? `${KEPT_MOTIONS}
  ${KEPT_AUTHORS}
  AND ${ABOUT_SUBJECT}
  WITH m, kept, person, auth ORDER BY auth.documentId, auth.start
  WITH m, kept.date AS motionDate, ${AUTHORS}`
    : `${KEPT_MOTIONS}
  WHERE ${ABOUT_SUBJECT}
  WITH m, kept.date AS motionDate`;
}

/**
 * What a position's motion can carry beyond its stance. Each part is read only when the request selects it
 * (PositionMotion's field of the same name): the citations alone, with their findings, are most of the cost of a
 * party's positions, and a request for the stances and motion ids need not pay for them.
 */
export const POSITION_PARTS = ['authors', 'subjectEvidence', 'documents', 'claims', 'citations', 'outcomes'] as const;
export type PositionPart = (typeof POSITION_PARTS)[number];

const DOCUMENTS = `COLLECT {
      MATCH (d:Document)-[pc:PART_OF_CASE]->(m)
      WITH d, pc ORDER BY d.date, d.id
      RETURN {document: ${DOC('d')}, role: pc.role, evidence: properties(pc)}
    } AS documents`;

const OUTCOMES = `COLLECT {
      MATCH (d:Document)-[pr:PROPOSES]->(m)
      WITH d, pr ORDER BY d.date, d.id, pr.start
      RETURN {outcome: pr.outcome, decided: pr.toBody IS NOT NULL AND d.body = pr.toBody,
        proposedByName: pr.fromBody, decidedByName: pr.toBody,
        proposedBy: head(COLLECT { MATCH (o:Organization {id: pr.fromBodyId}) RETURN o{.*} }),
        decidedBy: head(COLLECT { MATCH (o:Organization {id: pr.toBodyId}) RETURN o{.*} }),
        document: ${DOC('d')}, evidence: properties(pr)}
    } AS outcomes`;

/**
 * What the motion is about: projects its case documents name, topics they carry — each document's relationships
 * walked once for both (a document's MENTIONS and HAS_TOPIC share one chain on disk: two patterns walked it twice).
 * One entry per subject, with its first mention in each document when `subjectEvidence` is asked for.
 */
const subjects = (withEvidence: boolean) => `CALL (m) {
    MATCH (d:Document)-[:PART_OF_CASE]->(m)
    MATCH (d)-[r:MENTIONS|HAS_TOPIC]->(s)
    WHERE CASE type(r) WHEN 'MENTIONS' THEN s:Project AND r.property IS NULL ELSE s:Topic END
      AND coalesce(r.status, '') <> 'REJECTED'
      AND ($subjectId IS NULL OR s.id = $subjectId)
    WITH s, CASE type(r) WHEN 'MENTIONS' THEN 'PROJECT' ELSE 'TOPIC' END AS kind, d, r
    ${
      withEvidence
        ? `// one piece of evidence per document: its first mention
    WITH s, kind, d, r ORDER BY r.start
    WITH s, kind, d, head(collect(properties(r))) AS mention
    WITH s, kind, collect(mention) AS subjectEvidence
    RETURN collect({s: s, kind: kind, subjectEvidence: subjectEvidence}) AS subjects`
        : `WITH DISTINCT s, kind
    RETURN collect({s: s, kind: kind}) AS subjects`
    }
  }`;

/**
 * The claims made in the motion's case, read once per motion (not once per subject: a motion is about three or
 * four), each with the subjects it is about, so an item keeps those about its own subject. What the stance needs
 * always; the claim's document and role only when `claims` is selected.
 */
const caseClaims = (shown: boolean) => `COLLECT {
      MATCH (d:Document)-[pc:PART_OF_CASE]->(m)
      MATCH (d)-[mk:MAKES]->(c:Claim)${shown ? '\n      WITH d, pc, mk, c ORDER BY d.id, mk.start' : ''}
      RETURN {about: COLLECT { MATCH (c)-[:ABOUT]->(about) RETURN DISTINCT about }, claim: {${
        shown
          ? `claim: c{.*}, document: ${DOC('d')}, role: pc.role, evidence: properties(mk)`
          : 'claim: c{.stance, .kind}, evidence: {status: mk.status}'
      },
        speaksForMotion: pc.role = 'motion'
          OR EXISTS { (d)-[pr:PROPOSES]->(m) WHERE pr.outcome IN ['approved', 'partially-approved'] }}}
    }`;

const CITATIONS = `COLLECT {
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
    }`;

/**
 * One entry per motion, each motion's properties once (a motion is about three or four subjects, and its
 * properties were most of a large answer when each item carried them): the motion, its date, the per-motion parts
 * asked for, and `about` — one entry per subject with its claims and the per-subject parts asked for. A motion
 * about nothing (or not about the subject asked for) has no entry. positions.ts makes one item of each.
 */
const positionMotions = (start: PositionStart, parts: ReadonlySet<PositionPart>) => {
  const motionParts = (['authors', 'documents', 'outcomes'] as const).filter((p) => parts.has(p));
  const withAuthors = parts.has('authors') ? 'm, authors' : 'm';
  const caseParts = [...(parts.has('documents') ? [DOCUMENTS] : []), ...(parts.has('outcomes') ? [OUTCOMES] : [])];
  const about = [
    'subject: s{.*, kind: kind}',
    ...(parts.has('subjectEvidence') ? ['subjectEvidence: subject.subjectEvidence'] : []),
    'claims: [c IN caseClaims WHERE s IN c.about | c.claim]',
    ...(parts.has('citations') ? [`citations: ${CITATIONS}`] : []),
  ];
  const motion = ['motion: m{.*}, date: motionDate', ...motionParts.map((p) => `${p}: ${p}`), 'about: about'];
  return `CALL (party) {
  ${motionsOf(start, parts.has('authors'))}
  WHERE CASE WHEN motionDate IS NULL THEN $includeUndated ELSE motionDate >= $from AND motionDate <= $to END
  ${subjects(parts.has('subjectEvidence'))}
  WITH ${[withAuthors, 'motionDate', 'subjects', ...caseParts, `${caseClaims(parts.has('claims'))} AS caseClaims`].join(',\n    ')}
  WHERE size(subjects) > 0
  CALL (m, subjects, caseClaims) {
    UNWIND subjects AS subject
    WITH subject, subject.s AS s, subject.kind AS kind
    RETURN collect({
      ${about.join(',\n      ')}
    }) AS about
  }
  RETURN collect({${motion.join(', ')}}) AS motions
}`;
};

/** The parts as a key: one query text per start and set of parts, built once. */
const partsKey = (parts: ReadonlySet<PositionPart>) => subsetKey(POSITION_PARTS, parts);

/** One party (by its canonical abbreviation) and its motions; no row when the graph has no such party. */
export const partyPositionsQuery = (start: PositionStart, parts: ReadonlySet<PositionPart>) =>
  builtOnce(`positions party ${start} ${partsKey(parts)}`, () => `MATCH (party:Party {abbreviation: $abbreviation})
${positionMotions(start, parts)}
RETURN party{.*} AS party, motions`);

/** Every party with motions on one project or topic; `subject` is null when no node has the id. */
export const comparePositionsQuery = (parts: ReadonlySet<PositionPart>) =>
  builtOnce(`positions compare ${partsKey(parts)}`, () => `OPTIONAL MATCH (project:Project {id: $subjectId})
OPTIONAL MATCH (topic:Topic {id: $subjectId})
WITH coalesce(project, topic) AS subject
OPTIONAL MATCH (party:Party) WHERE subject IS NOT NULL
${positionMotions('party', parts)}
WITH subject, party, motions ORDER BY party.abbreviation
RETURN subject{.*} AS subject, [p IN collect({party: party{.*}, motions: motions}) WHERE size(p.motions) > 0] AS parties`);

/**
 * One motion of the query, with one entry per subject it is about. Only the parts the request asked for are
 * there (see POSITION_PARTS); `claims` always is, since the stance rests on it, but carries its document and role
 * only when `claims` was asked for.
 */
export interface PositionMotionRow {
  motion: NodeRow;
  date: string | null;
  authors?: Array<{ person: NodeRow; evidence: Rel }>;
  documents?: Array<{ document: NodeRow; role: string; evidence: Rel }>;
  outcomes?: Array<{
    outcome: string;
    decided: boolean;
    proposedByName: string | null;
    decidedByName: string | null;
    proposedBy: NodeRow | null;
    decidedBy: NodeRow | null;
    document: NodeRow;
    evidence: Rel;
  }>;
  about: Array<{
    /** A project or a topic, with its properties. */
    subject: NodeRow & { kind: 'PROJECT' | 'TOPIC'; name: string };
    claims: Array<{ claim: NodeRow; document?: NodeRow; role?: string; evidence: Rel; speaksForMotion: boolean }>;
    subjectEvidence?: Rel[];
    citations?: Array<{ evaluation: NodeRow; document: NodeRow; role: string; evidence: Rel; findings: NodeRow[] }>;
  }>;
}

/** One (motion, subject) of the answer: a motion without its `about`, with one of its entries (positions.ts). */
export type PositionItemRow = Omit<PositionMotionRow, 'about'> & PositionMotionRow['about'][number];

export interface PartyPositionsRow {
  party: NodeRow;
  motions: PositionMotionRow[];
}

export interface ComparePositionsRow {
  subject: NodeRow | null;
  parties: PartyPositionsRow[];
}
