/**
 * A party cut down to the stored properties a request reads: a finding's coverage sends the parties of every
 * citation, each whole, when a list of them shows only the abbreviation (issue 6).
 */

/** Party's stored scalar properties, the only names a cut-down projection is built from. */
export const PARTY_PROPERTIES = ['id', 'abbreviation', 'name'] as const;
export type PartyProperty = (typeof PARTY_PROPERTIES)[number];

/** `party` as a map of the given properties, or of all but its fingerprint. */
export const partyProjection = (properties: ReadonlySet<PartyProperty> | 'all') =>
  properties === 'all' ? 'party{.*, fingerprint: null}' : `party{${PARTY_PROPERTIES.filter((p) => properties.has(p)).map((p) => `.${p}`).join(', ')}}`;
