import { describe, expect, it } from 'vitest';
import { foldChars, makeSnippet, queryWords } from '../../src/search/snippet.js';
import { findingSimilarity, matchFindings } from '../../src/analysis/similarity.js';

describe('search snippets', () => {
  it('folds diacritics without moving offsets', () => {
    expect(foldChars('Våld i NÄRA relationer')).toBe('vald i nara relationer');
    expect(foldChars('Våld').length).toBe('Våld'.length);
  });

  it('marks the words typed without diacritics in a text that has them, endings allowed', () => {
    const s = makeSnippet({ title: 'Stärk arbetet mot våld i nära relationer' }, queryWords('vald i nara relation'));
    expect(s?.field).toBe('title');
    expect(s?.highlights.map((h) => s.snippet.slice(h.start, h.end))).toEqual(['våld', 'nära', 'relationer']);
  });

  it('picks the field where most words occur, and cuts a window with ellipses', () => {
    const long = `${'bla '.repeat(100)}Stirk arbetet mot vald${' bla'.repeat(100)}`;
    const s = makeSnippet({ text: 'Stärk arbetet', rawText: long }, queryWords('Stirk arbetet'));
    expect(s?.field).toBe('rawText');
    expect(s?.snippet.startsWith('…')).toBe(true);
    expect(s?.snippet.endsWith('…')).toBe(true);
    expect(s?.highlights.map((h) => s.snippet.slice(h.start, h.end))).toEqual(['Stirk', 'arbetet']);
  });

  it('returns null when nothing matches', () => {
    expect(makeSnippet({ text: 'helt annat' }, queryWords('IGOR'))).toBeNull();
  });
});

describe('finding similarity', () => {
  it('is 1 for the same finding, high across OCR damage, low for another subject', () => {
    const a = 'IGOR bidrar till förbättrad samverkan mellan socialtjänsten och polisen.';
    expect(findingSimilarity(a, a)).toBe(1);
    expect(findingSimilarity(a, 'IGOR bidrar till forbattrad samverkan mellan socialtjansten och polisen')).toBe(1);
    expect(findingSimilarity(a, 'Antalet sprängningar har också minskat under perioden.')).toBe(0);
  });

  it('scores a candidate by the mean best match of the cited findings', () => {
    const r = matchFindings(
      [{ id: 'a', text: 'Samverkan mellan socialtjänst och polis förbättras' }, { id: 'b', text: 'Risk för rollsammanblandning' }],
      [{ id: 'x', text: 'Bättre samverkan mellan socialtjänst och polis' }, { id: 'y', text: 'Det finns en risk för rollsammanblandning' }],
    );
    expect(r.matches.map((m) => m.bestMatch?.id)).toEqual(['x', 'y']);
    expect(r.score).toBeGreaterThan(0.6);
  });
});
