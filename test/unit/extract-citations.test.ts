/**
 * How texts cite evaluations in the analysis fixture's documents (corpus 32, 44–48): verb-first reports,
 * reports cited by title, a quoted conclusion, an author named bare and tagged elsewhere, a signature with the party
 * under each name, a county that is not a municipality, and limitations that make a finding negative.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/ingest/extract/index.js';
import { polarity } from '../../src/ingest/extract/findings.js';
import type { NormalizedText } from '../../src/ingest/normalize/types.js';
import type { ExtractionRecord } from '../../src/ingest/record.js';
import { corpusText, loadNormalizer } from './extract-support.js';

const FILES = [
  '32_vgr-regionfullmaktige-motion-hallplatser',
  '44_tyreso-sd-kameraovervakning-utreds',
  '45_sll-sd-motion-kameraovervakning-infartsparkeringar',
  '46_lidingo-majoriteten-kameraovervakning',
  '47_ale-m-motion-trygghetskameror',
  '48_sundsvall-sd-kf-avslog-kameraovervakning',
];
const records = new Map<string, ExtractionRecord>();
// Extracted once, up front: the first run compiles every rule, which is slow on a busy machine.
beforeAll(async () => {
  const normalize: (raw: string) => NormalizedText = await loadNormalizer();
  for (const f of FILES) records.set(f, extract({ normalized: normalize(corpusText(`${f}.txt`)) }));
}, 120_000);
const run = (file: string): ExtractionRecord => records.get(file) ?? expect.fail(`${file} is not in FILES`);
const names = (r: ExtractionRecord) => r.authors.map((a) => `${a.name} (${a.party})`);

describe('citations of evaluations', () => {
  it('"Hösten 2007 genomförde Brå en metaanalys … om X": the evaluator after the verb, X the subject', () => {
    const r = run('44_tyreso-sd-kameraovervakning-utreds');
    expect(r.evaluations.map((e) => [e.attributedTo, e.subject])).toEqual([
      ['Brottsförebyggande rådet', 'kameraövervakningens brottsförebyggande effekter'],
    ]);
    expect(r.findings.map((f) => f.polarity)).toEqual(['positive', 'positive']);
  });

  it('a report cited by its quoted title is its own evaluation, apart from one the same agency made before', () => {
    const r = run('46_lidingo-majoriteten-kameraovervakning');
    expect(r.evaluations.map((e) => e.subject)).toEqual([null, 'Kameraövervakning på Stureplan och Medborgarplatsen']);
    // the quotation after "skrev de följande:" is the first one's conclusion; the sentence citing the report is the second's
    expect(r.findings.map((f) => f.evaluation)).toEqual([0, 1, 1, 1]);
    expect(r.findings[0]?.text).toMatch(/^”I tre av fem försök identifierades tecken på ökad trygghet/u);
  });

  it('"pekar Brå i en rapport på att …": the words after "på att" are the result, not the subject', () => {
    const r = run('32_vgr-regionfullmaktige-motion-hallplatser');
    expect(r.evaluations.map((e) => e.subject)).toEqual([null]);
    expect(r.findings.map((f) => f.polarity)).toEqual(['negative']);
  });
});

describe('authors, decisions and places around such citations', () => {
  it('"motionerade Per Carlberg om …" with "Per Carlberg (SD)" elsewhere; "KF ansåg motionen vara besvarad"', () => {
    const r = run('44_tyreso-sd-kameraovervakning-utreds');
    expect(names(r)).toEqual(['Per Carlberg (SD)']);
    expect(r.motion?.title).toBe('ökad kameraövervakning i Tyresö');
    expect(r.decision).toMatchObject({ outcome: 'answered', decidedBy: 'Kommunfullmäktige' });
    expect([r.document.kind, r.document.municipality]).toEqual(['other', 'Tyresö']);
  });

  it('a signature in columns with each party under its name; "Stockholms läns landsting" is not Stockholm', () => {
    const r = run('45_sll-sd-motion-kameraovervakning-infartsparkeringar');
    expect(names(r)).toEqual(['Per Carlberg (SD)', 'Sebastian Lindqvist (SD)']);
    for (const a of r.authors) expect(a.evidence.quote).toMatch(/Sverigedemokraterna$/u);
    expect(r.document.municipality).toBeNull();
    expect(r.decision).toBeNull();
  });
});

describe('camera motions of other parties and outcomes', () => {
  it('"Sune Rydén (KD) gruppledare": a role after the tag; "Ale" is a place where it follows "i"', () => {
    const r = run('47_ale-m-motion-trygghetskameror');
    expect(names(r)).toEqual(['Isabell Korn (M)', 'Carina Zito Averstedt (M)', 'Sune Rydén (KD)', 'Rolf Engström (FIA)', 'Ros-Marie Fihn (L)']);
    expect([r.motion?.title, r.document.municipality, r.evaluations.length]).toEqual(['trygghetskameror', 'Ale', 0]);
  });

  it('"Sverigedemokraternas motion om …" that KF rejected: a party\'s motion, no person as author', () => {
    const r = run('48_sundsvall-sd-kf-avslog-kameraovervakning');
    expect(r.motion?.title).toBe('att utreda möjligheten att placera övervakningskameror kring Navet');
    expect(r.decision).toMatchObject({ outcome: 'rejected', decidedBy: 'Kommunfullmäktige' });
    expect(r.authors).toEqual([]);
  });
});

describe('polarity', () => {
  it('a result the evaluators cannot attribute is negative (sentences of corpus 24, 07 and 46)', () => {
    expect(polarity('Det är dock svårt att säkerställa statistiskt vilka faktorer som ligger bakom minskningen.')).toBe('negative');
    expect(
      polarity('Det går inte att med säkerhet slå fast att minskningen i antalet skjutningar beror på Sluta skjut, eftersom andra faktorer kan ha påverkat utfallet.'),
    ).toBe('negative');
    expect(polarity('Alla brott minskade med 31 % under den tid man hade kamerabevakning.')).toBe('positive');
  });
});
