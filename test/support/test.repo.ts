/** Named Cypher the tests use to inspect the graph. */
import { IS_FACT_NODE } from '../../src/citations/party-citations.repo.js';

export const RESET_GRAPH = 'MATCH (n) DETACH DELETE n';
/**
 * The graph of facts: derived rows (src/citations/party-citations.repo.ts, DERIVED_LABELS) are not part of it, as
 * API keys are not; a test of what a load, a backup or an export holds counts the facts.
 */
const FACT_NODE = IS_FACT_NODE;
export const COUNT_GRAPH = `CALL { MATCH (n) WHERE ${FACT_NODE} RETURN count(n) AS nodes }
CALL { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN nodes, relationships`;
export const COUNT_BY_LABEL = `MATCH (n) WHERE ${FACT_NODE} UNWIND labels(n) AS label RETURN label, count(*) AS count ORDER BY label`;
/** Every relationship that claims a span of a document, with that document's raw text. */
export const ALL_DOCUMENT_EVIDENCE = `MATCH ()-[r]->() WHERE r.documentId IS NOT NULL
MATCH (d:Document {id: r.documentId})
RETURN type(r) AS type, r.start AS start, r.end AS end, r.quote AS quote, r.status AS status, r.extractor AS extractor, d.rawText AS rawText`;
export const RELATIONSHIPS_WITHOUT_PROVENANCE = `MATCH (a)-[r]->(b)
WHERE r.documentId IS NULL AND NOT (r.status = 'CURATED' AND r.source IS NOT NULL)
RETURN type(r) AS type, a.id AS from, b.id AS to`;
export const NODES_WITHOUT_PROVENANCE = `MATCH (n) WHERE NOT n:Document AND NOT n:Source AND ${FACT_NODE}
AND NOT EXISTS { (:Document)-[:MENTIONS]->(n) }
AND NOT EXISTS { (n)-[r]-() WHERE r.status = 'CURATED' }
RETURN labels(n)[0] AS label, n.id AS id`;
export const SHOW_CONSTRAINTS = 'SHOW CONSTRAINTS YIELD name, labelsOrTypes, properties RETURN name, labelsOrTypes, properties';
export const SHOW_INDEXES = 'SHOW INDEXES YIELD name, type, state, labelsOrTypes, properties, options RETURN name, type, state, labelsOrTypes, properties, options';
export const ORGANIZATION_NAMES = 'MATCH (o:Organization) RETURN o.name AS name ORDER BY name';
export const ATTRIBUTION_AND_PUBLISHER = `MATCH (e:Evaluation {id: $evaluationId})
OPTIONAL MATCH (:Document)-[a:ATTRIBUTES]->(e)
OPTIONAL MATCH (e)-[p:PUBLISHED_BY]->(o:Organization)
RETURN collect(DISTINCT a.toId) AS attributed, collect(DISTINCT o.id) AS publisher,
       collect(DISTINCT p.status) AS publisherStatus, collect(DISTINCT p.source) AS source`;
/** The whole graph as plain rows, for comparing two loads of the same facts. */
export const DUMP_NODES = `MATCH (n) WHERE ${FACT_NODE} RETURN labels(n)[0] AS label, n.id AS id, properties(n) AS props ORDER BY label, id`;
export const DUMP_RELATIONSHIPS = `MATCH (a)-[r]->(b)
RETURN type(r) AS type, a.id AS from, b.id AS to, r.key AS key, properties(r) AS props
ORDER BY type, from, to, key`;
export const DOCUMENT_COUNT = 'MATCH (d:Document) RETURN count(d) AS count';
export const INJECT_CONSTRAINT_VIOLATION = "CREATE (:Party {id: 'party/SD-duplicate', abbreviation: 'SD'})";

/* The analysis fixture (test/integration/analysis-fixture.test.ts): what each document states, and what the fixture yields. */
export const FIXTURE_DOCUMENT_FACTS = `MATCH (d:Document {id: $documentId})
OPTIONAL MATCH (d)-[:PART_OF_CASE]->(m:Motion)
OPTIONAL MATCH (d)-[o:PROPOSES]->(m)
RETURN d.kind AS kind, d.municipalityId AS municipality, d.url AS url, m.title AS motionTitle, o.outcome AS outcome,
  [(m)-[:AUTHORED_BY]->(p:Person) | {name: p.name, party: head([(p)-[:MEMBER_OF]->(y:Party) | y.abbreviation])}] AS authors,
  [(d)-[:MENTIONS]->(j:Project) | j.name] AS projects`;
export const FIXTURE_DOCUMENT_EVALUATIONS = `MATCH (d:Document {id: $documentId})-[:CITES]->(e:Evaluation)
OPTIONAL MATCH (d)-[a:ATTRIBUTES]->(e)
RETURN e.id AS id, a.toId AS attributedTo ORDER BY id`;
export const FIXTURE_DOCUMENT_FINDINGS = `MATCH (d:Document {id: $documentId})-[c:CITES]->(f:Finding)<-[r:REPORTS]-(e:Evaluation)
WHERE r.key = d.id
RETURN f.text AS text, f.polarity AS polarity, e.id AS evaluation ORDER BY c.start`;
export const FIXTURE_EVALUATIONS = `MATCH (e:Evaluation)
RETURN e.id AS id,
  head([(e)-[:PUBLISHED_BY]->(o:Organization) | o.id]) AS publishedBy,
  [(d:Document)-[:CITES]->(e) | d.id] AS citedBy,
  size([(e)-[r:REPORTS]->(:Finding) WHERE r.status = 'CURATED' | r]) AS curatedFindings
ORDER BY id`;
/** A document citing only positive findings of an evaluation that also reports a negative or a risk finding (issue 4). */
export const FIXTURE_SELECTIVE_CITATIONS = `MATCH (d:Document)-[:CITES]->(e:Evaluation)
MATCH (d)-[:CITES]->(f:Finding)<-[:REPORTS]-(e)
WITH d, e, collect(DISTINCT f.polarity) AS cited
WHERE all(p IN cited WHERE p = 'positive')
  AND EXISTS { (e)-[:REPORTS]->(x:Finding) WHERE x.polarity IN $omittedPolarities }
RETURN d.id AS documentId, e.id AS evaluationId ORDER BY documentId, evaluationId`;
export const FIXTURE_ATTRIBUTION_MISMATCHES = `MATCH (d:Document)-[a:ATTRIBUTES]->(e:Evaluation)-[p:PUBLISHED_BY]->(o:Organization)
WHERE a.toId <> o.id
RETURN d.id AS documentId, e.id AS evaluationId, a.toId AS attributedTo, o.id AS publishedBy,
  a.quote AS quote, p.source AS source ORDER BY documentId, evaluationId`;
export const FIXTURE_UNCITED_EVALUATIONS = `MATCH (e:Evaluation)
WHERE NOT EXISTS { (:Document)-[:CITES]->(e) } AND NOT EXISTS { (:Document)-[:CITES]->(:Finding)<-[:REPORTS]-(e) }
RETURN e.id AS id ORDER BY id`;
export const FIXTURE_PARTIES = `MATCH (p:Party)
RETURN p.abbreviation AS abbreviation, EXISTS { (p)<-[:MEMBER_OF]-(:Person)<-[:AUTHORED_BY]-(:Motion) } AS hasMotions
ORDER BY abbreviation`;
export const FIXTURE_PERSON = `MATCH (p:Person {id: $personId})
RETURN COLLECT { MATCH (p)-[:MEMBER_OF]->(y:Party) RETURN DISTINCT y.id } AS parties,
  COLLECT { MATCH (m:Motion)-[:AUTHORED_BY]->(p) RETURN DISTINCT m.id } AS motions,
  [(d:Document)-[:PART_OF_CASE]->(:Motion)-[:AUTHORED_BY]->(p) | d.id] AS documents`;
export const API_KEY_PROPERTIES = 'MATCH (k:ApiKey) RETURN properties(k) AS props';

/* Backup and restore (test/integration/backup.test.ts). */
/** A curator's rejection, written as reviewFact writes it: status, who, when and why, on the fact itself. */
export const BACKUP_REJECT_FACT = `MATCH ()-[r]->() WHERE r.status = 'PROPOSED'
WITH r ORDER BY r.factId LIMIT 1
SET r.status = 'REJECTED', r.reviewedBy = $reviewer, r.reviewedAt = $reviewedAt, r.reviewNote = $note
RETURN r.factId AS factId`;
/**
 * Our loaders write every number as a float; these literals are Cypher integers (one beyond 2^53), beside
 * floats that look like integers, so a round trip must keep each type.
 */
export const BACKUP_SET_TYPED_PROPERTIES = `MATCH (e:Evaluation {id: 'evaluation/igor'})
SET e.pageCount = 412, e.score = 2.0, e.chapterPages = [1, 12, 40], e.weights = [0.5, 1.0], e.huge = 9007199254740993,
  e.negative = -7, e.isCurated = true, e.flags = [true, false], e.noPages = []
WITH e MATCH (:Document)-[r:CITES]->(e)
SET r.ordinal = 3, r.weight = 1.0
RETURN count(r) AS cites`;
/** Every domain node and relationship, with each property's Neo4j type, in a stable order. */
export const BACKUP_TYPED_NODES = `MATCH (n) WHERE NOT n:ApiKey AND ${FACT_NODE}
RETURN labels(n) AS labels, n.id AS id, properties(n) AS props, [k IN keys(n) | k + ': ' + valueType(n[k])] AS types
ORDER BY labels[0], id`;
export const BACKUP_TYPED_RELATIONSHIPS = `MATCH (a)-[r]->(b) WHERE NOT a:ApiKey AND NOT b:ApiKey
RETURN type(r) AS type, a.id AS from, b.id AS to, r.key AS key, properties(r) AS props,
  [k IN keys(r) | k + ': ' + valueType(r[k])] AS types
ORDER BY type, from, to, key`;
export const BACKUP_DOMAIN_NODE_COUNT = `MATCH (n) WHERE NOT n:ApiKey AND ${FACT_NODE} RETURN count(n) AS count`;
/** What a backup must refuse rather than lose: a temporal value (our dates are strings) and a label outside the model. */
export const BACKUP_SET_TEMPORAL = `MATCH (e:Evaluation {id: 'evaluation/igor'}) SET e.publishedOn = date('2023-04-11')`;
export const BACKUP_REMOVE_TEMPORAL = `MATCH (e:Evaluation {id: 'evaluation/igor'}) REMOVE e.publishedOn`;
export const BACKUP_ADD_STRAY = `CREATE (:Stray {id: 'stray/1'})`;
export const BACKUP_REMOVE_STRAY = `MATCH (n:Stray) DELETE n`;
/** A party's citation rows as kept (src/citations/party-citations.repo.ts). */
export const PARTY_CITATION_ROWS = `MATCH (r:PartyCitation)
RETURN r.party AS party, r.key AS key, r.date AS date, r.citesFactId AS citesFactId, r.caseFactId AS caseFactId,
  r.documentMunicipalityId AS documentMunicipalityId, r.motionMunicipalityId AS motionMunicipalityId,
  r.publisherIds AS publisherIds
ORDER BY party, key, citesFactId, caseFactId`;
/**
 * The same rows walked from the facts, written as the question itself (a citation, its document's case motion,
 * a party one of that motion's authors is a member of) rather than as the loader builds them.
 */
export const PARTY_CITATIONS_WALKED = `MATCH (d:Document)-[c:CITES]->(e:Evaluation), (d)-[pc:PART_OF_CASE]->(m:Motion), (party:Party)
WHERE EXISTS { (m)-[:AUTHORED_BY]->(:Person)-[:MEMBER_OF]->(party) }
RETURN party.abbreviation AS party, d.id + '|' + e.id + '|' + m.id AS key, d.date AS date, c.factId AS citesFactId, pc.factId AS caseFactId,
  d.municipalityId AS documentMunicipalityId, m.municipalityId AS motionMunicipalityId,
  // who published e: itself, or the curated record a curator said it is
  COLLECT {
    CALL (e) {
      MATCH (e)-[:PUBLISHED_BY]->(o:Organization) RETURN o.id AS id
      UNION
      MATCH (e)-[:SAME_AS]->(:Evaluation)-[:PUBLISHED_BY]->(o:Organization) RETURN o.id AS id
    }
    RETURN id ORDER BY id
  } AS publisherIds
ORDER BY party, key, citesFactId, caseFactId`;
/** Kept rows of one (party, citation) beyond the first: none, if a party's rows are one per citation. */
export const PARTY_CITATION_ROWS_REPEATED = `MATCH (r:PartyCitation)
WITH r.party AS party, r.key AS key, count(*) AS rows WHERE rows > 1
RETURN party, key, rows`;
/** A document's CITES facts to evaluations, and how many evaluations they reach. */
export const EVALUATION_CITES_OF_DOCUMENT = `MATCH (:Document {id: $documentId})-[c:CITES]->(e:Evaluation)
RETURN count(c) AS cites, count(DISTINCT e) AS evaluations`;
export const FORGET_PARTY_CITATIONS = `MATCH (n) WHERE NOT (${IS_FACT_NODE}) DETACH DELETE n`;
/** A party's kept motions, and the same walked from the facts (a motion's date: the earliest of its case's documents). */
export const PARTY_MOTION_ROWS = `MATCH (r:PartyMotion) RETURN r.partyId AS partyId, r.motionId AS motionId, r.date AS date
ORDER BY partyId, motionId`;
export const PARTY_MOTIONS_WALKED = `MATCH (m:Motion)-[auth:AUTHORED_BY]->(:Person)-[:MEMBER_OF]->(party:Party)
WHERE auth.status IS NULL OR auth.status <> 'REJECTED'
WITH DISTINCT party.id AS partyId, m
OPTIONAL MATCH (d:Document)-[:PART_OF_CASE]->(m)
RETURN partyId, m.id AS motionId, min(d.date) AS date
ORDER BY partyId, motionId`;
/** Each person's kept parties, and the same walked from the membership facts. */
export const PERSON_PARTY_ROWS = `MATCH (r:PersonParty) RETURN r.personId AS personId, r.partyId AS partyId ORDER BY personId, partyId`;
export const PERSON_PARTIES_WALKED = `MATCH (person:Person)-[:MEMBER_OF]->(party:Party)
RETURN DISTINCT person.id AS personId, party.id AS partyId ORDER BY personId, partyId`;
/** Each party's kept count of rows, and the count of its rows, for the parties that have either. */
export const PARTY_CITATION_COUNTS = `CALL {
  MATCH (n:PartyCitationCount) RETURN n.party AS party
  UNION
  MATCH (r:PartyCitation) RETURN r.party AS party
}
RETURN party, COLLECT { MATCH (n:PartyCitationCount {party: party}) RETURN n.count } AS kept,
  COUNT { MATCH (r:PartyCitation {party: party}) } AS counted
ORDER BY party`;
/** Values the citation matrix can be filtered by that a party's citations have (to compare its starts over each). */
export const MATRIX_FILTER_VALUES = `MATCH (r:PartyCitation)
OPTIONAL MATCH (:Document {id: r.documentId})-[:HAS_TOPIC]->(t:Topic)
OPTIONAL MATCH (:Evaluation {id: r.evaluationId})-[:SAME_AS*0..1]->(:Evaluation)-[:PUBLISHED_BY]->(o:Organization)
OPTIONAL MATCH (:Evaluation {id: r.evaluationId})-[:EVALUATES]->(p:Project)
WITH collect(DISTINCT r.party) AS parties,
  collect(DISTINCT r.documentMunicipalityId) + collect(DISTINCT r.motionMunicipalityId) AS municipalityIds,
  collect(DISTINCT o.id) AS publisherIds, collect(DISTINCT p.id) AS projectIds, collect(DISTINCT t.id) AS topicIds,
  collect(DISTINCT r.date) AS dates
RETURN parties, [m IN municipalityIds WHERE m IS NOT NULL | m] AS municipalityIds, publisherIds, projectIds, topicIds,
  COLLECT { UNWIND dates AS date RETURN date ORDER BY date } AS dates`;
