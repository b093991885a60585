/** The seed document, through the real normalizer (when present), gives exactly the expected extraction. */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXTRACTOR_ID, extract } from '../../src/ingest/extract/index.js';
import { recordSchema, spanProblems, type ExtractionRecord } from '../../src/ingest/record.js';
import { FIXTURES, loadNormalizer } from './extract-support.js';

const raw = readFileSync(new URL('../../seed/huddinge-ks-arende-18-igor.ocr.txt', import.meta.url), 'utf8');
const expected = JSON.parse(readFileSync(`${FIXTURES}huddinge-ks-arende-18-igor.expected.json`, 'utf8')) as Omit<
  ExtractionRecord,
  'extractor' | 'bodies' | 'claims' | 'normalization'
>;

let record: ExtractionRecord;
beforeAll(async () => {
  const normalize = await loadNormalizer();
  record = extract({ normalized: normalize(raw) });
}, 60_000);

describe('extract: the seed (Huddinge KS, ärende 18, IGOR)', () => {
  it('is a valid, versioned record whose every quote is the raw text at its span', () => {
    expect(record.extractor).toBe(EXTRACTOR_ID);
    expect(() => recordSchema.parse(record)).not.toThrow();
    expect(spanProblems(record, raw)).toEqual([]);
  });

  it('matches the expected document, motion, authors and decision, spans included', () => {
    // The record also names where the text names the municipality: the municipality node's evidence.
    expect(record.document).toEqual({ ...expected.document, municipalityEvidence: { start: 348, end: 363, quote: 'Huddinge kommun' } });
    expect(record.motion).toEqual(expected.motion);
    expect(record.authors).toEqual(expected.authors);
    expect(record.decision).toEqual(expected.decision);
  });

  it('matches the expected agencies, projects, evaluations and findings, spans included', () => {
    expect(record.agencies).toEqual(expected.agencies);
    expect(record.projects.map((p) => ({ name: p.name, evidence: p.evidence }))).toEqual(expected.projects);
    expect(record.evaluations).toEqual(expected.evaluations);
    expect(record.findings.map(({ evaluation: _, ...f }) => f)).toEqual(expected.findings);
    expect(record.findings.every((f) => f.evaluation === 0)).toBe(true);
  });

  it('finds who runs IGOR and what the text says about it', () => {
    const igor = record.projects[0]!;
    expect(igor.runBy.map((r) => r.name)).toEqual(['Polisområde Stockholm City', 'Socialtjänsten vid Södermalms stadsdelsförvaltning']);
    expect(igor.facts.map((f) => [f.property, f.value])).toEqual([
      ['status', 'pilotprojekt'],
      ['area', 'Södermalm'],
      ['permanence', 'saknas beslut om IGOR ska permanentas'],
    ]);
  });

  it("finds the administration's objection, the counter-argument to it, and the argument resting on the findings", () => {
    const [objection, counter, argument] = record.claims;
    expect(objection).toMatchObject({ key: 'objection-1', kind: 'objection', stance: 'against', about: 'IGOR' });
    expect(objection!.text).toMatch(/^I kommunstyrelsens förvaltnings synpunkter lyfts att IGOR inte är aktuellt/);
    expect(counter).toMatchObject({ kind: 'counter-argument', stance: 'for', counters: 'objection-1', about: 'IGOR' });
    expect(counter!.text).toMatch(/^Medan detta förvisso är sant hindrar inte det kommunen/);
    expect(argument).toMatchObject({ kind: 'argument', supportedBy: [0, 1, 2, 3, 4], about: 'IGOR' });
  });

  it('lists the municipal bodies and counts the normalizer\'s changes', () => {
    expect(record.bodies.map((b) => b.name)).toEqual(['Kommunstyrelsen', 'Kommunfullmäktige', 'Kommunstyrelsens förvaltning']);
    expect(record.normalization.changedTokens).toBeGreaterThanOrEqual(0);
  });
});
