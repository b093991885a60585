/**
 * Measures the OCR-repair normalizer: `npx tsx scripts/eval-normalize.ts`.
 *  - the seed document against its hand-corrected truth (word accuracy raw vs normalized, fixed, broken);
 *  - the clean corpus texts: how many words normalization changes (should be none);
 *  - OCR-damaged copies of the corpus texts (simulated, seeded) against the clean originals;
 *  - time per document, warm (words cached) and on first sight of its words.
 * Add --misses to list every word the normalized damaged copies still get wrong.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createNormalizer } from '../src/ingest/normalize/index.js';
import { wordAccuracy, type WordAccuracy } from '../src/ingest/normalize/measure.js';
import { simulateOcrDamage } from '../src/ingest/normalize/simulate-damage.js';

const root = new URL('../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

const normalizer = await createNormalizer();

const raw = read('seed/huddinge-ks-arende-18-igor.ocr.txt');
const truth = read('test/fixtures/normalize/huddinge-truth.txt');
const seed = wordAccuracy(raw, normalizer.normalize(raw).text, truth);
report('seed (huddinge-ks-arende-18-igor)', seed);

const corpusDir = 'test/fixtures/corpus/texts/';
const corpus = readdirSync(new URL(corpusDir, root))
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ name: f, text: read(corpusDir + f) }));

let cleanWords = 0;
let cleanChanged = 0;
console.log('\nclean corpus (should come out unchanged):');
for (const { name, text } of corpus) {
  const n = normalizer.normalize(text);
  cleanWords += text.split(/\s+/).filter(Boolean).length;
  cleanChanged += n.changedTokens;
  for (const c of n.changes) console.log(`  ${name}: ${c.from} → ${c.to} (${c.reason})`);
}
console.log(`  ${cleanChanged} tokens changed of ${cleanWords} words in ${corpus.length} texts`);

const damaged = { words: 0, rawCorrect: 0, normalizedCorrect: 0, fixed: 0, broken: 0 };
const misses: string[] = [];
const copies = corpus.map(({ text }, i) => simulateOcrDamage(text, { seed: 1000 + i, wordRate: 0.95 }));
const firstSight = performance.now();
const repaired = copies.map((copy) => normalizer.normalize(copy).text);
const firstSightMs = (performance.now() - firstSight) / copies.length;
for (const [i, { name, text }] of corpus.entries()) {
  const a = wordAccuracy(copies[i]!, repaired[i]!, text);
  for (const k of Object.keys(damaged) as (keyof typeof damaged)[]) damaged[k] += a[k];
  for (const m of a.misses) misses.push(`  ${name}: ${m.raw} → ${m.normalized} (truth ${m.truth})`);
}
console.log('\nsimulated OCR damage of the corpus texts (truth = the clean text):');
console.log(`  words ${damaged.words}; raw ${pct(damaged.rawCorrect / damaged.words)} right, normalized ` +
  `${pct(damaged.normalizedCorrect / damaged.words)} right; fixed ${damaged.fixed}, broken ${damaged.broken}`);
if (process.argv.includes('--misses')) console.log(misses.join('\n'));

const docs = [raw, ...corpus.map((c) => c.text), ...copies];
const rounds = 50;
const t0 = performance.now();
for (let r = 0; r < rounds; r++) for (const d of docs) normalizer.normalize(d);
const ms = (performance.now() - t0) / (rounds * docs.length);
const kB = docs.reduce((s, d) => s + d.length, 0) / docs.length / 1000;
console.log(`\nspeed: ${ms.toFixed(3)} ms per document once its words are cached (${kB.toFixed(1)}k characters on average);`);
console.log(`       ${firstSightMs.toFixed(1)} ms per damaged document on first sight of its words (Hunspell checks)`);

function report(title: string, a: WordAccuracy): void {
  console.log(`${title}: ${a.words} words`);
  console.log(`  raw OCR right:    ${a.rawCorrect} (${pct(a.rawAccuracy)})`);
  console.log(`  normalized right: ${a.normalizedCorrect} (${pct(a.normalizedAccuracy)})`);
  console.log(`  fixed ${a.fixed}, broken ${a.broken} (right in raw, wrong after)`);
  for (const m of a.misses) console.log(`  still wrong: ${m.raw} → ${m.normalized} (truth ${m.truth})`);
}
