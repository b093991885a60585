/** citationMatrix: counts per (row, column), of each row and column and in all, from one query's sums (matrix.ts adds them up). */
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../graphql/context.js';
import { selectedFields } from '../graphql/selection.js';
import { checkDate, party, topicId } from './filters.js';
import { addUpMatrix } from './matrix.js';
import { CITATION_MATRIX, type MatrixColumns, type MatrixDetail, type MatrixSums, type MatrixRows } from './matrix.repo.js';

interface MatrixFilter {
  municipalityId?: string | null;
  partyAbbreviation?: string | null;
  publisherId?: string | null;
  projectId?: string | null;
  topic?: string | null;
  from?: string | null;
  to?: string | null;
}

export const matrixResolvers = {
  Query: {
    citationMatrix: async (
      _: unknown,
      args: { filter?: MatrixFilter | null; rows: MatrixRows; columns: MatrixColumns },
      ctx: Context,
      info: GraphQLResolveInfo,
    ) => {
      const f = args.filter ?? {};
      const partyAbbreviation = party(f.partyAbbreviation);
      const from = checkDate(f.from, 'filter.from');
      const to = checkDate(f.to, 'filter.to');
      // One party's matrix reads that party's rows (of the period, when there is one) instead of every citation.
      const start = !partyAbbreviation ? 'all' : from || to ? 'partyPeriod' : 'party';
      const cellFields = selectedFields(info, ['cells']);
      const detail: MatrixDetail = cellFields.has('citationIds') || cellFields.has('documentIds') ? 'lists' : 'counts';
      const [sums] = await ctx.executor.read<MatrixSums>(CITATION_MATRIX[start][`${args.rows}:${args.columns}`][detail], {
        municipalityId: f.municipalityId ?? null,
        partyAbbreviation,
        publisherId: f.publisherId ?? null,
        projectId: f.projectId ?? null,
        topicId: topicId(f.topic),
        from,
        to,
      });
      return addUpMatrix(sums ?? { sources: [], columns: [] }, detail);
    },
  },
};
