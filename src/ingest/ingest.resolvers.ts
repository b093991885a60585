/** The ingestDocument mutation: the pipeline's third door, beside `belagg ingest` and `belagg extract`. */
import { z } from 'zod';
import { requireRole } from '../auth/guard.js';
import { AppError } from '../errors.js';
import type { Context } from '../graphql/context.js';
import type { IngestResult } from './pipeline.js';

const inputSchema = z.object({
  text: z.string(),
  title: z.string().trim().min(1).max(2000).nullish(),
  url: z.string().url('url must be a URL').max(2000).nullish(),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date must be YYYY-MM-DD').nullish(),
  municipality: z.string().trim().min(1).max(100).nullish(),
});

const refused = (code: string, message: string, reason: string | null = null) => ({
  document: null,
  outcome: null,
  written: null,
  extraction: null,
  ambiguities: [],
  error: { code, reason, message },
});

function summary(result: IngestResult) {
  const r = result.record;
  return {
    extractor: r.extractor,
    kind: r.document.kind,
    title: r.document.title,
    motionTitle: r.motion?.title ?? null,
    authors: r.authors.map((a) => (a.party ? `${a.name} (${a.party})` : a.name)),
    outcome: r.decision?.outcome ?? null,
    agencies: r.agencies.map((a) => a.name),
    projects: r.projects.map((p) => p.name),
    evaluations: r.evaluations.length,
    findings: r.findings.length,
    claims: r.claims.length,
    changedTokens: r.normalization.changedTokens,
    record: JSON.stringify(r),
  };
}

export const ingestResolvers = {
  Mutation: {
    ingestDocument: async (_: unknown, { input }: { input: unknown }, ctx: Context) => {
      requireRole(ctx.principal, 'curator');
      const parsed = inputSchema.safeParse(input);
      if (!parsed.success) return refused('BAD_USER_INPUT', parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
      const { text, ...meta } = parsed.data;
      try {
        const pipeline = await ctx.pipeline();
        const result = await pipeline.ingest(ctx.executor, text, {
          ...(meta.title ? { title: meta.title } : {}),
          ...(meta.url ? { url: meta.url } : {}),
          ...(meta.date ? { date: meta.date } : {}),
          ...(meta.municipality ? { municipality: meta.municipality } : {}),
        });
        ctx.log.info({ requestId: ctx.requestId, documentId: result.documentId, outcome: result.outcome }, 'document ingested');
        return {
          document: await ctx.loaders.node('Document').load(result.documentId),
          outcome: result.outcome.toUpperCase(),
          written: { nodes: result.nodes, relationships: result.relationships, ...result.facts },
          extraction: summary(result),
          ambiguities: result.ambiguities,
          error: null,
        };
      } catch (error) {
        // A refused document is the user's to fix; anything else is ours and goes to the error path.
        if (error instanceof AppError && error.code === 'BAD_USER_INPUT')
          return refused(error.code, error.message, (error.details.reason as string | undefined) ?? null);
        throw error;
      }
    },
  },
};
