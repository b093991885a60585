/** Facts and their review: a curator confirms or rejects; rejected facts stay, marked REJECTED. */
import { z } from 'zod';
import { requireRole } from '../auth/guard.js';
import { refreshPartyRowsOfMotions } from '../citations/party-citations.js';
import { notFound } from '../errors.js';
import type { Context } from '../graphql/context.js';
import { evidenceOf } from '../graphql/evidence.js';
import { factType } from '../ingest/plan/fact-id.js';
import { FACT_BY_ID, REVIEW_FACT } from './review.repo.js';

interface FactRow {
  factId: string;
  type: string;
  fromId: string;
  toId: string;
  props: Record<string, unknown>;
}

const reviewInput = z.object({
  factId: z.string(),
  decision: z.enum(['CONFIRM', 'REJECT']),
  note: z.string().max(2000).nullish(),
});

const userError = (code: string, message: string) => ({ fact: null, error: { code, reason: null, message } });

export const reviewResolvers = {
  Query: {
    fact: async (_: unknown, { id }: { id: string }, ctx: Context) => {
      const type = factType(id);
      const [row] = type ? await ctx.executor.read<{ fact: FactRow }>(FACT_BY_ID[type], { factId: id }) : [];
      return row?.fact ?? Promise.reject(notFound('fact', id));
    },
  },
  Mutation: {
    reviewFact: async (_: unknown, { input }: { input: unknown }, ctx: Context) => {
      // The reviewer is who holds the key: recorded on the fact, not taken from the input.
      const reviewer = requireRole(ctx.principal, 'curator').name;
      const parsed = reviewInput.safeParse(input);
      if (!parsed.success) return userError('BAD_USER_INPUT', parsed.error.issues.map((i) => i.message).join('; '));
      const { factId, decision, note } = parsed.data;
      const type = factType(factId);
      if (!type) return userError('BAD_USER_INPUT', `${JSON.stringify(factId)} is not a fact id (fact/<TYPE>/<hash>)`);
      const [row] = await ctx.executor.writeTransaction(
        async (tx) => {
          const reviewed = await tx.run<{ fact: FactRow }>(REVIEW_FACT[type], {
            factId,
            status: decision === 'CONFIRM' ? 'CONFIRMED' : 'REJECTED',
            reviewer,
            reviewedAt: new Date().toISOString(),
            note: note ?? null,
          });
          // a rejected authorship backs no party's positions: the motion's kept party rows follow, in this transaction
          const authorship = reviewed[0]?.fact;
          if (type === 'AUTHORED_BY' && authorship) await refreshPartyRowsOfMotions(tx, [authorship.fromId]);
          return reviewed;
        },
        { app: 'belagg', operation: 'reviewFact' },
      );
      if (!row) return userError('NOT_FOUND', `No reviewable fact with id ${JSON.stringify(factId)} (curated facts carry their own source)`);
      ctx.log.info({ requestId: ctx.requestId, factId, decision, reviewer }, 'fact reviewed');
      return { fact: row.fact, error: null };
    },
  },
  Fact: {
    id: (f: FactRow) => f.factId,
    status: (f: FactRow) => f.props.status,
    reviewedBy: (f: FactRow) => f.props.reviewedBy ?? null,
    reviewedAt: (f: FactRow) => f.props.reviewedAt ?? null,
    note: (f: FactRow) => f.props.reviewNote ?? null,
    evidence: (f: FactRow) => evidenceOf(f.props),
  },
};
