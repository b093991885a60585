/**
 * npx tsx bench/query/profile.ts --uri bolt://127.0.0.1:PORT [--only "search"] [--runs 5]
 * For each headline query: the statements Belägg runs for it (recorded as the floor is), each timed over a few
 * runs and PROFILEd once, with its database hits, rows and the costliest operators. For finding what limits a
 * query against an already running benchmark database; not part of the benchmark's figures.
 */
import { Command } from 'commander';
import neo4j from 'neo4j-driver';
import { createDriver } from '../../src/db/driver.js';
import { headlines } from './headline.js';
import { pickArguments } from './pick.js';
import { recordFloors } from './run.js';

const o = new Command().requiredOption('--uri <uri>').option('--only <names>').option('--runs <n>', 'timed runs per statement', Number, 5)
  .parse().opts<{ uri: string; only?: string; runs: number }>();
const driver = createDriver({ mode: 'external', uri: o.uri, user: 'neo4j', password: '', database: 'neo4j' });

interface Plan { operatorType: string; dbHits: number; rows: number; arguments: Record<string, unknown>; children: Plan[] }
const flatten = (p: Plan, depth = 0): Array<Plan & { depth: number }> => [{ ...p, depth }, ...p.children.flatMap((c) => flatten(c, depth + 1))];

try {
  const picks = await pickArguments(driver);
  const list = headlines(picks).filter((h) => !o.only || o.only.split(',').map((s) => s.trim()).includes(h.name));
  const floors = await recordFloors(driver, list);
  for (const [i, h] of list.entries()) {
    const { plan, answer } = floors[i]!;
    console.log(`\n=== ${h.name} (answer ${answer}, ${plan.flat().length} statements in ${plan.length} waves)`);
    for (const s of plan.flat()) {
      const times: number[] = [];
      for (let r = 0; r < o.runs; r++) {
        const t0 = performance.now();
        await driver.executeQuery(s.query, s.params, { database: 'neo4j', routing: neo4j.routing.READ });
        times.push(performance.now() - t0);
      }
      const { summary } = await driver.executeQuery(`PROFILE ${s.query}`, s.params, { database: 'neo4j', routing: neo4j.routing.READ });
      const ops = flatten(summary.profile as unknown as Plan);
      const hits = ops.reduce((n, p) => n + Number(p.dbHits), 0);
      times.sort((a, b) => a - b);
      console.log(`--- ${s.query.replace(/\s+/g, ' ').slice(0, 110)}`);
      console.log(`    median ${times[Math.floor(times.length / 2)]!.toFixed(1)} ms, db hits ${hits}`);
      for (const p of [...ops].sort((a, b) => Number(b.dbHits) - Number(a.dbHits)).slice(0, 6))
        console.log(`    ${String(p.dbHits).padStart(9)} hits ${String(p.rows).padStart(8)} rows  ${p.operatorType} ${String(p.arguments.Details ?? '').slice(0, 120)}`);
    }
  }
} finally {
  await driver.close();
}
