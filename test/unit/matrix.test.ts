import { describe, expect, it } from 'vitest';
import { addUpMatrix } from '../../src/analysis/matrix.js';
import type { MatrixGroups } from '../../src/analysis/matrix.repo.js';

const col = (id: string, label: string | null = id) => ({ id, label });

describe('addUpMatrix', () => {
  it('counts a citation once in each of its cells, rows and columns, and once in all', () => {
    // evaluation A has two publishers (a curator's SAME_AS); motion m1 has authors of two parties
    const groups: MatrixGroups = {
      evaluations: [
        { columns: [col('pub/x', 'X'), col('pub/y', 'Y')], groups: [{ source: 'm1', count: 2 }, { source: 'm2', count: 1 }] },
        { columns: [col('pub/x', 'X')], groups: [{ source: 'm2', count: 4 }] },
      ],
      sources: [
        { source: 'm1', rows: [col('party/S', 'S'), col('party/V', 'V')] },
        { source: 'm2', rows: [col('party/S', 'S')] },
      ],
    };
    expect(addUpMatrix(groups, 'counts')).toEqual({
      rows: [{ id: 'party/S', label: 'S', count: 7 }, { id: 'party/V', label: 'V', count: 2 }],
      columns: [{ id: 'pub/x', label: 'X', count: 7 }, { id: 'pub/y', label: 'Y', count: 3 }],
      cells: [
        { rowId: 'party/S', columnId: 'pub/x', count: 7 },
        { rowId: 'party/S', columnId: 'pub/y', count: 3 },
        { rowId: 'party/V', columnId: 'pub/x', count: 2 },
        { rowId: 'party/V', columnId: 'pub/y', count: 2 },
      ],
      totalCitations: 7,
    });
  });

  it('leaves out what has no row or no column: not in a cell, a row, a column or the total', () => {
    const groups: MatrixGroups = {
      evaluations: [
        { columns: [], groups: [{ source: 'm1', count: 5 }] },
        { columns: [col('p/1', 'Ett')], groups: [{ source: 'm1', count: 1 }, { source: 'orphan', count: 3 }, { source: 'unlisted', count: 9 }] },
      ],
      sources: [{ source: 'm1', rows: [col('m1', 'Motion')] }, { source: 'orphan', rows: [] }],
    };
    expect(addUpMatrix(groups, 'counts')).toEqual({
      rows: [{ id: 'm1', label: 'Motion', count: 1 }],
      columns: [{ id: 'p/1', label: 'Ett', count: 1 }],
      cells: [{ rowId: 'm1', columnId: 'p/1', count: 1 }],
      totalCitations: 1,
    });
    expect(addUpMatrix({ evaluations: [], sources: [] }, 'lists')).toEqual({ rows: [], columns: [], cells: [], totalCitations: 0 });
  });

  it('orders by label as Cypher does (Ö after Z, a missing label last), then by id', () => {
    const groups: MatrixGroups = {
      evaluations: [{ columns: [col('c/2', 'Öckerö'), col('c/1', 'Zeta'), col('c/0', null)], groups: [{ source: 's', count: 1 }, { source: 't', count: 1 }] }],
      sources: [
        { source: 's', rows: [col('r/b', 'Same')] },
        { source: 't', rows: [col('r/a', 'Same')] },
      ],
    };
    const m = addUpMatrix(groups, 'counts');
    expect(m.columns.map((c) => c.id)).toEqual(['c/1', 'c/2', 'c/0']);
    expect(m.rows.map((r) => r.id)).toEqual(['r/a', 'r/b']);
    expect(m.cells.map((c) => `${c.rowId} ${c.columnId}`)).toEqual(['r/a c/1', 'r/b c/1', 'r/a c/2', 'r/b c/2', 'r/a c/0', 'r/b c/0']);
  });

  it("lists a cell's citations and its documents once each, sorted", () => {
    const groups: MatrixGroups = {
      evaluations: [
        { columns: [col('x')], groups: [{ source: 'm', count: 2, citationIds: ['d2|a|m', 'd1|a|m'], documentIds: ['d2', 'd1'] }] },
        { columns: [col('x')], groups: [{ source: 'm', count: 1, citationIds: ['d1|b|m'], documentIds: ['d1'] }] },
      ],
      sources: [{ source: 'm', rows: [col('m')] }],
    };
    expect(addUpMatrix(groups, 'lists').cells).toEqual([
      { rowId: 'm', columnId: 'x', count: 3, citationIds: ['d1|a|m', 'd1|b|m', 'd2|a|m'], documentIds: ['d1', 'd2'] },
    ]);
    expect(addUpMatrix(groups, 'counts').cells).toEqual([{ rowId: 'm', columnId: 'x', count: 3 }]);
  });
});
