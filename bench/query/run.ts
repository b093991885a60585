/**
 * One query-benchmark run over a generated graph: for each headline query and each concurrency, (a) the floor
 * (Belägg's own Cypher replayed through neo4j-driver), (b) Belägg's GraphQL API over HTTP and (c) the
 * @neo4j/graphql server, measured back to back so the three share the machine's mood: in `rounds` rounds, each
 * contender taking one window a round, in turns (see turns.ts), its windows pooled. Also the resident memory of
 * the API and of Neo4j at idle and under load.
 */
import type { Server } from 'node:http';
import type { Driver } from 'neo4j-driver';
import { pino } from 'pino';
import { loadConfig } from '../../src/config.js';
import { Readiness } from '../../src/db/readiness.js';
import { createApp } from '../../src/http/app.js';
import { type FloorPlan, RecordingExecutor, runFloor, statementCount } from './floor.js';
import { type Headline, headlines, type Picks } from './headline.js';
import { http, loop, pool, type Stats, type Window } from './measure.js';
import { pickArguments } from './pick.js';
import { post, rssMiB, startServer } from './servers.js';
import { settle } from './settle.js';
import { inTurn } from './turns.js';

export type Mode = 'floor' | 'belagg' | 'generic';

export interface QueryRow {
  name: string;
  answer: number;
  statements: number;
  /** `${mode}@${concurrency}` → stats, or null where a contender cannot run the query. */
  cells: Record<string, Stats | null>;
  genericNote?: string;
}

export interface QueryBenchResult {
  picks: Picks;
  concurrencies: number[];
  seconds: number;
  rounds: number;
  rows: QueryRow[];
  memory: { apiIdle: number; apiLoad: number; genericIdle: number; genericLoad: number; neo4jIdle: number; neo4jLoad: number };
  apiStartMs: number;
}

export interface QueryBenchOptions {
  uri: string;
  driver: Driver;
  neo4jPid?: number;
  /** Seconds of each measured window. */
  seconds: number;
  /** Measured windows per contender and cell, taken in turns with the other contenders and pooled. */
  rounds: number;
  warmupSeconds: number;
  concurrencies: number[];
  generic: boolean;
  only?: string[];
  log: (line: string) => void;
}

/** Records, per headline query, the statements Belägg runs for it (the floor) and the size of its answer. */
export async function recordFloors(driver: Driver, list: Headline[]): Promise<Array<{ plan: FloorPlan; answer: number }>> {
  const config = loadConfig({ NEO4J_URI: 'bolt://unused:7687', NEO4J_PASSWORD: 'unused', BELAGG_RATE_LIMIT_PER_MINUTE: '100000000', LOG_LEVEL: 'silent' });
  const log = pino({ level: 'silent' });
  const executor = new RecordingExecutor(driver, 'neo4j');
  const app = await createApp({ config, executor, readiness: new Readiness(executor, log), log });
  const server: Server = await new Promise((resolve) => {
    const s = app.express.listen(0, '127.0.0.1', () => resolve(s));
  });
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/graphql`;
  try {
    const out = [];
    for (const h of list) {
      const body = JSON.stringify(h.belagg);
      await post(url, body);
      let answer = 0;
      const plan = await executor.record(async () => {
        answer = h.answerSize(await post(url, body));
      });
      out.push({ plan, answer });
    }
    return out;
  } finally {
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
    await app.apollo.stop();
  }
}

export async function runQueryBench(o: QueryBenchOptions): Promise<QueryBenchResult> {
  const picks = await pickArguments(o.driver);
  o.log(`arguments: ${JSON.stringify(picks)}`);
  const list = headlines(picks).filter((h) => !o.only || o.only.includes(h.name));
  const floors = await recordFloors(o.driver, list);
  const api = await startServer('belagg', o.uri);
  const generic = o.generic ? await startServer('generic', o.uri) : null;
  const memory = { apiIdle: rssMiB(api.pid), apiLoad: 0, genericIdle: rssMiB(generic?.pid), genericLoad: 0, neo4jIdle: rssMiB(o.neo4jPid), neo4jLoad: 0 };
  const sampler = setInterval(() => {
    memory.apiLoad = Math.max(memory.apiLoad, rssMiB(api.pid) || 0);
    memory.genericLoad = Math.max(memory.genericLoad, rssMiB(generic?.pid) || 0);
    memory.neo4jLoad = Math.max(memory.neo4jLoad, rssMiB(o.neo4jPid) || 0);
  }, 250);
  const rows: QueryRow[] = [];
  try {
    for (const [i, h] of list.entries()) {
      const { plan, answer } = floors[i]!;
      const row: QueryRow = { name: h.name, answer, statements: statementCount(plan), cells: {} };
      const belaggBody = JSON.stringify(h.belagg);
      let genericBody: string | null = null;
      if (generic && h.generic) {
        try {
          await post(generic.url, JSON.stringify(h.generic));
          genericBody = JSON.stringify(h.generic);
        } catch (error) {
          row.genericNote = error instanceof Error ? error.message.slice(0, 300) : String(error);
          o.log(`@neo4j/graphql cannot run "${h.name}": ${row.genericNote}`);
        }
      } else row.genericNote = h.generic ? 'not run' : 'not expressible without @cypher';
      const runners: Array<[Mode, ((c: number, s: number) => Promise<Window>) | null]> = [
        ['floor', (c, s) => loop(() => runFloor(o.driver, plan), c, s)],
        ['belagg', (c, s) => http(api.url, belaggBody, c, s)],
        ['generic', genericBody && generic ? (c, s) => http(generic.url, genericBody as string, c, s) : null],
      ];
      for (const c of o.concurrencies) {
        const runnable = runners.flatMap(([mode, run]) => (run ? [{ mode, run, windows: [] as Window[], leftover: 0 }] : []));
        for (const [mode, run] of runners) if (!run) row.cells[`${mode}@${c}`] = null;
        for (let round = 0; round < o.rounds; round++)
          for (const contender of inTurn(runnable, round)) {
            if (round === 0) await contender.run(c, o.warmupSeconds);
            await settle(o.driver);
            contender.windows.push(await contender.run(c, o.seconds));
            contender.leftover += await settle(o.driver);
          }
        for (const { mode, windows, leftover } of runnable) row.cells[`${mode}@${c}`] = { ...pool(windows), leftover };
      }
      rows.push(row);
      o.log(`  ${h.name}: done`);
    }
  } finally {
    clearInterval(sampler);
    await api.stop();
    await generic?.stop();
  }
  return { picks, concurrencies: o.concurrencies, seconds: o.seconds, rounds: o.rounds, rows, memory, apiStartMs: api.startMs };
}
