/** Topic assignment from the controlled vocabulary: real corpus texts through the real normalizer and extractor. */
import { readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { topicVocabulary } from '../../src/domain/topics.js';
import { extract } from '../../src/ingest/extract/index.js';
import type { NormalizedText } from '../../src/ingest/normalize/types.js';
import { spanProblems, type ExtractionRecord } from '../../src/ingest/record.js';
import { CORPUS, corpusText, identity, loadNormalizer } from './extract-support.js';

let normalize: (raw: string) => NormalizedText;
beforeAll(async () => {
  normalize = await loadNormalizer();
}, 60_000);

const run = (raw: string): ExtractionRecord => extract({ normalized: normalize(raw) });
const topicsOf = (raw: string) => run(raw).topics.map((t) => [t.name, t.evidence.quote]);

describe('the topic vocabulary', () => {
  it('is a small controlled vocabulary of Swedish policy areas with unique names and ids', () => {
    expect(topicVocabulary.length).toBeGreaterThanOrEqual(10);
    expect(topicVocabulary.length).toBeLessThanOrEqual(15);
    expect(new Set(topicVocabulary.map((t) => t.id)).size).toBe(topicVocabulary.length);
    expect(topicVocabulary.map((t) => t.name)).toEqual(
      expect.arrayContaining(['våld i nära relationer', 'brottsförebyggande arbete', 'trygghet', 'hedersrelaterat våld']),
    );
  });
});

// OCR repair looks up new words in Hunspell the first time it sees them: seconds on a busy machine
describe('topics: corpus texts', { timeout: 60_000 }, () => {
  it('tags the seed with våld i nära relationer from its OCR-damaged title, and not the agency Brå with crime prevention', () => {
    expect(topicsOf(corpusText('00_huddinge-ks-arende-18-igor.ocr.txt', 'ocr'))).toEqual([['våld i nära relationer', 'vald i nira relationer']]);
  });

  it.each([
    ['10_uppsala-ks-hrv-samordnare.txt', [['hedersrelaterat våld', 'HRV']]],
    ['11_ks-2019-p52-utvecklingsgrupp-forskola.txt', [['förskola och skola', 'förskolan']]],
    ['34_riksdag-mot-2019-20-536-ordningsvakter.txt', [['ordningsvakter och kameraövervakning', 'Ordningsvakter']]],
    ['32_vgr-regionfullmaktige-motion-hallplatser.txt', [['trygghet', 'otrygghet'], ['ordningsvakter och kameraövervakning', 'kameraövervakning']]],
    [
      '37_malmo-stad-sluta-skjut-ny-forskning.txt',
      [['skjutvapenvåld och gängkriminalitet', 'skjutningar'], ['brottsförebyggande arbete', 'våldsförebyggande']],
    ],
    [
      '12_skinnskatteberg-brottsforebyggande-rad.txt',
      [
        ['brottsförebyggande arbete', 'Brottsförebyggande'],
        ['mängdbrott och vardagsbrottslighet', 'skadegörelse'],
        ['alkohol och narkotika', 'narkotika'],
        ['trygghet', 'tryggheten'],
      ],
    ],
  ])('%s', (file, expected) => {
    expect(topicsOf(corpusText(file))).toEqual(expected);
  });

  it('finds the same topics in an OCR-damaged copy, quoting the damaged words', () => {
    expect(topicsOf(corpusText('12_skinnskatteberg-brottsforebyggande-rad.ocr.txt', 'ocr'))).toEqual([
      ['brottsförebyggande arbete', 'Brottsforebyggande'],
      ['mängdbrott och vardagsbrottslighet', 'skadegorelse'],
      ['alkohol och narkotika', 'narkotika'],
      ['trygghet', 'tryggheten'],
    ]);
  });

  it('gives no topic to a text about nothing in the vocabulary (a Riksdag motion on slaughter)', () => {
    expect(run(corpusText('02_riksdag-mot-2023-24-1095-slakt.txt')).topics).toEqual([]);
  });

  it('gives every topic once, from the vocabulary, with a span whose quote is the raw text there (all 55 texts)', () => {
    const names = new Set(topicVocabulary.map((t) => t.name));
    let tagged = 0;
    for (const dir of ['texts', 'ocr'])
      for (const file of readdirSync(`${CORPUS}${dir}`)) {
        const raw = corpusText(file, dir);
        const record = run(raw);
        expect(spanProblems(record, raw), file).toEqual([]);
        expect(new Set(record.topics.map((t) => t.name)).size, file).toBe(record.topics.length);
        for (const t of record.topics) {
          expect(names.has(t.name), `${file}: ${t.name}`).toBe(true);
          expect(raw.slice(t.evidence.start, t.evidence.end), file).toBe(t.evidence.quote);
        }
        if (record.topics.length) tagged++;
      }
    expect(tagged).toBeGreaterThan(40);
  });
});

describe('topics: the rules', () => {
  const topics = (text: string) => extract({ normalized: identity(text) }).topics.map((t) => t.name);

  it('needs two mentions of a weak term, one of a term', () => {
    expect(topics('Motion om parker\n\nVi vill att alla ska känna sig trygga i parken.\n')).toEqual([]);
    expect(topics('Motion om parker\n\nVi vill att alla ska känna sig trygga i parken. En trygg park är en bra park.\n')).toEqual(['trygghet']);
    expect(topics('Motion om parker\n\nTryggheten i parken måste öka.\n')).toEqual(['trygghet']);
  });

  it('does not count words inside an excluded phrase: Brottsförebyggande rådet is the agency', () => {
    expect(topics('Brottsförebyggande rådet har utvärderat metoden.\n')).toEqual([]);
    expect(topics('Kommunen bör inrätta ett brottsförebyggande råd.\n')).toEqual(['brottsförebyggande arbete']);
  });

  it('quotes the first mention, in text order across topics', () => {
    const record = extract({ normalized: identity('Skolan och ordningsvakterna.\nFler ordningsvakter vid skolan ger trygghet.\n') });
    expect(record.topics.map((t) => [t.name, t.evidence.start, t.evidence.quote])).toEqual([
      ['förskola och skola', 0, 'Skolan'],
      ['ordningsvakter och kameraövervakning', 11, 'ordningsvakterna'],
      ['trygghet', 64, 'trygghet'],
    ]);
  });
});
