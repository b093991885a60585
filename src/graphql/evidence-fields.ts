/**
 * Which stored properties each field of the Evidence type reads, so a query can send only those. A field not listed
 * here (one added to the schema later) reads every property: unknown means all, never too little.
 */
import type { EvidenceProperty } from './evidence-properties.repo.js';

const READS: Record<string, readonly EvidenceProperty[]> = {
  __typename: [],
  factId: ['factId'],
  // the document is fetched by its id
  documentId: ['documentId'],
  document: ['documentId'],
  start: ['start'],
  end: ['end'],
  quote: ['quote'],
  extractor: ['extractor'],
  confidence: ['confidence'],
  status: ['status'],
};

/** The Evidence fields the resolvers know; the unit test checks the type has no other. */
export const KNOWN_EVIDENCE_FIELDS = Object.keys(READS).filter((f) => f !== '__typename');

/**
 * The properties behind the selected Evidence fields, always with those evidenceOf tells evidence from none by
 * (documentId, start, quote).
 */
export function evidencePropertiesFor(fields: ReadonlySet<string>): Set<EvidenceProperty> | 'all' {
  const properties = new Set<EvidenceProperty>(['documentId', 'start', 'quote']);
  for (const field of fields) {
    // own keys only: a name like `constructor` is not a field we know, whatever Object.prototype says
    if (!Object.hasOwn(READS, field)) return 'all';
    for (const p of READS[field] ?? []) properties.add(p);
  }
  return properties;
}
