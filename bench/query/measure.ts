/**
 * Latency and throughput at a given concurrency, measured the same way for all three contenders: every
 * completed request's latency is kept, percentiles are taken over all of them, throughput is completions per
 * second of the measured window. HTTP load comes from autocannon (its per-response event gives each latency,
 * since its own summary has no p95); the driver floor is a loop of `concurrency` async clients.
 */
import autocannon from 'autocannon';

export interface Stats {
  p50: number;
  p95: number;
  p99: number;
  /** Requests per second. */
  throughput: number;
  requests: number;
  errors: number;
  /** Requests still running in Neo4j when the window closed (terminated, counted nowhere else). */
  leftover?: number;
}

/** The p-th percentile of values sorted ascending (NaN for none). */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

function stats(latencies: number[], seconds: number, errors: number): Stats {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    throughput: latencies.length / seconds,
    requests: latencies.length,
    errors,
  };
}

/** `concurrency` clients each running `fn` back to back for `seconds`. */
export async function loop(fn: () => Promise<unknown>, concurrency: number, seconds: number): Promise<Stats> {
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline) {
        const t0 = performance.now();
        try {
          await fn();
          latencies.push(performance.now() - t0);
        } catch {
          errors++;
        }
      }
    }),
  );
  return stats(latencies, (performance.now() - started) / 1000, errors);
}

/** POSTs one GraphQL operation with `concurrency` connections for `seconds`. */
export async function http(url: string, body: string, concurrency: number, seconds: number): Promise<Stats> {
  const latencies: number[] = [];
  let bad = 0;
  const started = performance.now();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url, method: 'POST', headers: { 'content-type': 'application/json' }, body, connections: concurrency, duration: seconds },
      (error, r) => (error ? reject(error) : resolve(r)),
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
      else bad++;
    });
  });
  return stats(latencies, (performance.now() - started) / 1000, bad + result.errors + result.timeouts);
}
