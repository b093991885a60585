/** toPlain: driver values become plain JS at the boundary, so nothing driver-specific reaches resolvers or JSON. */
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { toPlain } from '../../src/db/values.js';

describe('toPlain', () => {
  it('keeps strings, numbers and booleans, and makes null of null and undefined', () => {
    expect([toPlain('Huddinge'), toPlain(''), toPlain(0.8), toPlain(false), toPlain(null), toPlain(undefined)]).toEqual(['Huddinge', '', 0.8, false, null, null]);
  });

  it('makes numbers of safe integers and strings of the others', () => {
    expect(toPlain(neo4j.int(42))).toBe(42);
    expect(toPlain(neo4j.int('9007199254740993'))).toBe('9007199254740993');
  });

  it('writes temporal values as their ISO text', () => {
    expect(toPlain(new neo4j.types.Date(2019, 3, 1))).toBe('2019-03-01');
    expect(toPlain(new neo4j.types.Duration(0, 1, 30, 0))).toBe('P1DT30S');
  });

  it('converts inside lists and maps, and takes a node or relationship as its properties', () => {
    const node = new neo4j.types.Node(neo4j.int(1), ['Motion'], { id: 'motion/x', year: neo4j.int(2019) }, 'e1');
    const rel = new neo4j.types.Relationship(neo4j.int(2), neo4j.int(1), neo4j.int(3), 'CITES', { start: neo4j.int(7) }, 'e2', 'e1', 'e3');
    expect(toPlain({ motion: node, cites: [rel], nested: { counts: [neo4j.int(1), neo4j.int(2)], none: null } })).toEqual({
      motion: { id: 'motion/x', year: 2019 },
      cites: [{ start: 7 }],
      nested: { counts: [1, 2], none: null },
    });
  });
});
