/** Evaluations, findings, projects and organisations: what documents say of them, and what is known. */
import { int } from '../db/values.js';
import { notFound } from '../errors.js';
import type { Context } from '../graphql/context.js';
import { curatedSourceOf, distinctNodes, evidenceList, evidenceOf } from '../graphql/evidence.js';
import { checkId } from '../graphql/ids.js';
import { connection, type PageArgs, pageRequest } from '../graphql/pagination.js';
import type { NodeRow } from '../graph/nodes.repo.js';
import { EVALUATIONS_PAGE, PROJECTS_PAGE } from './evaluations.repo.js';

type Node = NodeRow;
interface EvaluationFilter {
  projectId?: string | null;
  publisherId?: string | null;
  attributedToId?: string | null;
}

const asList = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : v == null ? [] : [String(v)]);

export const evaluationResolvers = {
  Query: {
    evaluation: async (_: unknown, { id }: { id: string }, ctx: Context) =>
      (await ctx.loaders.node('Evaluation').load(checkId(id))) ?? Promise.reject(notFound('evaluation', id)),
    evaluations: async (_: unknown, args: PageArgs & { filter?: EvaluationFilter }, ctx: Context) => {
      const request = pageRequest(args, ctx.config.maxPageSize);
      const f = args.filter ?? {};
      const [row] = await ctx.executor.read<{ total: number; page: Node[] }>(EVALUATIONS_PAGE, {
        projectId: f.projectId ?? null,
        publisherId: f.publisherId ?? null,
        attributedToId: f.attributedToId ?? null,
        after: request.after,
        limit: int(request.fetch),
      });
      return connection(row?.page ?? [], (e) => e.id, request, row?.total ?? 0);
    },
    finding: async (_: unknown, { id }: { id: string }, ctx: Context) =>
      (await ctx.loaders.node('Finding').load(checkId(id))) ?? Promise.reject(notFound('finding', id)),
    project: async (_: unknown, { id }: { id: string }, ctx: Context) =>
      (await ctx.loaders.node('Project').load(checkId(id))) ?? Promise.reject(notFound('project', id)),
    projects: async (_: unknown, args: PageArgs, ctx: Context) => {
      const request = pageRequest(args, ctx.config.maxPageSize);
      const [row] = await ctx.executor.read<{ total: number; page: Node[] }>(PROJECTS_PAGE, {
        after: request.after,
        limit: int(request.fetch),
      });
      return connection(row?.page ?? [], (p) => p.id, request, row?.total ?? 0);
    },
    organization: async (_: unknown, { id }: { id: string }, ctx: Context) =>
      (await ctx.loaders.node('Organization').load(checkId(id))) ?? Promise.reject(notFound('organization', id)),
  },
  Evaluation: {
    authors: (e: Node) => asList(e.authors),
    attributions: async (e: Node, _: unknown, ctx: Context) =>
      (await ctx.loaders.neighbours('evaluationAttributions').load(e.id)).map((i) => ({
        organizationId: i.rel.toId,
        to: i.rel.to,
        document: i.node,
        evidence: evidenceOf(i.rel),
      })),
    attributedTo: async (e: Node, _: unknown, ctx: Context) => {
      const items = await ctx.loaders.neighbours('evaluationAttributions').load(e.id);
      const orgIds = [...new Set(items.map((i) => String(i.rel.toId)))];
      return (await ctx.loaders.node('Organization').loadMany(orgIds)).filter((o) => o && !(o instanceof Error));
    },
    publishedBy: async (e: Node, _: unknown, ctx: Context) => distinctNodes(await ctx.loaders.neighbours('evaluationPublishers').load(e.id)),
    publications: async (e: Node, _: unknown, ctx: Context) =>
      (await ctx.loaders.neighbours('evaluationPublishers').load(e.id)).map((i) => ({
        organization: i.node,
        sourceId: i.rel.sourceId,
      })),
    evaluates: async (e: Node, _: unknown, ctx: Context) => distinctNodes(await ctx.loaders.neighbours('evaluationProjects').load(e.id)),
    findings: async (e: Node, _: unknown, ctx: Context) => distinctNodes(await ctx.loaders.neighbours('evaluationFindings').load(e.id)),
    curatedFrom: async (e: Node, _: unknown, ctx: Context) =>
      (await ctx.loaders.neighbours('evaluationSources').load(e.id)).map(curatedSourceOf),
  },
  Attribution: {
    organization: (a: { organizationId: string }, _: unknown, ctx: Context) => ctx.loaders.node('Organization').load(a.organizationId),
  },
  Publication: {
    source: async (p: { organization: Node; sourceId?: string }, _: unknown, ctx: Context) => {
      if (!p.sourceId) return null;
      const node = await ctx.loaders.node('Source').load(p.sourceId);
      return node ? curatedSourceOf({ node, rel: { status: 'CURATED', properties: ['publishedBy'] } }) : null;
    },
  },
  Finding: {
    evaluations: async (f: Node, _: unknown, ctx: Context) => distinctNodes(await ctx.loaders.neighbours('findingEvaluations').load(f.id)),
    // Within a citation the parent carries the citing relationship's properties as `evidence`.
    evidence: async (f: Node, _: unknown, ctx: Context) => {
      if (f.evidence && typeof f.evidence === 'object') {
        const e = evidenceOf(f.evidence as Record<string, unknown>);
        return e ? [e] : [];
      }
      return evidenceList(await ctx.loaders.neighbours('findingMentions').load(f.id));
    },
  },
  Project: {
    runBy: async (p: Node, _: unknown, ctx: Context) => distinctNodes(await ctx.loaders.neighbours('projectRunBy').load(p.id)),
    evaluations: async (p: Node, _: unknown, ctx: Context) => distinctNodes(await ctx.loaders.neighbours('projectEvaluations').load(p.id)),
    statements: async (p: Node, _: unknown, ctx: Context) =>
      (await ctx.loaders.neighbours('projectStatements').load(p.id)).map((i) => ({
        property: i.rel.property,
        value: i.rel.value,
        evidence: evidenceOf(i.rel),
      })),
    curatedFrom: async (p: Node, _: unknown, ctx: Context) =>
      (await ctx.loaders.neighbours('projectSources').load(p.id)).map(curatedSourceOf),
  },
  Organization: {
    aliases: (o: Node) => asList(o.aliases),
    partOf: async (o: Node, _: unknown, ctx: Context) => distinctNodes(await ctx.loaders.neighbours('organizationParents').load(o.id)),
    parts: async (o: Node, _: unknown, ctx: Context) => distinctNodes(await ctx.loaders.neighbours('organizationParts').load(o.id)),
  },
};
