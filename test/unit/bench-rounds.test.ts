/**
 * How the query benchmark pools a cell's windows and takes them in turns: pure functions, no database.
 */
import { describe, expect, it } from 'vitest';
import { percentile, pool, type Window } from '../../bench/query/measure.js';
import { roundRange } from '../../bench/query/table.js';
import { inTurn } from '../../bench/query/turns.js';

const window = (latencies: number[], seconds = 1, errors = 0): Window => ({ latencies, seconds, errors });

describe('pooling a cell’s windows', () => {
  it('takes percentiles over every request of every window, and throughput over their summed time', () => {
    // 100 requests: 1..99 ms in the first window, one of 500 ms in the second
    const first = window(Array.from({ length: 99 }, (_, i) => i + 1), 2, 1);
    const second = window([500], 0.5, 2);
    const stats = pool([first, second]);
    expect(stats.requests).toBe(100);
    expect(stats.errors).toBe(3);
    expect(stats.throughput).toBeCloseTo(100 / 2.5, 10);
    expect(stats.p50).toBe(50);
    expect(stats.p99).toBe(99);
    // each window's own p99, in order: the second window's only request is its p99, which the pool's is not
    expect(stats.p99ByWindow).toEqual([99, 500]);
  });

  it('gives no percentiles and no throughput for a contender that completed nothing', () => {
    const stats = pool([window([], 1, 4)]);
    expect(stats.requests).toBe(0);
    expect(stats.throughput).toBe(0);
    expect(Number.isNaN(stats.p99)).toBe(true);
    expect(percentile([], 50)).toBeNaN();
  });
});

describe('taking windows in turns', () => {
  it('starts each round one contender further along, so over n rounds each sits once in every place', () => {
    const contenders = ['a', 'b', 'c'];
    const rounds = [0, 1, 2].map((r) => inTurn(contenders, r));
    expect(rounds).toEqual([['a', 'b', 'c'], ['b', 'c', 'a'], ['c', 'a', 'b']]);
    for (let place = 0; place < 3; place++) expect(new Set(rounds.map((r) => r[place]))).toEqual(new Set(contenders));
    expect(inTurn(contenders, 3)).toEqual(contenders);
    expect(inTurn([], 2)).toEqual([]);
  });
});

describe('b/a of p99, round by round', () => {
  const stats = (p99ByWindow: number[]) => ({ ...pool([]), p99ByWindow });

  it('pairs each round of b with the same round of a and prints the lowest and highest ratio', () => {
    // paired by round: 20/20, 30/10, 10/10 (sorted pairs would give 1.00–2.00×, a over its pool 0.50–1.50×)
    expect(roundRange(stats([20, 30, 10]), stats([20, 10, 10]))).toBe('1.00–3.00×');
  });

  it('prints one figure for one round, and a dash where a contender did not run', () => {
    expect(roundRange(stats([13]), stats([10]))).toBe('1.30×');
    expect(roundRange(null, stats([10]))).toBe('–');
    expect(roundRange(stats([Number.NaN]), stats([10]))).toBe('–');
  });
});
