/**
 * sv() writes a `\b` before something that must begin with a word character as a one-sided look-behind (a
 * speed-up: sv.ts says why). These tests hold it to the two-sided boundary it replaces: on text that puts
 * boundaries everywhere (Swedish letters, OCR digits, underscores, astral characters, line breaks), every way the
 * extractor asks (exec, test, matches, matchAll, replace, split) answers the same; and the analysis that allows the
 * rewrite says "not sure" wherever a match could begin with something else.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matches, mustStartWithWordChar, sv, svKept, svSource } from '../../src/ingest/extract/sv.js';

const PATTERNS: Array<[string, string]> = [
  ['\\b(?:skola|skolan|skol[\\p{L}]*)\\b', 'giu'],
  ['\\bBrå(?::?s)?\\b', 'gu'],
  ['\\b(?:[\\p{L}]{1,40}- och )?[\\p{L}]{1,40}nämndens?', 'iu'],
  ['\\ba', 'iu'],
  ['\\b(?:a|_|9)?', 'gu'], // may match empty: stays two-sided
  ['\\bfoo|\\bbar', 'giu'],
  ['\\b\\p{L}+ (?:kommun|stad)\\b', 'gmu'],
  ['x\\b(?:ö|å)\\w*', 'giu'], // a boundary after a letter, before a letter: never holds
  ['\\b[^a]', 'gu'], // a negated class: stays two-sided
  ['\\b(?<n>[a-z]+)-\\b', 'gu'],
  ['\\b(?:(?:skol )?nämnd|\\bfoo|bar?)\\b', 'giu'], // optional atoms and inner boundaries before word characters
  ['\\b(?:a )?b', 'gu'],
  ['\\b(?:a )?(?:- )?b', 'gu'], // an optional atom that may start with '-': stays two-sided
];
const plain = (source: string, flags: string) => new RegExp(svSource(source, { plainBoundaries: true }), flags);

const alphabet = fc.constantFrom(...'aAåÅäöé6d _-–.:\n\t9𝔄ſkolsnämdbrfoxБ'.split(/(?:)/u), 'skola', 'Brå', 'nämnden', 'foo', 'bar', '𝔄𝔄');
const texts = fc.array(alphabet, { maxLength: 40 }).map((parts) => parts.join(''));
const found = (re: RegExp, text: string) => [...matches(re, text)].map((m) => [m.index, m[0], m.groups?.n]);

describe('sv() word boundaries', () => {
  it('match exactly as the two-sided boundary does, for exec, test, matches, matchAll, replace and split', () => {
    fc.assert(
      fc.property(texts, fc.nat(PATTERNS.length - 1), (text, k) => {
        const [source, flags] = PATTERNS[k]!;
        const fast = sv(source, flags);
        const slow = plain(source, flags);
        expect(found(fast, text)).toEqual(found(slow, text));
        fast.lastIndex = slow.lastIndex = 0;
        expect(fast.exec(text)?.index).toBe(slow.exec(text)?.index);
        expect(fast.test(text)).toBe(slow.test(text));
        if (fast.global) {
          expect([...text.matchAll(fast)].map((m) => [m.index, m[0]])).toEqual([...text.matchAll(slow)].map((m) => [m.index, m[0]]));
          expect(text.replace(fast, '<$&>')).toBe(text.replace(slow, '<$&>'));
        }
        expect(text.split(fast)).toEqual(text.split(slow));
      }),
      { numRuns: 3000 },
    );
  });

  it('rewrites a boundary only before an atom that must consume a word character', () => {
    const must = (s: string) => mustStartWithWordChar(s, 0);
    for (const yes of ['a', 'ö', '_', '9', '\\p{L}+', '\\w', '[åa]', '[a-zåäö]', '(?:foo|bar)', '(?<name>ö|x)', '((?:a|b)c|d)', 'ab?', '(?:a )?b', 'a?b', 'a*?b', '[a]{0,3}b', '(?:x)?(?:y)?z', '\\ba', '(?:\\bx|y)', '\\b(?:a )?\\bb'])
      expect(must(yes), yes).toBe(true);
    for (const no of ['', ' ', '-', '\\s', '\\b', '.', '[^a]', '[A-z]', '[a-]', '(?:foo|)', '(?:a|-)', '(?=a)', '(?<!a)b', '|b', 'a?', '(?:a)?', '\\p{L}*', '[a]{0,3}', '§', '(?:a )?', 'a? ', 'a?-', '(?:a)?(?:-)?b', '\\b?a', '\\b-', 'a?\\b'])
      expect(must(no), no).toBe(false);
    expect(svSource('\\bskola\\b')).toMatch(/^\(\?<!\[\\p\{L\}\\p\{N\}_\]\)skola/u);
    expect(svSource('\\b(?:a)?')).toMatch(/^\(\?:\(\?<!/u); // left two-sided
  });

  it('steps past an empty match before a character outside the BMP (V8 moves lastIndex back to the pair’s start)', () => {
    expect([...matches(sv('\\b(?:a)?', 'gu'), '𝔄 a')].map((m) => m.index)).toEqual([0, 2, 3]); // looped at 0 for ever before
  });
});

describe('svKept()', () => {
  it('compiles a run-time pattern once and gives it back, as sv() would have compiled it', () => {
    const re = svKept('\\bNämndö\\b', 'giu');
    expect(svKept('\\bNämndö\\b', 'giu')).toBe(re);
    expect(svKept('\\bNämndö\\b', 'iu')).not.toBe(re);
    expect(re.source).toBe(sv('\\bNämndö\\b', 'giu').source);
    expect(re.flags).toBe('giu');
  });
});
