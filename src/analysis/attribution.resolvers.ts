/**
 * Attribution and selective citation: what documents say against what is known. Also the curator's link from a
 * cited evaluation to its curated record, and suggestions for it from matching findings.
 */
import { z } from 'zod';
import { requireRole } from '../auth/guard.js';
import { refreshPublishersOfRows } from '../citations/party-citations.js';
import { int } from '../db/values.js';
import { notFound } from '../errors.js';
import type { Context } from '../graphql/context.js';
import { curatedSourceOf, evidenceOf } from '../graphql/evidence.js';
import { checkId } from '../graphql/ids.js';
import { connection, type PageArgs, pageRequest } from '../graphql/pagination.js';
import type { NodeRow } from '../graph/nodes.repo.js';
import { factId } from '../ingest/plan/fact-id.js';
import { party } from './filters.js';
import { EVALUATION_EXISTS, LINK_CANDIDATES, LINK_EVALUATION } from './links.repo.js';
import { ATTRIBUTION_MISMATCHES, SELECTIVE_CITATIONS } from './selective.repo.js';
import { type FindingText, matchFindings } from './similarity.js';

interface AnalysisFilter {
  municipalityId?: string | null;
  partyAbbreviation?: string | null;
  evaluationId?: string | null;
}

async function page<T extends { key: string }>(ctx: Context, query: string, args: PageArgs & { filter?: AnalysisFilter | null }) {
  const request = pageRequest(args, ctx.config.maxPageSize);
  const f = args.filter ?? {};
  const [row] = await ctx.executor.read<{ total: number; page: T[] }>(query, {
    municipalityId: f.municipalityId ?? null,
    partyAbbreviation: party(f.partyAbbreviation),
    evaluationId: f.evaluationId ?? null,
    after: request.after,
    limit: int(request.fetch),
  });
  return connection(row?.page ?? [], (r) => r.key, request, row?.total ?? 0);
}

interface MismatchRow {
  key: string;
  attributionEvidence: Record<string, unknown>;
  publisherSourceId: string | null;
  publisherSource: string | null;
  publisherCurator: string | null;
}

const linkInput = z.object({
  evaluationId: z.string().startsWith('evaluation/', 'evaluationId must be an evaluation id'),
  curatedEvaluationId: z.string().startsWith('evaluation/', 'curatedEvaluationId must be an evaluation id'),
  score: z.number().min(0).max(1).nullish(),
  sourceUrl: z.string().url('sourceUrl must be a URL').nullish(),
});

export const attributionResolvers = {
  Query: {
    selectiveCitations: (_: unknown, args: PageArgs & { filter?: AnalysisFilter | null }, ctx: Context) =>
      page(ctx, SELECTIVE_CITATIONS, args),
    attributionMismatches: (_: unknown, args: PageArgs & { filter?: AnalysisFilter | null }, ctx: Context) =>
      page(ctx, ATTRIBUTION_MISMATCHES, args),
    suggestEvaluationLinks: async (_: unknown, { evaluationId }: { evaluationId: string }, ctx: Context) => {
      const [row] = await ctx.executor.read<{ cited: FindingText[]; candidates: Array<{ evaluation: NodeRow; findings: FindingText[]; linked: boolean }> }>(
        LINK_CANDIDATES,
        { evaluationId: checkId(evaluationId, 'evaluationId', 'evaluation') },
      );
      if (!row) throw notFound('evaluation', evaluationId);
      return row.candidates
        .map((c) => ({ curatedEvaluation: c.evaluation, linked: c.linked, ...matchFindings(row.cited, c.findings) }))
        .filter((s) => s.score > 0)
        .sort((a, b) => b.score - a.score);
    },
  },
  Mutation: {
    linkEvaluation: async (_: unknown, { input }: { input: unknown }, ctx: Context) => {
      const curator = requireRole(ctx.principal, 'curator').name;
      const fail = (code: string, message: string) => ({ evaluation: null, curatedEvaluation: null, error: { code, reason: null, message } });
      const parsed = linkInput.safeParse(input);
      if (!parsed.success) return fail('BAD_USER_INPUT', parsed.error.issues.map((i) => i.message).join('; '));
      const { evaluationId, curatedEvaluationId, score, sourceUrl } = parsed.data;
      if (evaluationId === curatedEvaluationId) return fail('BAD_USER_INPUT', 'an evaluation cannot be linked to itself');
      const exists = await ctx.executor.read<{ id: string; exists: boolean }>(EVALUATION_EXISTS, { ids: [evaluationId, curatedEvaluationId] });
      const missing = exists.filter((e) => !e.exists).map((e) => e.id);
      if (missing.length) return fail('NOT_FOUND', `No evaluation with id ${missing.map((m) => JSON.stringify(m)).join(', ')}`);
      const link = {
        evaluationId,
        curatedEvaluationId,
        curator,
        score: score ?? null,
        source: sourceUrl ?? `belagg:finding-match${score !== null && score !== undefined ? ` score=${score}` : ''}`,
        at: new Date().toISOString(),
        factId: factId({ type: 'SAME_AS', from: { id: evaluationId }, to: { id: curatedEvaluationId }, key: 'curated' }),
      };
      // The evaluation now has the curated record's publishers too: its party rows get them in the same transaction.
      const row = await ctx.executor.writeTransaction(
        async (tx) => {
          const [linked] = await tx.run<{ evaluation: NodeRow; curatedEvaluation: NodeRow }>(LINK_EVALUATION, link);
          await refreshPublishersOfRows(tx, [evaluationId]);
          return linked;
        },
        { app: 'belagg', operation: 'linkEvaluation' },
      );
      ctx.log.info({ requestId: ctx.requestId, evaluationId, curatedEvaluationId, curator }, 'evaluation linked');
      return { ...row, error: null };
    },
  },
  AttributionMismatch: {
    attributionEvidence: (m: MismatchRow) => evidenceOf(m.attributionEvidence),
    publisherSource: async (m: MismatchRow, _: unknown, ctx: Context) => {
      if (!m.publisherSourceId) return null;
      const node = await ctx.loaders.node('Source').load(m.publisherSourceId);
      return node ? curatedSourceOf({ node, rel: { status: 'CURATED', source: m.publisherSource, curator: m.publisherCurator, properties: ['publishedBy'] } }) : null;
    },
  },
};
