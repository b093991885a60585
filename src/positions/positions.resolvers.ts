/** Party positions: what each party argues for or against, and all parties side by side on one subject. */
import { findParty } from '../domain/gazetteer/index.js';
import { findTopic, topicVocabulary } from '../domain/topics.js';
import { badInput, notFound } from '../errors.js';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../graphql/context.js';
import { checkId } from '../graphql/ids.js';
import { selectedFields } from '../graphql/selection.js';
import type { NodeRow } from '../graph/nodes.repo.js';
import { partyPositions, positionItems, type SubjectValue, timeline } from './positions.js';
import {
  type ComparePositionsRow,
  comparePositionsQuery,
  POSITION_PARTS,
  type PartyPositionsRow,
  type PositionPart,
  type PositionStart,
  partyPositionsQuery,
} from './positions.repo.js';

interface DateArgs {
  from?: string | null;
  to?: string | null;
  includeUndated?: boolean | null;
}

/** A real calendar date written YYYY-MM-DD (2023-02-30 is refused, not rolled over into March). */
function checkDate(value: string | null | undefined, argument: string): string | null {
  if (value == null) return null;
  const parsed = new Date(`${value}T00:00:00Z`);
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
  if (!valid) throw badInput(`\`${argument}\` must be a date YYYY-MM-DD, got ${JSON.stringify(value)}`, { argument, value });
  return value;
}

/**
 * The date range. Document dates are YYYY-MM-DD strings, so they compare as text; an open end is sent as the
 * earliest or latest date rather than null, so the parameters keep their types and Neo4j reuses one plan.
 */
function dateRange(args: DateArgs) {
  const from = checkDate(args.from, 'from');
  const to = checkDate(args.to, 'to');
  if (from && to && from > to) throw badInput('`from` must not be after `to`', { from, to });
  return { from, to, params: { from: from ?? '0000-01-01', to: to ?? '9999-12-31', includeUndated: args.includeUndated ?? true } };
}

/**
 * Where the query starts: without undated motions, from the party's kept motions of the range (an index range:
 * a month costs a month, not the party's decade); otherwise from the party's motions. Both give the same items.
 */
function positionStart(dates: ReturnType<typeof dateRange>): PositionStart {
  return dates.params.includeUndated ? 'party' : 'kept';
}

/** The party to answer for: the graph's node, else a party the gazetteer knows (with no motions yet). */
function knownParty(input: string): { abbreviation: string; fallback: NodeRow | null } {
  const text = input.trim();
  if (text.length === 0 || text.length > 60) throw badInput('`abbreviation` must be 1 to 60 characters', { argument: 'abbreviation' });
  const known = findParty(text);
  return {
    abbreviation: known?.abbreviation ?? text.toUpperCase(),
    fallback: known ? { id: known.id, abbreviation: known.abbreviation, name: known.name } : null,
  };
}

function subjectId(args: { projectId?: string | null; topic?: string | null }): string {
  if ((args.projectId == null) === (args.topic == null)) throw badInput('Give exactly one of `projectId` and `topic`');
  if (args.projectId != null) return checkId(args.projectId, 'projectId', 'project');
  const topic = findTopic(args.topic ?? '');
  if (!topic)
    throw badInput(`\`topic\` must be a topic of the vocabulary: ${topicVocabulary.map((t) => t.name).join('; ')}`, {
      argument: 'topic',
      vocabulary: topicVocabulary.map((t) => t.name),
    });
  return topic.id;
}

/** The parts of PositionMotion the request asks for, under `path` (where the positions' motions are selected). */
function requestedParts(info: GraphQLResolveInfo, path: readonly string[]): Set<PositionPart> {
  const fields = selectedFields(info, path);
  return new Set(POSITION_PARTS.filter((part) => fields.has(part)));
}

export const positionResolvers = {
  Query: {
    partyPositions: async (_: unknown, args: DateArgs & { abbreviation: string }, ctx: Context, info: GraphQLResolveInfo) => {
      const { abbreviation, fallback } = knownParty(args.abbreviation);
      const dates = dateRange(args);
      const parts = requestedParts(info, ['positions', 'motions']);
      const query = partyPositionsQuery(positionStart(dates), parts);
      const [row] = await ctx.executor.read<PartyPositionsRow>(query, { abbreviation, subjectId: null, ...dates.params });
      const party = row?.party ?? fallback;
      if (!party) throw notFound('party', args.abbreviation);
      const items = positionItems(row?.motions ?? []);
      const positions = partyPositions(party, items, parts);
      return {
        party,
        from: dates.from,
        to: dates.to,
        motionCount: new Set(items.map((i) => i.motion.id)).size,
        positions,
        timeline: timeline(positions),
      };
    },
    comparePositions: async (
      _: unknown,
      args: DateArgs & { projectId?: string | null; topic?: string | null },
      ctx: Context,
      info: GraphQLResolveInfo,
    ) => {
      const id = subjectId(args);
      const parts = requestedParts(info, ['motions']);
      const [row] = await ctx.executor.read<ComparePositionsRow>(comparePositionsQuery(parts), { subjectId: id, ...dateRange(args).params });
      // a topic of the vocabulary that no document carries yet is a subject without positions, not an error
      if (!row?.subject && args.projectId != null) throw notFound('project', id);
      return (row?.parties ?? []).flatMap((p) => partyPositions(p.party, positionItems(p.motions), parts));
    },
  },
  PositionSubject: {
    project: (s: SubjectValue) => (s.kind === 'PROJECT' ? s.node : null),
    topic: (s: SubjectValue) => (s.kind === 'TOPIC' ? s.node : null),
  },
  Topic: {
    description: (t: NodeRow) => findTopic(t.id)?.description ?? null,
    terms: (t: NodeRow) => findTopic(t.id)?.terms ?? [],
  },
};
