/** The stance rule and the timeline, as the SDL documents them (PartyPosition.stance), on plain items. */
import { describe, expect, it } from 'vitest';
import { combine, motionStance, partyPositions, timeline } from '../../src/positions/positions.js';
import type { PositionItemRow } from '../../src/positions/positions.repo.js';

const party = { id: 'party/SD', abbreviation: 'SD', name: 'Sverigedemokraterna' };
const claim = (kind: string, stance: string, speaksForMotion: boolean) => ({
  claim: { id: `claim/${kind}-${stance}`, kind, stance },
  document: { id: 'document/a' },
  role: speaksForMotion ? 'motion' : 'administration-response',
  evidence: { documentId: 'document/a', start: 0, end: 4, quote: 'IGOR', status: 'PROPOSED' } as Record<string, unknown>,
  speaksForMotion,
});
const item = (motionId: string, subjectId: string, date: string | null, claims: PositionItemRow['claims'] = []): PositionItemRow => ({
  motion: { id: motionId, title: motionId },
  date,
  authors: [{ person: { id: 'person/a', name: 'A' }, evidence: { documentId: 'document/a', start: 0, end: 5, quote: 'A (SD)' } }],
  documents: [],
  outcomes: [],
  subject: { id: subjectId, name: subjectId.split('/')[1]!, kind: subjectId.startsWith('project/') ? 'PROJECT' : 'TOPIC' },
  subjectEvidence: [],
  claims,
  citations: [],
});

describe('stance', () => {
  it('is FOR by authorship when no claim speaks for the motion', () => {
    expect(motionStance([])).toEqual({ stance: 'FOR', basis: 'AUTHORSHIP' });
    // the administration's objection and arguments of a body that does not back the motion do not count
    expect(motionStance([claim('objection', 'against', true), claim('argument', 'against', false)])).toEqual({ stance: 'FOR', basis: 'AUTHORSHIP' });
  });

  it('follows the claims that speak for the motion: for, against, or both', () => {
    expect(motionStance([claim('objection', 'against', true), claim('counter-argument', 'for', true)])).toEqual({ stance: 'FOR', basis: 'CLAIMS' });
    expect(motionStance([claim('argument', 'against', true)])).toEqual({ stance: 'AGAINST', basis: 'CLAIMS' });
    expect(motionStance([claim('argument', 'against', true), claim('argument', 'for', true)])).toEqual({ stance: 'MIXED', basis: 'CLAIMS' });
    expect(motionStance([claim('argument', 'neutral', true)])).toEqual({ stance: 'FOR', basis: 'AUTHORSHIP' });
  });

  it('does not count a claim a curator rejected', () => {
    const rejected = claim('argument', 'against', true);
    rejected.evidence = { ...rejected.evidence, status: 'REJECTED' };
    expect(motionStance([rejected])).toEqual({ stance: 'FOR', basis: 'AUTHORSHIP' });
  });

  it('over several motions is one way only when all agree', () => {
    expect(combine(['FOR', 'FOR'])).toBe('FOR');
    expect(combine(['AGAINST'])).toBe('AGAINST');
    expect(combine(['FOR', 'AGAINST'])).toBe('MIXED');
  });
});

describe('positions and timeline', () => {
  const items = [
    item('motion/b', 'topic/trygghet', '2022-11-29'),
    item('motion/a', 'topic/trygghet', '2018-02-27'),
    item('motion/a', 'project/igor', '2018-02-27', [claim('argument', 'against', true)]),
    item('motion/c', 'topic/trygghet', null),
  ];

  it('groups items per subject, projects first, motions by date with undated last', () => {
    const positions = partyPositions(party, items);
    expect(positions.map((p) => [p.subject.id, p.stance, p.forCount, p.againstCount, p.firstYear, p.lastYear])).toEqual([
      ['project/igor', 'AGAINST', 0, 1, 2018, 2018],
      ['topic/trygghet', 'FOR', 3, 0, 2018, 2022],
    ]);
    expect(positions[1]!.motions.map((m) => [m.motion.id, m.year])).toEqual([['motion/a', 2018], ['motion/b', 2022], ['motion/c', null]]);
  });

  it('orders subjects of a kind by name in Swedish order (å, ä, ö after z)', () => {
    const named = ['topic/ökad tillit', 'topic/alkohol', 'topic/äldre', 'topic/zon', 'topic/åtgärder'].map((s, k) => item(`motion/${k}`, s, null));
    expect(partyPositions(party, named).map((p) => p.subject.name)).toEqual(['alkohol', 'zon', 'åtgärder', 'äldre', 'ökad tillit']);
  });

  it('leaves a part not asked for undefined, never empty, but still takes the stance from the claims', () => {
    // only `documents` asked for: the other parts stay undefined even where the item carries them
    const [igor] = partyPositions(party, [item('motion/a', 'project/igor', '2018-02-27', [claim('argument', 'against', true)])], new Set(['documents']));
    const [motion] = igor!.motions;
    expect(motion).toMatchObject({ stance: 'AGAINST', basis: 'CLAIMS', documents: [] });
    for (const part of ['authors', 'subjectEvidence', 'claims', 'citations', 'outcomes'] as const) expect(motion![part], part).toBeUndefined();
  });

  it('gives each year its subjects and stance, undated (year null) last', () => {
    const years = timeline(partyPositions(party, items));
    expect(years.map((y) => [y.year, y.motionCount, y.positions.map((p) => `${p.subject.id}:${p.stance}`)])).toEqual([
      [2018, 1, ['project/igor:AGAINST', 'topic/trygghet:FOR']],
      [2022, 1, ['topic/trygghet:FOR']],
      [null, 1, ['topic/trygghet:FOR']],
    ]);
  });
});
