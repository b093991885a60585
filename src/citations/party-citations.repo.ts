/**
 * A party's citations, kept as rows of their own (:PartyCitation) with a count per party, and — rebuilt by the
 * same statements, for the same motions — a party's motions (:PartyMotion, below, for party positions); and a
 * person's parties (:PersonParty, below, for finding coverage and the matrix's party rows).
 *
 * The citations are kept so that "the citations of KD" is an index range and not a walk. Walking it means every
 * member of the party, their motions, their cases' documents and every citation of those (30,782 for one party
 * at scale M: ~200 ms to count, whatever the page size), because the list is ordered by key and counted whole.
 *
 * One row per (party, citation, case link): a citing document `d`, the evaluation `e` it cites (CITES `c`), the
 * motion `m` of d's case (PART_OF_CASE `pc`), and a party one of m's authors is a member of — the same rows, and
 * as many, as the citations list's party filter walks (citations.repo.ts, PARTY_CLAUSE). Rows hold ids and the
 * fact ids of `c` and `pc`, never a copy of what they say; a page reads the facts themselves. They also hold what
 * the citation matrix groups and filters by — d's date, d's and m's municipality, e's publishers — so the matrix
 * of one party needs no fact per citation, nor per evaluation (matrix.repo.ts).
 *
 * What decides a motion's rows — its case's citations, its authors, their parties, its documents' dates and
 * municipalities, its own municipality — only grows or changes through a load, so the loader rebuilds the rows of
 * every motion a load may have changed, in the load's own transaction (write-plan.ts). An evaluation's publishers
 * also change when a curator links it to a curated record: its rows get them again in the link's transaction
 * (REFRESH_PUBLISHERS_OF_ROWS), as they do in a load that states a publisher. Everything else (a restore, an
 * upgrade) rebuilds them all.
 */
import { MOTION_DATE } from '../positions/positions.repo.js';

/** Labels of derived data: not facts, without provenance of their own, left out of backups. */
export const DERIVED_LABELS = ['PartyCitation', 'PartyCitationCount', 'PartyMotion', 'PersonParty', 'DerivedData'] as const;
/** A node `n` of the graph of facts: none of DERIVED_LABELS. */
export const IS_FACT_NODE = DERIVED_LABELS.map((label) => `NOT n:${label}`).join(' AND ');
/** A derived row `old`: one of DERIVED_LABELS but the version marker. */
const IS_DERIVED_ROW = DERIVED_LABELS.filter((label) => label !== 'DerivedData')
  .map((label) => `old:${label}`)
  .join(' OR ');

/**
 * From evaluation `e` to a publisher of it, as the matrix's publisher columns count them: its own, and those of the
 * curated record a curator linked it to (SAME_AS), whatever a curator said of either fact.
 */
export const PUBLISHED_BY_OF_EVALUATION = `(e)-[:SAME_AS*0..1]->(:Evaluation)-[:PUBLISHED_BY]->`;
/** Their ids, in order: the matrix groups a party's rows by this list, so one set of publishers is one list. */
const PUBLISHER_IDS_OF_EVALUATION = `COLLECT {
    MATCH ${PUBLISHED_BY_OF_EVALUATION}(publisher:Organization)
    WITH DISTINCT publisher.id AS id ORDER BY id
    RETURN id
  }`;

/** The rows of motion `m`, created. */
const CREATE_ROWS_OF_MOTION = `MATCH (m)-[:AUTHORED_BY]->(:Person)-[:MEMBER_OF]->(party:Party)
  WITH DISTINCT m, party
  MATCH (m)<-[pc:PART_OF_CASE]-(d:Document)-[c:CITES]->(e:Evaluation)
  CREATE (:PartyCitation {party: party.abbreviation, key: d.id + '|' + e.id + '|' + m.id, date: d.date,
    motionId: m.id, documentId: d.id, evaluationId: e.id, citesFactId: c.factId, caseFactId: pc.factId,
    documentMunicipalityId: d.municipalityId, motionMunicipalityId: m.municipalityId,
    publisherIds: ${PUBLISHER_IDS_OF_EVALUATION}})`;

/**
 * A party's motions, kept the same way for party positions (positions.repo.ts): one row per (party, motion) where
 * an author of the motion whose authorship no curator rejected is a member of the party — as positions walk it —
 * with the motion's date (its first dated case document's; none when no case document is dated). What decides
 * them is what decides a motion's citation rows, plus a curator's review of an authorship (review.resolvers.ts).
 */
const CREATE_PARTY_MOTIONS_OF_MOTION = `MATCH (m)-[auth:AUTHORED_BY]->(:Person)-[:MEMBER_OF]->(party:Party)
  WHERE coalesce(auth.status, '') <> 'REJECTED'
  WITH DISTINCT m, party
  CREATE (:PartyMotion {partyId: party.id, motionId: m.id, date: ${MOTION_DATE}})`;

/**
 * A person's parties, one row per (person, party) that a MEMBER_OF fact states, so that the parties of a finding's
 * citing authors (finding coverage, impact.repo.ts) and of a motion (the matrix's party rows, matrix.repo.ts) are an
 * index lookup per author instead of every membership fact: a membership is a fact per document that states it
 * (about 27 per author at scale M, 10,142 of the coverage statement's 27,611 db hits). As the walk did, a membership
 * counts whatever a curator said of it. Memberships come only from a load and no fact is deleted but by a restore
 * (which rebuilds every row), so a load only adds rows: those of the memberships its plan states, merged in
 * (person, party) order so that two loads lock them in one order. $memberships: [{person, party}] (ids).
 */
export const KEEP_PERSON_PARTIES = `UNWIND $memberships AS pair
WITH pair ORDER BY pair.person, pair.party
MERGE (:PersonParty {personId: pair.person, partyId: pair.party})`;

/**
 * From the authors `person` in scope (one row per authorship fact): each author once, then each of their parties
 * once, as `party`, read from the kept rows above.
 */
export const KEPT_PARTIES_OF_AUTHORS = `WITH DISTINCT person
  MATCH (kept:PersonParty {personId: person.id})
  WITH DISTINCT kept.partyId AS partyId
  MATCH (party:Party {id: partyId})`;

/**
 * People a load states a party membership of that the graph does not have yet: every motion they authored may
 * gain rows. Run before the load's writes, in its transaction. A person the graph does not have yet is not
 * returned; their motions are the load's own, which it names anyway. $memberships: [{person, party}] (ids).
 */
export const PEOPLE_WITH_NEW_PARTIES = `UNWIND $memberships AS pair
MATCH (person:Person {id: pair.person})
WHERE NOT EXISTS { (person)-[:MEMBER_OF]->(:Party {id: pair.party}) }
RETURN DISTINCT person.id AS id`;

/**
 * Rebuilds the rows of every motion a load may have changed: the motions of its documents' cases, the motions it
 * states authors of, and every motion of a person who gained a party. $documentIds, $motionIds, $personIds.
 * Each party's count of rows (:PartyCitationCount) moves by what its rows gained and lost: counting a party's
 * rows is a scan of its index range (30,782 entries for one party at scale M: 16 ms), reading its count is not.
 */
export const REFRESH_PARTY_CITATIONS = `CALL {
  UNWIND $documentIds AS id MATCH (:Document {id: id})-[:PART_OF_CASE]->(m:Motion) RETURN m
  UNION
  UNWIND $motionIds AS id MATCH (m:Motion {id: id}) RETURN m
  UNION
  UNWIND $personIds AS id MATCH (:Person {id: id})<-[:AUTHORED_BY]-(m:Motion) RETURN m
}
// Two loads refreshing one motion take turns: the first holds the motion's write lock (a write of the value it
// has, which changes nothing) until it commits, so the second reads the rows the first left, not the ones it deleted.
SET m.id = m.id
WITH m
CALL (m) {
  MATCH (old:PartyCitation {motionId: m.id})
  WITH old, old.party AS party
  DELETE old
  RETURN collect(party) AS removed
}
CALL (m) {
  ${CREATE_ROWS_OF_MOTION}
}
CALL (m) {
  MATCH (old:PartyMotion {motionId: m.id})
  DELETE old
}
CALL (m) {
  ${CREATE_PARTY_MOTIONS_OF_MOTION}
}
WITH m, removed, COLLECT { MATCH (new:PartyCitation {motionId: m.id}) RETURN new.party } AS added
WITH count(m) AS motions, collect(removed) AS removed, collect(added) AS added
// in party order, so that two loads changing the same parties' counts lock them in the same order and never
// wait for each other in a circle
CALL (removed, added) {
  UNWIND [lost IN removed | [party IN lost | {party: party, change: -1}]] + [gained IN added | [party IN gained | {party: party, change: 1}]] AS changes
  UNWIND changes AS c
  WITH c.party AS party, sum(c.change) AS change WHERE change <> 0
  ORDER BY party
  MERGE (n:PartyCitationCount {party: party}) ON CREATE SET n.count = 0
  SET n.count = n.count + change
}
RETURN motions`;

/**
 * Sets the publishers again on the rows of every evaluation that takes them from one a write may have given
 * another publisher (a PUBLISHED_BY or SAME_AS fact from it): that evaluation itself, and those a curator linked to
 * it. Each motion's rows are reached through its citing documents and locked as REFRESH_PARTY_CITATIONS locks
 * them, in motion order, so that a load rebuilding a motion's rows does not delete one under this. $evaluationIds.
 */
export const REFRESH_PUBLISHERS_OF_ROWS = `UNWIND $evaluationIds AS id
MATCH (e:Evaluation)-[:SAME_AS*0..1]->(:Evaluation {id: id})
WITH DISTINCT e
WITH e, ${PUBLISHER_IDS_OF_EVALUATION} AS publisherIds
MATCH (e)<-[:CITES]-(:Document)-[:PART_OF_CASE]->(m:Motion)
WITH DISTINCT m, e, publisherIds
ORDER BY m.id
SET m.id = m.id
WITH m, e, publisherIds
MATCH (r:PartyCitation {motionId: m.id}) WHERE r.evaluationId = e.id
SET r.publisherIds = publisherIds
RETURN count(r) AS rows`;

/** How many rows a party has: 0 when it has none, or was never counted. */
export const PARTY_CITATION_COUNT = `coalesce(head(COLLECT { MATCH (n:PartyCitationCount {party: $partyAbbreviation}) RETURN n.count }), 0)`;

/** Which derived data a database holds, up to date (schema/neo4j/004-derived.cypher). */
export const DERIVED_DATA_VERSION = `OPTIONAL MATCH (n:DerivedData {name: $name}) RETURN n.version AS version`;
export const SET_DERIVED_DATA_VERSION = `MERGE (n:DerivedData {name: $name}) SET n.version = $version`;
export const FORGET_DERIVED_DATA = `MATCH (n:DerivedData {name: $name}) DELETE n`;

/** Rebuilding them all, in batches: run in auto-commit (CALL … IN TRANSACTIONS), deletion first, counting last. */
export const DELETE_ALL_PARTY_CITATIONS = `MATCH (old) WHERE ${IS_DERIVED_ROW}
CALL (old) { DELETE old } IN TRANSACTIONS OF 10000 ROWS`;
export const CREATE_ALL_PARTY_CITATIONS = `MATCH (m:Motion)
CALL (m) {
  CALL (m) {
    ${CREATE_ROWS_OF_MOTION}
  }
  CALL (m) {
    ${CREATE_PARTY_MOTIONS_OF_MOTION}
  }
} IN TRANSACTIONS OF 1000 ROWS`;
export const CREATE_ALL_PERSON_PARTIES = `MATCH (person:Person)
CALL (person) {
  MATCH (person)-[:MEMBER_OF]->(party:Party)
  WITH DISTINCT party
  CREATE (:PersonParty {personId: person.id, partyId: party.id})
} IN TRANSACTIONS OF 1000 ROWS`;
export const COUNT_ALL_PARTY_CITATIONS = `MATCH (r:PartyCitation)
WITH r.party AS party, count(*) AS rows
CREATE (:PartyCitationCount {party: party, count: rows})`;
