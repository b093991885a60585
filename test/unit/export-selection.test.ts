import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/errors.js';
import { parseSelection } from '../../src/export/selection.js';

describe('export selection', () => {
  it('is the whole graph when nothing is given', () => {
    expect(parseSelection({})).toEqual({ kind: 'all' });
  });

  it('takes root ids from a query string (one or repeated) or the CLI (an array), one hop by default', () => {
    expect(parseSelection({ root: 'party/SD' })).toEqual({ kind: 'roots', roots: ['party/SD'], hops: 1 });
    expect(parseSelection({ root: ['party/SD', 'project/igor'], hops: '2' })).toEqual({ kind: 'roots', roots: ['party/SD', 'project/igor'], hops: 2 });
    expect(parseSelection({ root: 'x', hops: '0' })).toMatchObject({ hops: 0 });
  });

  it('selects citations by the flag or by any filter field, with the party abbreviation in capitals', () => {
    const none = { motionId: null, evaluationId: null, partyAbbreviation: null, municipalityId: null, projectId: null };
    expect(parseSelection({ citations: 'true' })).toEqual({ kind: 'citations', filter: none });
    expect(parseSelection({ citations: true })).toEqual({ kind: 'citations', filter: none });
    expect(parseSelection({ evaluationId: 'evaluation/igor', partyAbbreviation: 'sd' })).toEqual({
      kind: 'citations',
      filter: { ...none, evaluationId: 'evaluation/igor', partyAbbreviation: 'SD' },
    });
  });

  it.each([
    [{ hops: '2' }, /hops needs at least one root id/],
    [{ root: 'a', hops: '6' }, /hops <= 5/],
    [{ root: 'a', hops: '1.5' }, /whole number/],
    [{ root: 'a', hops: ['1', '2'] }, /hops/],
    [{ root: '' }, /non-empty id/],
    [{ root: 'a', evaluationId: 'evaluation/igor' }, /either root ids or a citations selection/],
    [{ evaluationID: 'evaluation/igor' }, /unknown parameter evaluationID/],
    [{ partyAbbreviation: 'S D' }, /party abbreviation/],
    [{ citations: 'maybe' }, /citations/],
  ])('refuses %o', (raw, message) => {
    expect(() => parseSelection(raw)).toThrow(AppError);
    expect(() => parseSelection(raw)).toThrow(message);
  });
});
