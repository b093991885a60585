import { describe, expect, it } from 'vitest';
import { addUpMatrix } from '../../src/analysis/matrix.js';
import type { MatrixSums } from '../../src/analysis/matrix.repo.js';

const axis = (id: string, label: string | null = id) => ({ id, label });

describe('addUpMatrix', () => {
  it('counts a citation once in each of its cells, rows and columns, and once in all', () => {
    // Evaluation A has two publishers X and Y (a curator's SAME_AS) and is cited twice from motion m1 and once
    // from m2; evaluation B (publisher X) four times from m2. m1 has authors of two parties.
    const sums: MatrixSums = {
      sources: [
        { source: 'm1', count: 2, rows: [axis('party/S', 'S'), axis('party/V', 'V')] },
        { source: 'm2', count: 5, rows: [axis('party/S', 'S')] },
      ],
      columns: [
        { ...axis('pub/x', 'X'), sources: ['m1', 'm2'], counts: [2, 5] },
        { ...axis('pub/y', 'Y'), sources: ['m1', 'm2'], counts: [2, 1] },
      ],
    };
    expect(addUpMatrix(sums, 'counts')).toEqual({
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

  it('leaves out what has no row: not in a cell, a row, a column or the total', () => {
    // a motion whose authors belong to no party has no PARTY row; a column only it is in is no column
    const sums: MatrixSums = {
      sources: [
        { source: 'm1', count: 1, rows: [axis('m1', 'Motion')] },
        { source: 'orphan', count: 3, rows: [] },
      ],
      columns: [
        { ...axis('p/1', 'Ett'), sources: ['m1', 'orphan', 'unlisted'], counts: [1, 3, 9] },
        { ...axis('p/2', 'Två'), sources: ['orphan'], counts: [3] },
      ],
    };
    expect(addUpMatrix(sums, 'counts')).toEqual({
      rows: [{ id: 'm1', label: 'Motion', count: 1 }],
      columns: [{ id: 'p/1', label: 'Ett', count: 1 }],
      cells: [{ rowId: 'm1', columnId: 'p/1', count: 1 }],
      totalCitations: 1,
    });
    expect(addUpMatrix({ sources: [], columns: [] }, 'lists')).toEqual({ rows: [], columns: [], cells: [], totalCitations: 0 });
  });

  it('orders by label as Cypher does (Ö after Z, a missing label last), then by id', () => {
    const both = { sources: ['s', 't'], counts: [1, 1] };
    const sums: MatrixSums = {
      sources: [
        { source: 's', count: 3, rows: [axis('r/b', 'Same')] },
        { source: 't', count: 3, rows: [axis('r/a', 'Same')] },
      ],
      columns: [{ ...axis('c/2', 'Öckerö'), ...both }, { ...axis('c/1', 'Zeta'), ...both }, { ...axis('c/0', null), ...both }],
    };
    const m = addUpMatrix(sums, 'counts');
    expect(m.columns.map((c) => c.id)).toEqual(['c/1', 'c/2', 'c/0']);
    expect(m.rows.map((r) => r.id)).toEqual(['r/a', 'r/b']);
    expect(m.cells.map((c) => `${c.rowId} ${c.columnId}`)).toEqual(['r/a c/1', 'r/b c/1', 'r/a c/2', 'r/b c/2', 'r/a c/0', 'r/b c/0']);
  });

  it("lists a cell's citations and its documents once each, sorted", () => {
    // two evaluations cited by document d1: the query sends its id once per evaluation
    const sums: MatrixSums = {
      sources: [{ source: 'm', count: 3, rows: [axis('m')] }],
      columns: [{ ...axis('x'), sources: ['m'], counts: [3], citationIds: [['d2|a|m', 'd1|a|m', 'd1|b|m']], documentIds: [['d2', 'd1', 'd1']] }],
    };
    expect(addUpMatrix(sums, 'lists').cells).toEqual([
      { rowId: 'm', columnId: 'x', count: 3, citationIds: ['d1|a|m', 'd1|b|m', 'd2|a|m'], documentIds: ['d1', 'd2'] },
    ]);
    expect(addUpMatrix(sums, 'counts').cells).toEqual([{ rowId: 'm', columnId: 'x', count: 3 }]);
  });
});
