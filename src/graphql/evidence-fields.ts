/**
 * Which stored properties each field of the Evidence type reads, so a query can send only those. A field not listed
 * here (one added to the schema later) reads every property: unknown means all, never too little.
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { EvidenceProperty, EvidenceReads } from './evidence-properties.repo.js';
import { propertiesBehind, selectedFields } from './selection.js';

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
  return propertiesBehind(READS, fields, ['documentId', 'start', 'quote']);
}

/**
 * The properties behind the Evidence fields selected at `path` (its last name the field holding the evidence), or
 * null when that field is not selected at all: a query need not send evidence nobody reads.
 */
export function evidencePropertiesAsked(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, path: readonly string[]): EvidenceReads {
  const holder = path.at(-1);
  if (holder === undefined || !selectedFields(info, path.slice(0, -1)).has(holder)) return null;
  return evidencePropertiesFor(selectedFields(info, path));
}
