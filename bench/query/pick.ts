/** Chooses the headline queries' arguments from the generated graph (see bench.repo.ts for why these). */
import neo4j, { type Driver } from 'neo4j-driver';
import type { Picks } from './headline.js';
import { PICK_CHAIN_MOTION, PICK_EVALUATION, PICK_MOTION } from './bench.repo.js';

/** A mid-sized Riksdag party: its citations and positions are neither a handful nor most of the graph. */
export const BENCH_PARTY = 'KD';
/** Citing documents of the evaluation that impact and coverage are asked about, at every scale. */
export const EVALUATION_CITATIONS = 50;

async function one(driver: Driver, query: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
  const { records } = await driver.executeQuery(query, params, { database: 'neo4j', routing: neo4j.routing.READ });
  const row = records[0]?.toObject();
  if (!row) throw new Error(`the generated graph has nothing for: ${query.split('\n')[0]}`);
  return row;
}

export async function pickArguments(driver: Driver): Promise<Picks> {
  const motion = await one(driver, PICK_MOTION);
  const chain = await one(driver, PICK_CHAIN_MOTION);
  const evaluation = await one(driver, PICK_EVALUATION, { target: neo4j.int(EVALUATION_CITATIONS) });
  return {
    motionId: String(motion.id),
    chainMotionId: String(chain.id),
    evaluationId: String(evaluation.id),
    project: String(evaluation.project),
    party: BENCH_PARTY,
  };
}
