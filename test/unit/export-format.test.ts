import { describe, expect, it } from 'vitest';
import { csvType, csvValue, graphmlType, graphmlValue, mergeColumns, toColumns } from '../../src/export/columns.js';
import { escapeAttribute, escapeText, fromXmlId, xmlId } from '../../src/export/xml.js';

const column = (...valueTypes: string[]) => ({ key: 'k', valueTypes });

describe('XML escaping for GraphML', () => {
  it('escapes markup and keeps what a parser would otherwise normalise away', () => {
    expect(escapeText('a < b && c > "d"')).toBe('a &lt; b &amp;&amp; c &gt; "d"');
    // Already-escaped-looking text is data too: it must come back as typed, not as the character it names.
    expect(escapeText('&lt;&amp;')).toBe('&amp;lt;&amp;amp;');
    expect(escapeText('line\r\nnext\ttab')).toBe('line&#13;\nnext\ttab');
    expect(escapeAttribute('say "hi"\n\tnow')).toBe('say &quot;hi&quot;&#10;&#9;now');
  });

  it('replaces what XML 1.0 cannot carry, and only that', () => {
    expect(escapeText('form\ffeed\u0000nul\uFFFE')).toBe('form\uFFFDfeed\uFFFDnul\uFFFD');
    expect(escapeText('lone \uD800 half')).toBe('lone \uFFFD half');
    expect(escapeText('Våld — “citat” 😀 |IGOR')).toBe('Våld — “citat” 😀 |IGOR');
  });

  it('makes ids NMTOKENs reversibly and without collisions', () => {
    expect(xmlId('party/SD')).toBe('party:SD');
    expect(xmlId('fact/CITES/3f9a')).toBe('fact:CITES:3f9a');
    const odd = ['a_b', 'a:b', 'a/b', 'a b', 'å/ä', '_3a.', '', '4:uuid:12'];
    for (const id of odd) {
      expect(xmlId(id)).toMatch(/^[A-Za-z0-9._:-]+$/);
      expect(fromXmlId(xmlId(id))).toBe(id);
    }
    expect(new Set(odd.map(xmlId)).size).toBe(odd.length);
  });
});

describe('property columns', () => {
  it('states the stored type in neo4j-admin terms', () => {
    expect(csvType(column('STRING'))).toBe('string');
    expect(csvType(column('FLOAT'))).toBe('double');
    expect(csvType(column('INTEGER'))).toBe('long');
    expect(csvType(column('FLOAT', 'INTEGER'))).toBe('double');
    expect(csvType(column('BOOLEAN'))).toBe('boolean');
    expect(csvType(column('DATE'))).toBe('date');
    expect(csvType(column('LIST<STRING>'))).toBe('string[]');
    expect(csvType(column('LIST<STRING>', 'LIST<NOTHING>'))).toBe('string[]');
    expect(csvType(column('STRING', 'FLOAT'))).toBe('string');
    expect(csvType(column('STRING', 'LIST<STRING>'))).toBe('string');
    expect(csvType(column('POINT'))).toBe('string');
  });

  it('has GraphML types for scalars and text for the rest', () => {
    expect(graphmlType(column('FLOAT'))).toBe('double');
    expect(graphmlType(column('INTEGER'))).toBe('long');
    expect(graphmlType(column('BOOLEAN'))).toBe('boolean');
    expect(graphmlType(column('LIST<STRING>'))).toBe('string');
    expect(graphmlType(column('DATE'))).toBe('string');
  });

  it('formats cells: no property is null, lists use the array delimiter in CSV and JSON in GraphML', () => {
    expect(csvValue(undefined, 'string')).toBeNull();
    expect(csvValue('', 'string')).toBe('');
    expect(csvValue(['Brå', 'BRÅ'], 'string[]')).toBe('Brå;BRÅ');
    expect(csvValue(['a'], 'string')).toBe('["a"]');
    expect(csvValue(1254, 'double')).toBe('1254');
    expect(csvValue(false, 'boolean')).toBe('false');
    expect(graphmlValue(['Brå', 'BRÅ'])).toBe('["Brå","BRÅ"]');
    expect(graphmlValue(null)).toBeNull();
  });

  it('merges the types seen on every page, sorted by key', () => {
    const columns = new Map<string, Set<string>>();
    mergeColumns(columns, [{ key: 'start', types: ['FLOAT NOT NULL'] }, { key: 'aliases', types: ['LIST<STRING NOT NULL> NOT NULL'] }]);
    mergeColumns(columns, [{ key: 'start', types: ['INTEGER NOT NULL'] }]);
    expect(toColumns(columns)).toEqual([
      { key: 'aliases', valueTypes: ['LIST<STRING>'] },
      { key: 'start', valueTypes: ['FLOAT', 'INTEGER'] },
    ]);
  });
});
