/**
 * The citation matrix added up from its query's sums (matrix.repo.ts). Pure: no database, so the counting rule is
 * tested as it is written.
 *
 * A citation is a hit when its evaluation has a column and its source (a motion, or a municipality) a row; it
 * counts once in each cell it is in, once in each of its rows and columns, and once in the total. The query sums
 * per source (its citations with a column) and per (column, source); a source's rows are looked up once. So a row
 * counts its sources' citations, a cell its sources' citations in its column, a column the citations of its
 * sources that have a row, and the total those of every source that has one. (Sums are exact: no two groups the
 * query adds up share a citation, since a citation has one evaluation and one source.)
 */
import type { MatrixDetail, MatrixSums } from './matrix.repo.js';

export interface AxisItem {
  id: string;
  label: string | null;
  count: number;
}
export interface MatrixCell {
  rowId: string;
  columnId: string;
  count: number;
  citationIds?: string[];
  documentIds?: string[];
}
export interface Matrix {
  rows: AxisItem[];
  columns: AxisItem[];
  cells: MatrixCell[];
  totalCitations: number;
}

/** Labels compared as Cypher's ORDER BY compares them (by UTF-16 code unit, as Java does), a missing one last. */
function byLabel(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}
const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const axisOrder = (a: AxisItem, b: AxisItem) => byLabel(a.label, b.label) || byId(a.id, b.id);

interface CellSum {
  row: AxisItem;
  column: AxisItem;
  count: number;
  citationIds: string[] | null;
  documentIds: Set<string> | null;
}

const cellOrder = (a: CellSum, b: CellSum) =>
  byLabel(a.row.label, b.row.label) || byLabel(a.column.label, b.column.label) || byId(a.row.id, b.row.id) || byId(a.column.id, b.column.id);

/**
 * Rows and columns in label order, then id; cells by their row's label, then their column's, then the ids. A
 * cell's citations and documents (detail `lists`) are sorted, so one matrix is always written the same way.
 * (Written as plain loops over maps keyed by id: it runs on every request, over about a thousand cells at M.)
 */
export function addUpMatrix(sums: MatrixSums, detail: MatrixDetail): Matrix {
  const lists = detail === 'lists';
  const rowsOf = new Map<string, AxisItem[]>();
  const rows = new Map<string, AxisItem>();
  let totalCitations = 0;
  for (const source of sums.sources) {
    const sourceRows: AxisItem[] = [];
    rowsOf.set(source.source, sourceRows);
    if (source.rows.length === 0) continue;
    totalCitations += source.count;
    for (const r of source.rows) {
      let row = rows.get(r.id);
      if (!row) {
        row = { id: r.id, label: r.label, count: 0 };
        rows.set(r.id, row);
      }
      row.count += source.count;
      sourceRows.push(row);
    }
  }
  const columns: AxisItem[] = [];
  // per row, its cells by column id
  const cellsOfRow = new Map<AxisItem, Map<string, CellSum>>();
  const cells: CellSum[] = [];
  for (const c of sums.columns) {
    const column = { id: c.id, label: c.label, count: 0 };
    for (let i = 0; i < c.sources.length; i++) {
      const sourceRows = rowsOf.get(c.sources[i] as string);
      if (!sourceRows || sourceRows.length === 0) continue;
      const count = c.counts[i] ?? 0;
      column.count += count;
      for (const row of sourceRows) {
        let byColumn = cellsOfRow.get(row);
        if (!byColumn) {
          byColumn = new Map();
          cellsOfRow.set(row, byColumn);
        }
        let cell = byColumn.get(c.id);
        if (!cell) {
          cell = { row, column, count: 0, citationIds: lists ? [] : null, documentIds: lists ? new Set() : null };
          byColumn.set(c.id, cell);
          cells.push(cell);
        }
        cell.count += count;
        if (lists) {
          for (const id of c.citationIds?.[i] ?? []) cell.citationIds?.push(id);
          for (const id of c.documentIds?.[i] ?? []) cell.documentIds?.add(id);
        }
      }
    }
    if (column.count > 0) columns.push(column);
  }
  cells.sort(cellOrder);
  return {
    rows: [...rows.values()].sort(axisOrder),
    columns: columns.sort(axisOrder),
    cells: cells.map((c) =>
      lists
        ? { rowId: c.row.id, columnId: c.column.id, count: c.count, citationIds: (c.citationIds ?? []).sort(byId), documentIds: [...(c.documentIds ?? [])].sort(byId) }
        : { rowId: c.row.id, columnId: c.column.id, count: c.count },
    ),
    totalCitations,
  };
}
