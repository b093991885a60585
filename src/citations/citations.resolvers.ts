/** "Which motions cite which evaluations", answered by one query per page. */
import type { GraphQLResolveInfo } from 'graphql';
import { int } from '../db/values.js';
import { documentPropertiesFor } from '../documents/document-fields.js';
import type { Context } from '../graphql/context.js';
import { evidenceOf } from '../graphql/evidence.js';
import { evidencePropertiesAsked } from '../graphql/evidence-fields.js';
import { connection, type PageArgs, pageRequest } from '../graphql/pagination.js';
import { selectedFields } from '../graphql/selection.js';
import type { NodeRow } from '../graph/nodes.repo.js';
import { type CitationReads, citationAnchor, citationsPageQuery } from './citations.repo.js';

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
  /** The properties the request reads (CitationReads), never the texts: Document's resolvers fetch them when asked for. */
  document: NodeRow;
  evaluation: NodeRow;
  /** evidence and findings only when the request asks for them (CitationReads), else undefined */
  evidence?: Record<string, unknown>;
  findings?: Array<Record<string, unknown> & { id: string }>;
}

/** What the request reads of each citation on the page. */
function citationReads(info: GraphQLResolveInfo): CitationReads {
  const citation = ['edges', 'node'];
  return {
    document: documentPropertiesFor(selectedFields(info, [...citation, 'document'])),
    evidence: evidencePropertiesAsked(info, [...citation, 'evidence']),
    findings: selectedFields(info, citation).has('findings') ? { evidence: evidencePropertiesAsked(info, [...citation, 'findings', 'evidence']) } : null,
  };
}

export const citationResolvers = {
  Query: {
    citations: async (_: unknown, args: PageArgs & { filter?: CitationFilter }, ctx: Context, info: GraphQLResolveInfo) => {
      const request = pageRequest(args, ctx.config.maxPageSize);
      const f = args.filter ?? {};
      const filter = {
        motionId: f.motionId ?? null,
        evaluationId: f.evaluationId ?? null,
        partyAbbreviation: f.partyAbbreviation?.toUpperCase() ?? null,
        municipalityId: f.municipalityId ?? null,
        projectId: f.projectId ?? null,
      };
      const [row] = await ctx.executor.read<{ total: number; page: CitationRow[] }>(citationsPageQuery(citationAnchor(filter), citationReads(info)), {
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
    evidence: (c: CitationRow) => c.evidence && evidenceOf(c.evidence),
  },
};
