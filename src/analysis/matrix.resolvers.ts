/** citationMatrix: counts per (row, column) with the citations behind each cell, in one query. */
import type { Context } from '../graphql/context.js';
import { checkDate, party, topicId } from './filters.js';
import { CITATION_MATRIX, type MatrixColumns, type MatrixRows } from './matrix.repo.js';

interface MatrixFilter {
  municipalityId?: string | null;
  partyAbbreviation?: string | null;
  publisherId?: string | null;
  projectId?: string | null;
  topic?: string | null;
  from?: string | null;
  to?: string | null;
}

interface CellRow {
  rowId: string;
  rowLabel: string;
  columnId: string;
  columnLabel: string;
  count: number;
  citationIds: string[];
  documentIds: string[];
}

function axis(cells: CellRow[], id: (c: CellRow) => string, label: (c: CellRow) => string) {
  const items = new Map<string, { id: string; label: string; citations: Set<string> }>();
  for (const c of cells) {
    const item = items.get(id(c)) ?? { id: id(c), label: label(c), citations: new Set<string>() };
    for (const k of c.citationIds) item.citations.add(k);
    items.set(item.id, item);
  }
  return [...items.values()].map((i) => ({ id: i.id, label: i.label, count: i.citations.size }));
}

export const matrixResolvers = {
  Query: {
    citationMatrix: async (
      _: unknown,
      args: { filter?: MatrixFilter | null; rows: MatrixRows; columns: MatrixColumns },
      ctx: Context,
    ) => {
      const f = args.filter ?? {};
      const partyAbbreviation = party(f.partyAbbreviation);
      const from = checkDate(f.from, 'filter.from');
      const to = checkDate(f.to, 'filter.to');
      const start = !partyAbbreviation ? 'all' : from || to ? 'partyPeriod' : 'party';
      const cells = await ctx.executor.read<CellRow>(CITATION_MATRIX[start][`${args.rows}:${args.columns}`], {
        municipalityId: f.municipalityId ?? null,
        partyAbbreviation,
        publisherId: f.publisherId ?? null,
        projectId: f.projectId ?? null,
        topicId: topicId(f.topic),
        from,
        to,
      });
      return {
        rows: axis(cells, (c) => c.rowId, (c) => c.rowLabel),
        columns: axis(cells, (c) => c.columnId, (c) => c.columnLabel),
        cells: cells.map((c) => ({ rowId: c.rowId, columnId: c.columnId, count: c.count, citationIds: c.citationIds, documentIds: c.documentIds })),
        totalCitations: new Set(cells.flatMap((c) => c.citationIds)).size,
      };
    },
  },
};
