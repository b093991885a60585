/**
 * Keeping a party's citations, their counts, a party's motions and a person's parties (party-citations.repo.ts) in
 * step with the graph: inside every load's transaction for the motions, memberships and evaluations' publishers it
 * touches (and a curator's review of an authorship, or link of an evaluation to its curated record, in theirs), and
 * whole when they may be stale (a restore, a database from before they existed).
 */
import type { Executor, TxRunner } from '../db/executor.js';
import type { GraphPlan } from '../ingest/plan/graph-plan.js';
import {
  COUNT_ALL_PARTY_CITATIONS,
  CREATE_ALL_PARTY_CITATIONS,
  CREATE_ALL_PERSON_PARTIES,
  DELETE_ALL_PARTY_CITATIONS,
  DERIVED_DATA_VERSION,
  FORGET_DERIVED_DATA,
  KEEP_PERSON_PARTIES,
  PEOPLE_WITH_NEW_PARTIES,
  REFRESH_PARTY_CITATIONS,
  REFRESH_PUBLISHERS_OF_ROWS,
  SET_DERIVED_DATA_VERSION,
} from './party-citations.repo.js';

/** Raise the version when what a row holds changes: every database then rebuilds its rows once, on upgrade. */
const PARTY_CITATIONS = { name: 'partyCitations', version: 6 };

/** What in a plan can change a motion's party citations. */
export function partyCitationChanges(plan: GraphPlan) {
  const documentIds = new Set<string>();
  const motionIds = new Set<string>();
  const memberships = new Map<string, { person: string; party: string }>();
  const evaluationIds = new Set<string>(); // whose publishers a plan may change
  for (const n of plan.nodes) {
    if (n.label === 'Document') documentIds.add(n.id); // its date, municipality, citations
    else if (n.label === 'Motion') motionIds.add(n.id); // its municipality
  }
  for (const r of plan.relationships) {
    if (r.type === 'CITES' && r.from.label === 'Document') documentIds.add(r.from.id);
    else if (r.type === 'PART_OF_CASE') motionIds.add(r.to.id);
    else if (r.type === 'AUTHORED_BY') motionIds.add(r.from.id);
    else if (r.type === 'MEMBER_OF') memberships.set(`${r.from.id}|${r.to.id}`, { person: r.from.id, party: r.to.id });
    else if ((r.type === 'PUBLISHED_BY' || r.type === 'SAME_AS') && r.from.label === 'Evaluation') evaluationIds.add(r.from.id);
  }
  return {
    documentIds: [...documentIds],
    motionIds: [...motionIds],
    memberships: [...memberships.values()],
    evaluationIds: [...evaluationIds],
  };
}

/**
 * Starts the upkeep of a plan's write: who gains a party must be asked before the write states it, so the
 * question is sent now, ahead of the plan's statements on the same transaction. `finish` runs after them.
 */
export function partyCitationUpkeep(tx: TxRunner, plan: GraphPlan): { asked: Promise<unknown>; finish: () => Promise<void> } {
  const { documentIds, motionIds, memberships, evaluationIds } = partyCitationChanges(plan);
  const asked = memberships.length > 0 ? tx.run<{ id: string }>(PEOPLE_WITH_NEW_PARTIES, { memberships }) : Promise.resolve([]);
  return {
    asked,
    finish: async () => {
      const personIds = (await asked).map((p) => p.id);
      const refreshed = documentIds.length + motionIds.length + personIds.length > 0;
      await Promise.all([
        memberships.length > 0 ? tx.run(KEEP_PERSON_PARTIES, { memberships }) : undefined,
        refreshed ? tx.run(REFRESH_PARTY_CITATIONS, { documentIds, motionIds, personIds }) : undefined,
        evaluationIds.length > 0 ? refreshPublishersOfRows(tx, evaluationIds) : undefined,
      ]);
    },
  };
}

/** Rebuilds the rows of these motions, in the caller's transaction (a curator's review of an authorship). */
export async function refreshPartyRowsOfMotions(tx: TxRunner, motionIds: string[]): Promise<void> {
  await tx.run(REFRESH_PARTY_CITATIONS, { documentIds: [], motionIds, personIds: [] });
}

/** Sets the publishers again on the rows of these evaluations, and of those linked to them, in the caller's transaction. */
export async function refreshPublishersOfRows(tx: TxRunner, evaluationIds: string[]): Promise<void> {
  await tx.run(REFRESH_PUBLISHERS_OF_ROWS, { evaluationIds });
}

/** Every row again, from the graph. Until it has finished, the database is marked as not having them. */
export async function rebuildPartyCitations(executor: Executor): Promise<void> {
  await executor.write(FORGET_DERIVED_DATA, { name: PARTY_CITATIONS.name });
  await executor.runInBatches(DELETE_ALL_PARTY_CITATIONS);
  await executor.runInBatches(CREATE_ALL_PARTY_CITATIONS);
  await executor.runInBatches(CREATE_ALL_PERSON_PARTIES);
  await executor.write(COUNT_ALL_PARTY_CITATIONS);
  await executor.write(SET_DERIVED_DATA_VERSION, PARTY_CITATIONS);
}

/** Rebuilds the rows when the database does not have them at this version; true when it did. */
export async function ensurePartyCitations(executor: Executor): Promise<boolean> {
  const [row] = await executor.read<{ version: number | null }>(DERIVED_DATA_VERSION, { name: PARTY_CITATIONS.name });
  if (row?.version === PARTY_CITATIONS.version) return false;
  await rebuildPartyCitations(executor);
  return true;
}
