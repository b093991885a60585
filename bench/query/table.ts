/**
 * The query benchmark's table: per headline query and concurrency, p50/p95/p99 (ms) and throughput (req/s) of
 * the floor (a), Belägg (b) and @neo4j/graphql (c), then the ratios the targets are stated in: b/a of p99 and
 * b/c of throughput, both over the pooled windows, and the lowest and highest b/a of p99 among the rounds (each
 * round's b window beside its a window), which says how far one window's p99 can be trusted. "–" marks a query
 * a contender cannot run.
 */
import type { Stats } from './measure.js';
import type { QueryBenchResult } from './run.js';

const ms = (v: number | null | undefined) => (v == null || Number.isNaN(v) ? '–' : v < 10 ? v.toFixed(1) : v.toFixed(0));
const rps = (v: number | null | undefined) => (v == null || Number.isNaN(v) ? '–' : v.toFixed(0));
const ratio = (a: number | null | undefined, b: number | null | undefined) => (a == null || b == null || !b || Number.isNaN(a) || Number.isNaN(b) ? '–' : `${(a / b).toFixed(2)}×`);
const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));
const left = (s: string, n: number) => (s.length >= n ? s : ' '.repeat(n - s.length) + s);

/** "0.92–2.72×": b/a of p99 round by round, lowest to highest; one figure when there was one round. */
export function roundRange(b: Stats | null | undefined, a: Stats | null | undefined): string {
  if (!a || !b) return '–';
  const ratios = b.p99ByWindow.map((p99, i) => p99 / (a.p99ByWindow[i] ?? Number.NaN)).filter((r) => Number.isFinite(r));
  if (ratios.length === 0) return '–';
  const [low, high] = [Math.min(...ratios), Math.max(...ratios)];
  return ratios.length === 1 ? `${low.toFixed(2)}×` : `${low.toFixed(2)}–${high.toFixed(2)}×`;
}

function cell(s: Stats | null | undefined): string[] {
  return s ? [ms(s.p50), ms(s.p95), ms(s.p99), rps(s.throughput)] : ['–', '–', '–', '–'];
}

export const TABLE_HEADER = [
  'query', 'c', 'answer', 'stmts',
  'a p50', 'a p95', 'a p99', 'a rps',
  'b p50', 'b p95', 'b p99', 'b rps',
  'c p50', 'c p95', 'c p99', 'c rps',
  'b/a p99', 'b/c rps', 'b/a p99 by round',
];

export function tableRows(result: QueryBenchResult): string[][] {
  const rows: string[][] = [];
  for (const r of result.rows)
    for (const c of result.concurrencies) {
      const a = r.cells[`floor@${c}`];
      const b = r.cells[`belagg@${c}`];
      const g = r.cells[`generic@${c}`];
      rows.push([r.name, String(c), String(r.answer), String(r.statements), ...cell(a), ...cell(b), ...cell(g), ratio(b?.p99, a?.p99), ratio(b?.throughput, g?.throughput), roundRange(b, a)]);
    }
  return rows;
}

/** A fixed-width table for the terminal; the same rows as Markdown for BENCHMARKS.md. */
export function formatTable(result: QueryBenchResult, markdown = false): string {
  const rows = [TABLE_HEADER, ...tableRows(result)];
  if (markdown) {
    const line = (r: string[]) => `| ${r.join(' | ')} |`;
    return [line(TABLE_HEADER), line(TABLE_HEADER.map(() => '---')), ...rows.slice(1).map(line)].join('\n');
  }
  const widths = TABLE_HEADER.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((r) => r.map((v, i) => (i === 0 ? pad(v, widths[i]!) : left(v, widths[i]!))).join('  ')).join('\n');
}

export function formatMemory(result: QueryBenchResult): string {
  const m = result.memory;
  return [
    `RSS MiB (idle → peak under load): Belägg API ${m.apiIdle} → ${m.apiLoad}; @neo4j/graphql ${m.genericIdle} → ${m.genericLoad}; Neo4j ${m.neo4jIdle} → ${m.neo4jLoad}`,
    `Belägg API start (spawn → listening, schema built): ${(result.apiStartMs / 1000).toFixed(1)} s`,
  ].join('\n');
}

/** Which cells left requests running in Neo4j when their window closed (terminated before the next cell). */
export function formatLeftovers(result: QueryBenchResult): string {
  const letter = { floor: 'a', belagg: 'b', generic: 'c' } as Record<string, string>;
  const cut = result.rows.flatMap((r) =>
    Object.entries(r.cells)
      .filter(([, s]) => (s?.leftover ?? 0) > 0)
      .map(([key, s]) => {
        const [mode, c] = key.split('@');
        return `${r.name} ${letter[mode ?? '']}@${c} ${s?.leftover}`;
      }),
  );
  return `Requests still running when their window closed, terminated before the next cell: ${cut.length ? cut.join('; ') : 'none'}`;
}
