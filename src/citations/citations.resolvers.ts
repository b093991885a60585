/** "Which motions cite which evaluations", answered by one query per page. */
import { int } from '../db/values.js';
import type { Context } from '../graphql/context.js';
import { evidenceOf } from '../graphql/evidence.js';
import { connection, type PageArgs, pageRequest } from '../graphql/pagination.js';
import type { NodeRow } from '../graph/nodes.repo.js';
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
  motion: NodeRow | null;
  /** Without rawText and text: Document's resolvers fetch them when asked for. */
  document: NodeRow;
  evaluation: NodeRow;
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
    motion: (c: CitationRow) => c.motion,
    document: (c: CitationRow) => c.document,
    evaluation: (c: CitationRow) => c.evaluation,
    evidence: (c: CitationRow) => evidenceOf(c.evidence),
  },
};
