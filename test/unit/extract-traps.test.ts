/**
 * The traps the corpus notes describe: people who are not authors, words that look like decisions but are not,
 * requests to evaluate that are not evaluations, local crime-prevention councils that are not Brå.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/ingest/extract/index.js';
import type { NormalizedText } from '../../src/ingest/normalize/types.js';
import type { ExtractionRecord } from '../../src/ingest/record.js';
import { corpusText, identity, loadNormalizer } from './extract-support.js';

let normalize: (raw: string) => NormalizedText;
beforeAll(async () => {
  normalize = await loadNormalizer();
}, 60_000);
const run = (file: string): ExtractionRecord => extract({ normalized: normalize(corpusText(`${file}.txt`)) });
const names = (r: ExtractionRecord) => r.authors.map((a) => `${a.name} (${a.party})`);

describe('authors are only the motion’s authors', () => {
  it('not reservants, debaters or the one who puts the proposition (landsting protocol)', () => {
    const r = run('21_landstinget-vasternorrland-alkoholfri-representation');
    expect(names(r)).toEqual(['Sverker Ågren (KD)', 'Göran Sydhage (KD)', 'Stig Ingelsson (V)', 'Kjell Forsval (L)']);
  });
  it('not the debaters who "yrkar bifall", nor the ordförande (KS protocol)', () => {
    expect(names(run('11_ks-2019-p52-utvecklingsgrupp-forskola'))).toEqual(['Mette Hildingsson (S)', 'Roger Sjöberg (S)']);
  });
  it('not the handläggare, and "m.fl. (alla L)" gives one named author with the party', () => {
    expect(names(run('10_uppsala-ks-hrv-samordnare'))).toEqual(['Anna Manell (L)']);
  });
  it('not a member who resigns or gives a särskilt yttrande; "(MP-gruppen)" is MP', () => {
    expect(names(run('26_tyreso-kf-2011-06-16-protokoll'))).toEqual([
      'Marie Åkesdotter (MP)', 'Peter Bylund (MP)', 'Peter Söderlund (MP)', 'Lilian Nylinder (MP)',
    ]);
  });
  it('"A och B (båda SD)", "A och B (fp)" and "X m.fl. (fp)": the tag covers the names before it; fp is L', () => {
    expect(names(run('02_riksdag-mot-2023-24-1095-slakt'))).toEqual(['Markus Wiechel (SD)', 'Victoria Tiblom (SD)']);
    expect(names(run('16_riksdag-mot-1997-98-L26-skadestand'))).toEqual(['Bengt Harding Olson (L)', 'Kerstin Heinemann (L)']);
    expect(names(run('17_riksdag-mot-1993-94-K615-kommunal-demokrati'))).toEqual(['Olle Schmidt (L)']);
  });
  it('a committee report has no authors of its own, although it names the motions it treats', () => {
    expect(run('19_bet-2024-25-JuU11-valdsbrott').authors).toEqual([]);
  });
});

describe('decisions', () => {
  it('"bifall till arbetsutskottets förslag" to reject is a rejection, not an approval', () => {
    expect(run('11_ks-2019-p52-utvecklingsgrupp-forskola').decision).toMatchObject({ outcome: 'rejected', proposedBy: 'Kommunstyrelsen', decidedBy: 'Kommunfullmäktige' });
  });
  it('a policy sent back is not the motion sent back', () => {
    expect(run('15_hylte-kf-2023-05-02-sammanfattning').decision).toMatchObject({ outcome: 'rejected', decidedBy: 'Kommunfullmäktige' });
  });
  it('rhetoric about motions in general and an earlier motion’s fate are not this motion’s decision', () => {
    expect(run('14_gnesta-c-motionssvar-pa-hemsidan').decision?.outcome).toBe('approved');
    expect(run('22_danderyd-motion-brottsforebyggande-rad').decision).toBeNull();
  });
  it('a request for återremiss is not a referral; the decision the request is about is', () => {
    expect(run('30_karlskoga-sd-begaran-om-aterremiss').decision).toMatchObject({ outcome: 'rejected', decidedBy: 'Kommunstyrelsen' });
    expect(run('43_kd-uppsala-aterremitterad-motion').decision).toMatchObject({ outcome: 'referred-back', decidedBy: 'Kommunstyrelsen' });
  });
  it('approved points and rejected rest make partially-approved; "anses besvarad" then ratified is answered', () => {
    expect(run('03_bet-2020-21-JuU17-tillsammans-mot-brott').decision?.outcome).toBe('partially-approved');
    expect(run('21_landstinget-vasternorrland-alkoholfri-representation').decision).toMatchObject({ outcome: 'answered', proposedBy: 'Förvaltningsutskottet' });
  });
});

describe('evaluations and findings', () => {
  it('a request to evaluate or follow up is not an evaluation cited', () => {
    for (const f of ['01_riksdag-mot-2020-21-3471-heder', '18_riksdag-mot-2021-22-2860-vardagsbrott', '29_nvp-huskurage-pilotprojekt']) {
      const r = run(f);
      expect(r.evaluations, f).toEqual([]);
      expect(r.findings, f).toEqual([]);
    }
  });
  it('the evaluator is the one who evaluated, not the one who commissioned it', () => {
    expect(run('07_bra-uppfoljning-sluta-skjut').evaluations.map((e) => e.attributedTo)).toEqual(['Malmö universitet']);
    expect(run('24_kriminalvarden-sluta-skjut-effektutvardering').evaluations.map((e) => e.attributedTo)).toEqual(['Malmö universitet']);
  });
  it('recommendations and tasks listed as bullets are not findings', () => {
    const r = run('09_vardanalys-heder-ostergotland');
    expect(r.findings).toHaveLength(4);
    expect(r.findings.some((f) => f.text.startsWith('Regeringen behöver'))).toBe(false);
    expect(run('27_socialstyrelsen-sociala-insatsgrupper').findings).toEqual([]);
  });
  it('findings carry a polarity', () => {
    const r = run('05_skr-2022-23-129-mangdbrott');
    expect(r.findings[0]).toMatchObject({ polarity: 'negative' });
  });
});

describe('agencies through the gazetteer', () => {
  it('a municipality’s own brottsförebyggande råd, Läns-BRÅ or HuBrå is not Brå', () => {
    expect(run('12_skinnskatteberg-brottsforebyggande-rad').agencies.map((a) => a.name)).toEqual(['Polismyndigheten']);
    const text = 'Kommunens brottsförebyggande råd (HuBrå) och Läns-BRÅ träffas. Det lokala brottsförebyggande rådet också.';
    expect(extract({ normalized: identity(text) }).agencies).toEqual([]);
  });
  it('Brå, BRÅ, brottsförebyggande rådet and Brottsförebyggande rådet (Brå) are one agency; polisen is Polismyndigheten', () => {
    const r = run('22_danderyd-motion-brottsforebyggande-rad');
    expect(r.agencies.map((a) => [a.name, a.evidence.quote])).toEqual([
      ['Brottsförebyggande rådet', 'BRÅ'],
      ['Polismyndigheten', 'polisens'],
    ]);
    expect(run('28_c-malmo-huskurage-motion').agencies.map((a) => a.name)).toEqual(['Brottsförebyggande rådet', 'Polismyndigheten']);
  });
});

describe("a municipal motion's byline under its heading", () => {
  const motion = (byline: string) =>
    extract({ normalized: normalize(`Motion om trygghet i centrum\n${byline}\n\nJag föreslår att Håbo kommun ska arbeta mer för att alla ska känna sig trygga.\n`) });
  it('is not part of the title, on the next line or after a blank one, with "av" or "Av"', () => {
    for (const byline of ['av Anna Ek (M)', '\nav Anna Ek (M)', 'Av Anna Ek (M)', '\nAv Anna Ek (M)']) {
      const r = motion(byline);
      expect(r.document.title, byline).toBe('Motion om trygghet i centrum');
      expect(r.motion?.title, byline).toBe('trygghet i centrum');
      expect(r.motion?.evidence.quote, byline).toBe('trygghet i centrum');
      expect(names(r), byline).toEqual(['Anna Ek (M)']);
    }
  });
  it('names its authors, a shared tag covering the names before it', () => {
    expect(names(motion('av Anna Ek och Per Lind (båda M)'))).toEqual(['Anna Ek (M)', 'Per Lind (M)']);
  });
  it('is a byline only when a name follows: "Av dessa skäl …" under a heading stays prose', () => {
    const r = extract({ normalized: normalize('Motion om trygghet i centrum\nAv dessa skäl föreslår jag att kommunen ska arbeta mer.\n') });
    expect(r.authors).toEqual([]);
  });
});
