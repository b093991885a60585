/** Which stored properties a selection of Evidence fields reads: never fewer than its resolvers need. */
import { describe, expect, it } from 'vitest';
import { evidencePropertiesAsked, evidencePropertiesFor, KNOWN_EVIDENCE_FIELDS } from '../../src/graphql/evidence-fields.js';
import { infoOf } from '../support/resolve-info.js';
import { schemaFieldNames } from '../support/schema-fields.js';

describe('evidencePropertiesFor', () => {
  it('reads what tells evidence from none always, a field its property, the document its id', () => {
    expect(evidencePropertiesFor(new Set())).toEqual(new Set(['documentId', 'start', 'quote']));
    expect(evidencePropertiesFor(new Set(['__typename', 'quote']))).toEqual(new Set(['documentId', 'start', 'quote']));
    expect(evidencePropertiesFor(new Set(['end', 'status', 'document']))).toEqual(new Set(['documentId', 'start', 'quote', 'end', 'status']));
    expect(evidencePropertiesFor(new Set(['factId', 'extractor', 'confidence']))).toEqual(
      new Set(['documentId', 'start', 'quote', 'factId', 'extractor', 'confidence']),
    );
  });

  it('reads every property for a field it does not know', () => {
    expect(evidencePropertiesFor(new Set(['quote', 'someFieldAddedLater']))).toBe('all');
    expect(evidencePropertiesFor(new Set(['constructor']))).toBe('all');
  });

  it('knows every field of the Evidence type, so none falls back to every property unnoticed', () => {
    expect(schemaFieldNames('Evidence')).toEqual([...KNOWN_EVIDENCE_FIELDS].sort());
  });

  it('asks for no evidence where the field holding it is not selected, and for what is selected where it is', () => {
    const info = infoOf(`{ evaluationImpact(evaluationId: "e") { documents { findings { id } ...C } } }
      fragment C on ImpactDocument { cases { evidence { end } } other: cases { evidence { status } } }`);
    expect(evidencePropertiesAsked(info, ['documents', 'findings', 'evidence'])).toBeNull();
    expect(evidencePropertiesAsked(info, ['documents', 'evidence'])).toBeNull();
    expect(evidencePropertiesAsked(info, ['documents', 'cases', 'evidence'])).toEqual(new Set(['documentId', 'start', 'quote', 'end', 'status']));
    expect(evidencePropertiesAsked(info, [])).toBeNull();
  });
});
