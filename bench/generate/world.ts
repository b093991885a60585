/**
 * The world the corpus talks about, fixed before any document is written: the 290 municipalities and the
 * Riksdag, parties (the eight Riksdag parties plus local ones), politicians, programmes and their evaluations
 * (each with six findings, a curated publisher, and whom documents attribute it to), and the topics.
 */
import municipalitiesJson from '../../src/domain/gazetteer/municipalities.json' with { type: 'json' };
import { organizations } from '../../src/domain/gazetteer/index.js';
import { topicVocabulary } from '../../src/domain/topics.js';
import { ids, slugify } from '../../src/domain/ids.js';
import { choice, type Random, seeded, Zipf } from './random.js';
import type { Scale } from './scale.js';
import { findingTemplates, firstNames, LOCAL_PARTY_SHARE, lastNames, middleNames, programmes, riksdagParties } from './vocabulary.js';

export interface Place {
  /** null: the Riksdag. */
  municipality: string | null;
  parties: Array<[abbreviation: string, share: number]>;
  persons: Map<string, string[]>;
}

export interface EvaluationSpec {
  id: string;
  project: string;
  title: string;
  year: number;
  publisherId: string;
  /** The organisation documents name as its author; sometimes not the publisher (a mismatch the API shows). */
  attributedTo: string;
  runById: string;
  findings: Array<{ text: string; polarity: string }>;
}

export interface World {
  places: Place[];
  placeZipf: Zipf;
  evaluations: EvaluationSpec[];
  evaluationZipf: Zipf;
  topics: string[];
  topicZipf: Zipf;
}

const municipalities: string[] = (municipalitiesJson as { municipalities: string[] }).municipalities;
const publishers = organizations.filter((o) => o.kind === 'university' || ['bra', 'socialstyrelsen', 'statskontoret', 'vardanalys', 'riksrevisionen', 'folkhalsomyndigheten'].includes(o.key));
const runners = organizations.filter((o) => ['polismyndigheten', 'socialstyrelsen', 'lansstyrelserna', 'skolverket', 'kriminalvarden'].includes(o.key));

const NAME_SPACE = firstNames.length * lastNames.length * middleNames.length;

/**
 * Unique names: index i maps to one (first, middle, last) triple, through a multiplier coprime to the space. Past
 * the space (only L needs more than its 33,000 politicians) a second surname joins the first, as in "Lind Ek":
 * indexes below it keep their names, so the smaller scales' corpora stay as they were.
 */
function personName(i: number): string {
  const j = ((i % NAME_SPACE) * 7_919) % NAME_SPACE;
  const first = firstNames[j % firstNames.length] as string;
  const last = lastNames[Math.floor(j / firstNames.length) % lastNames.length] as string;
  const middle = middleNames[Math.floor(j / (firstNames.length * lastNames.length))] as string;
  const round = Math.floor(i / NAME_SPACE);
  if (round > lastNames.length) throw new Error('not enough unique person names');
  const second = round === 0 ? null : lastNames[round - 1];
  return [first, middle, last, second].filter(Boolean).join(' ');
}

export function buildWorld(scale: Scale, seed: number): World {
  const random: Random = seeded(seed);
  let personIndex = 0;
  const usedLocal = new Set<string>();
  const place = (municipality: string | null, perParty: number): Place => {
    const parties: Place['parties'] = [...riksdagParties];
    // About one municipality in eight has a local party in its council (as Skinnskattebergsdemokraterna).
    if (municipality && random() < 0.125) {
      let abbreviation = `${slugify(municipality).replace(/-/g, '').slice(0, 5).toUpperCase()}LP`;
      while (usedLocal.has(abbreviation)) abbreviation += 'X';
      usedLocal.add(abbreviation);
      parties.push([abbreviation, LOCAL_PARTY_SHARE]);
    }
    const persons = new Map(parties.map(([p]) => [p, Array.from({ length: perParty }, () => personName(personIndex++))]));
    return { municipality, parties, persons };
  };
  const places = [place(null, scale.personsPerParty * 10), ...municipalities.map((m) => place(m, scale.personsPerParty))];

  // Programmes run in many places: "Huskurage Malmö". One evaluation per programme instance.
  const evaluations: EvaluationSpec[] = [];
  const seen = new Set<string>();
  for (let i = 0; evaluations.length < scale.evaluations; i++) {
    const programme = programmes[i % programmes.length] as string;
    const where = municipalities[Math.floor(i / programmes.length) % municipalities.length] as string;
    // Once every programme has run in every municipality (7,250 evaluations: only L needs more), later stages of
    // them are evaluated too. The first round's names are as they were, so the smaller scales' corpora are too.
    const stage = Math.floor(i / (programmes.length * municipalities.length));
    const project = i < programmes.length ? programme : stage === 0 ? `${programme} ${where}` : `${programme} ${where} etapp ${stage + 1}`;
    if (seen.has(ids.evaluation(project))) continue;
    seen.add(ids.evaluation(project));
    const publisher = choice(random, publishers);
    const bra = organizations.find((o) => o.key === 'bra')!;
    evaluations.push({
      id: ids.evaluation(project),
      project,
      title: `Utvärdering av ${project}`,
      year: 2012 + Math.floor(random() * 12),
      publisherId: publisher.id,
      // One document in five credits Brå with an evaluation someone else published (the seed case's mistake).
      attributedTo: random() < 0.2 ? bra.name : publisher.name,
      runById: choice(random, runners).id,
      findings: findingTemplates.map(([t, polarity]) => ({ text: t.replace('{p}', project), polarity })),
    });
  }
  return {
    places,
    // Municipalities (places[1..]) follow a mild size skew; the Riksdag's share is set where motions are drawn.
    placeZipf: new Zipf(places.length - 1, 0.6),
    evaluations,
    evaluationZipf: new Zipf(evaluations.length, 1.0),
    topics: topicVocabulary.map((t) => t.name),
    topicZipf: new Zipf(topicVocabulary.length, 0.8),
  };
}
