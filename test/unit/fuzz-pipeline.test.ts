/**
 * Bad input, fuzzed (issue 5, item 5a): thousands of generated inputs through the pipeline's pure steps (read →
 * normalize → extract → validate, as IngestPipeline.prepare runs them). Every input either becomes a valid record
 * whose every evidence quote is its span of the raw text, or is refused with BAD_USER_INPUT and a reason; no other
 * exception, and no input takes long. Seeds are fixed so a failure replays; fast-check shrinks it to a small case.
 */
import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { structure } from '../../src/ingest/extract/structure.js';
import { IngestPipeline } from '../../src/ingest/pipeline.js';
import { MAX_DOCUMENT_BYTES, readDocument } from '../../src/ingest/read.js';
import { CORPUS, deepBullets, malformedUtf8, mutatedSwedish, pipelineOutcome, swedishWindow, wordSalad } from '../support/fuzz-inputs.js';

let pipeline: IngestPipeline;
const tally = new Map<string, number>();
let cases = 0;
/** Far above the ~10–50 ms a generated case takes: a case over it is a hang in the making (a quadratic rule). */
const CASE_BUDGET_MS = 5_000;

beforeAll(async () => {
  pipeline = await IngestPipeline.create();
});
afterAll(() => {
  console.log(`fuzz-pipeline: ${cases} cases; outcomes ${JSON.stringify(Object.fromEntries(tally))}`);
});

function run(input: Buffer | string, budgetMs = CASE_BUDGET_MS, meta?: { municipality?: string }) {
  const started = performance.now();
  const outcome = pipelineOutcome(pipeline, input, meta);
  const ms = performance.now() - started;
  if (ms > budgetMs) throw new Error(`a ${input.length}-unit input took ${ms.toFixed(0)} ms (budget ${budgetMs} ms)`);
  cases++;
  tally.set(outcome, (tally.get(outcome) ?? 0) + 1);
  return outcome;
}

const property = <T>(arbitrary: fc.Arbitrary<T>, numRuns: number, seed: number, check: (value: T) => void) =>
  fc.assert(fc.property(arbitrary, check), { numRuns, seed, endOnFailure: false });

describe('the ingest pipeline under generated input', () => {
  it('refuses random bytes and random Unicode, or reads them', () => {
    property(fc.uint8Array({ maxLength: 3000 }), 2500, 501, (bytes) => void run(Buffer.from(bytes)));
    property(fc.string({ unit: 'binary', maxLength: 2000 }), 1500, 502, (text) => void run(text));
  }, 120_000);

  it('refuses malformed UTF-8 as not-utf8', () => {
    // A splice can happen to complete a valid sequence (0xC3 before 0x80 is "À"): only invalid bytes must be refused.
    const valid = (bytes: Buffer) => {
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        return true;
      } catch {
        return false;
      }
    };
    property(malformedUtf8, 500, 503, (bytes) => {
      const outcome = run(bytes);
      if (!valid(bytes)) expect(['not-utf8', 'binary']).toContain(outcome);
    });
  }, 120_000);

  it('keeps every quote exact in mutated Swedish texts: control characters, direction marks, bullets, OCR damage', () => {
    property(mutatedSwedish, 1000, 504, (text) => void run(text));
    property(fc.tuple(swedishWindow, fc.string({ maxLength: 40 })), 200, 505, ([text, municipality]) => void run(text, CASE_BUDGET_MS, { municipality }));
  }, 240_000);

  it('handles word salad and bullet lists nested forty deep', () => {
    property(wordSalad, 800, 506, (text) => void run(text));
    property(deepBullets, 250, 507, (text) => void run(text));
  }, 240_000);

  it('answers 10 MB inputs fast when it refuses them', () => {
    const swedish = Buffer.from(CORPUS.join('\n\n'), 'utf8');
    const fill = (unit: Buffer, bytes: number) => Buffer.concat(Array.from({ length: Math.ceil(bytes / unit.length) }, () => unit)).subarray(0, bytes);
    const tenMb = MAX_DOCUMENT_BYTES;
    expect(run(fill(swedish, tenMb + 1), 5_000)).toBe('too-large');
    expect(run(randomBytes(tenMb), 5_000)).toBe('binary');
    expect(run(Buffer.concat([fill(swedish, tenMb - 1), Buffer.from([0xff])]), 10_000)).toBe('not-utf8');
    expect(run(fill(Buffer.from('The council approved the motion and the report was noted. '), tenMb), 20_000)).toBe('not-swedish');
    expect(run(fill(Buffer.from(' \n\t\r'), tenMb), 10_000)).toBe('empty');
    expect(run(fill(Buffer.from('\u0001\u0002ab'), tenMb), 10_000)).toBe('binary');
  }, 120_000);

  it('reads a 300 kB line, wide gaps between words and a 200 kB list of bullets in bounded time', () => {
    const words = CORPUS.join(' ').replace(/\s+/g, ' ');
    expect(run(words.slice(0, 300_000), 60_000)).toBe('record');
    // Justified PDF text: the extractor's patterns once backtracked for minutes on 540 characters of this.
    for (const text of CORPUS.slice(0, 8)) expect(run(text.replace(/ /g, ' '.repeat(8)), 10_000)).toBe('record');
    const bullets = Array.from({ length: 4000 }, (_, i) => `${'  '.repeat(i % 30)}• Punkt ${i} om att det ska bli tryggt för alla och`).join('\n');
    expect(run(`Förslag till beslut:\n${bullets}`, 60_000)).toBe('record');
    // A 300 kB run of letters before a decision: the body patterns ("…nämnden", "…utskottet") once tried every
    // position in the run to the end and back, hours for this; a case over its budget sent the fuzzer shrinking into it.
    const decision = 'Kommunfullmäktige avslår nu motionen med hänvisning till att det redan finns planer på detta.';
    expect(run(`Kommunstyrelsen föreslår att motionen ska bifallas.\n\n${'x'.repeat(300_000)}\n\n${decision}\n`, 60_000)).toBe('record');
    // A 300 kB token of letters the normalizer might repair ("skolskol…"): variant generation recursed once per
    // letter and ended in a stack overflow, an internal error instead of a record.
    expect(run(`Kommunstyrelsen föreslår att motionen ska bifallas.\n\n${'skol'.repeat(75_000)}\n\n${decision}\n`, 60_000)).toBe('record');
  }, 180_000);

  it('finds the layout of 50,000 bullet lines in linear time', () => {
    // Fuzzing found structure() quadratic in the number of lines and of list items (a 1 MB list took minutes);
    // now it takes well under a second. The bound leaves room for a slow machine, not for a quadratic again.
    const text = `Att göra:\n${Array.from({ length: 50_000 }, (_, i) => `- punkt ${i} utan punkt och utan versal`).join('\n')}`;
    expect(readDocument(text)).toBe(text);
    const started = performance.now();
    expect(structure(text).units.length).toBe(50_001);
    expect(performance.now() - started).toBeLessThan(5_000);
  }, 60_000);
});
