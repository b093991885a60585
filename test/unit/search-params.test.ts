import { describe, expect, it } from 'vitest';
import { searchParams } from '../../src/search/search.resolvers.js';

const page = { labels: null, offset: 0, fetch: 21 };

describe('searchParams: what each full-text index is asked for', () => {
  it('asks the Swedish index for the words as typed, and their folded forms; the folded index for the folded words', () => {
    const p = searchParams('Fältsekreterare i MJÖLBY', page);
    expect(p.swedishQuery).toBe('"fältsekreterare i mjölby"^2 fältsekreterare i mjölby faltsekreterare mjolby');
    expect(p.foldedQuery).toBe('"faltsekreterare i mjolby"^2 faltsekreterare i mjolby');
  });

  it('asks both the same for words without diacritics, and one word alone as itself', () => {
    expect(searchParams('vald i nara relationer', page)).toMatchObject({
      swedishQuery: '"vald i nara relationer"^2 vald i nara relationer',
      foldedQuery: '"vald i nara relationer"^2 vald i nara relationer',
    });
    expect(searchParams('Södermalm', page)).toMatchObject({ swedishQuery: 'södermalm sodermalm', foldedQuery: 'sodermalm' });
  });

  it('passes no Lucene syntax on: only word tokens, each once', () => {
    const p = searchParams('title:"IGOR" OR polis* AND -igor~2 (Brå)^3', page);
    expect(p.swedishQuery).toBe('"title igor or polis and 2 brå 3"^2 title igor or polis and 2 brå 3 bra');
    expect(p.foldedQuery).toBe('"title igor or polis and 2 bra 3"^2 title igor or polis and 2 bra 3');
  });

  it('reads a query pasted in decomposed form (a letter and a combining mark) as the words it spells', () => {
    const decomposed = 'Fa\u0308ltsekreterare i Mjo\u0308lby';
    expect(decomposed).not.toBe('Fältsekreterare i Mjölby');
    expect(searchParams(decomposed, page)).toMatchObject({
      swedishQuery: '"fältsekreterare i mjölby"^2 fältsekreterare i mjölby faltsekreterare mjolby',
      foldedQuery: '"faltsekreterare i mjolby"^2 faltsekreterare i mjolby',
    });
  });
});
