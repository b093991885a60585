/**
 * The citation matrix: one named query per (rows, columns) pair, assembled from fixed fragments (never from
 * user input). Every citation (document, evaluation, motion of its case) lands in one or more cells.
 */
import { PARTY_CLAUSE } from '../citations/citations.repo.js';

export const matrixRows = ['MOTION', 'PARTY', 'MUNICIPALITY'] as const;
export const matrixColumns = ['EVALUATION', 'PUBLISHER', 'PROJECT'] as const;
export type MatrixRows = (typeof matrixRows)[number];
export type MatrixColumns = (typeof matrixColumns)[number];

const ROW: Record<MatrixRows, string> = {
  MOTION: `WITH *, m.id AS rowId, m.title AS rowLabel WHERE m IS NOT NULL`,
  PARTY: `MATCH (m)-[:AUTHORED_BY]->(:Person)-[:MEMBER_OF]->(party:Party)
  WITH DISTINCT d, e, m, key, party.id AS rowId, party.name + ' (' + party.abbreviation + ')' AS rowLabel`,
  MUNICIPALITY: `WITH *, coalesce(d.municipalityId, m.municipalityId) AS rowId WHERE rowId IS NOT NULL
  OPTIONAL MATCH (place:Organization {id: rowId})
  WITH d, e, m, key, rowId, coalesce(place.name, rowId) AS rowLabel`,
};

const COLUMN: Record<MatrixColumns, string> = {
  EVALUATION: `WITH *, e.id AS columnId,
    coalesce(e.title, 'Utvärdering av ' + coalesce(head(COLLECT { MATCH (e)-[:EVALUATES]->(p:Project) RETURN p.name }), e.id)) AS columnLabel`,
  // The curated publisher (through a curator's SAME_AS link where there is one); none known: one column for those.
  PUBLISHER: `OPTIONAL MATCH (e)-[:SAME_AS*0..1]->(:Evaluation)-[:PUBLISHED_BY]->(pub:Organization)
  WITH d, e, m, key, rowId, rowLabel,
    coalesce(pub.id, 'unknown-publisher') AS columnId,
    coalesce(pub.name, 'Okänd utgivare') AS columnLabel`,
  PROJECT: `MATCH (e)-[:EVALUATES]->(p:Project)
  WITH DISTINCT d, e, m, key, rowId, rowLabel, p.id AS columnId, p.name AS columnLabel`,
};

/**
 * Where the citations are read from. With a party filter they are the party's own rows (party-citations.repo.ts):
 * the matrix of one party costs that party's citations, and of one party and period the period's (an index
 * range on date; a document without a date is in no period), not every citation in the graph. The filters below
 * still apply, so every start gives the same cells.
 */
const PARTY_ROWS = `MATCH (d:Document {id: r.documentId})
MATCH (e:Evaluation {id: r.evaluationId})
MATCH (m:Motion {id: r.motionId})
WITH DISTINCT d, e, m`;
const FROM = {
  all: `MATCH (d:Document)-[:CITES]->(e:Evaluation)
OPTIONAL MATCH (d)-[:PART_OF_CASE]->(m:Motion)`,
  // (`r.key IS NOT NULL`: a composite index serves only a lookup with a predicate on each of its properties)
  party: `MATCH (r:PartyCitation) WHERE r.party = $partyAbbreviation AND r.key IS NOT NULL
${PARTY_ROWS}`,
  // ISO dates compare as strings; an open end of the period is the first or last date there is
  partyPeriod: `MATCH (r:PartyCitation) WHERE r.party = $partyAbbreviation
  AND r.date >= coalesce($from, '0000-01-01') AND r.date <= coalesce($to, '9999-12-31')
${PARTY_ROWS}`,
};
export type MatrixStart = keyof typeof FROM;

/** The party filter where the start does not already imply it (a party start reads only that party's rows). */
const PARTY_FILTER: Record<MatrixStart, string> = {
  all: `AND ${PARTY_CLAUSE}`,
  party: '',
  partyPeriod: '',
};

const citations = (from: MatrixStart) => `${FROM[from]}
WITH d, e, m, d.id + '|' + e.id + '|' + coalesce(m.id, '') AS key
WHERE ($municipalityId IS NULL OR d.municipalityId = $municipalityId OR m.municipalityId = $municipalityId)
  ${PARTY_FILTER[from]}
  AND ($publisherId IS NULL OR EXISTS { (e)-[:SAME_AS*0..1]->(:Evaluation)-[:PUBLISHED_BY]->(:Organization {id: $publisherId}) })
  AND ($projectId IS NULL OR EXISTS { (e)-[:EVALUATES]->(:Project {id: $projectId}) })
  AND ($topicId IS NULL OR EXISTS { (d)-[:HAS_TOPIC]->(:Topic {id: $topicId}) })
  AND ($from IS NULL OR d.date >= $from)
  AND ($to IS NULL OR d.date <= $to)`;

function matrixQuery(from: MatrixStart, rows: MatrixRows, columns: MatrixColumns): string {
  return `${citations(from)}
${ROW[rows]}
${COLUMN[columns]}
RETURN rowId, rowLabel, columnId, columnLabel, count(DISTINCT key) AS count,
  collect(DISTINCT key) AS citationIds, collect(DISTINCT d.id) AS documentIds
ORDER BY rowLabel, columnLabel`;
}

const matrixQueries = (from: MatrixStart) =>
  Object.fromEntries(matrixRows.flatMap((r) => matrixColumns.map((c) => [`${r}:${c}`, matrixQuery(from, r, c)]))) as Record<
    `${MatrixRows}:${MatrixColumns}`,
    string
  >;

export const CITATION_MATRIX: Record<MatrixStart, Record<`${MatrixRows}:${MatrixColumns}`, string>> = {
  all: matrixQueries('all'),
  party: matrixQueries('party'),
  partyPeriod: matrixQueries('partyPeriod'),
};
