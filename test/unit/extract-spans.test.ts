/** Evidence always indexes the raw text: the offset mapping, and every span of every fixture. */
import { readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/ingest/extract/index.js';
import { toRawEvidence } from '../../src/ingest/extract/spans.js';
import type { NormalizedText } from '../../src/ingest/normalize/types.js';
import { evidenceSpans, spanProblems } from '../../src/ingest/record.js';
import { CORPUS, corpusText, identity, loadNormalizer } from './extract-support.js';

const change = (raw: string, text: string, rawStart: number, rawEnd: number, start: number, end: number) => ({
  rawStart, rawEnd, start, end, from: raw.slice(rawStart, rawEnd), to: text.slice(start, end), reason: 'test',
});

describe('toRawEvidence', () => {
  it('maps through replacements of different length and covers the whole raw token', () => {
    const raw = 'e |IGOR bidrar till forbattrad samverkan';
    const text = '• IGOR bidrar till förbättrad samverkan';
    const n: NormalizedText = {
      raw, text, changedTokens: 3,
      changes: [change(raw, text, 0, 1, 0, 1), change(raw, text, 2, 7, 2, 6), change(raw, text, 20, 30, 19, 29)],
    };
    expect(toRawEvidence(n, 2, 13)).toEqual({ start: 2, end: 14, quote: '|IGOR bidrar' });
    // a span that starts and ends inside changed tokens expands to the whole raw tokens
    expect(toRawEvidence(n, 3, 22).quote).toBe('|IGOR bidrar till forbattrad');
    expect(toRawEvidence(n, 30, text.length).quote).toBe('samverkan');
  });

  it('keeps a raw character the normalizer deleted in front of a span, and trims whitespace', () => {
    const raw = 'x |GOR y';
    const text = 'x GOR y';
    const n: NormalizedText = { raw, text, changedTokens: 1, changes: [change(raw, text, 2, 3, 2, 2)] };
    expect(toRawEvidence(n, 2, 5)).toEqual({ start: 2, end: 6, quote: '|GOR' });
    expect(toRawEvidence(identity(' a b '), 0, 5)).toEqual({ start: 1, end: 4, quote: 'a b' });
  });
});

describe('every evidence span of every fixture', () => {
  let normalize: (raw: string) => NormalizedText;
  beforeAll(async () => {
    normalize = await loadNormalizer();
  }, 60_000);

  for (const dir of ['texts', 'ocr'])
    for (const file of readdirSync(`${CORPUS}${dir}`).filter((f) => f.endsWith('.txt')))
      it(`${dir}/${file}: quote === raw.slice(start, end)`, () => {
        const raw = corpusText(file, dir);
        for (const n of [normalize(raw), identity(raw)]) {
          const record = extract({ normalized: n });
          expect(spanProblems(record, raw)).toEqual([]);
          for (const [, ev] of evidenceSpans(record)) expect(raw.slice(ev.start, ev.end)).toBe(ev.quote);
        }
      });
});
