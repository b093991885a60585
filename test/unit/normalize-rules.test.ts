/**
 * The normalizer's parts on their own: tokens, candidate spellings, the lexicon and the context decision, the
 * line rules, the word-accuracy measure and the damage simulator.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { variantsAtCost } from '../../src/ingest/normalize/candidates.js';
import { chooseBothWays, frequencyOf, spellingsOf } from '../../src/ingest/normalize/context.js';
import { loadSwedishSpeller } from '../../src/ingest/normalize/hunspell.js';
import { CUES, FREQUENCY } from '../../src/ingest/normalize/lexicon.js';
import { wordAccuracy } from '../../src/ingest/normalize/measure.js';
import { lineRepair } from '../../src/ingest/normalize/ocr.js';
import { simulateOcrDamage } from '../../src/ingest/normalize/simulate-damage.js';
import { fold, restoreDiacritics, withCaseOf } from '../../src/ingest/normalize/text.js';
import { tokenize } from '../../src/ingest/normalize/tokenize.js';

const texts = (cost: number, word: string) => variantsAtCost(word, cost).map((v) => v.text);
const noNeighbours = { prevIsNumber: false, nextIsNumber: false };

describe('tokenize', () => {
  it('keeps | and an ö read as 6 inside words, and splits at punctuation', () => {
    const t = tokenize(' Arende 18. (S6dermalm) IGOR:s\ne |IGOR bidrar');
    expect(t.map((x) => x.text)).toEqual(['Arende', '18', 'S6dermalm', 'IGOR', 's', 'e', '|IGOR', 'bidrar']);
    expect(t.map((x) => x.lineInitial)).toEqual([true, false, false, false, false, true, false, false]);
    expect(t[0]!.sentenceInitial).toBe(true);
    expect(t[2]!.sentenceInitial).toBe(false);
    expect(t[6]!.joinedToPrevious).toBe(true);
    expect(t[4]!.joinedToPrevious).toBe(false);
  });
});

describe('candidate spellings', () => {
  it('tries common damage before rare damage', () => {
    expect(texts(2, 'nara')).toEqual(expect.arrayContaining(['nära', 'nåra']));
    expect(texts(2, 'Forslag')).toContain('Förslag');
    expect(texts(2, 'S6dermalm')).toContain('Södermalm');
    expect(texts(4, 'Stirk')).toContain('Stärk');
    expect(texts(2, 'Stirk')).not.toContain('Stärk');
    expect(texts(1, 'kommunfullmdéktige')).toEqual(['kommunfullmäktige']);
    expect(texts(6, 'férundersdkning')).toContain('förundersökning');
  });

  it("reads a leading '|' as I, as a dropped bullet or as l, and keeps case", () => {
    expect(texts(2, '|GOR')).toContain('IGOR');
    expect(texts(3, '|IGOR')).toContain('IGOR');
    expect(texts(2, 'FORSLAG')).toContain('FÖRSLAG');
    expect(texts(4, 'Blomgvist')).toContain('Blomqvist');
  });

  it('leaves digits alone except an ö read as 6 in a word', () => {
    expect(variantsAtCost('2016', 2)).toEqual([]);
    expect(texts(2, '6kning')).toContain('ökning');
    expect(texts(2, '6st')).not.toContain('öst');
  });
});

describe('the lexicon', () => {
  it('lists only words Hunspell accepts, in groups that fold alike', async () => {
    const speller = await loadSwedishSpeller();
    for (const word of Object.keys(FREQUENCY)) expect(speller.isWord(word), word).toBe(true);
    for (const word of Object.keys(CUES)) expect(FREQUENCY[word], word).toBeGreaterThan(0);
    expect(spellingsOf('ar').sort()).toEqual(['ar', 'är', 'år'].sort());
  });

  it('gives an unlisted compound the frequency of its head', () => {
    expect(frequencyOf('skolhälsovården')).toBe(FREQUENCY['vården']);
    expect(frequencyOf('xqzt')).toBeUndefined();
  });
});

describe('words valid both ways', () => {
  const damagedDocument = Math.log(0.9);
  const cleanDocument = Math.log(0.01);

  it('take the diacritic spelling in a damaged document when it is far commoner', () => {
    expect(chooseBothWays('ar', damagedDocument, noNeighbours)).toBe('är');
    expect(chooseBothWays('for', damagedDocument, noNeighbours)).toBe('för');
    expect(chooseBothWays('dar', damagedDocument, noNeighbours)).toBe('där');
  });

  it('keep a common word that is common both ways', () => {
    expect(chooseBothWays('har', damagedDocument, noNeighbours)).toBeUndefined();
    expect(chooseBothWays('vara', damagedDocument, noNeighbours)).toBeUndefined();
    expect(chooseBothWays('bor', damagedDocument, noNeighbours)).toBeUndefined();
  });

  it('follow the neighbouring words', () => {
    expect(chooseBothWays('bor', damagedDocument, { ...noNeighbours, next: 'det' })).toBe('bör');
    expect(chooseBothWays('bor', damagedDocument, { ...noNeighbours, next: 'i' })).toBeUndefined();
    expect(chooseBothWays('inga', damagedDocument, { ...noNeighbours, prev: 'att', next: 'som' })).toBe('ingå');
    expect(chooseBothWays('inga', damagedDocument, noNeighbours)).toBeUndefined();
    expect(chooseBothWays('mans', damagedDocument, { ...noNeighbours, next: 'vald' })).toBe('mäns');
    expect(chooseBothWays('mans', damagedDocument, { ...noNeighbours, prev: 'en' })).toBeUndefined();
    expect(chooseBothWays('vald', damagedDocument, { ...noNeighbours, prev: 'mot', next: 'i' })).toBe('våld');
    expect(chooseBothWays('vald', damagedDocument, { ...noNeighbours, next: 'till' })).toBeUndefined();
    expect(chooseBothWays('ar', damagedDocument, { ...noNeighbours, nextIsNumber: true })).toBe('år');
    expect(chooseBothWays('stod', damagedDocument, { ...noNeighbours, prev: 'han' })).toBeUndefined();
    expect(chooseBothWays('stod', damagedDocument, { ...noNeighbours, prev: 'flexibelt' })).toBe('stöd');
  });

  it('never change in a clean document, and never undo a diacritic', () => {
    expect(chooseBothWays('stod', cleanDocument, { ...noNeighbours, prev: 'till' })).toBeUndefined();
    expect(chooseBothWays('bor', cleanDocument, { ...noNeighbours, next: 'det' })).toBeUndefined();
    expect(chooseBothWays('är', damagedDocument, noNeighbours)).toBeUndefined();
  });
});

describe('line rules', () => {
  const repair = (raw: string) => {
    const t = tokenize(raw);
    return lineRepair(raw, t[0]!, t[1]);
  };
  it("read a lone '|' opening a line as I, unless the line is a table or title", () => {
    expect(repair('| kommunstyrelsens')).toEqual({ to: 'I', reason: 'ocr:bar-as-I' });
    expect(repair('| Namn | Parti |')).toBeUndefined();
  });
  it("read a lone 'e' opening a line as a bullet", () => {
    expect(repair('e Det finns')).toEqual({ to: '•', reason: 'ocr:bullet' });
    expect(repair('e |IGOR bidrar')).toEqual({ to: '•', reason: 'ocr:bullet' });
    expect(repair('e.g. Det')).toBeUndefined();
  });
});

describe('text helpers', () => {
  it('fold, recase and restore diacritics', () => {
    expect(fold('Nära Öar')).toBe('nara oar');
    expect(withCaseOf('Ar', 'är')).toBe('Är');
    expect(withCaseOf('AR', 'är')).toBe('ÄR');
    expect(restoreDiacritics('fragor', 'Frågor')).toBe('frågor');
    expect(restoreDiacritics('BRA', 'Brå')).toBe('BRÅ');
  });
});

describe('word accuracy', () => {
  it('aligns words so a dropped word does not shift the rest', () => {
    const a = wordAccuracy('e |IGOR bidrar till stod', '• IGOR bidrar stöd', '• IGOR bidrar till stöd');
    expect(a).toMatchObject({ words: 5, rawCorrect: 2, normalizedCorrect: 4, fixed: 3, broken: 1 });
    expect(a.misses).toEqual([{ truth: 'till', raw: 'till', normalized: undefined }]);
  });
});

describe('simulated OCR damage', () => {
  it('is reproducible and damages the way the seed was damaged', () => {
    const clean = 'I kommunstyrelsens förslag är våld i nära relationer.\n• Södermalms stadsdelsförvaltning';
    const a = simulateOcrDamage(clean, { seed: 3, wordRate: 1 });
    expect(simulateOcrDamage(clean, { seed: 3, wordRate: 1 })).toBe(a);
    expect(a).not.toMatch(/[åäöÅÄÖ]/);
    expect(a.startsWith('| kommunstyrelsens')).toBe(true);
    expect(a).toContain('\ne S');
    expect(simulateOcrDamage(clean, { seed: 3, wordRate: 0 })).toBe(clean.replace(/^I/, '|').replace('•', 'e'));
  });
});

describe('the lexicon against a list of Swedish function words (stopwords-iso)', () => {
  it('covers every function word that is another valid word without its diacritics', async () => {
    const speller = await loadSwedishSpeller();
    const stopwords = createRequire(import.meta.url)('stopwords-iso') as Record<string, string[]>;
    const missing = (stopwords['sv'] ?? [])
      .filter((w) => /[åäö]/.test(w) && speller.isWord(fold(w)))
      .filter((w) => FREQUENCY[w] === undefined || FREQUENCY[fold(w)] === undefined);
    expect(stopwords['sv']?.length).toBeGreaterThan(300);
    expect(missing).toEqual([]);
  });
});
