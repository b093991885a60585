/**
 * The citation matrix added up from its query's groups (matrix.repo.ts). Pure: no database, so the counting rule
 * is tested as it is written.
 *
 * A group is the citations of one evaluation from one source (a motion, or a municipality). A citation is a hit
 * when its evaluation has a column and its source a row; it counts once in each cell it is in, once in each of
 * its rows and columns, and once in the total. No two groups share a citation (a citation has one evaluation and
 * one source), so every count is a sum of group counts: a source's rows get its groups, an evaluation's columns
 * get its groups, each cell the groups of its row's sources and its column's evaluations.
 */
import type { MatrixDetail, MatrixGroups } from './matrix.repo.js';

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
  citationIds: string[];
  documentIds: Set<string>;
}

/**
 * Rows and columns in label order, then id; cells by their row's label, then their column's, then the ids. A
 * cell's citations and documents (detail `lists`) are sorted, so one matrix is always written the same way.
 */
export function addUpMatrix(groups: MatrixGroups, detail: MatrixDetail): Matrix {
  const rowsOf = new Map(groups.sources.map((s) => [s.source, s.rows]));
  const rows = new Map<string, AxisItem>();
  const columns = new Map<string, AxisItem>();
  const cells = new Map<string, CellSum>();
  let totalCitations = 0;
  for (const evaluation of groups.evaluations) {
    if (evaluation.columns.length === 0) continue;
    let hits = 0;
    for (const group of evaluation.groups) {
      const sourceRows = rowsOf.get(group.source) ?? [];
      if (sourceRows.length === 0) continue;
      hits += group.count;
      for (const r of sourceRows) {
        const row = rows.get(r.id) ?? { id: r.id, label: r.label, count: 0 };
        row.count += group.count;
        rows.set(r.id, row);
        for (const c of evaluation.columns) {
          const key = `${r.id}\u0000${c.id}`;
          const cell = cells.get(key) ?? { row, column: { id: c.id, label: c.label, count: 0 }, count: 0, citationIds: [], documentIds: new Set() };
          cell.count += group.count;
          if (detail === 'lists') {
            cell.citationIds.push(...(group.citationIds ?? []));
            for (const id of group.documentIds ?? []) cell.documentIds.add(id);
          }
          cells.set(key, cell);
        }
      }
    }
    if (hits === 0) continue;
    totalCitations += hits;
    for (const c of evaluation.columns) {
      const column = columns.get(c.id) ?? { id: c.id, label: c.label, count: 0 };
      column.count += hits;
      columns.set(c.id, column);
    }
  }
  const cellOrder = (a: CellSum, b: CellSum) =>
    byLabel(a.row.label, b.row.label) || byLabel(a.column.label, b.column.label) || byId(a.row.id, b.row.id) || byId(a.column.id, b.column.id);
  return {
    rows: [...rows.values()].sort(axisOrder),
    columns: [...columns.values()].sort(axisOrder),
    cells: [...cells.values()].sort(cellOrder).map((c) =>
      detail === 'lists'
        ? { rowId: c.row.id, columnId: c.column.id, count: c.count, citationIds: c.citationIds.sort(byId), documentIds: [...c.documentIds].sort(byId) }
        : { rowId: c.row.id, columnId: c.column.id, count: c.count },
    ),
    totalCitations,
  };
}
