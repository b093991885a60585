/** Motions, people and parties. */
import type { GraphQLResolveInfo } from 'graphql';
import { int } from '../db/values.js';
import { notFound } from '../errors.js';
import type { Context } from '../graphql/context.js';
import { distinctNodes, evidenceList, evidenceOf } from '../graphql/evidence.js';
import { checkId } from '../graphql/ids.js';
import { connection, type PageArgs, pageRequest } from '../graphql/pagination.js';
import { selectedFields } from '../graphql/selection.js';
import type { NeighbourItem } from '../graph/neighbours.repo.js';
import type { NodeRow } from '../graph/nodes.repo.js';
import { ALL_PARTIES, MOTION_WITH_CASE, MOTIONS_PAGE, PARTY_BY_ABBREVIATION } from './motions.repo.js';

type Node = NodeRow;
interface MotionWithCase {
  node: Node;
  motionAuthors: NeighbourItem[];
  motionDocuments: NeighbourItem[];
  /** each author's memberships: all of them, or only the last (see MOTION_WITH_CASE) */
  personMemberships: Array<{ key: string; items: NeighbourItem[] }>;
}
interface MotionFilter {
  municipalityId?: string | null;
  partyAbbreviation?: string | null;
  titleContains?: string | null;
}

async function motionsPage(ctx: Context, filter: MotionFilter, args: PageArgs) {
  const request = pageRequest(args, ctx.config.maxPageSize);
  const [row] = await ctx.executor.read<{ total: number; page: Node[] }>(MOTIONS_PAGE, {
    municipalityId: filter.municipalityId ?? null,
    partyAbbreviation: filter.partyAbbreviation?.toUpperCase() ?? null,
    titleContains: filter.titleContains ?? null,
    after: request.after,
    limit: int(request.fetch),
  });
  return connection(row?.page ?? [], (m) => m.id, request, row?.total ?? 0);
}

/**
 * The motion and the lists its authors and documents fields read, in one query (MOTION_WITH_CASE), into the
 * loaders: the authors' whole memberships only when asked for, their last (each author's party) always.
 */
async function prefetchMotion(ctx: Context, id: string, memberships: boolean): Promise<void> {
  const [row] = await ctx.executor.read<MotionWithCase>(MOTION_WITH_CASE[memberships ? 'all' : 'last'], { id });
  ctx.loaders.node('Motion').prime(id, row?.node ?? null);
  if (!row) return;
  ctx.loaders.neighbours('motionAuthors').prime(id, row.motionAuthors);
  ctx.loaders.neighbours('motionDocuments').prime(id, row.motionDocuments);
  for (const p of row.personMemberships) {
    if (memberships) ctx.loaders.neighbours('personMemberships').prime(p.key, p.items);
    ctx.loaders.lastNeighbour('personMemberships').prime(p.key, p.items.at(-1) ?? null);
  }
}

export const motionResolvers = {
  Query: {
    motion: async (_: unknown, { id }: { id: string }, ctx: Context, info: GraphQLResolveInfo) => {
      const motionId = checkId(id);
      const fields = selectedFields(info);
      if (fields.has('authors') || fields.has('documents')) await prefetchMotion(ctx, motionId, selectedFields(info, ['authors']).has('memberships'));
      return (await ctx.loaders.node('Motion').load(motionId)) ?? Promise.reject(notFound('motion', id));
    },
    motions: (_: unknown, args: PageArgs & { filter?: MotionFilter }, ctx: Context) => motionsPage(ctx, args.filter ?? {}, args),
    person: async (_: unknown, { id }: { id: string }, ctx: Context) =>
      (await ctx.loaders.node('Person').load(checkId(id))) ?? Promise.reject(notFound('person', id)),
    party: async (_: unknown, { abbreviation }: { abbreviation: string }, ctx: Context) => {
      const [row] = await ctx.executor.read<{ party: Node }>(PARTY_BY_ABBREVIATION, { abbreviation: abbreviation.toUpperCase() });
      return row?.party ?? Promise.reject(notFound('party', abbreviation));
    },
    parties: async (_: unknown, __: unknown, ctx: Context) =>
      (await ctx.executor.read<{ party: Node }>(ALL_PARTIES)).map((r) => r.party),
  },
  Motion: {
    municipality: (m: Node, _: unknown, ctx: Context) =>
      m.municipalityId ? ctx.loaders.node('Organization').load(String(m.municipalityId)) : null,
    authors: async (m: Node, _: unknown, ctx: Context) => distinctNodes(await ctx.loaders.neighbours('motionAuthors').load(m.id)),
    documents: async (m: Node, _: unknown, ctx: Context) =>
      (await ctx.loaders.neighbours('motionDocuments').load(m.id)).map((i) => ({ role: i.rel.role, document: i.node })),
    proposals: async (m: Node, _: unknown, ctx: Context) =>
      (await ctx.loaders.neighbours('motionProposals').load(m.id)).map((i) => ({
        outcome: i.rel.outcome,
        fromBodyId: i.rel.fromBodyId,
        toBodyId: i.rel.toBodyId,
        document: i.node,
        evidence: evidenceOf(i.rel),
      })),
    evidence: async (m: Node, _: unknown, ctx: Context) => evidenceList(await ctx.loaders.neighbours('motionMentions').load(m.id)),
  },
  Proposal: {
    fromBody: (p: { fromBodyId?: string | null }, _: unknown, ctx: Context) =>
      p.fromBodyId ? ctx.loaders.node('Organization').load(p.fromBodyId) : null,
    toBody: (p: { toBodyId?: string | null }, _: unknown, ctx: Context) =>
      p.toBodyId ? ctx.loaders.node('Organization').load(p.toBodyId) : null,
  },
  Person: {
    // the last of the memberships below, read alone: a person's memberships grow with every document stating one
    party: async (p: Node, _: unknown, ctx: Context) => (await ctx.loaders.lastNeighbour('personMemberships').load(p.id))?.node ?? null,
    memberships: async (p: Node, _: unknown, ctx: Context) =>
      (await ctx.loaders.neighbours('personMemberships').load(p.id)).map((i) => ({ party: i.node, evidence: evidenceOf(i.rel) })),
    motions: async (p: Node, _: unknown, ctx: Context) => distinctNodes(await ctx.loaders.neighbours('personMotions').load(p.id)),
    evidence: async (p: Node, _: unknown, ctx: Context) => evidenceList(await ctx.loaders.neighbours('personMentions').load(p.id)),
  },
  Party: {
    members: async (p: Node, _: unknown, ctx: Context) => distinctNodes(await ctx.loaders.neighbours('partyMembers').load(p.id)),
    motions: (p: Node, args: PageArgs, ctx: Context) => motionsPage(ctx, { partyAbbreviation: String(p.abbreviation) }, args),
  },
};
