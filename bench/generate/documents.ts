/**
 * One case file's documents as the loader receives them: raw text plus the extraction record the rules would
 * make of it (authors with party, the motion, the outcome, bodies, agencies, projects, cited evaluations and
 * findings, objections, topics), every item with its exact span. Municipal cases: motion, answer (proposal),
 * protocol, sometimes an administration's statement; Riksdag cases: motion, committee report, protocol.
 */
import type { DocumentInput } from '../../src/ingest/plan/from-record.js';
import type { ExtractionRecord } from '../../src/ingest/record.js';
import { GENERATOR_VERSION } from './scale.js';
import { TextBuilder } from './text.js';
import { backgroundSentences, objectionSentences } from './vocabulary.js';
import type { EvaluationSpec } from './world.js';

export type DocRole = 'motion' | 'response' | 'protocol' | 'statement';

export interface CaseSpec {
  index: number;
  municipality: string | null;
  title: string;
  authors: Array<{ name: string; party: string }>;
  topic: string;
  date: (role: DocRole) => string;
  outcome: { outcome: NonNullable<ExtractionRecord['decision']>['outcome']; words: string };
  /** Per document: the evaluations it cites and which of their findings (indexes into the six). */
  citations: (role: DocRole) => Array<{ evaluation: EvaluationSpec; findings: number[] }>;
  objection: (role: DocRole) => boolean;
  sentence: (role: DocRole) => number;
  damageSeed: (role: DocRole) => number | null;
}

const INGESTED_AT = '2025-01-01T00:00:00.000Z';

function emptyRecord(): Omit<ExtractionRecord, 'document' | 'extractor'> {
  return { motion: null, authors: [], decision: null, agencies: [], bodies: [], projects: [], evaluations: [], findings: [], claims: [], topics: [], normalization: { changedTokens: 0 } };
}

export function caseDocument(c: CaseSpec, role: DocRole): DocumentInput {
  const b = new TextBuilder(c.damageSeed(role));
  const r = emptyRecord();
  const riksdag = c.municipality === null;
  const year = Number(c.date(role).slice(0, 4));
  const session = `${year}/${String((year + 1) % 100).padStart(2, '0')}`;
  let municipalityEvidence = null;
  let kind: ExtractionRecord['document']['kind'];
  let heading = riksdag ? 'Riksdagens protokoll' : 'Protokoll';
  const authorLine = (prefix: string) => {
    b.text(prefix);
    c.authors.forEach((a, i) => {
      if (i > 0) b.text(i === c.authors.length - 1 ? ' och ' : ', ');
      r.authors.push({ name: a.name, party: a.party, evidence: b.span(`${a.name} (${a.party})`) });
    });
    b.line();
  };
  const title = () => (r.motion = { title: c.title, evidence: b.span(c.title) });
  const decision = (proposedBy: string, decidedBy: string) => {
    r.decision = { outcome: c.outcome.outcome, proposedBy, decidedBy, evidence: b.span(c.outcome.words) };
    b.line();
  };

  if (role === 'motion') {
    kind = riksdag ? 'riksdag-motion' : 'motion';
    heading = riksdag ? `Motion till riksdagen ${session}:${c.index}` : 'Motion till kommunfullmäktige';
    if (riksdag) b.line(heading);
    else {
      b.text(`${heading} i `);
      municipalityEvidence = b.span(`${c.municipality} kommun`);
      b.line();
    }
    title();
    b.line(`\n${c.date(role)}, dnr ${year}/${c.index}`);
    authorLine(riksdag ? 'av ' : 'Motionärer: ');
  } else if (role === 'response') {
    kind = riksdag ? 'committee-report' : 'motion-response';
    heading = riksdag ? `Justitieutskottets betänkande ${session}:JuU${c.index}` : `Ärende ${c.index % 40 + 1}.`;
    b.text(`${heading} `);
    title();
    b.line(riksdag ? '' : ' — svar på motion');
    authorLine('väckt av ');
    b.line(riksdag ? '\nUtskottets förslag till riksdagsbeslut' : '\nFörslag till beslut\nKommunstyrelsens förslag till kommunfullmäktige\n');
    decision(riksdag ? 'Justitieutskottet' : 'Kommunstyrelsen', riksdag ? 'Riksdagen' : 'Kommunfullmäktige');
    b.line(`\nMotivering (dnr ${year}/${c.index})`);
  } else if (role === 'protocol') {
    kind = 'protocol';
    b.text(riksdag ? `Riksdagens protokoll ${c.date(role)}\n§ ${c.index % 90 + 1} ` : `Protokoll, kommunfullmäktige ${c.date(role)}\n§ ${c.index % 90 + 1} `);
    title();
    b.line(`\nDnr ${year}/${c.index}. ${riksdag ? 'Kammaren biföll utskottets förslag.' : 'Kommunfullmäktige beslutar enligt kommunstyrelsens förslag.'}`);
    decision(riksdag ? 'Justitieutskottet' : 'Kommunstyrelsen', riksdag ? 'Riksdagen' : 'Kommunfullmäktige');
  } else {
    kind = 'motion-response';
    heading = 'Yttrande över motion';
    b.text(`Yttrande (dnr ${year}/${c.index}) över motion om `);
    title();
    b.line(`\n${c.date(role)}`);
  }

  const t = backgroundSentences[c.sentence(role) % backgroundSentences.length] as string;
  r.topics.push({ name: c.topic, evidence: b.fill(t, '{t}', c.topic) });
  b.line();

  for (const { evaluation: e, findings } of c.citations(role)) {
    b.text(role === 'motion' ? '\nEnligt en utvärdering som ' : '\nUtöver vad som anförs i motionen har ');
    const agency = b.span(e.attributedTo);
    b.text(role === 'motion' ? ' har gjort av projektet ' : ' nyligen utvärderat projektet ');
    const project = b.span(e.project);
    b.line(', och slutsatserna kan sammanfattas i följande punkter:');
    const evaluationIndex = r.evaluations.length;
    r.evaluations.push({ attributedTo: e.attributedTo, subject: e.project, evidence: b.between(agency, project) });
    r.agencies.push({ name: e.attributedTo, evidence: agency });
    r.projects.push({ name: e.project, evidence: project, runBy: [], facts: [] });
    const first = r.findings.length;
    for (const i of findings) {
      const f = e.findings[i] as EvaluationSpec['findings'][number];
      b.text('• ');
      r.findings.push({ text: f.text, polarity: f.polarity as 'positive', evidence: b.span(f.text), evaluation: evaluationIndex });
      b.line();
    }
    if (c.objection(role) && role !== 'motion') {
      const sentence = (objectionSentences[c.index % objectionSentences.length] as string).replace('{p}', e.project);
      r.claims.push({ key: `objection-${evaluationIndex + 1}`, kind: 'objection', stance: 'against', text: sentence, about: e.project, counters: null, supportedBy: [first], evidence: b.span(sentence) });
      b.line();
    }
  }

  // A Riksdag case's protocol and statements name no municipality; the body keeps their motion in the Riksdag's
  // scope (the loader scopes a motion by municipality, else body), so the whole case is one motion.
  let body: string | null = riksdag ? 'Riksdagen' : null;
  if (!riksdag && role !== 'motion') {
    b.line();
    body = role === 'statement' ? 'Kommunstyrelsens förvaltning' : 'Kommunstyrelsen';
    r.bodies.push({ name: body, evidence: b.span(body) });
    b.line();
    municipalityEvidence = b.span(`${c.municipality} kommun`);
    b.line();
  }
  return {
    rawText: b.raw,
    text: b.clean,
    record: {
      extractor: GENERATOR_VERSION,
      document: { title: `${heading} ${c.title}`, kind, municipality: c.municipality, body, agendaItem: role === 'response' && !riksdag ? String(c.index % 40 + 1) : null, municipalityEvidence, date: c.date(role) },
      ...r,
    },
    status: 'PROPOSED',
    confidence: 0.8,
    ingestedAt: INGESTED_AT,
  };
}
