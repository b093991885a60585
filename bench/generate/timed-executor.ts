/**
 * An Executor that times every statement the loader sends, by statement shape ("MERGE Document",
 * "MERGE CITES Document->Evaluation", "read FIND_DOCUMENT_FINGERPRINTS", "commit"), for `--profile`: it shows
 * where a bulk load spends its time and which statement grows with the graph. Bench-only; the product's
 * Executor stays untimed.
 */
import { Executor, type Params, type TxRunner } from '../../src/db/executor.js';

export class Timings {
  private readonly totals = new Map<string, { ms: number; calls: number }>();

  add(name: string, ms: number): void {
    const t = this.totals.get(name) ?? { ms: 0, calls: 0 };
    t.ms += ms;
    t.calls++;
    this.totals.set(name, t);
  }

  /** The table since the last call, slowest first, and a fresh start for the next window. */
  take(): string[] {
    const rows = [...this.totals.entries()].sort((a, b) => b[1].ms - a[1].ms);
    this.totals.clear();
    return rows.map(([name, t]) => `${(t.ms / 1000).toFixed(2).padStart(8)} s ${String(t.calls).padStart(6)}×  ${name}`);
  }
}

/** A short, stable name for a statement: its verb, relationship type and labels, never its parameters. */
export function statementName(query: string): string {
  const rel = /MERGE \(a\)-\[r:(\w+)[^\]]*\]->\(b\)|CREATE \(a\)-\[r:(\w+)/.exec(query);
  const ends = [...query.matchAll(/MATCH \((?:a|b):(\w+)/g)].map((m) => m[1]);
  if (rel) return `rel ${rel[1] ?? rel[2]} ${ends.join('->')}`;
  const node = /(MERGE|CREATE) \(n:(\w+)/.exec(query);
  if (node) return `node ${node[1]} ${node[2]}`;
  return query.replace(/\s+/g, ' ').slice(0, 60);
}

/** The transaction's own TxRunner, with each statement it runs timed into `timings`. */
function timedTx(tx: TxRunner, timings: Timings): TxRunner {
  const run = tx.run.bind(tx);
  tx.run = (async (query: string, params: Params = {}) => {
    const t0 = performance.now();
    try {
      return await run(query, params);
    } finally {
      timings.add(statementName(query), performance.now() - t0);
    }
  }) as TxRunner['run'];
  return tx;
}

export class TimedExecutor extends Executor {
  readonly timings = new Timings();

  override async read<T>(query: string, params: Params = {}): Promise<T[]> {
    const t0 = performance.now();
    try {
      return await super.read<T>(query, params);
    } finally {
      this.timings.add(`read ${statementName(query)}`, performance.now() - t0);
    }
  }

  /** Executor's transaction, with each statement timed and the rest (begin, commit, retries) as "begin+commit". */
  override async writeTransaction<T>(work: (tx: TxRunner) => Promise<T>, metadata: Record<string, unknown> = {}): Promise<T> {
    const t0 = performance.now();
    let inWork = 0;
    try {
      return await super.writeTransaction(async (tx) => {
        const w0 = performance.now();
        try {
          return await work(timedTx(tx, this.timings));
        } finally {
          inWork += performance.now() - w0;
        }
      }, metadata);
    } finally {
      this.timings.add('begin+commit', performance.now() - t0 - inWork);
    }
  }
}
