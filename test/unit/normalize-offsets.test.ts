/**
 * The offset map between normalized and raw text (rawSpan, normalizedSpan), property-tested on hand-made
 * replacements and on the seed document, and checked against the provenance contract of the seed's expected
 * extraction: every evidence span indexes the raw text, while the words are read in normalized text.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createNormalizer, normalizedSpan, rawSpan, type NormalizedText } from '../../src/ingest/normalize/index.js';
import { applyReplacements } from '../../src/ingest/normalize/offsets.js';
import { prng } from '../../src/ingest/normalize/simulate-damage.js';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const seedRaw = read('seed/huddinge-ks-arende-18-igor.ocr.txt');

interface Evidence {
  start: number;
  end: number;
  quote: string;
}
interface Expected {
  motion: { title: string; evidence: Evidence };
  findings: { text: string; evidence: Evidence }[];
  agencies: { name: string; evidence: Evidence }[];
}
const expected = JSON.parse(read('test/fixtures/huddinge-ks-arende-18-igor.expected.json')) as Expected;

let seed: NormalizedText;
beforeAll(async () => {
  seed = (await createNormalizer()).normalize(seedRaw);
}, 30_000);

/** Positions of n.text not inside any change (a change's own edges count as outside). */
function unchangedSpans(n: NormalizedText): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let pos = 0;
  for (const c of n.changes) {
    spans.push({ start: pos, end: c.start });
    pos = c.end;
  }
  spans.push({ start: pos, end: n.text.length });
  return spans;
}

function checkProperties(n: NormalizedText, seedNumber: number): void {
  const random = prng(seedNumber);
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const regions = unchangedSpans(n).filter((s) => s.end > s.start);
  for (let k = 0; k < 300; k++) {
    // A span inside one unchanged region maps to the same characters of the raw text, and back.
    const region = regions[int(0, regions.length - 1)]!;
    const start = int(region.start, region.end);
    const end = int(start, region.end);
    const r = rawSpan(n, start, end);
    expect(n.raw.slice(r.start, r.end)).toBe(n.text.slice(start, end));
    expect(normalizedSpan(n, r.start, r.end)).toEqual({ start, end });
  }
  if (n.changes.length === 0) return;
  for (let k = 0; k < 300; k++) {
    // A span from the start of one changed token to the end of another covers exactly those raw tokens.
    const i = int(0, n.changes.length - 1);
    const j = int(i, n.changes.length - 1);
    const a = n.changes[i]!;
    const b = n.changes[j]!;
    expect(rawSpan(n, a.start, b.end)).toEqual({ start: a.rawStart, end: b.rawEnd });
    expect(normalizedSpan(n, a.rawStart, b.rawEnd)).toEqual({ start: a.start, end: b.end });
    // A span that starts or ends inside a changed token grows to the whole raw token.
    const inA = int(a.start, a.end - 1);
    const inB = int(Math.max(b.start + 1, inA), b.end);
    expect(rawSpan(n, inA, inB)).toEqual({ start: a.rawStart, end: b.rawEnd });
    const rawInA = int(a.rawStart, a.rawEnd - 1);
    const rawInB = int(Math.max(b.rawStart + 1, rawInA), b.rawEnd);
    expect(normalizedSpan(n, rawInA, rawInB)).toEqual({ start: a.start, end: b.end });
  }
}

describe('rawSpan and normalizedSpan', () => {
  it('map spans exactly on hand-made replacements that shrink, grow and keep length', () => {
    const raw = 'e |IGOR bidrar till stod for ett individanpassat stod.';
    const n = applyReplacements(raw, [
      { rawStart: 0, rawEnd: 1, to: '•', reason: 'ocr:bullet' },
      { rawStart: 2, rawEnd: 7, to: 'IGOR', reason: 'ocr:bar-dropped' },
      { rawStart: 20, rawEnd: 24, to: 'stöd', reason: 'context' },
      { rawStart: 25, rawEnd: 28, to: 'förrrr', reason: 'test: grows' },
    ]);
    expect(n.text).toBe('• IGOR bidrar till stöd förrrr ett individanpassat stod.');
    const at = (s: string) => n.text.indexOf(s);
    expect(rawSpan(n, at('IGOR'), at('IGOR') + 4)).toEqual({ start: 2, end: 7 });
    expect(rawSpan(n, at('GOR'), at('GOR') + 2)).toEqual({ start: 2, end: 7 });
    expect(rawSpan(n, at('bidrar'), at('bidrar') + 6)).toEqual({ start: 8, end: 14 });
    expect(rawSpan(n, at('ett'), n.text.length)).toEqual({ start: raw.indexOf('ett'), end: raw.length });
    expect(rawSpan(n, 0, n.text.length)).toEqual({ start: 0, end: raw.length });
    expect(rawSpan(n, at('stöd'), at('stöd'))).toEqual({ start: 20, end: 20 });
    expect(normalizedSpan(n, raw.indexOf('IGOR'), raw.indexOf('IGOR') + 4)).toEqual({ start: 2, end: 6 });
    expect(() => rawSpan(n, 5, 4)).toThrow(RangeError);
    expect(() => rawSpan(n, 0, n.text.length + 1)).toThrow(RangeError);
    checkProperties(n, 1);
  });

  it('hold their properties on random replacements', () => {
    const random = prng(42);
    const raw = Array.from({ length: 400 }, (_, i) => `w${i}${'x'.repeat(i % 5)}`).join(' ');
    for (let round = 0; round < 20; round++) {
      const replacements = [...raw.matchAll(/\S+/g)]
        .filter(() => random() < 0.3)
        .map((m) => ({ rawStart: m.index, rawEnd: m.index + m[0].length, to: 'y'.repeat(1 + Math.floor(random() * 8)), reason: 'test' }));
      const n = applyReplacements(raw, replacements);
      expect(n.changes).toHaveLength(replacements.length);
      checkProperties(n, round);
    }
  });

  it('hold their properties on the normalized seed document', () => {
    expect(seed.changes.length).toBeGreaterThan(50);
    checkProperties(seed, 7);
  });
});

describe('the provenance contract on the seed', () => {
  const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
  const evidences = () => [
    { words: expected.motion.title, evidence: expected.motion.evidence },
    ...expected.findings.map((f) => ({ words: f.text, evidence: f.evidence })),
    ...expected.agencies.map((a) => ({ words: a.name, evidence: a.evidence })),
  ];

  it('reads each expected raw evidence span as the normalized words', () => {
    for (const { words, evidence } of evidences()) {
      expect(seedRaw.slice(evidence.start, evidence.end)).toBe(evidence.quote);
      const span = normalizedSpan(seed, evidence.start, evidence.end);
      expect(flat(seed.text.slice(span.start, span.end))).toBe(flat(words));
    }
  });

  it('maps words found in normalized text back to exactly the expected raw quote', () => {
    for (const { words, evidence } of evidences()) {
      const pattern = new RegExp(flat(words).split(' ').map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'));
      const m = pattern.exec(seed.text);
      expect(m, words).not.toBeNull();
      const r = rawSpan(seed, m!.index, m!.index + m![0].length);
      expect(r).toEqual({ start: evidence.start, end: evidence.end });
      expect(seedRaw.slice(r.start, r.end)).toBe(evidence.quote);
    }
  });
});
