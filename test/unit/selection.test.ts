/** selectedFields: which fields a request selects under a resolver's field, through fragments and aliases. */
import { describe, expect, it } from 'vitest';
import { selectedFields } from '../../src/graphql/selection.js';
import { infoOf } from '../support/resolve-info.js';

describe('selectedFields', () => {
  it('names the fields one level down, by name not alias, through inline and named fragments', () => {
    const info = infoOf(`{ partyPositions(abbreviation: "SD") { count: motionCount ... on PartyPositions { from } ...T } }
      fragment T on PartyPositions { timeline { year } }`);
    expect(selectedFields(info)).toEqual(new Set(['motionCount', 'from', 'timeline']));
  });

  it('follows a path of field names, joining every place the path is selected', () => {
    const info = infoOf(`{ partyPositions(abbreviation: "SD") {
        positions { motions { motion { id } } }
        again: positions { ... on PartyPosition { motions { ...M } } }
        timeline { positions { motions { id } } } } }
      fragment M on PositionMotion { cited: citations { evaluation { id } } ...N }
      fragment N on PositionMotion { outcomes { outcome } }`);
    expect(selectedFields(info, ['positions', 'motions'])).toEqual(new Set(['motion', 'citations', 'outcomes']));
    expect(selectedFields(info, ['timeline', 'positions', 'motions'])).toEqual(new Set(['id']));
    expect(selectedFields(info, ['positions', 'nothing'])).toEqual(new Set());
  });

  it('does not loop on a fragment spread twice', () => {
    const info = infoOf(`{ motion(id: "x") { ...F ...F } } fragment F on Motion { id title }`);
    expect(selectedFields(info)).toEqual(new Set(['id', 'title']));
  });
});
