/** Which stored properties a selection of Document fields reads: never fewer than its resolvers need. */
import { describe, expect, it } from 'vitest';
import { documentPropertiesFor, KNOWN_DOCUMENT_FIELDS } from '../../src/documents/document-fields.js';
import { schemaFieldNames } from '../support/schema-fields.js';

describe('documentPropertiesFor', () => {
  it('reads the id always, a scalar field its property, municipality its id, and nothing more for fields fetched by id', () => {
    expect(documentPropertiesFor(new Set(['__typename']))).toEqual(new Set(['id']));
    expect(documentPropertiesFor(new Set(['kind', 'date', 'municipality', 'rawText', 'cases']))).toEqual(new Set(['id', 'kind', 'date', 'municipalityId']));
    expect(documentPropertiesFor(new Set(['title']), ['municipalityId'])).toEqual(new Set(['id', 'title', 'municipalityId']));
  });

  it('reads the whole document for a field it does not know', () => {
    expect(documentPropertiesFor(new Set(['id', 'someFieldAddedLater']))).toBe('all');
    expect(documentPropertiesFor(new Set(['constructor']))).toBe('all');
  });

  it('knows every field of the Document type, so none falls back to the whole document unnoticed', () => {
    expect(schemaFieldNames('Document')).toEqual([...KNOWN_DOCUMENT_FIELDS].sort());
  });
});
