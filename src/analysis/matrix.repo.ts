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
  WITH DISTINCT d, c, e, m, key, party.id AS rowId, party.name + ' (' + party.abbreviation + ')' AS rowLabel`,
  MUNICIPALITY: `WITH *, coalesce(d.municipalityId, m.municipalityId) AS rowId WHERE rowId IS NOT NULL
  OPTIONAL MATCH (place:Organization {id: rowId})
  WITH d, c, e, m, key, rowId, coalesce(place.name, rowId) AS rowLabel`,
};

const COLUMN: Record<MatrixColumns, string> = {
  EVALUATION: `WITH *, e.id AS columnId,
    coalesce(e.title, 'Utvärdering av ' + coalesce(head(COLLECT { MATCH (e)-[:EVALUATES]->(p:Project) RETURN p.name }), e.id)) AS columnLabel`,
  // The curated publisher (through a curator's SAME_AS link where there is one); none known: one column for those.
  PUBLISHER: `OPTIONAL MATCH (e)-[:SAME_AS*0..1]->(:Evaluation)-[:PUBLISHED_BY]->(pub:Organization)
  WITH d, c, e, m, key, rowId, rowLabel,
    coalesce(pub.id, 'unknown-publisher') AS columnId,
    coalesce(pub.name, 'Okänd utgivare') AS columnLabel`,
  PROJECT: `MATCH (e)-[:EVALUATES]->(p:Project)
  WITH DISTINCT d, c, e, m, key, rowId, rowLabel, p.id AS columnId, p.name AS columnLabel`,
};

/**
 * Where the citations are read from. With a party filter the match starts at the party's members' motions, so
 * the matrix of one party costs that party's citations, not every citation in the graph (the filter below
 * still applies, so both starts give the same cells).
 */
const FROM = {
  all: `MATCH (d:Document)-[c:CITES]->(e:Evaluation)
OPTIONAL MATCH (d)-[:PART_OF_CASE]->(m:Motion)`,
  // each member and motion once: MEMBER_OF and AUTHORED_BY come once per document that states them
  party: `MATCH (:Party {abbreviation: $partyAbbreviation})<-[:MEMBER_OF]-(person:Person)
WITH DISTINCT person
MATCH (person)<-[:AUTHORED_BY]-(m:Motion)
WITH DISTINCT m
// the dates before the citations: a year's matrix walks that year's documents' citations only
MATCH (m)<-[:PART_OF_CASE]-(d:Document) WHERE ($from IS NULL OR d.date >= $from) AND ($to IS NULL OR d.date <= $to)
MATCH (d)-[c:CITES]->(e:Evaluation)
WITH DISTINCT d, c, e, m`,
};
export type MatrixStart = keyof typeof FROM;

/** The party filter where the start does not already imply it (the party start reads only its authors' motions). */
const PARTY_FILTER: Record<MatrixStart, string> = {
  all: `AND ${PARTY_CLAUSE}`,
  party: '',
};

const citations = (from: MatrixStart) => `${FROM[from]}
WITH d, c, e, m, d.id + '|' + e.id + '|' + coalesce(m.id, '') AS key
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
};
