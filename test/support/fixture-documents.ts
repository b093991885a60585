/**
 * Small documents for tests that need more than the seed: real record shapes, evidence computed from the text
 * so every quote equals its span (the loader checks that; a wrong offset here fails loudly).
 */
import type { DocumentInput } from '../../src/ingest/plan/from-record.js';
import { type ExtractionRecordInput, recordSchema } from '../../src/ingest/record.js';

export function spanOf(text: string, quote: string, from = 0) {
  const start = text.indexOf(quote, from);
  if (start < 0) throw new Error(`fixture quote not in text: ${quote}`);
  return { start, end: start + quote.length, quote };
}

export function documentInput(rawText: string, record: ExtractionRecordInput): DocumentInput {
  return {
    rawText,
    text: rawText,
    record: recordSchema.parse(record),
    status: 'PROPOSED',
    confidence: 0.9,
    ingestedAt: '2026-11-26T00:00:00.000Z',
  };
}

const botkyrkaText = `Motion: Trygghet i Botkyrka
av Anna Andersson (S) och Bo Berg (S)

Brottsförebyggande rådet har utvärderat IGOR-projektet. Utvärderingen visar följande:
- IGOR bidrar till förbättrad samverkan mellan socialtjänsten och polisen.

Botkyrka kommun bör därför ansluta sig. Kommunstyrelsen föreslår kommunfullmäktige: Motionen avslås.
`;

export const botkyrkaMotion = documentInput(botkyrkaText, {
  extractor: 'test-fixture@1.0.0',
  document: {
    title: 'Motion: Trygghet i Botkyrka',
    kind: 'motion',
    municipality: 'Botkyrka',
    municipalityEvidence: spanOf(botkyrkaText, 'Botkyrka kommun'),
    body: 'Kommunfullmäktige',
    agendaItem: null,
    date: '2024-03-01',
  },
  motion: { title: 'Trygghet i Botkyrka', evidence: spanOf(botkyrkaText, 'Trygghet i Botkyrka') },
  authors: [
    { name: 'Anna Andersson', party: 'S', evidence: spanOf(botkyrkaText, 'Anna Andersson (S)') },
    { name: 'Bo Berg', party: 'S', evidence: spanOf(botkyrkaText, 'Bo Berg (S)') },
  ],
  decision: {
    outcome: 'rejected',
    proposedBy: 'Kommunstyrelsen',
    decidedBy: 'Kommunfullmäktige',
    evidence: spanOf(botkyrkaText, 'Motionen avslås.'),
  },
  agencies: [{ name: 'Brottsförebyggande rådet', evidence: spanOf(botkyrkaText, 'Brottsförebyggande rådet') }],
  bodies: [],
  projects: [{ name: 'IGOR', evidence: spanOf(botkyrkaText, 'IGOR') }],
  evaluations: [
    {
      attributedTo: 'Brottsförebyggande rådet',
      subject: 'IGOR',
      evidence: spanOf(botkyrkaText, 'Brottsförebyggande rådet har utvärderat IGOR-projektet'),
    },
  ],
  findings: [
    {
      text: 'IGOR bidrar till förbättrad samverkan mellan socialtjänsten och polisen.',
      polarity: 'positive',
      evidence: spanOf(botkyrkaText, 'IGOR bidrar till förbättrad samverkan mellan socialtjänsten och polisen.'),
    },
  ],
  normalization: { changedTokens: 0 },
});

const malmoText = `Svar på motion om Sluta skjut i Malmö
Motion av Carl Ceder (M).

Brå har följt upp Sluta skjut. Uppföljningen visar att det skjutvapenvåld som kunde kopplas till grupperna minskade.

Kommunstyrelsen föreslår kommunfullmäktige att motionen anses besvarad. Malmö stad
`;

export const malmoResponse = documentInput(malmoText, {
  extractor: 'test-fixture@1.0.0',
  document: {
    title: 'Svar på motion om Sluta skjut i Malmö',
    kind: 'motion-response',
    municipality: 'Malmö',
    municipalityEvidence: spanOf(malmoText, 'Malmö stad'),
    body: 'Kommunstyrelsen',
    agendaItem: null,
  },
  motion: { title: 'Sluta skjut i Malmö', evidence: spanOf(malmoText, 'Sluta skjut i Malmö') },
  authors: [{ name: 'Carl Ceder', party: 'M', evidence: spanOf(malmoText, 'Carl Ceder (M)') }],
  decision: {
    outcome: 'answered',
    proposedBy: 'Kommunstyrelsen',
    decidedBy: 'Kommunfullmäktige',
    evidence: spanOf(malmoText, 'motionen anses besvarad'),
  },
  agencies: [{ name: 'Brå', evidence: spanOf(malmoText, 'Brå') }],
  bodies: [],
  projects: [{ name: 'Sluta skjut', evidence: spanOf(malmoText, 'Sluta skjut') }],
  evaluations: [{ attributedTo: 'Brå', subject: 'Sluta skjut', evidence: spanOf(malmoText, 'Brå har följt upp Sluta skjut') }],
  findings: [
    {
      text: 'Det skjutvapenvåld som kunde kopplas till grupperna minskade.',
      polarity: 'positive',
      evidence: spanOf(malmoText, 'det skjutvapenvåld som kunde kopplas till grupperna minskade.'),
    },
  ],
  normalization: { changedTokens: 0 },
});

/** The parts of a record a document that cites nothing leaves empty. */
export const citesNothing: Pick<ExtractionRecordInput, 'agencies' | 'bodies' | 'projects' | 'evaluations' | 'findings' | 'normalization'> = {
  agencies: [],
  bodies: [],
  projects: [],
  evaluations: [],
  findings: [],
  normalization: { changedTokens: 0 },
};

const botkyrkaProtocolText = `Protokoll, Kommunfullmäktige i Botkyrka kommun
§ 12 Motion: Trygghet i Botkyrka

Kommunfullmäktige beslutar: Motionen avslås.
`;

/** The council's decision on the Botkyrka motion: a final outcome in that motion's case, citing nothing. */
export const botkyrkaProtocol = documentInput(botkyrkaProtocolText, {
  extractor: 'test-fixture@1.0.0',
  document: {
    title: 'Protokoll, Kommunfullmäktige i Botkyrka kommun',
    kind: 'protocol',
    municipality: 'Botkyrka',
    municipalityEvidence: spanOf(botkyrkaProtocolText, 'Botkyrka kommun'),
    body: 'Kommunfullmäktige',
    agendaItem: '12',
    date: '2024-06-13',
  },
  motion: { title: 'Trygghet i Botkyrka', evidence: spanOf(botkyrkaProtocolText, 'Trygghet i Botkyrka') },
  authors: [],
  decision: {
    outcome: 'rejected',
    proposedBy: null,
    decidedBy: 'Kommunfullmäktige',
    evidence: spanOf(botkyrkaProtocolText, 'Motionen avslås.'),
  },
  ...citesNothing,
});

/**
 * A later motion by Anna Andersson, who signs the Botkyrka motion (2024-03-01) as (S), here signing as `party`;
 * it cites nothing. Her (S) membership stands further from the start of its document than this one does.
 */
export function laterMotionBy(party: string, date: string, municipality = 'Botkyrka') {
  const text = `Av Anna Andersson (${party})
Motion: Fler fritidsgårdar i ${municipality}
${municipality} kommun behöver fler fritidsgårdar. Vi föreslår att kommunen utreder saken.
`;
  return documentInput(text, {
    extractor: 'test-fixture@1.0.0',
    document: { title: `Motion: Fler fritidsgårdar i ${municipality}`, kind: 'motion', municipality, municipalityEvidence: spanOf(text, `${municipality} kommun`), body: 'Kommunfullmäktige', agendaItem: null, date },
    motion: { title: `Fler fritidsgårdar i ${municipality}`, evidence: spanOf(text, `Fler fritidsgårdar i ${municipality}`) },
    authors: [{ name: 'Anna Andersson', party, evidence: spanOf(text, `Anna Andersson (${party})`) }],
    decision: null,
    ...citesNothing,
  });
}

const citedTwiceText = `Motion: Sociala insatsgrupper i Huddinge
av Dana Dahl (KD)

Brottsförebyggande rådet har utvärderat IGOR-projektet, och samverkan blev bättre.
Längre fram: Brottsförebyggande rådet har utvärderat IGOR-projektet också för unga över 18 år.

Huddinge kommun bör ansluta sig.
`;

/**
 * A motion whose one document names the same evaluation (IGOR's) in two places: the record cites it twice, and
 * the plan makes that one CITES fact (a fact's key is the citing document), so one citation, counted once.
 */
export const citedTwiceMotion = documentInput(citedTwiceText, {
  extractor: 'test-fixture@1.0.0',
  document: {
    title: 'Motion: Sociala insatsgrupper i Huddinge',
    kind: 'motion',
    municipality: 'Huddinge',
    municipalityEvidence: spanOf(citedTwiceText, 'Huddinge kommun'),
    body: 'Kommunfullmäktige',
    agendaItem: null,
    date: '2024-04-02',
  },
  motion: { title: 'Sociala insatsgrupper i Huddinge', evidence: spanOf(citedTwiceText, 'Sociala insatsgrupper i Huddinge') },
  authors: [{ name: 'Dana Dahl', party: 'KD', evidence: spanOf(citedTwiceText, 'Dana Dahl (KD)') }],
  decision: null,
  agencies: [{ name: 'Brottsförebyggande rådet', evidence: spanOf(citedTwiceText, 'Brottsförebyggande rådet') }],
  bodies: [],
  projects: [{ name: 'IGOR', evidence: spanOf(citedTwiceText, 'IGOR') }],
  evaluations: [
    { attributedTo: 'Brottsförebyggande rådet', subject: 'IGOR', evidence: spanOf(citedTwiceText, 'Brottsförebyggande rådet har utvärderat IGOR-projektet') },
    {
      attributedTo: 'Brottsförebyggande rådet',
      subject: 'IGOR',
      evidence: spanOf(citedTwiceText, 'Brottsförebyggande rådet har utvärderat IGOR-projektet', citedTwiceText.indexOf('Längre fram')),
    },
  ],
  findings: [],
  normalization: { changedTokens: 0 },
});
