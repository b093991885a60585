/** evidenceChain and connection: paths with the evidence (or curated source) on every hop. */
import { badInput, notFound } from '../errors.js';
import type { NodeRow } from '../graph/nodes.repo.js';
import type { Context } from '../graphql/context.js';
import { evidenceOf } from '../graphql/evidence.js';
import { checkId } from '../graphql/ids.js';
import { CONNECTION, EVIDENCE_CHAIN, MAX_HOPS, NODE_EXISTS } from './chain.repo.js';

interface PathRow {
  nodes: Array<{ id: string; label: string; name: string }>;
  hops: Array<{ type: string; from: string; to: string; props: Record<string, unknown> }>;
}

function toPath(row: PathRow) {
  const byId = new Map(row.nodes.map((n) => [n.id, n]));
  return {
    nodes: row.nodes.map((n) => ({ ...n, name: String(n.name).slice(0, 300) })),
    hops: row.hops.map((h) => ({
      type: h.type,
      from: byId.get(h.from),
      to: byId.get(h.to),
      status: String(h.props.status ?? 'PROPOSED'),
      evidence: evidenceOf(h.props),
      source: typeof h.props.source === 'string' ? h.props.source : null,
    })),
  };
}

export const chainResolvers = {
  Query: {
    evidenceChain: async (_: unknown, { motionId }: { motionId: string }, ctx: Context) => {
      checkId(motionId, 'motionId', 'motion');
      const [row] = await ctx.executor.read<{ motion: NodeRow; paths: PathRow[] }>(EVIDENCE_CHAIN, { motionId });
      if (!row) throw notFound('motion', motionId);
      ctx.loaders.node('Motion').prime(motionId, row.motion);
      return { motion: row.motion, paths: row.paths.map(toPath) };
    },
    connection: async (_: unknown, args: { fromId: string; toId: string; maxHops?: number | null }, ctx: Context) => {
      const maxHops = args.maxHops ?? 4;
      if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > MAX_HOPS)
        throw badInput(`\`maxHops\` must be between 1 and ${MAX_HOPS}`, { argument: 'maxHops', max: MAX_HOPS });
      const ids = [checkId(args.fromId, 'fromId'), checkId(args.toId, 'toId')];
      const found = await ctx.executor.read<{ id: string; exists: boolean }>(NODE_EXISTS, { ids });
      for (const f of found) if (!f.exists) throw notFound('entity', f.id);
      if (args.fromId === args.toId) throw badInput('`fromId` and `toId` are the same entity', { argument: 'toId' });
      const [row] = await ctx.executor.read<PathRow>(CONNECTION[maxHops] as string, { fromId: args.fromId, toId: args.toId });
      return { found: row !== undefined, maxHops, path: row ? toPath(row) : null };
    },
  },
};
