/**
 * Measures the rule-based extractor on the labelled corpus (test/fixtures/corpus): every text in texts/ and every
 * OCR-degraded copy in ocr/ goes through normalize → extract and is scored against expected/<name>.json.
 * Prints precision, recall and F1 per field, and the share of evidence spans that are valid (quote === raw.slice).
 *
 *   npm run eval:extract            # the table
 *   npm run eval:extract -- -v      # plus every miss, per document
 *   npm run eval:extract -- --identity   # without OCR repair: how far the rules' own OCR tolerance goes
 *
 * Matching, so that the score measures extraction and not spelling: authors by name (case and diacritics folded)
 * and party; agencies and evaluators through the gazetteer (Brå = Brottsförebyggande rådet); projects through
 * the project lexicon or by containment of words; findings by word overlap (Dice ≥ 0.7, or one inside the other);
 * motion titles without a leading "Motion om"/"Motion:"; the corpus's finer kinds mapped onto the record's kinds.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { findOrganization } from '../src/domain/gazetteer/index.js';
import { extract } from '../src/ingest/extract/index.js';
import projectLexicon from '../src/ingest/extract/lexicon/projects.json' with { type: 'json' };
import type { NormalizedText } from '../src/ingest/normalize/types.js';
import { evidenceSpans, type ExtractionRecord } from '../src/ingest/record.js';

const CORPUS = fileURLToPath(new URL('../test/fixtures/corpus/', import.meta.url));
export const FIELDS = ['authors', 'outcome', 'agencies', 'projects', 'findings', 'evaluations', 'motionTitle', 'kind', 'municipality', 'body'] as const;
export type Field = (typeof FIELDS)[number];
export interface Score { tp: number; fp: number; fn: number; precision: number; recall: number; f1: number }
export interface Report { documents: number; fields: Record<Field, Score>; spans: { valid: number; total: number }; misses: string[]; normalizer: string }
export interface Evaluation { all: Report; splits: Record<string, Report> }

interface Expected {
  kind: string; motionTitle: string | null; municipality: string | null; body: string | null;
  authors: Array<{ name: string; party: string | null }>; decision: string | null; agencies: string[]; projects: string[];
  evaluationsCited: Array<{ attributedTo: string | null; subject: string | null }>; findings: string[];
}

const KIND_MAP: Record<string, string> = {
  'municipal-motion': 'motion', 'protocol-extract': 'protocol', 'meeting-summary': 'protocol',
  'government-communication': 'government-bill', 'government-inquiry-summary': 'other',
};
const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const words = (s: string) => new Set(fold(s).split(' ').filter(Boolean));
const orgKey = (s: string | null) => (s === null ? 'null' : (findOrganization(s)?.key ?? fold(s)));
function projectKey(name: string): string {
  const f = ` ${fold(name)} `;
  const known = projectLexicon.known.find((p) => p.aliases.some((a) => f.includes(` ${fold(a)} `)));
  return known ? fold(known.name) : fold(name.replace(/\([^)]*\)/g, ''));
}
const titleKey = (s: string) => fold(s).replace(/^(?:svar pa )?motion(?:en)?(?: om| angaende| gallande)?\s*/u, '').trim();
const contains = (a: string, b: string) => ` ${a} `.includes(` ${b} `) || ` ${b} `.includes(` ${a} `);
function dice(a: string, b: string): number {
  const A = words(a), B = words(b);
  const common = [...A].filter((w) => B.has(w)).length;
  const inside = common === Math.min(A.size, B.size) && Math.min(A.size, B.size) >= 5;
  return inside ? 1 : (2 * common) / (A.size + B.size || 1);
}

/** One-to-one matching of predicted and expected items; returns [tp, fp, fn] and the unmatched items. */
function match<T>(pred: T[], exp: T[], same: (p: T, e: T) => boolean): { tp: number; fp: T[]; fn: T[] } {
  const left = [...exp];
  const fp: T[] = [];
  let tp = 0;
  for (const p of pred) {
    const i = left.findIndex((e) => same(p, e));
    if (i >= 0) { tp++; left.splice(i, 1); } else fp.push(p);
  }
  return { tp, fp, fn: left };
}
function single(pred: string | null, exp: string | null, eq = (a: string, b: string) => a === b) {
  const ok = pred !== null && exp !== null && eq(pred, exp);
  return { tp: ok ? 1 : 0, fp: pred !== null && !ok ? [pred] : [], fn: exp !== null && !ok ? [exp] : [] };
}

function score(r: ExtractionRecord, e: Expected): Record<Field, { tp: number; fp: unknown[]; fn: unknown[] }> {
  const uniq = <T>(xs: T[], key: (x: T) => string) => [...new Map(xs.map((x) => [key(x), x])).values()];
  return {
    authors: match(r.authors.map((a) => `${fold(a.name)}|${a.party}`), e.authors.map((a) => `${fold(a.name)}|${a.party}`), (a, b) => a === b),
    outcome: single(r.decision?.outcome ?? null, e.decision),
    agencies: match(uniq(r.agencies.map((a) => orgKey(a.name)), (x) => x), uniq(e.agencies.map(orgKey), (x) => x), (a, b) => a === b),
    projects: match(uniq(r.projects.map((p) => projectKey(p.name)), (x) => x), uniq(e.projects.map(projectKey), (x) => x), (a, b) => a === b || contains(a, b)),
    findings: match(r.findings.map((f) => f.text), e.findings, (a, b) => dice(a, b) >= 0.7),
    evaluations: match(uniq(r.evaluations.map((v) => orgKey(v.attributedTo)), (x) => x), uniq(e.evaluationsCited.map((v) => orgKey(v.attributedTo)), (x) => x), (a, b) => a === b),
    motionTitle: single(r.motion?.title ?? null, e.motionTitle, (a, b) => titleKey(a) === titleKey(b)),
    kind: single(r.document.kind, KIND_MAP[e.kind] ?? e.kind),
    municipality: single(r.document.municipality, e.municipality),
    body: single(r.document.body, e.body),
  };
}

async function normalizerFor(): Promise<{ name: string; normalize: (raw: string) => NormalizedText }> {
  if (process.argv.includes('--identity')) return { name: 'identity (forced)', normalize: (raw) => ({ raw, text: raw, changes: [], changedTokens: 0 }) };
  const index = fileURLToPath(new URL('../src/ingest/normalize/index.ts', import.meta.url));
  if (existsSync(index)) {
    const mod = (await import('../src/ingest/normalize/index.js')) as { createNormalizer: () => Promise<{ normalize: (raw: string) => NormalizedText; version?: string }> };
    const n = await mod.createNormalizer();
    return { name: n.version ?? 'normalizer', normalize: (raw) => n.normalize(raw) };
  }
  return { name: 'identity', normalize: (raw) => ({ raw, text: raw, changes: [], changedTokens: 0 }) };
}

interface Doc { name: string; raw: string; expected: Expected; split: string }

/** The corpus documents, each with its expected record and whether it is in the held-out split. */
export function corpus(): Doc[] {
  const splits = Object.entries(JSON.parse(readFileSync(`${CORPUS}splits.json`, 'utf8')) as Record<string, string[]>).filter(([k]) => !k.startsWith('_'));
  const splitOf = (base: string) => splits.find(([, names]) => names.includes(base))?.[0] ?? 'development';
  const out: Doc[] = [];
  for (const dir of ['texts', 'ocr']) {
    if (!existsSync(CORPUS + dir)) continue;
    for (const f of readdirSync(CORPUS + dir).filter((x) => x.endsWith('.txt')).sort()) {
      const base = f.replace(/\.txt$/, '').replace(/\.ocr$/, ''); // ocr/NN_x.ocr.txt is scored against expected/NN_x.json
      const expected = JSON.parse(readFileSync(`${CORPUS}expected/${base}.json`, 'utf8')) as Expected;
      out.push({ name: `${dir}/${f}`, raw: readFileSync(`${CORPUS}${dir}/${f}`, 'utf8'), expected, split: splitOf(base) });
    }
  }
  return out;
}

export async function evaluateCorpus(): Promise<Evaluation> {
  const normalizer = await normalizerFor();
  const docs = corpus().map((d) => ({ ...d, record: extract({ normalized: normalizer.normalize(d.raw) }) }));
  const names = [...new Set(docs.map((d) => d.split))];
  return {
    all: report(docs, normalizer.name),
    splits: Object.fromEntries(names.map((n) => [n, report(docs.filter((d) => d.split === n), normalizer.name)])),
  };
}

function report(docs: Array<Doc & { record: ExtractionRecord }>, normalizer: string): Report {
  const totals = Object.fromEntries(FIELDS.map((f) => [f, { tp: 0, fp: 0, fn: 0 }])) as Record<Field, { tp: number; fp: number; fn: number }>;
  const spans = { valid: 0, total: 0 };
  const misses: string[] = [];
  for (const d of docs) {
    const record = d.record;
    for (const [, ev] of evidenceSpans(record)) {
      spans.total++;
      if (d.raw.slice(ev.start, ev.end) === ev.quote) spans.valid++;
    }
    for (const [field, s] of Object.entries(score(record, d.expected)) as Array<[Field, { tp: number; fp: unknown[]; fn: unknown[] }]>) {
      totals[field].tp += s.tp;
      totals[field].fp += s.fp.length;
      totals[field].fn += s.fn.length;
      for (const x of s.fp) misses.push(`${d.name} ${field} extra: ${JSON.stringify(x)}`);
      for (const x of s.fn) misses.push(`${d.name} ${field} missed: ${JSON.stringify(x)}`);
    }
  }
  const fields = Object.fromEntries(
    FIELDS.map((f) => {
      const { tp, fp, fn } = totals[f];
      const precision = tp + fp ? tp / (tp + fp) : 1;
      const recall = tp + fn ? tp / (tp + fn) : 1;
      const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
      return [f, { tp, fp, fn, precision, recall, f1 }];
    }),
  ) as Record<Field, Score>;
  return { documents: docs.length, fields, spans, misses, normalizer };
}

function print(title: string, r: Report): void {
  const pct = (x: number) => x.toFixed(3);
  console.log(`\n${title}: ${r.documents} documents, normalizer ${r.normalizer}\n`);
  console.log('field         tp   fp   fn  precision  recall     F1');
  for (const f of FIELDS) {
    const s = r.fields[f];
    console.log(`${f.padEnd(12)} ${String(s.tp).padStart(3)}  ${String(s.fp).padStart(3)}  ${String(s.fn).padStart(3)}  ${pct(s.precision).padStart(9)}  ${pct(s.recall).padStart(6)}  ${pct(s.f1).padStart(5)}`);
  }
  console.log(`\nevidence spans valid: ${r.spans.valid}/${r.spans.total} (${((100 * r.spans.valid) / (r.spans.total || 1)).toFixed(1)}%)`);
  if (process.argv.includes('-v') && r.misses.length) console.log('\n' + r.misses.join('\n'));
}

async function main(): Promise<void> {
  const e = await evaluateCorpus();
  const about: Record<string, string> = {
    development: 'the rules were written against these',
    heldOut: 'held-out batch 1: labelled blind, then used to fix rules',
    heldOut2: 'held-out batch 2: labelled blind after batch 1 fixes, then used to fix rules',
  };
  print('ALL (targets apply here)', e.all);
  for (const [name, r] of Object.entries(e.splits)) print(`split ${name} (${about[name] ?? ''})`, r);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
