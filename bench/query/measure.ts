/**
 * Latency and throughput at a given concurrency, measured the same way for all three contenders: every
 * completed request's latency is kept, percentiles are taken over all of them, throughput is completions per
 * second of the measured time. HTTP load comes from autocannon (its per-response event gives each latency,
 * since its own summary has no p95); the driver floor is a loop of `concurrency` async clients.
 *
 * A cell may be measured in several windows taken in turns with the other contenders (see run.ts): a p99 of one
 * 5-second window is its slowest few requests, and a burst of the machine's own noise during one contender's
 * window, and not the next one's, decides the ratio. Pooled windows give the tail more requests, and windows
 * side by side in time give each pair of contenders a ratio of its own, whose spread the table prints.
 */
import autocannon from 'autocannon';

/** What one measured window saw. */
export interface Window {
  latencies: number[];
  seconds: number;
  errors: number;
}

export interface Stats {
  p50: number;
  p95: number;
  p99: number;
  /** Requests per second. */
  throughput: number;
  requests: number;
  errors: number;
  /** Requests still running in Neo4j when a window closed (terminated, counted nowhere else). */
  leftover?: number;
  /** The p99 of each window, in the order they were taken: round r of one contender ran beside round r of the others. */
  p99ByWindow: number[];
}

/** The p-th percentile of values sorted ascending (NaN for none). */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

const ascending = (values: number[]) => [...values].sort((a, b) => a - b);

/** One contender's windows of one cell as a whole: percentiles over every request of every window. */
export function pool(windows: Window[]): Stats {
  const sorted = ascending(windows.flatMap((w) => w.latencies));
  const seconds = windows.reduce((sum, w) => sum + w.seconds, 0);
  return {
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    throughput: seconds > 0 ? sorted.length / seconds : Number.NaN,
    requests: sorted.length,
    errors: windows.reduce((sum, w) => sum + w.errors, 0),
    p99ByWindow: windows.map((w) => percentile(ascending(w.latencies), 99)),
  };
}

/** `concurrency` clients each running `fn` back to back for `seconds`. */
export async function loop(fn: () => Promise<unknown>, concurrency: number, seconds: number): Promise<Window> {
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
  return { latencies, seconds: (performance.now() - started) / 1000, errors };
}

/** POSTs one GraphQL operation with `concurrency` connections for `seconds`. */
export async function http(url: string, body: string, concurrency: number, seconds: number): Promise<Window> {
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
  return { latencies, seconds: (performance.now() - started) / 1000, errors: bad + result.errors + result.timeouts };
}
