/** "Which motions cite which evaluations", answered by one query per page. */
import { int } from '../db/values.js';
import type { Context } from '../graphql/context.js';
import { evidenceOf } from '../graphql/evidence.js';
import { connection, type PageArgs, pageRequest } from '../graphql/pagination.js';
import { CITATIONS_PAGE, citationAnchor } from './citations.repo.js';

interface CitationFilter {
  motionId?: string | null;
  evaluationId?: string | null;
  partyAbbreviation?: string | null;
  municipalityId?: string | null;
  projectId?: string | null;
}

interface CitationRow {
  key: string;
  role: string | null;
  motionId: string | null;
  documentId: string;
  evaluationId: string;
  evidence: Record<string, unknown>;
  findings: Array<Record<string, unknown> & { id: string }>;
}

export const citationResolvers = {
  Query: {
    citations: async (_: unknown, args: PageArgs & { filter?: CitationFilter }, ctx: Context) => {
      const request = pageRequest(args, ctx.config.maxPageSize);
      const f = args.filter ?? {};
      const filter = {
        motionId: f.motionId ?? null,
        evaluationId: f.evaluationId ?? null,
        partyAbbreviation: f.partyAbbreviation?.toUpperCase() ?? null,
        municipalityId: f.municipalityId ?? null,
        projectId: f.projectId ?? null,
      };
      const [row] = await ctx.executor.read<{ total: number; page: CitationRow[] }>(CITATIONS_PAGE[citationAnchor(filter)], {
        ...filter,
        after: request.after,
        limit: int(request.fetch),
      });
      return connection(row?.page ?? [], (c) => c.key, request, row?.total ?? 0);
    },
  },
  Citation: {
    id: (c: CitationRow) => c.key,
    motion: (c: CitationRow, _: unknown, ctx: Context) => (c.motionId ? ctx.loaders.node('Motion').load(c.motionId) : null),
    document: (c: CitationRow, _: unknown, ctx: Context) => ctx.loaders.node('Document').load(c.documentId),
    evaluation: (c: CitationRow, _: unknown, ctx: Context) => ctx.loaders.node('Evaluation').load(c.evaluationId),
    evidence: (c: CitationRow) => evidenceOf(c.evidence),
  },
};
