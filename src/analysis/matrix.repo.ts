/**
 * The citation matrix: one named query per (start, rows, columns, detail), assembled from fixed fragments (never
 * from user input). Every citation (document, evaluation, motion of its case) lands in one or more cells.
 *
 * Each query first finds the hits — one per (citation, row, column) — and then counts them in the statement: the
 * cells, each row and column (a citation counted once however many cells it is in), and all of them. The ids
 * behind each cell are sent only when asked for (detail `lists`): for one party and year at scale M they were
 * 560 kB of a 600 kB answer, for a client that asked for counts.
 */
import { PARTY_CLAUSE } from '../citations/citations.repo.js';

export const matrixRows = ['MOTION', 'PARTY', 'MUNICIPALITY'] as const;
export const matrixColumns = ['EVALUATION', 'PUBLISHER', 'PROJECT'] as const;
export type MatrixRows = (typeof matrixRows)[number];
export type MatrixColumns = (typeof matrixColumns)[number];

/** A column of evaluation `e` (columnId, columnLabel), whatever else is in scope. */
const COLUMN: Record<MatrixColumns, string> = {
  EVALUATION: `WITH *, e.id AS columnId,
    coalesce(e.title, 'Utvärdering av ' + coalesce(head(COLLECT { MATCH (e)-[:EVALUATES]->(p:Project) RETURN p.name }), e.id)) AS columnLabel`,
  // The curated publisher (through a curator's SAME_AS link where there is one); none known: one column for those.
  PUBLISHER: `OPTIONAL MATCH (e)-[:SAME_AS*0..1]->(:Evaluation)-[:PUBLISHED_BY]->(pub:Organization)
  WITH *, coalesce(pub.id, 'unknown-publisher') AS columnId, coalesce(pub.name, 'Okänd utgivare') AS columnLabel`,
  PROJECT: `MATCH (e)-[:EVALUATES]->(p:Project)
  WITH *, p.id AS columnId, p.name AS columnLabel`,
};

/** The evaluation filters, on `e`. */
const EVALUATION_FILTER = `($publisherId IS NULL OR EXISTS { (e)-[:SAME_AS*0..1]->(:Evaluation)-[:PUBLISHED_BY]->(:Organization {id: $publisherId}) })
  AND ($projectId IS NULL OR EXISTS { (e)-[:EVALUATES]->(:Project {id: $projectId}) })`;

// ---- Walking the facts: every citation in the graph, filtered. ----

const WALKED_CITATIONS = `MATCH (d:Document)-[:CITES]->(e:Evaluation)
OPTIONAL MATCH (d)-[:PART_OF_CASE]->(m:Motion)
WITH d, e, m, d.id + '|' + e.id + '|' + coalesce(m.id, '') AS key
WHERE ($municipalityId IS NULL OR d.municipalityId = $municipalityId OR m.municipalityId = $municipalityId)
  AND ${PARTY_CLAUSE}
  AND ${EVALUATION_FILTER}
  AND ($topicId IS NULL OR EXISTS { (d)-[:HAS_TOPIC]->(:Topic {id: $topicId}) })
  AND ($from IS NULL OR d.date >= $from)
  AND ($to IS NULL OR d.date <= $to)`;

/** A row of citation (d, e, m): rowId, rowLabel. */
const WALKED_ROW: Record<MatrixRows, string> = {
  MOTION: `WITH *, m.id AS rowId, m.title AS rowLabel WHERE m IS NOT NULL`,
  PARTY: `MATCH (m)-[:AUTHORED_BY]->(:Person)-[:MEMBER_OF]->(party:Party)
  WITH DISTINCT d, e, m, key, party.id AS rowId, party.name + ' (' + party.abbreviation + ')' AS rowLabel`,
  MUNICIPALITY: `WITH *, coalesce(d.municipalityId, m.municipalityId) AS rowId WHERE rowId IS NOT NULL
  OPTIONAL MATCH (place:Organization {id: rowId})
  WITH d, e, m, key, rowId, coalesce(place.name, rowId) AS rowLabel`,
};

const walkedHits = (rows: MatrixRows, columns: MatrixColumns) => `${WALKED_CITATIONS}
${WALKED_ROW[rows]}
${COLUMN[columns]}
WITH rowId, rowLabel, columnId, columnLabel, key, d.id AS documentId`;

// ---- One party's rows (party-citations.repo.ts): the party's citations, or the period's, from an index. ----
// A row holds its ids, date and municipalities, so the filters and the municipality row need no fact; the facts
// a column or a row does need are read once per evaluation or motion, not once per citation (2,855 citations of
// 683 evaluations and 714 motions for one party and year at scale M: three lookups each were most of the time).

const PARTY_START = {
  // (`r.key IS NOT NULL`: a composite index serves only a lookup with a predicate on each of its properties)
  party: `MATCH (r:PartyCitation) WHERE r.party = $partyAbbreviation AND r.key IS NOT NULL`,
  // ISO dates compare as strings; an open end of the period is the first or last date there is. A document
  // without a date is in no period, as with the walk's d.date >= $from.
  partyPeriod: `MATCH (r:PartyCitation) WHERE r.party = $partyAbbreviation
  AND r.date >= coalesce($from, '0000-01-01') AND r.date <= coalesce($to, '9999-12-31')`,
};

const partyCitations = (start: keyof typeof PARTY_START) => `${PARTY_START[start]}
  AND ($municipalityId IS NULL OR r.documentMunicipalityId = $municipalityId OR r.motionMunicipalityId = $municipalityId)
  AND ($topicId IS NULL OR EXISTS { (:Document {id: r.documentId})-[:HAS_TOPIC]->(:Topic {id: $topicId}) })
WITH r.evaluationId AS evaluationId, collect(r) AS rs
MATCH (e:Evaluation {id: evaluationId})
WHERE ${EVALUATION_FILTER}`;

/** A row of party row `r` (rowId, rowLabel), with columnId, columnLabel kept: the facts looked up once per group. */
const hitOf = (group: string) => `WITH ${group}, collect({r: r, columnId: columnId, columnLabel: columnLabel}) AS hits`;
const UNWIND_HITS = `UNWIND hits AS hit
WITH rowId, rowLabel, hit.r AS r, hit.columnId AS columnId, hit.columnLabel AS columnLabel`;
const PARTY_ROW: Record<MatrixRows, string> = {
  MOTION: `${hitOf('r.motionId AS rowId')}
  MATCH (m:Motion {id: rowId})
  WITH rowId, m.title AS rowLabel, hits
  ${UNWIND_HITS}`,
  PARTY: `${hitOf('r.motionId AS motionId')}
  CALL (motionId) {
    MATCH (:Motion {id: motionId})-[:AUTHORED_BY]->(:Person)-[:MEMBER_OF]->(party:Party)
    RETURN DISTINCT party.id AS rowId, party.name + ' (' + party.abbreviation + ')' AS rowLabel
  }
  ${UNWIND_HITS}`,
  MUNICIPALITY: `WITH *, coalesce(r.documentMunicipalityId, r.motionMunicipalityId) AS rowId WHERE rowId IS NOT NULL
  ${hitOf('rowId')}
  OPTIONAL MATCH (place:Organization {id: rowId})
  WITH rowId, coalesce(place.name, rowId) AS rowLabel, hits
  ${UNWIND_HITS}`,
};

const partyHits = (start: keyof typeof PARTY_START, rows: MatrixRows, columns: MatrixColumns) => `${partyCitations(start)}
${COLUMN[columns]}
UNWIND rs AS r
${PARTY_ROW[rows]}
WITH rowId, rowLabel, columnId, columnLabel, r.key AS key, r.documentId AS documentId`;

// ---- Counting the hits. ----

/** What a cell says besides its count: nothing, or the citations and documents behind it (aggregated, then sent). */
const CELL_DETAIL_AGGREGATED = {
  counts: '',
  lists: ', collect(DISTINCT h.key) AS citationIds, collect(DISTINCT h.documentId) AS documentIds',
};
const CELL_DETAIL_SENT: Record<keyof typeof CELL_DETAIL_AGGREGATED, string> = {
  counts: '',
  lists: ', citationIds: citationIds, documentIds: documentIds',
};
export type MatrixDetail = keyof typeof CELL_DETAIL_AGGREGATED;
const cells = (detail: MatrixDetail) => `WITH h.rowId AS rowId, h.rowLabel AS rowLabel, h.columnId AS columnId, h.columnLabel AS columnLabel,
      count(DISTINCT h.key) AS count${CELL_DETAIL_AGGREGATED[detail]}
    ORDER BY rowLabel, columnLabel, rowId, columnId
    RETURN collect({rowId: rowId, columnId: columnId, count: count${CELL_DETAIL_SENT[detail]}}) AS cells`;

/** Rows and columns in label order; cells in the order of their row's and column's labels. */
const counted = (detail: MatrixDetail) => `WITH collect({rowId: rowId, rowLabel: rowLabel, columnId: columnId, columnLabel: columnLabel,
  key: key, documentId: documentId}) AS hits
CALL (hits) {
  UNWIND hits AS h
  WITH h.rowId AS id, h.rowLabel AS label, count(DISTINCT h.key) AS count ORDER BY label, id
  RETURN collect({id: id, label: label, count: count}) AS rows
}
CALL (hits) {
  UNWIND hits AS h
  WITH h.columnId AS id, h.columnLabel AS label, count(DISTINCT h.key) AS count ORDER BY label, id
  RETURN collect({id: id, label: label, count: count}) AS columns
}
CALL (hits) {
  UNWIND hits AS h
  ${cells(detail)}
}
CALL (hits) {
  UNWIND hits AS h
  RETURN count(DISTINCT h.key) AS totalCitations
}
RETURN rows, columns, cells, totalCitations`;

export type MatrixStart = 'all' | keyof typeof PARTY_START;
type Shape = `${MatrixRows}:${MatrixColumns}`;

const hitsFrom = (start: MatrixStart, rows: MatrixRows, columns: MatrixColumns) =>
  start === 'all' ? walkedHits(rows, columns) : partyHits(start, rows, columns);

const queriesFrom = (start: MatrixStart) =>
  Object.fromEntries(
    matrixRows.flatMap((r) =>
      matrixColumns.map((c) => [
        `${r}:${c}`,
        { counts: `${hitsFrom(start, r, c)}\n${counted('counts')}`, lists: `${hitsFrom(start, r, c)}\n${counted('lists')}` },
      ]),
    ),
  ) as Record<Shape, Record<MatrixDetail, string>>;

/**
 * Every start gives the same matrix: `all` walks every citation in the graph; `party` and `partyPeriod` (a
 * party filter, and a period) read that party's rows, the rest of the filters applied to them as to the walk.
 */
export const CITATION_MATRIX: Record<MatrixStart, Record<Shape, Record<MatrixDetail, string>>> = {
  all: queriesFrom('all'),
  party: queriesFrom('party'),
  partyPeriod: queriesFrom('partyPeriod'),
};
