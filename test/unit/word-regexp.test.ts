/**
 * WordRegExp searches a pattern that opens with a word boundary without it and checks the boundary itself (a
 * speed-up). These tests hold it to the plain RegExp with the same source and flags: every way the extractor asks
 * (exec, test, global scanning, matchAll, replace) gives the same answer on text that puts boundaries everywhere —
 * Swedish letters, OCR digits, underscores, astral characters, line breaks.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasTopLevelAlternative, matches, sv, WordRegExp } from '../../src/ingest/extract/sv.js';

const PATTERNS: Array<[string, string]> = [
  ['\\b(?:skola|skolan|skol[\\p{L}]*)\\b', 'giu'],
  ['\\bBrå(?::?s)?\\b', 'gu'],
  ['\\b(?:[\\p{L}]{1,40}- och )?[\\p{L}]{1,40}nämndens?', 'iu'],
  ['\\ba', 'iu'], // a one-letter word: candidate starts inside words are frequent
  ['\\b(?:a|_|9)?', 'gu'], // can match empty, and at a non-word character
  ['\\bfoo|bar', 'giu'], // a top-level alternative: the boundary binds "foo" only
  ['\\b\\p{L}+ (?:kommun|stad)\\b', 'gmu'],
];
function plain(source: string, flags: string): RegExp {
  const compiled = sv(source, flags);
  return new RegExp(compiled.source, compiled.flags);
}

const alphabet = fc.constantFrom(...'aAåÅäöé6d _-–.:\n\t9𝔄ſkolsnämdbrfoБ'.split(/(?:)/u), 'skola', 'Brå', 'nämnden', 'foo', 'bar', '𝔄𝔄');
const texts = fc.array(alphabet, { maxLength: 40 }).map((parts) => parts.join(''));

function allExec(re: RegExp, text: string): Array<[number, string, number]> {
  const out: Array<[number, string, number]> = [];
  re.lastIndex = 0;
  for (let m = re.exec(text), n = 0; m && n < 100; m = re.exec(text), n++) {
    out.push([m.index, m[0], re.lastIndex]);
    if (!re.global) break;
    if (m[0].length === 0) re.lastIndex = m.index + (m.index < text.length && text.codePointAt(m.index)! > 0xffff ? 2 : 1);
  }
  return out;
}

describe('WordRegExp', () => {
  it('answers exactly as the plain RegExp does, for exec, test, matches, matchAll and replace', () => {
    fc.assert(
      fc.property(texts, fc.nat(PATTERNS.length - 1), (text, k) => {
        const [source, flags] = PATTERNS[k]!;
        const fast = sv(source, flags);
        const slow = plain(source, flags);
        expect(allExec(fast, text)).toEqual(allExec(slow, text));
        fast.lastIndex = slow.lastIndex = 0;
        expect(fast.test(text)).toBe(slow.test(text));
        expect([...matches(fast, text)].map((m) => [m.index, m[0]])).toEqual([...matches(slow, text)].map((m) => [m.index, m[0]]));
        if (fast.global) {
          expect([...text.matchAll(fast)].map((m) => [m.index, m[0]])).toEqual([...text.matchAll(slow)].map((m) => [m.index, m[0]]));
          expect(text.replace(fast, '<$&>')).toBe(text.replace(slow, '<$&>'));
        }
        expect(text.split(fast)).toEqual(text.split(slow));
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps a global regex’s lastIndex contract: set past the match, reset to 0 when none is left', () => {
    const re = sv('\\bskola\\b', 'giu');
    const text = 'en skola, grundskola och skolan, skola';
    expect(re.exec(text)?.index).toBe(3);
    expect(re.lastIndex).toBe(8);
    expect(re.exec(text)?.index).toBe(33); // "grundskola" and "skolan" are not the word
    expect(re.exec(text)).toBeNull();
    expect(re.lastIndex).toBe(0);
    re.lastIndex = text.length + 1;
    expect(re.exec(text)).toBeNull();
    expect(re.lastIndex).toBe(0);
  });

  it('steps past an empty match before a character outside the BMP (V8 moves lastIndex back to the pair’s start)', () => {
    expect([...matches(sv('\\b(?:a)?', 'gu'), '𝔄 a')].map((m) => m.index)).toEqual([0, 2, 3]); // used to loop at 0 for ever
  });

  it('finds a top-level alternative in a source and ignores one inside a group or class', () => {
    expect(hasTopLevelAlternative('foo|bar')).toBe(true);
    expect(hasTopLevelAlternative('(?:foo|bar)\\b')).toBe(false);
    expect(hasTopLevelAlternative('[|]foo\\|')).toBe(false);
    expect(hasTopLevelAlternative('(a)|(b)')).toBe(true);
  });
});
