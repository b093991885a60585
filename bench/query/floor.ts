/**
 * The raw floor: exactly the Cypher Belägg runs for an operation, straight through neo4j-driver. Rather than
 * restating each resolver's queries by hand (and drifting from them), the benchmark records what the API
 * actually sent for one request — every statement with its parameters and timing — and replays it. Statements
 * the API ran concurrently (DataLoader batches of one resolver level) are replayed concurrently, one wave after
 * the other, as the resolvers' dependencies force.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { Executor, type Params } from '../../src/db/executor.js';

interface Recorded {
  query: string;
  params: Params;
  start: number;
  end: number;
}

export type FloorPlan = Array<Array<{ query: string; params: Params }>>;

/** The product's executor, noting every read while recording is on. */
export class RecordingExecutor extends Executor {
  private log: Recorded[] | null = null;

  override async read<T = Record<string, unknown>>(query: string, params: Params = {}): Promise<T[]> {
    const start = performance.now();
    try {
      return await super.read<T>(query, params);
    } finally {
      this.log?.push({ query, params, start, end: performance.now() });
    }
  }

  async record(work: () => Promise<void>): Promise<FloorPlan> {
    this.log = [];
    try {
      await work();
      return toWaves(this.log);
    } finally {
      this.log = null;
    }
  }
}

/** A statement opens a new wave once it starts after some statement of the current wave has finished. */
function toWaves(log: Recorded[]): FloorPlan {
  const sorted = [...log].sort((a, b) => a.start - b.start);
  const waves: Recorded[][] = [];
  for (const r of sorted) {
    const current = waves.at(-1);
    if (current && r.start < Math.min(...current.map((c) => c.end))) current.push(r);
    else waves.push([r]);
  }
  return waves.map((w) => w.map(({ query, params }) => ({ query, params })));
}

/**
 * One replay: the waves in order, each wave's statements at once; results are received whole and dropped. Each
 * statement is an auto-commit read, as the product's Executor.read sends it: one round trip, no BEGIN or COMMIT.
 */
export async function runFloor(driver: Driver, plan: FloorPlan): Promise<void> {
  for (const wave of plan) await Promise.all(wave.map((s) => autoCommitRead(driver, s.query, s.params)));
}

async function autoCommitRead(driver: Driver, query: string, params: Params): Promise<void> {
  const session = driver.session({ database: 'neo4j', defaultAccessMode: neo4j.session.READ });
  try {
    await session.run(query, params);
  } finally {
    await session.close();
  }
}

export const statementCount = (plan: FloorPlan) => plan.reduce((n, w) => n + w.length, 0);
