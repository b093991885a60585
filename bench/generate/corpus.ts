/**
 * The whole corpus as a deterministic stream of case files. Counts are exact (documents and evaluation
 * citations sum to the scale's numbers); everything else is drawn from one seeded PRNG in a fixed order, so the
 * same seed and scale always give the same texts, ids and graph.
 */
import { ids, slugify } from '../../src/domain/ids.js';
import type { DocumentInput } from '../../src/ingest/plan/from-record.js';
import { type CaseSpec, caseDocument, type DocRole } from './documents.js';
import { choice, int, type Random, seeded, weighted } from './random.js';
import type { Scale } from './scale.js';
import { outcomeSentences, titleTemplates } from './vocabulary.js';
import { buildWorld, type World } from './world.js';

/** Position in a case file → role. Every case has a motion and an answer; most have a protocol. */
const ROLES: DocRole[] = ['motion', 'response', 'protocol', 'statement'];
/** How much each kind of document cites, relative: answers cite most, protocols rarely. */
const CITE_WEIGHT: Record<DocRole, number> = { motion: 1, response: 2, protocol: 0.3, statement: 1.2 };
const MAX_CITES = 6;
/** A share of documents arrives as OCR'd scans, damaged the way the seed was. */
const OCR_SHARE = 0.2;
const RIKSDAG_SHARE = 0.15;
/** A motion's id with its scope folded, as ids were made before Håbo's were kept apart from Habo's (see below). */
const titleKey = (scope: string, title: string) => ids.motion(slugify(scope), title);

export interface Counts {
  docsPerMotion: Uint8Array;
  citesPerDoc: Uint8Array;
}

/** Documents per case (2–4, in pairs summing to 6) and citations per document, with exact totals. */
export function planCounts(scale: Scale, random: Random): Counts {
  const docsPerMotion = new Uint8Array(scale.motions);
  for (let i = 0; i < scale.motions; i += 2) {
    const a = int(random, 2, 4);
    docsPerMotion[i] = a;
    if (i + 1 < scale.motions) docsPerMotion[i + 1] = 6 - a;
  }
  const roles: DocRole[] = [];
  for (const n of docsPerMotion) for (let k = 0; k < n; k++) roles.push(ROLES[k] as DocRole);
  if (roles.length !== scale.documents) throw new Error(`documents: planned ${roles.length}, scale says ${scale.documents}`);
  const total = roles.reduce((s, r) => s + CITE_WEIGHT[r], 0);
  const citesPerDoc = new Uint8Array(roles.length);
  let sum = 0;
  roles.forEach((r, d) => {
    const expected = (scale.citations * CITE_WEIGHT[r]) / total;
    citesPerDoc[d] = Math.min(MAX_CITES, Math.floor(expected + random()));
    sum += citesPerDoc[d] as number;
  });
  // Stochastic rounding lands near the total; nudge random documents until it is exact.
  while (sum !== scale.citations) {
    const d = Math.floor(random() * roles.length);
    const c = citesPerDoc[d] as number;
    if (sum < scale.citations && c < MAX_CITES) (citesPerDoc[d] = c + 1), sum++;
    else if (sum > scale.citations && c > 0) (citesPerDoc[d] = c - 1), sum--;
  }
  return { docsPerMotion, citesPerDoc };
}

function isoDate(year: number, dayOfYear: number): string {
  return new Date(Date.UTC(year, 0, 1 + dayOfYear)).toISOString().slice(0, 10);
}

export interface GeneratedCase {
  motionIndex: number;
  documents: DocumentInput[];
}

export function* generateCorpus(scale: Scale, seed: number): Generator<GeneratedCase> {
  const world: World = buildWorld(scale, seed);
  const random = seeded(seed ^ 0x5eed);
  const { docsPerMotion, citesPerDoc } = planCounts(scale, random);
  const titles = new Set<string>();
  /** The last number given to a title, by the id of the title unnumbered. */
  const lastNumber = new Map<string, number>();
  let doc = 0;
  for (let m = 0; m < scale.motions; m++) {
    const n = docsPerMotion[m] as number;
    const place = random() < RIKSDAG_SHARE ? world.places[0]! : world.places[1 + world.placeZipf.sample(random)]!;
    const party = weighted(random, place.parties);
    const people = place.persons.get(party) ?? [];
    const authors = [...new Set(Array.from({ length: int(random, 1, Math.min(3, people.length)) }, () => choice(random, people)))];
    const topic = world.topics[world.topicZipf.sample(random)] as string;
    const cites = Array.from({ length: n }, (_, k) => citesPerDoc[doc + k] as number);
    // The case's documents cite from one shared set of evaluations, as an answer cites what the motion cited.
    const focus: number[] = [];
    while (focus.length < Math.max(...cites)) {
      const e = world.evaluationZipf.sample(random);
      if (!focus.includes(e)) focus.push(e);
    }
    const programme = focus.length > 0 ? world.evaluations[focus[0]!]!.project : 'Tidiga insatser';
    let title = (choice(random, titleTemplates) as string).replace('{t}', topic).replace('{p}', programme).replace('{m}', place.municipality ?? 'hela landet');
    // Unique by the motion's id, not its name, as the loader's ids were when this generator's version was set: they
    // folded Håbo into Habo, so the same title in both was one motion. Ids keep the two apart now; a title unique in
    // the one scope is unique in two, and keying as before keeps the corpora as they were (generator-scales test).
    // The search for a free number starts from the title's last one: from 2 each time it grew with the square of
    // a title's uses, which L (a million motions) could not afford. It finds the numbers it found from 2.
    const scope = place.municipality ?? 'riksdagen';
    const base = title;
    const baseId = titleKey(scope, base);
    let k = lastNumber.get(baseId) ?? 1;
    while (titles.has(titleKey(scope, title))) title = `${base} (${++k})`;
    lastNumber.set(baseId, k);
    titles.add(titleKey(scope, title));
    const year = int(random, 2014, 2024);
    const day = int(random, 0, 200);
    const offsets: Record<DocRole, number> = { motion: 0, statement: 40, response: 90, protocol: 130 };
    const [outcome, words] = place.municipality === null ? (['rejected', 'Motionen avslås.'] as const) : weighted(random, outcomeSentences.map((o) => [o, 1] as const));
    const perDoc = ROLES.slice(0, n).map((role, k) => {
      const count = cites[k] as number;
      const chosen = [...focus].sort(() => random() - 0.5).slice(0, count);
      return {
        role,
        citations: chosen.map((e) => {
          const evaluation = world.evaluations[e]!;
          // Most citing texts quote the positive findings; some quote the risk or the negative one too.
          const pool = random() < 0.7 ? [0, 1, 2] : [0, 1, 2, 3, 4, 5];
          const findings = [...new Set(Array.from({ length: int(random, 1, 3) }, () => choice(random, pool)))].sort();
          return { evaluation, findings };
        }),
        objection: random() < 0.3,
        sentence: int(random, 0, 100),
        damageSeed: random() < OCR_SHARE ? int(random, 1, 2 ** 30) : null,
      };
    });
    const of = (role: DocRole) => perDoc.find((p) => p.role === role)!;
    const spec: CaseSpec = {
      index: m + 1,
      municipality: place.municipality,
      title,
      authors: authors.map((name) => ({ name, party })),
      topic,
      date: (role) => isoDate(year, day + offsets[role]),
      outcome: { outcome, words },
      citations: (role) => of(role).citations,
      objection: (role) => of(role).objection,
      sentence: (role) => of(role).sentence,
      damageSeed: (role) => of(role).damageSeed,
    };
    yield { motionIndex: m, documents: perDoc.map((p) => caseDocument(spec, p.role)) };
    doc += n;
  }
}

export { buildWorld };
