/**
 * Seeded randomness for the generator: the project's mulberry32 (simulate-damage.ts) plus a Zipf sampler, so
 * a few evaluations (and large municipalities) take most citations, as real citation counts do.
 */
import { prng } from '../../src/ingest/normalize/simulate-damage.js';

export type Random = () => number;

export const seeded = (seed: number): Random => prng(seed);

export function int(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

export function choice<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

/** Rank r (0-based) has weight 1/(r+1)^s. sample() returns a rank. */
export class Zipf {
  private readonly cdf: Float64Array;

  constructor(n: number, s: number) {
    this.cdf = new Float64Array(n);
    let total = 0;
    for (let r = 0; r < n; r++) this.cdf[r] = total += 1 / (r + 1) ** s;
    for (let r = 0; r < n; r++) this.cdf[r] = (this.cdf[r] as number) / total;
  }

  sample(random: Random): number {
    const x = random();
    let lo = 0;
    let hi = this.cdf.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.cdf[mid] as number) < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** A weighted pick over [value, weight] pairs whose weights need not sum to 1. */
export function weighted<T>(random: Random, pairs: ReadonlyArray<readonly [T, number]>): T {
  const total = pairs.reduce((s, [, w]) => s + w, 0);
  let r = random() * total;
  for (const [v, w] of pairs) {
    if (r < w) return v;
    r -= w;
  }
  return (pairs[pairs.length - 1] as readonly [T, number])[0];
}
