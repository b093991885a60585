/**
 * Named Cypher for the Popolo export: persons, organisations (parties and bodies), memberships (person →
 * party, with the evidence) and motions, each over a page of selected element ids.
 */

export const POPOLO_PERSONS = `UNWIND $eids AS eid
MATCH (p:Person) WHERE elementId(p) = eid
RETURN p.id AS id, p.name AS name
ORDER BY id`;

export const POPOLO_ORGANIZATIONS = `UNWIND $eids AS eid
MATCH (o) WHERE elementId(o) = eid AND (o:Party OR o:Organization)
RETURN o.id AS id, o.name AS name, o.abbreviation AS abbreviation,
  CASE WHEN o:Party THEN 'party' ELSE o.kind END AS classification,
  coalesce(o.aliases, []) AS aliases,
  COLLECT { MATCH (o)-[:PART_OF]->(parent:Organization) RETURN parent.id AS parentId ORDER BY parentId LIMIT 1 }[0] AS parentId,
  COLLECT { MATCH (o)-[c:CURATED_FROM]->(s:Source) RETURN {url: s.url, note: s.title} AS source ORDER BY source.url } AS sources
ORDER BY id`;

/** A membership's party must be selected too ($members; null for the whole graph). */
export const POPOLO_MEMBERSHIPS = `UNWIND $eids AS eid
MATCH (p:Person)-[r:MEMBER_OF]->(party:Party) WHERE elementId(p) = eid
  AND ($members IS NULL OR elementId(party) IN $members)
OPTIONAL MATCH (d:Document {id: r.documentId})
RETURN coalesce(r.factId, elementId(r)) AS id, p.id AS personId, party.id AS organizationId,
  properties(r) AS evidence, d.url AS documentUrl, d.title AS documentTitle
ORDER BY personId, organizationId, id`;

/** A motion with its authors in the order the text names them, its proposed outcomes, and its case file. */
export const POPOLO_MOTIONS = `UNWIND $eids AS eid
MATCH (m:Motion) WHERE elementId(m) = eid
RETURN m.id AS id, m.title AS title, m.filedAt AS date, m.status AS status, m.municipalityId AS municipalityId,
  COLLECT { MATCH (m)-[a:AUTHORED_BY]->(p:Person) RETURN p.id AS personId ORDER BY a.start, personId } AS creatorIds,
  COLLECT {
    MATCH (d:Document)-[r:PROPOSES]->(m)
    RETURN r{.outcome, .fromBody, .fromBodyId, .toBody, .toBodyId, .documentId, .start, .end, .quote, .extractor,
             .confidence, .status, .factId, documentDate: d.date} AS outcome
    ORDER BY outcome.documentDate, outcome.documentId
  } AS outcomes,
  COLLECT {
    MATCH (d:Document)-[c:PART_OF_CASE]->(m)
    RETURN {documentId: d.id, role: c.role, title: d.title, url: d.url} AS document ORDER BY document.documentId
  } AS documents
ORDER BY id`;
