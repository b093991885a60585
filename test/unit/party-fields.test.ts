/** Which stored properties a selection of Party fields reads: never fewer than its resolvers need. */
import { describe, expect, it } from 'vitest';
import { KNOWN_PARTY_FIELDS, partyPropertiesFor } from '../../src/motions/party-fields.js';
import { partyProjection } from '../../src/motions/party-properties.repo.js';
import { schemaFieldNames } from '../support/schema-fields.js';

describe('partyPropertiesFor', () => {
  it('reads the id always, a scalar field its property, motions the abbreviation they are paged by, and nothing for members', () => {
    expect(partyPropertiesFor(new Set(['__typename']))).toEqual(new Set(['id']));
    expect(partyPropertiesFor(new Set(['abbreviation']))).toEqual(new Set(['id', 'abbreviation']));
    expect(partyPropertiesFor(new Set(['name', 'members']))).toEqual(new Set(['id', 'name']));
    expect(partyPropertiesFor(new Set(['motions']))).toEqual(new Set(['id', 'abbreviation']));
  });

  it('reads the whole party for a field it does not know', () => {
    expect(partyPropertiesFor(new Set(['abbreviation', 'someFieldAddedLater']))).toBe('all');
    expect(partyPropertiesFor(new Set(['toString']))).toBe('all');
  });

  it('projects the properties read, in a fixed order, or the whole party but its fingerprint', () => {
    expect(partyProjection(new Set(['abbreviation', 'id']))).toBe('party{.id, .abbreviation}');
    expect(partyProjection('all')).toBe('party{.*, fingerprint: null}');
  });

  it('knows every field of the Party type, so none falls back to the whole party unnoticed', () => {
    expect(schemaFieldNames('Party')).toEqual([...KNOWN_PARTY_FIELDS].sort());
  });
});
