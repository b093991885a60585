/**
 * Party positions over HTTP against the real Neo4j: the seed, six corpus documents through the whole pipeline
 * (dated as SOURCES.md gives them), and one hand-curated motion by V that argues against IGOR.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDocument } from '../../src/ingest/load/load-document.js';
import { IngestPipeline } from '../../src/ingest/pipeline.js';
import { positionItems } from '../../src/positions/positions.js';
import { type PartyPositionsRow, POSITION_PARTS, partyPositionsQuery } from '../../src/positions/positions.repo.js';
import { loadSeed } from '../../src/seed/load-seed.js';
import { startTestApi, type TestApi } from '../support/api.js';
import { resetGraph, testDatabase } from '../support/database.js';
import { pick } from '../support/pick.js';
import { CORPUS, nackaMotion } from '../support/positions-fixtures.js';
import { PARTY_MOTION_ROWS, PARTY_MOTIONS_WALKED } from '../support/test.repo.js';

const db = testDatabase();
let api: TestApi;

beforeAll(async () => {
  await resetGraph(db.executor);
  await loadSeed(db.executor);
  const pipeline = await IngestPipeline.create();
  for (const [name, date] of CORPUS) {
    const text = readFileSync(new URL(`../fixtures/corpus/texts/${name}.txt`, import.meta.url));
    await pipeline.ingest(db.executor, text, date ? { date } : {}, name);
  }
  await loadDocument(db.executor, nackaMotion);
  api = await startTestApi(db.executor);
});
afterAll(async () => {
  await api.close();
  await db.close();
});

const EVIDENCE = 'documentId start end quote';
/** PositionMotion's parts (read only when asked for, POSITION_PARTS) and what these tests ask of each. */
const PARTS: Record<string, string> = {
  authors: `authors { person { name } evidence { ${EVIDENCE} } }`,
  subjectEvidence: `subjectEvidence { ${EVIDENCE} }`,
  documents: `documents { role document { id kind } evidence { ${EVIDENCE} } }`,
  claims: `claims { kind stance counted role evidence { ${EVIDENCE} } }`,
  citations: `citations { role evaluation { id } evidence { ${EVIDENCE} } findings { polarity evidence { ${EVIDENCE} } } }`,
  outcomes: `outcomes { outcome stage proposedByName proposedBy { name } decidedByName decidedBy { name } document { id } evidence { ${EVIDENCE} } }`,
};
const STANCE = `party { abbreviation } subject { kind id name project { name } topic { name terms } }
  stance forCount againstCount mixedCount firstYear lastYear`;
const MOTION = 'motion { id title } date year stance basis';
const POSITION = `${STANCE} motions { ${MOTION} ${Object.values(PARTS).join('\n    ')} }`;
const PARTY_POSITIONS = `query($abbreviation: String!, $from: String, $to: String, $includeUndated: Boolean) {
  partyPositions(abbreviation: $abbreviation, from: $from, to: $to, includeUndated: $includeUndated) {
    party { abbreviation name } from to motionCount
    positions { ${POSITION} }
    timeline { year motionCount positions { subject { id } stance motions { id } } } } }`;
const COMPARE = `query($projectId: ID, $topic: String) { comparePositions(projectId: $projectId, topic: $topic) { ${POSITION} } }`;

type Ev = { documentId: string; start: number; end: number; quote: string };
/** Every evidence object anywhere in an answer. */
function evidenceIn(value: unknown): Ev[] {
  if (Array.isArray(value)) return value.flatMap(evidenceIn);
  if (!value || typeof value !== 'object') return [];
  const o = value as Record<string, unknown>;
  if (typeof o.quote === 'string' && typeof o.documentId === 'string') return [o as unknown as Ev];
  return Object.values(o).flatMap(evidenceIn);
}
/** Checks each quote against its document's raw text, as the API serves it. */
async function expectValidEvidence(answer: unknown) {
  const all = evidenceIn(answer);
  expect(all.length).toBeGreaterThan(0);
  for (const id of new Set(all.map((e) => e.documentId))) {
    const { data } = await api.graphql('query($id: ID!) { document(id: $id) { rawText } }', { id });
    for (const e of all.filter((x) => x.documentId === id)) expect(data.document.rawText.slice(e.start, e.end)).toBe(e.quote);
  }
}

/**
 * Compares the two starts of partyPositionsQuery (positions.repo.ts) over every party with motions, several
 * ranges (undated motions left out: the kept start's case) and every part; returns how many answers had items.
 */
async function sameFromEitherStart(): Promise<number> {
  const all = new Set(POSITION_PARTS);
  const ranges = [
    ['0000-01-01', '9999-12-31'],
    ['2022-01-01', '2022-12-31'],
    ['2024-05-13', '2024-05-13'],
    ['2019-01-01', '2024-05-12'],
  ];
  let withItems = 0;
  for (const abbreviation of ['SD', 'V', 'KD', 'S', 'M'])
    for (const [from, to] of ranges) {
      const params = { abbreviation, subjectId: null, from, to, includeUndated: false };
      const [kept] = await db.executor.read<PartyPositionsRow>(partyPositionsQuery('kept', all), params);
      const [walked] = await db.executor.read<PartyPositionsRow>(partyPositionsQuery('party', all), params);
      const order = (row: PartyPositionsRow | undefined) =>
        positionItems(row?.motions ?? []).map((i) => JSON.stringify(i)).sort();
      expect(order(kept), `${abbreviation} ${from}..${to}`).toEqual(order(walked));
      if ((walked?.motions.length ?? 0) > 0) withItems++;
    }
  return withItems;
}

describe('partyPositions', () => {
  it("gives SD's position on IGOR: for, backed by the Huddinge document, proposed for approval by Kommunstyrelsen", async () => {
    const { data, errors } = await api.graphql(PARTY_POSITIONS, { abbreviation: 'SD' });
    expect(errors).toBeUndefined();
    const igor = data.partyPositions.positions.find((p: any) => p.subject.id === 'project/igor');
    expect(igor).toMatchObject({ stance: 'FOR', forCount: 1, subject: { kind: 'PROJECT', name: 'IGOR', project: { name: 'IGOR' } } });
    const [m] = igor.motions;
    expect(m).toMatchObject({ motion: { title: 'Stärk arbetet mot våld i nära relationer' }, date: null, year: null, stance: 'FOR', basis: 'CLAIMS' });
    expect(m.authors.map((a: any) => a.person.name)).toEqual(['Felix Byström', 'Alexandra Ghialamas', 'Anki Blomqvist', 'Sven Pernils']);
    expect(m.authors[0].evidence[0].quote).toBe('Felix Bystrom (SD)');
    // the administration's objection is shown but does not count; the proposal's counter-argument and argument do
    expect(m.claims.map((c: any) => [c.kind, c.stance, c.counted])).toEqual([
      ['objection', 'against', false],
      ['counter-argument', 'for', true],
      ['argument', 'for', true],
    ]);
    expect(m.citations).toHaveLength(1);
    expect(m.citations[0]).toMatchObject({ role: 'proposal', evaluation: { id: 'evaluation/igor' }, evidence: { quote: 'Brottsférebyggande radet nyligen utvarderat IGOR-projektet' } });
    expect(m.citations[0].findings.map((f: any) => f.polarity)).toEqual(['positive', 'positive', 'positive', 'positive', 'risk']);
    expect(m.outcomes).toEqual([expect.objectContaining({
      outcome: 'approved', stage: 'PROPOSED', proposedByName: 'Kommunstyrelsen', proposedBy: { name: 'Kommunstyrelsen' },
      decidedByName: 'Kommunfullmäktige', evidence: expect.objectContaining({ quote: 'Motionen bifalls.' }),
    })]);
    const seedDocument = m.documents[0].document.id;
    expect(m.outcomes[0].document.id).toBe(seedDocument);
    expect(new Set(evidenceIn(igor).map((e) => e.documentId))).toEqual(new Set([seedDocument]));
    await expectValidEvidence(igor);
  });

  it('gives SD its topics with their words, and a per-year timeline with undated motions last', async () => {
    const { data } = await api.graphql(PARTY_POSITIONS, { abbreviation: 'Sverigedemokraterna' });
    const p = data.partyPositions;
    expect(p.party.abbreviation).toBe('SD');
    expect(p.motionCount).toBe(4);
    const vald = p.positions.find((x: any) => x.subject.name === 'våld i nära relationer');
    expect(vald.motions[0].subjectEvidence.map((e: Ev) => e.quote)).toEqual(['vald i nira relationer']);
    expect(vald.subject.topic.terms).toContain('våld i nära relation*');
    const cameras = p.positions.find((x: any) => x.subject.name === 'ordningsvakter och kameraövervakning');
    expect(cameras).toMatchObject({ stance: 'FOR', forCount: 2, firstYear: 2018, lastYear: 2022 });
    expect(cameras.motions.map((m: any) => m.outcomes.map((o: any) => [o.outcome, o.stage]))).toEqual([[['rejected', 'DECIDED']], [['answered', 'DECIDED']]]);
    expect(p.timeline.map((y: any) => [y.year, y.motionCount])).toEqual([[2018, 1], [2022, 1], [null, 2]]);
    expect(p.timeline[1].positions.map((x: any) => x.subject.id)).toEqual(['topic/ordningsvakter-och-kameraovervakning', 'topic/trygghet']);
    await expectValidEvidence(p.positions);
  });

  it('filters by date; undated motions stay unless includeUndated is false', async () => {
    const within = await api.graphql(PARTY_POSITIONS, { abbreviation: 'SD', from: '2019-01-01', to: '2022-12-31' });
    expect(within.data.partyPositions).toMatchObject({ from: '2019-01-01', to: '2022-12-31', motionCount: 3 });
    expect(within.data.partyPositions.timeline.map((y: any) => y.year)).toEqual([2022, null]);
    const datedOnly = await api.graphql(PARTY_POSITIONS, { abbreviation: 'SD', from: '2019-01-01', includeUndated: false });
    expect(datedOnly.data.partyPositions.timeline.map((y: any) => y.year)).toEqual([2022]);
    expect(datedOnly.data.partyPositions.positions.map((x: any) => x.subject.name)).toEqual(['ordningsvakter och kameraövervakning', 'trygghet']);
    const none = await api.graphql(PARTY_POSITIONS, { abbreviation: 'SD', to: '2017-12-31', includeUndated: false });
    expect(none.data.partyPositions).toMatchObject({ motionCount: 0, positions: [], timeline: [] });
  });

  it("reads a range without undated motions from the party's kept motions, with the answer the party-wide reading gives", async () => {
    // includeUndated false: the query starts at the party's kept motions of the range (positions.resolvers.ts,
    // positionStart); with undated motions it starts at the party. 2022 is SD's only dated year after 2019.
    const year = await api.graphql(PARTY_POSITIONS, { abbreviation: 'SD', from: '2022-01-01', to: '2022-12-31', includeUndated: false });
    const open = await api.graphql(PARTY_POSITIONS, { abbreviation: 'SD', from: '2019-01-01', includeUndated: false });
    const { from: _f, to: _t, ...yearAnswer } = year.data.partyPositions;
    const { from: _f2, to: _t2, ...openAnswer } = open.data.partyPositions;
    expect(yearAnswer.motionCount).toBe(1);
    expect(yearAnswer).toEqual(openAnswer);
    const empty = await api.graphql(PARTY_POSITIONS, { abbreviation: 'SD', from: '2020-01-01', to: '2020-12-31', includeUndated: false });
    expect(empty.data.partyPositions).toMatchObject({ motionCount: 0, positions: [], timeline: [] });
  });

  it('gives the same items from either start, for every party, range and part', async () => {
    expect(await sameFromEitherStart()).toBeGreaterThan(3);
  });

  it.each([['M', 'Moderaterna'], ['mp', 'Miljöpartiet de gröna']])('a party with no motions (%s) gets an empty, well-formed answer', async (abbreviation, name) => {
    const { data, errors } = await api.graphql(PARTY_POSITIONS, { abbreviation });
    expect(errors).toBeUndefined();
    expect(data.partyPositions).toEqual({ party: { abbreviation: abbreviation.toUpperCase(), name }, from: null, to: null, motionCount: 0, positions: [], timeline: [] });
  });

  it('an unknown party is NOT_FOUND', async () => {
    const { data, errors } = await api.graphql(PARTY_POSITIONS, { abbreviation: 'XYZ' });
    expect(data.partyPositions).toBeNull();
    expect(errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it.each([
    [{ from: '2023-13-01' }],
    [{ from: '2023-02-30' }],
    [{ to: 'igår' }],
    [{ from: '2023' }],
    [{ from: '2023-01-01', to: '2022-01-01' }],
  ])('bad dates %o are BAD_USER_INPUT', async (dates) => {
    const { errors } = await api.graphql(PARTY_POSITIONS, { abbreviation: 'SD', ...dates });
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('what a request for positions reads', () => {
  // Each part of a position's motions is read only when selected: the answer must be the same either way.
  const partyQuery = (motionFields: string) => `query($abbreviation: String!, $from: String, $to: String, $includeUndated: Boolean) {
    partyPositions(abbreviation: $abbreviation, from: $from, to: $to, includeUndated: $includeUndated) {
      motionCount positions { ${STANCE} motions { ${motionFields} } } timeline { year motionCount positions { subject { id } stance motions { id } } } } }`;
  const compareQuery = (motionFields: string) => `query($projectId: ID) { comparePositions(projectId: $projectId) { ${STANCE} motions { ${motionFields} } } }`;
  /** The answer with each motion cut down to the given fields. */
  const keepMotionFields = (positions: any[], fields: string[]) =>
    positions.map((p) => ({ ...p, motions: p.motions.map(pick(fields)) }));
  const MOTION_FIELDS = ['motion', 'date', 'year', 'stance', 'basis'];

  it.each([
    ['the party, no dates', 'partyPositions', { abbreviation: 'SD' }],
    ['the documents dated in a year', 'partyPositions', { abbreviation: 'SD', from: '2018-01-01', to: '2018-12-31', includeUndated: false }],
    ['one project, every party', 'comparePositions', { projectId: 'project/igor' }],
  ])('from %s: stances alone, and each part alone, as in the whole answer', async (_, root, variables) => {
    const query = root === 'partyPositions' ? partyQuery : compareQuery;
    const positionsOf = (data: any) => (root === 'partyPositions' ? data.partyPositions.positions : data.comparePositions);
    const whole = await api.graphql(query(`${MOTION} ${Object.values(PARTS).join(' ')}`), variables);
    expect(whole.errors).toBeUndefined();
    const all = positionsOf(whole.data);
    expect(all.length).toBeGreaterThan(0);
    expect(all.flatMap((p: any) => p.motions).some((m: any) => m.citations.length > 0 || m.outcomes.length > 0)).toBe(true);

    const stancesOnly = await api.graphql(query(MOTION), variables);
    expect(stancesOnly.errors).toBeUndefined();
    expect(positionsOf(stancesOnly.data)).toEqual(keepMotionFields(all, MOTION_FIELDS));
    if (root === 'partyPositions') {
      const { positions: _w, ...wholeRest } = whole.data.partyPositions;
      const { positions: _s, ...stanceRest } = stancesOnly.data.partyPositions;
      expect(stanceRest).toEqual(wholeRest);
    }
    for (const [part, selection] of Object.entries(PARTS)) {
      const one = await api.graphql(query(`${MOTION} ${selection}`), variables);
      expect(one.errors, part).toBeUndefined();
      expect(positionsOf(one.data), part).toEqual(keepMotionFields(all, [...MOTION_FIELDS, part]));
    }
  });

  it('sees a part asked for through fragments and aliases', async () => {
    const query = `query { partyPositions(abbreviation: "SD") { ...P } }
      fragment P on PartyPositions { positions { subject { id } ... on PartyPosition { motions { ...M } } } }
      fragment M on PositionMotion { motion { id } evaluationsCited: citations { evaluation { id } } }`;
    const { data, errors } = await api.graphql(query);
    expect(errors).toBeUndefined();
    const igor = data.partyPositions.positions.find((p: any) => p.subject.id === 'project/igor');
    expect(igor.motions[0].evaluationsCited).toEqual([{ evaluation: { id: 'evaluation/igor' } }]);
  });
});

describe('comparePositions', () => {
  it('puts the parties side by side on IGOR: SD for (the Huddinge proposal), V against (its own motion)', async () => {
    const { data, errors } = await api.graphql(COMPARE, { projectId: 'project/igor' });
    expect(errors).toBeUndefined();
    const rows = data.comparePositions;
    expect(rows.map((r: any) => [r.party.abbreviation, r.stance, r.motions[0].basis])).toEqual([['SD', 'FOR', 'CLAIMS'], ['V', 'AGAINST', 'CLAIMS']]);
    expect(rows[1].motions[0].claims).toEqual([expect.objectContaining({ stance: 'against', counted: true, role: 'motion' })]);
    expect(rows[1].motions[0].subjectEvidence.map((e: Ev) => e.quote)).toEqual(['IGOR']);
    await expectValidEvidence(rows);
  });

  it('on a topic (by name or id), each party that argues it, by abbreviation', async () => {
    const byName = await api.graphql(COMPARE, { topic: 'Ordningsvakter och kameraövervakning' });
    expect(byName.errors).toBeUndefined();
    expect(byName.data.comparePositions.map((r: any) => [r.party.abbreviation, r.stance, r.motions.length])).toEqual([['KD', 'FOR', 1], ['SD', 'FOR', 2]]);
    await expectValidEvidence(byName.data.comparePositions);
    // V argues against IGOR but for action on violence in close relationships: the topic rests on authorship
    const byId = await api.graphql(COMPARE, { topic: 'topic/vald-i-nara-relationer' });
    expect(byId.data.comparePositions.map((r: any) => [r.party.abbreviation, r.stance, r.motions[0].basis])).toEqual([['SD', 'FOR', 'AUTHORSHIP'], ['V', 'FOR', 'AUTHORSHIP']]);
  });

  it('gives an empty list for a vocabulary topic nobody argues', async () => {
    const { data, errors } = await api.graphql(COMPARE, { topic: 'straff och påföljder' });
    expect(errors).toBeUndefined();
    expect(data.comparePositions).toEqual([]);
  });

  it.each([
    [{ topic: 'fiske' }, 'BAD_USER_INPUT'],
    [{}, 'BAD_USER_INPUT'],
    [{ projectId: 'project/igor', topic: 'trygghet' }, 'BAD_USER_INPUT'],
    [{ projectId: 'igor' }, 'BAD_USER_INPUT'],
    [{ projectId: 'project/no-such-project' }, 'NOT_FOUND'],
  ])('%o is %s', async (args, code) => {
    const { errors } = await api.graphql(COMPARE, args);
    expect(errors?.[0]?.extensions?.code).toBe(code);
  });
});

describe("a curator's review of an authorship", () => {
  const REVIEW = `mutation($input: ReviewFactInput!) { reviewFact(input: $input) { fact { status } error { code } } }`;
  const V_IN_2024 = { abbreviation: 'V', from: '2024-01-01', to: '2024-12-31', includeUndated: false };

  it("takes a rejected author's motion out of their party's positions, and puts it back when confirmed, from either start", async () => {
    const curator = await api.key('curator');
    const before = await api.graphql(PARTY_POSITIONS, V_IN_2024);
    expect(before.data.partyPositions.motionCount).toBe(1);
    const { data } = await api.graphql(
      `query($abbreviation: String!, $from: String, $to: String, $includeUndated: Boolean) {
        partyPositions(abbreviation: $abbreviation, from: $from, to: $to, includeUndated: $includeUndated) { positions { motions { authors { evidence { factId } } } } } }`,
      V_IN_2024,
    );
    const factId = data.partyPositions.positions[0].motions[0].authors[0].evidence[0].factId;
    expect(factId).toMatch(/^fact\/AUTHORED_BY\//);

    const rejected = await api.graphql(REVIEW, { input: { factId, decision: 'REJECT', note: 'signed by someone else' } }, curator);
    expect(rejected.data.reviewFact).toEqual({ fact: { status: 'REJECTED' }, error: null });
    const without = await api.graphql(PARTY_POSITIONS, V_IN_2024);
    expect(without.data.partyPositions).toMatchObject({ motionCount: 0, positions: [] });
    expect((await api.graphql(PARTY_POSITIONS, { ...V_IN_2024, includeUndated: true })).data.partyPositions.motionCount).toBe(0);
    // the kept rows follow the review at once (a later load of the motion would rebuild them without it anyway)
    expect(await db.executor.read(PARTY_MOTION_ROWS)).toEqual(await db.executor.read(PARTY_MOTIONS_WALKED));
    await sameFromEitherStart();

    const confirmed = await api.graphql(REVIEW, { input: { factId, decision: 'CONFIRM' } }, curator);
    expect(confirmed.data.reviewFact).toEqual({ fact: { status: 'CONFIRMED' }, error: null });
    const { from: _a, to: _b, ...back } = (await api.graphql(PARTY_POSITIONS, V_IN_2024)).data.partyPositions;
    const { from: _c, to: _d, ...first } = before.data.partyPositions;
    expect(back).toEqual(first);
    expect(await db.executor.read(PARTY_MOTION_ROWS)).toEqual(await db.executor.read(PARTY_MOTIONS_WALKED));
    await sameFromEitherStart();
  });
});
