/**
 * The citation matrix: one named query per (start, rows, columns, detail), assembled from fixed fragments (never
 * from user input). Every citation (document, evaluation, motion of its case) lands in one or more cells.
 *
 * A query groups the citations in scope by evaluation and by where their row comes from — their motion, or their
 * municipality (the "source") — and counts each group; it looks each evaluation's columns and each source's rows
 * up once, and sums the groups per source and per (column, source). matrix.ts adds those up into cells, rows,
 * columns and the total. Adding up is exact: a citation (document|evaluation|motion) has one evaluation and one
 * source, so no two groups share a citation. (Counting the citations themselves in the statement, through every
 * cell, row and column, took as long as everything else together: for one party and year at scale M, 2,855
 * citations in 978 cells.) The ids behind each cell are read only when asked for, detail `lists`: they were
 * 560 kB of a 600 kB answer, for a client that asked for counts.
 */
import { PARTY_CLAUSE } from '../citations/citations.repo.js';
import { KEPT_PARTIES_OF_AUTHORS, PUBLISHED_BY_OF_EVALUATION } from '../citations/party-citations.repo.js';

export const matrixRows = ['MOTION', 'PARTY', 'MUNICIPALITY'] as const;
export const matrixColumns = ['EVALUATION', 'PUBLISHER', 'PROJECT'] as const;
export type MatrixRows = (typeof matrixRows)[number];
export type MatrixColumns = (typeof matrixColumns)[number];

/** The column of the citations of evaluations without a known publisher. */
const UNKNOWN_PUBLISHER_ID = `'unknown-publisher'`;
const UNKNOWN_PUBLISHER_LABEL = `'Okänd utgivare'`;

/** A column of evaluation `e` (columnId, columnLabel), whatever else is in scope. */
const COLUMN: Record<MatrixColumns, string> = {
  EVALUATION: `WITH *, e.id AS columnId,
    coalesce(e.title, 'Utvärdering av ' + coalesce(head(COLLECT { MATCH (e)-[:EVALUATES]->(p:Project) RETURN p.name }), e.id)) AS columnLabel`,
  // The curated publisher (through a curator's SAME_AS link where there is one); none known: one column for those.
  PUBLISHER: `OPTIONAL MATCH ${PUBLISHED_BY_OF_EVALUATION}(pub:Organization)
  WITH *, coalesce(pub.id, ${UNKNOWN_PUBLISHER_ID}) AS columnId, coalesce(pub.name, ${UNKNOWN_PUBLISHER_LABEL}) AS columnLabel`,
  PROJECT: `MATCH (e)-[:EVALUATES]->(p:Project)
  WITH *, p.id AS columnId, p.name AS columnLabel`,
};

/** The evaluation filters, on `e`. */
const EVALUATION_FILTER = `($publisherId IS NULL OR EXISTS { ${PUBLISHED_BY_OF_EVALUATION}(:Organization {id: $publisherId}) })
  AND ($projectId IS NULL OR EXISTS { (e)-[:EVALUATES]->(:Project {id: $projectId}) })`;

// ---- Walking the facts: every citation in the graph, filtered. ----

const WALKED_CITATIONS = `MATCH (d:Document)-[:CITES]->(e:Evaluation)
OPTIONAL MATCH (d)-[:PART_OF_CASE]->(m:Motion)
WITH d, e, m
WHERE ($municipalityId IS NULL OR d.municipalityId = $municipalityId OR m.municipalityId = $municipalityId)
  AND ${PARTY_CLAUSE}
  AND ($topicId IS NULL OR EXISTS { (d)-[:HAS_TOPIC]->(:Topic {id: $topicId}) })
  AND ($from IS NULL OR d.date >= $from)
  AND ($to IS NULL OR d.date <= $to)`;

/** A walked citation's id, as a party row's key. */
const WALKED_CITATION_ID = `d.id + '|' + e.id + '|' + coalesce(m.id, '')`;

/** Where citation (d, e, m)'s row comes from: its motion (a MOTION row, or the PARTY rows of its authors), or its municipality. */
const WALKED_SOURCE: Record<MatrixRows, string> = {
  MOTION: 'm.id',
  PARTY: 'm.id',
  MUNICIPALITY: 'coalesce(d.municipalityId, m.municipalityId)',
};

// ---- One party's rows (party-citations.repo.ts): the party's citations, or the period's, from an index. ----
// A row holds its ids, date, municipalities and its evaluation's publishers, so the filters, the sources and the
// publisher columns need no fact per citation, nor per evaluation.

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
  AND ($publisherId IS NULL OR $publisherId IN r.publisherIds)
  AND ($projectId IS NULL OR EXISTS { (:Evaluation {id: r.evaluationId})-[:EVALUATES]->(:Project {id: $projectId}) })`;

/** Where party row `r`'s row comes from, as WALKED_SOURCE. */
const PARTY_SOURCE: Record<MatrixRows, string> = {
  MOTION: 'r.motionId',
  PARTY: 'r.motionId',
  MUNICIPALITY: 'coalesce(r.documentMunicipalityId, r.motionMunicipalityId)',
};

// ---- Grouping, and looking up columns and rows once. ----

/** What a group says besides its count: nothing, or the citations and documents behind it. */
const GROUP_DETAIL = {
  counts: '',
  lists: ', collect(DISTINCT citationId) AS citationIds, collect(DISTINCT documentId) AS documentIds',
};
/** The lists, carried on in a map (a group's, then a column's per source). */
const LISTS_CARRIED: Record<keyof typeof GROUP_DETAIL, string> = {
  counts: '',
  lists: ', citationIds: citationIds, documentIds: documentIds',
};
/** A (column, source)'s lists: its groups' lists, one after the other. */
const CELL_DETAIL: Record<keyof typeof GROUP_DETAIL, string> = {
  counts: '',
  lists: `,
    reduce(ids = [], group IN collect(g.citationIds) | ids + group) AS citationIds,
    reduce(ids = [], group IN collect(g.documentIds) | ids + group) AS documentIds`,
};
const CELL_DETAIL_COLLECTED: Record<keyof typeof GROUP_DETAIL, string> = {
  counts: '',
  lists: ', collect(citationIds) AS citationIds, collect(documentIds) AS documentIds',
};
export type MatrixDetail = keyof typeof GROUP_DETAIL;

/** The rows of source `source`: its motion, its motion's parties (through any author), its municipality. */
const ROWS_OF_SOURCE: Record<MatrixRows, string> = {
  MOTION: `COLLECT { MATCH (m:Motion {id: source}) RETURN {id: m.id, label: m.title} }`,
  PARTY: `COLLECT {
      MATCH (:Motion {id: source})-[:AUTHORED_BY]->(person:Person)
      ${KEPT_PARTIES_OF_AUTHORS}
      RETURN {id: party.id, label: party.name + ' (' + party.abbreviation + ')'}
    }`,
  MUNICIPALITY: `[{id: source, label: coalesce(head(COLLECT { MATCH (place:Organization {id: source}) RETURN place.name }), source)}]`,
};

/**
 * From one row per citation — its source, what gives it its columns (its evaluationId, or the publisherIds a
 * party's row carries) and, for `lists`, its citationId and documentId — the groups: one per (what gives the
 * columns, source), with its count. Each set of groups gets its columns once: an evaluation is looked up once (and,
 * for the walk, filtered), a party's list of publishers is looked up once (19 lists for one party and year at M
 * instead of 601 evaluations and their publishers: a third less time for the statement).
 */
const groupsByEvaluation = (columns: MatrixColumns, detail: MatrixDetail, filtered: boolean) => `WITH evaluationId, source, count(*) AS count${GROUP_DETAIL[detail]}
WHERE source IS NOT NULL
WITH evaluationId, collect({source: source, count: count${LISTS_CARRIED[detail]}}) AS groups
MATCH (e:Evaluation {id: evaluationId})${filtered ? `\nWHERE ${EVALUATION_FILTER}` : ''}
${COLUMN[columns]}
WITH evaluationId, groups, collect(DISTINCT {id: columnId, label: columnLabel}) AS columns`;
const groupsByKeptPublishers = (detail: MatrixDetail) => `WITH publisherIds, source, count(*) AS count${GROUP_DETAIL[detail]}
WHERE source IS NOT NULL
WITH publisherIds, collect({source: source, count: count${LISTS_CARRIED[detail]}}) AS groups
WITH groups, CASE size(publisherIds)
    WHEN 0 THEN [{id: ${UNKNOWN_PUBLISHER_ID}, label: ${UNKNOWN_PUBLISHER_LABEL}}]
    ELSE COLLECT { UNWIND publisherIds AS id MATCH (pub:Organization {id: id}) RETURN {id: pub.id, label: coalesce(pub.name, ${UNKNOWN_PUBLISHER_LABEL})} }
  END AS columns`;

/**
 * From each set of groups and its columns, what matrix.ts needs, summed: each source with its citations that have
 * a column, and its rows; each column with its sources and their citations in it. (Sent as sums, not groups: the
 * groups of one party and year at scale M were 157 kB and a third of the time; the sums are 73 kB.)
 */
const summed = (rows: MatrixRows, detail: MatrixDetail) => `WITH collect({columns: columns, groups: groups}) AS groupings
CALL (groupings) {
  UNWIND groupings AS grouping
  UNWIND grouping.groups AS g
  WITH g.source AS source, sum(g.count) AS count
  RETURN collect({source: source, count: count, rows: ${ROWS_OF_SOURCE[rows]}}) AS sources
}
CALL (groupings) {
  UNWIND groupings AS grouping
  UNWIND grouping.columns AS column
  UNWIND grouping.groups AS g
  WITH column, g.source AS source, sum(g.count) AS count${CELL_DETAIL[detail]}
  WITH column, collect(source) AS sources, collect(count) AS counts${CELL_DETAIL_COLLECTED[detail]}
  RETURN collect({id: column.id, label: column.label, sources: sources, counts: counts${LISTS_CARRIED[detail]}}) AS columns
}
RETURN sources, columns`;

/**
 * One row per citation, carrying its id and document only for detail `lists`. The walk meets a citation once per
 * pair of CITES and PART_OF_CASE facts, so it keeps its rows DISTINCT: the definition (a citation counts once) the
 * party start is tested against. A party's rows are one per citation already: a fact's identity is (type, ends,
 * key), and CITES and PART_OF_CASE come only from a document's own plan, keyed by that document (from-record.ts; no
 * curated fact is of either type), so a document has one of each to an evaluation and a motion. Counting the
 * rows' keys distinct instead (2,855 keys read and hashed, and as many document ids read, for the counts of one
 * party and year at M) was a third of the statement. A party's rows were filtered as they were read, the walk's
 * evaluation filters apply to each evaluation once.
 */
const matrixQuery = (start: MatrixStart, rows: MatrixRows, columns: MatrixColumns, detail: MatrixDetail) => {
  if (start === 'all')
    return `${WALKED_CITATIONS}
WITH DISTINCT e.id AS evaluationId, ${WALKED_SOURCE[rows]} AS source, ${WALKED_CITATION_ID} AS citationId${detail === 'lists' ? ', d.id AS documentId' : ''}
${groupsByEvaluation(columns, detail, true)}
${summed(rows, detail)}`;
  const keptPublishers = columns === 'PUBLISHER';
  return `${partyCitations(start)}
WITH ${keptPublishers ? 'r.publisherIds AS publisherIds' : 'r.evaluationId AS evaluationId'}, ${PARTY_SOURCE[rows]} AS source${detail === 'lists' ? ', r.key AS citationId, r.documentId AS documentId' : ''}
${keptPublishers ? groupsByKeptPublishers(detail) : groupsByEvaluation(columns, detail, false)}
${summed(rows, detail)}`;
};

export type MatrixStart = 'all' | keyof typeof PARTY_START;
type Shape = `${MatrixRows}:${MatrixColumns}`;

const queriesFrom = (start: MatrixStart) =>
  Object.fromEntries(
    matrixRows.flatMap((r) =>
      matrixColumns.map((c) => [
        `${r}:${c}`,
        { counts: matrixQuery(start, r, c, 'counts'), lists: matrixQuery(start, r, c, 'lists') },
      ]),
    ),
  ) as Record<Shape, Record<MatrixDetail, string>>;

/**
 * Every start gives the same groups: `all` walks every citation in the graph; `party` and `partyPeriod` (a
 * party filter, and a period) read that party's rows, the rest of the filters applied to them as to the walk.
 */
export const CITATION_MATRIX: Record<MatrixStart, Record<Shape, Record<MatrixDetail, string>>> = {
  all: queriesFrom('all'),
  party: queriesFrom('party'),
  partyPeriod: queriesFrom('partyPeriod'),
};

/** What a query returns: matrix.ts adds it up. */
export interface MatrixSums {
  /** Each source with the citations of it that have a column, and its rows. */
  sources: Array<{ source: string; count: number; rows: Array<{ id: string; label: string | null }> }>;
  /** Each column with its sources and the citations of each in it (and, for `lists`, their ids). */
  columns: Array<{
    id: string;
    label: string | null;
    sources: string[];
    counts: number[];
    citationIds?: string[][];
    documentIds?: string[][];
  }>;
}
