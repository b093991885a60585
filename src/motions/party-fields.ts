/**
 * Which stored properties each field of the Party type reads, so a query can send only those. A field not listed
 * here (one added to the schema later) reads the whole party: unknown means all, never too little.
 */
import { propertiesBehind } from '../graphql/selection.js';
import type { PartyProperty } from './party-properties.repo.js';

const READS: Record<string, readonly PartyProperty[]> = {
  __typename: [],
  id: ['id'],
  abbreviation: ['abbreviation'],
  name: ['name'],
  // members are fetched by the party's id; its motions page by its abbreviation
  members: [],
  motions: ['abbreviation'],
};

/** The Party fields the resolvers know; the schema test checks the type has no other. */
export const KNOWN_PARTY_FIELDS = Object.keys(READS).filter((f) => f !== '__typename');

/** The properties behind the selected Party fields, always with the id. */
export function partyPropertiesFor(fields: ReadonlySet<string>): Set<PartyProperty> | 'all' {
  return propertiesBehind(READS, fields, ['id']);
}
