/**
 * Growth between two runs of `npm run bench` (their JSON results): per headline query, the answer size and the
 * single-client p50/p99 of the floor (a) and of Belägg (b) at each scale, and how much they grew. A query whose
 * time grows with the graph while its answer does not walks more than its answer.
 * npx tsx bench/query/growth.ts bench/.data/results-TENTH.json bench/.data/results-S.json [--markdown]
 */
import { readFileSync } from 'node:fs';
import type { QueryBenchResult } from './run.js';

interface Saved {
  scale: string;
  counts: Record<string, number>;
  result: QueryBenchResult;
}

const [fileA, fileB] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (!fileA || !fileB) throw new Error('usage: growth.ts <smaller results.json> <larger results.json> [--markdown]');
const markdown = process.argv.includes('--markdown');
const [small, large] = [fileA, fileB].map((f) => JSON.parse(readFileSync(f, 'utf8')) as Saved) as [Saved, Saved];

const fmt = (v: number | null | undefined) => (v == null || Number.isNaN(v) ? '–' : v < 10 ? v.toFixed(1) : v.toFixed(0));
const grow = (a: number | null | undefined, b: number | null | undefined) => (a && b ? `${(b / a).toFixed(2)}×` : '–');
const header = ['query', `answer ${small.scale}→${large.scale}`, `a p50`, 'a growth', `b p50`, `b p99`, 'b p50 growth', 'b p99 growth'];
const rows = large.result.rows.map((r) => {
  const s = small.result.rows.find((x) => x.name === r.name);
  const a0 = s?.cells['floor@1'];
  const a1 = r.cells['floor@1'];
  const b0 = s?.cells['belagg@1'];
  const b1 = r.cells['belagg@1'];
  return [
    r.name,
    `${s?.answer ?? '–'} → ${r.answer}`,
    `${fmt(a0?.p50)} → ${fmt(a1?.p50)}`,
    grow(a0?.p50, a1?.p50),
    `${fmt(b0?.p50)} → ${fmt(b1?.p50)}`,
    `${fmt(b0?.p99)} → ${fmt(b1?.p99)}`,
    grow(b0?.p50, b1?.p50),
    grow(b0?.p99, b1?.p99),
  ];
});
console.log(`Growth ${small.scale} (${small.counts.documents} documents) → ${large.scale} (${large.counts.documents} documents), one client, ms`);
if (markdown) {
  const line = (r: string[]) => `| ${r.join(' | ')} |`;
  console.log([line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n'));
} else {
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  for (const r of all) console.log(r.map((v, i) => v.padEnd(widths[i]!)).join('  '));
}
