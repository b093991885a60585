/**
 * Which stored properties each field of the Document type reads, so a query can send only those. A field not
 * listed here (one added to the schema later) reads the whole document: unknown means all, never too little.
 */
import { propertiesBehind } from '../graphql/selection.js';
import type { DocumentProperty } from './document-properties.repo.js';

const READS: Record<string, readonly DocumentProperty[]> = {
  __typename: [],
  id: ['id'],
  title: ['title'],
  kind: ['kind'],
  date: ['date'],
  url: ['url'],
  language: ['language'],
  agendaItem: ['agendaItem'],
  sha256: ['sha256'],
  ingestedAt: ['ingestedAt'],
  municipality: ['municipalityId'],
  // fetched by the document's id (texts through the node loader, lists through the neighbour loaders)
  rawText: [],
  text: [],
  cases: [],
  claims: [],
};

/** The Document fields the resolvers know; the schema test checks the type has no other. */
export const KNOWN_DOCUMENT_FIELDS = Object.keys(READS).filter((f) => f !== '__typename');

/** The properties behind the selected Document fields, always with the id, plus `extra` a caller reads itself. */
export function documentPropertiesFor(fields: ReadonlySet<string>, extra: readonly DocumentProperty[] = []): Set<DocumentProperty> | 'all' {
  return propertiesBehind(READS, fields, ['id', ...extra]);
}
