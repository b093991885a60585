/** Documents and the claims they make. */
import { notFound } from '../errors.js';
import type { Context } from '../graphql/context.js';
import { distinctNodes, evidenceList, evidenceOf } from '../graphql/evidence.js';
import { checkId } from '../graphql/ids.js';
import type { NodeRow } from '../graph/nodes.repo.js';

type Node = NodeRow;

export const documentResolvers = {
  Query: {
    document: async (_: unknown, { id }: { id: string }, ctx: Context) =>
      (await ctx.loaders.node('Document').load(checkId(id))) ?? Promise.reject(notFound('document', id)),
  },
  Document: {
    // Nested lists project documents without their texts; fetch them only when asked for.
    rawText: async (d: Node, _: unknown, ctx: Context) => d.rawText ?? (await ctx.loaders.node('Document').load(d.id))?.rawText,
    text: async (d: Node, _: unknown, ctx: Context) => d.text ?? (await ctx.loaders.node('Document').load(d.id))?.text,
    municipality: (d: Node, _: unknown, ctx: Context) =>
      d.municipalityId ? ctx.loaders.node('Organization').load(String(d.municipalityId)) : null,
    cases: async (d: Node, _: unknown, ctx: Context) =>
      (await ctx.loaders.neighbours('documentCases').load(d.id)).map((i) => ({
        role: i.rel.role,
        motion: i.node,
        evidence: evidenceOf(i.rel),
      })),
    claims: async (d: Node, _: unknown, ctx: Context) => distinctNodes(await ctx.loaders.neighbours('documentClaims').load(d.id)),
  },
  Evidence: {
    document: (e: { documentId: string }, _: unknown, ctx: Context) => ctx.loaders.node('Document').load(e.documentId),
  },
  Claim: {
    about: async (c: Node, _: unknown, ctx: Context) => distinctNodes(await ctx.loaders.neighbours('claimAbout').load(c.id)),
    counters: async (c: Node, _: unknown, ctx: Context) => distinctNodes(await ctx.loaders.neighbours('claimCounters').load(c.id)),
    supportedBy: async (c: Node, _: unknown, ctx: Context) => distinctNodes(await ctx.loaders.neighbours('claimSupport').load(c.id)),
    evidence: async (c: Node, _: unknown, ctx: Context) => evidenceList(await ctx.loaders.neighbours('claimSources').load(c.id)),
  },
};
