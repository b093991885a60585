/**
 * A party's citations are kept as rows of their own (src/citations/party-citations.repo.ts) so the citations list
 * and the matrix of one party read an index range. They must always be exactly what walking the facts gives,
 * whatever way the facts came in: one document at a time, a batch, a later document that gives an author a new
 * party, a load that fails half-way, a restore, a database from before the rows existed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUpMatrix } from '../../src/analysis/matrix.js';
import { CITATION_MATRIX, type MatrixDetail, type MatrixSums, type MatrixStart, matrixColumns, matrixRows } from '../../src/analysis/matrix.repo.js';
import { applySchema } from '../../src/db/migrate.js';
import { ids } from '../../src/domain/ids.js';
import { loadDocuments } from '../../src/ingest/load/load-batch.js';
import { loadDocument } from '../../src/ingest/load/load-document.js';
import { writePlan } from '../../src/ingest/load/write-plan.js';
import { curatedSchema, planCurated } from '../../src/ingest/plan/from-curated.js';
import { documentId } from '../../src/ingest/plan/from-record.js';
import { loadSeed } from '../../src/seed/load-seed.js';
import { loadAnalysisFixture } from '../support/analysis-fixture.js';
import { startTestApi, type TestApi } from '../support/api.js';
import { loadCuratedFixture } from '../support/curated-fixture.js';
import { resetGraph, testDatabase } from '../support/database.js';
import { botkyrkaMotion, botkyrkaProtocol, citedTwiceMotion, laterMotionBy, malmoResponse } from '../support/fixture-documents.js';
import {
  EVALUATION_CITES_OF_DOCUMENT,
  FORGET_PARTY_CITATIONS,
  MATRIX_FILTER_VALUES,
  PARTY_CITATION_COUNTS,
  PARTY_CITATION_ROWS,
  PARTY_CITATION_ROWS_REPEATED,
  PARTY_CITATIONS_WALKED,
  PARTY_MOTION_ROWS,
  PARTY_MOTIONS_WALKED,
  PERSON_PARTIES_WALKED,
  PERSON_PARTY_ROWS,
} from '../support/test.repo.js';

const db = testDatabase();
let api: TestApi;

beforeAll(async () => {
  api = await startTestApi(db.executor);
});
afterAll(async () => {
  await api.close();
  await db.close();
});

const kept = () => db.executor.read<Record<string, unknown>>(PARTY_CITATION_ROWS);
const walked = () => db.executor.read<Record<string, unknown>>(PARTY_CITATIONS_WALKED);
/** Each party's kept count of rows against its rows counted; a party whose last row went may keep a count of 0. */
const countsKept = async () => {
  const counts = await db.executor.read<{ party: string; kept: number[]; counted: number }>(PARTY_CITATION_COUNTS);
  return counts.map((c) => ({ party: c.party, kept: c.kept[0] ?? 0, counted: c.counted }));
};
const personParties = () => db.executor.read<{ personId: string; partyId: string }>(PERSON_PARTY_ROWS);
/** The counts, each party's kept motions (for party positions) and each person's parties are what the facts give. */
const expectDerivedKept = async () => {
  for (const c of await countsKept()) expect(c.kept, c.party).toBe(c.counted);
  expect(await db.executor.read(PARTY_MOTION_ROWS)).toEqual(await db.executor.read(PARTY_MOTIONS_WALKED));
  expect(await personParties()).toEqual(await db.executor.read(PERSON_PARTIES_WALKED));
};
/** The matrix one start's query gives, added up as the API adds it up. */
const matrixOf = async (start: MatrixStart, shape: keyof (typeof CITATION_MATRIX)['all'], detail: MatrixDetail, params: Record<string, unknown>) => {
  const [sums] = await db.executor.read<MatrixSums>(CITATION_MATRIX[start][shape][detail], params);
  return addUpMatrix(sums as MatrixSums, detail);
};
const partiesOf = (rows: Array<Record<string, unknown>>) => [...new Set(rows.map((r) => r.party))].sort();
/** A load's `afterWrite` that holds its transaction open, before commit, until released; `inside` once it holds. */
const heldBeforeCommit = () => {
  let release = () => undefined as void;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  let reached = () => undefined as void;
  const inside = new Promise<void>((resolve) => {
    reached = resolve;
  });
  const afterWrite = async () => {
    reached();
    await held;
  };
  return { afterWrite, inside, release };
};
/** A curated record of an evaluation of IGOR published by Marie Cederschiöld högskola, loaded like any curated file. */
const loadCuratedIgorRecord = (evaluationId: string) => {
  const curated = curatedSchema.parse({
    curator: 'test-curator',
    sources: [{ key: 'igor-rapport', url: 'https://www.mchs.se/', title: 'IGOR (test fixture)', publisher: 'Marie Cederschiöld högskola', date: '2024' }],
    projects: [],
    evaluations: [{ id: evaluationId, source: 'igor-rapport', facts: [], publishedBy: 'organization/marie-cederschiold-hogskola' }],
  });
  return db.executor.writeTransaction((tx) => writePlan(tx, planCurated(curated)));
};

// Anna Andersson signs the Botkyrka motion (which cites IGOR) as (S); this later motion, citing nothing, says (V).
const laterMotion = laterMotionBy('V', '2025-02-10');

const CITATIONS = `query($party: String!) { citations(filter: { partyAbbreviation: $party }, first: 20) { totalCount edges { node { motion { title } } } } }`;
const citedMotions = async (party: string) => {
  const { data, errors } = await api.graphql(CITATIONS, { party });
  expect(errors).toBeUndefined();
  return { total: data.citations.totalCount, titles: data.citations.edges.map((e: any) => e.node.motion.title) };
};

describe('after the analysis fixture, one document per transaction and curated facts after', () => {
  beforeAll(async () => {
    await resetGraph(db.executor);
    await loadAnalysisFixture(db.executor);
  });

  it('are the walked rows', async () => {
    const rows = await kept();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows).toEqual(await walked());
    expect((await countsKept()).length).toBeGreaterThan(0);
    expect((await db.executor.read(PARTY_MOTION_ROWS)).length).toBeGreaterThan(0);
    await expectDerivedKept();
  });

  it('are rebuilt on start-up when a database does not have them (one from before they existed)', async () => {
    const before = await kept();
    await db.executor.write(FORGET_PARTY_CITATIONS);
    expect(await kept()).toEqual([]);
    await applySchema(db.executor);
    expect(await kept()).toEqual(before);
    await expectDerivedKept();
  });
});

describe('the citation matrix of one party, read from its rows', () => {
  beforeAll(async () => {
    await resetGraph(db.executor);
    await loadSeed(db.executor);
    for (const d of [botkyrkaMotion, malmoResponse, botkyrkaProtocol, laterMotion, citedTwiceMotion]) await loadDocument(db.executor, d);
    await loadCuratedFixture(db.executor);
  });

  // A party's matrix counts its rows where the walk counts distinct citation keys: exact only while a party has one
  // row per citation. citedTwiceMotion names IGOR's evaluation in two places of one document.
  it('has one row per party and citation, also for a document that cites one evaluation in two places', async () => {
    const [twice] = await db.executor.read(EVALUATION_CITES_OF_DOCUMENT, { documentId: documentId(citedTwiceMotion.rawText) });
    expect(twice).toEqual({ cites: 1, evaluations: 1 });
    expect(await db.executor.read(PARTY_CITATION_ROWS_REPEATED)).toEqual([]);
    expect((await kept()).some((r) => r.party === 'KD')).toBe(true);
  });

  // Every shape unfiltered, a period for each kind of row, each other filter on a shape of its own (a start's and
  // a shape's fragments are apart): each new combination of shape and filter takes the planner a third of a
  // second, and every one of them would take minutes.
  it('gives what walking every citation gives, for every party, shape and filter', { timeout: 120_000 }, async () => {
    type Values = Record<'parties' | 'municipalityIds' | 'publisherIds' | 'projectIds' | 'topicIds' | 'dates', string[]>;
    const [values] = await db.executor.read<Values>(MATRIX_FILTER_VALUES);
    const { parties, municipalityIds, publisherIds, projectIds, topicIds, dates } = values as Values;
    expect(parties.length).toBeGreaterThan(2);
    expect([municipalityIds, publisherIds, projectIds, topicIds, dates].map((v) => v.length > 0)).toEqual([true, true, true, true, true]);
    const first = dates[0] as string;
    const shapes = matrixRows.flatMap((rows) => matrixColumns.map((columns) => `${rows}:${columns}` as const));
    type Shape = (typeof shapes)[number];
    const cases: Array<[Shape, Record<string, string>]> = [
      ...shapes.map((shape): [Shape, Record<string, string>] => [shape, {}]),
      ...(['MOTION:EVALUATION', 'PARTY:PROJECT', 'MUNICIPALITY:PUBLISHER'] as const).map((shape): [Shape, Record<string, string>] => [shape, { from: first, to: first }]),
      ...[...new Set(municipalityIds)].map((municipalityId): [Shape, Record<string, string>] => ['MOTION:PUBLISHER', { municipalityId }]),
      ...publisherIds.map((publisherId): [Shape, Record<string, string>] => ['PARTY:PUBLISHER', { publisherId }]),
      ...projectIds.map((projectId): [Shape, Record<string, string>] => ['MUNICIPALITY:PROJECT', { projectId }]),
      ...topicIds.map((topicId): [Shape, Record<string, string>] => ['MUNICIPALITY:EVALUATION', { topicId }]),
      ['PARTY:EVALUATION', { from: first }],
      ['MOTION:PROJECT', { to: '2000-01-01' }],
    ];
    let nonEmpty = 0;
    for (const partyAbbreviation of parties)
      for (const [shape, filter] of cases) {
        const params = { municipalityId: null, publisherId: null, projectId: null, topicId: null, from: null, to: null, ...filter, partyAbbreviation };
        const start = filter.from || filter.to ? 'partyPeriod' : 'party';
        const walkedMatrix = await matrixOf('all', shape, 'lists', params);
        const fromRows = await matrixOf(start, shape, 'lists', params);
        expect(fromRows, `${partyAbbreviation} ${shape} ${JSON.stringify(filter)}`).toEqual(walkedMatrix);
        if (walkedMatrix.cells.length) nonEmpty++;
        if (Object.keys(filter).length > 0) continue;
        // counts alone: the same counts
        const counts = await matrixOf(start, shape, 'counts', params);
        const { cells, ...axes } = walkedMatrix;
        expect(counts).toEqual({ ...axes, cells: cells.map(({ rowId, columnId, count }) => ({ rowId, columnId, count })) });
      }
    expect(nonEmpty).toBeGreaterThan((parties.length * cases.length) / 3);
  });
});

describe('a membership stated later', () => {
  beforeAll(async () => {
    await resetGraph(db.executor);
    await loadDocument(db.executor, botkyrkaMotion);
    await loadDocument(db.executor, malmoResponse);
  });

  it("brings an author's earlier cited motion under their new party too, in the list and in the matrix", async () => {
    expect(await citedMotions('V')).toEqual({ total: 0, titles: [] });
    const partiesBefore = await personParties();
    await loadDocument(db.executor, laterMotion);
    // Anna Andersson keeps (S) and gains (V): one row more, the rest as they were
    const gained = (await personParties()).filter((row) => !partiesBefore.some((old) => old.personId === row.personId && old.partyId === row.partyId));
    expect(gained).toEqual([{ personId: ids.person('Anna Andersson'), partyId: ids.party('V') }]);
    expect(await citedMotions('V')).toEqual({ total: 1, titles: ['Trygghet i Botkyrka'] });
    expect(await citedMotions('S')).toEqual({ total: 1, titles: ['Trygghet i Botkyrka'] });
    expect(await citedMotions('M')).toEqual({ total: 1, titles: ['Sluta skjut i Malmö'] });
    const { data } = await api.graphql(
      `{ citationMatrix(rows: MOTION, columns: EVALUATION, filter: { partyAbbreviation: "V", from: "2024-01-01", to: "2024-12-31" }) { totalCitations cells { count } } }`,
    );
    expect(data.citationMatrix).toEqual({ totalCitations: 1, cells: [{ count: 1 }] });
    expect(await kept()).toEqual(await walked());
    await expectDerivedKept();
  });

  it('changes nothing when the load fails half-way', async () => {
    const before = await kept();
    const countsBefore = await countsKept();
    const partiesBefore = await personParties();
    const failing = laterMotionBy('KD', '2025-03-10');
    await expect(
      loadDocument(db.executor, failing, {
        afterWrite: async () => {
          throw new Error('fault injected after the write');
        },
      }),
    ).rejects.toThrow('fault injected');
    expect(await kept()).toEqual(before);
    expect(await countsKept()).toEqual(countsBefore);
    expect(await personParties()).toEqual(partiesBefore);
    expect(await citedMotions('KD')).toEqual({ total: 0, titles: [] });
  });
});

describe("an evaluation's publishers, known after documents cited it", () => {
  beforeAll(async () => {
    await resetGraph(db.executor);
    for (const d of [botkyrkaMotion, malmoResponse]) await loadDocument(db.executor, d);
  });

  /** The publisher lists on the rows of one evaluation (a row's key: document|evaluation|motion). */
  const publishersOnRows = async (evaluationId: string) => {
    const rows = (await kept()).filter((r) => String(r.key).split('|')[1] === evaluationId);
    expect(rows.length).toBeGreaterThan(0);
    return [...new Set(rows.map((r) => JSON.stringify(r.publisherIds)))].map((list) => JSON.parse(list));
  };
  const publisherColumns = async (party: string) => {
    const { data, errors } = await api.graphql(
      `query($party: String!) { citationMatrix(rows: MOTION, columns: PUBLISHER, filter: { partyAbbreviation: $party }) { columns { id label } cells { columnId count } } }`,
      { party },
    );
    expect(errors).toBeUndefined();
    return data.citationMatrix;
  };

  it('reach its rows from a curated load that states them, and the matrix of a party', async () => {
    expect(await publishersOnRows('evaluation/igor')).toEqual([[]]);
    expect(await publisherColumns('S')).toEqual({ columns: [{ id: 'unknown-publisher', label: 'Okänd utgivare' }], cells: [{ columnId: 'unknown-publisher', count: 1 }] });
    await loadCuratedIgorRecord('evaluation/igor');
    expect(await publishersOnRows('evaluation/igor')).toEqual([['organization/marie-cederschiold-hogskola']]);
    expect(await publisherColumns('S')).toEqual({
      columns: [{ id: 'organization/marie-cederschiold-hogskola', label: 'Marie Cederschiöld högskola' }],
      cells: [{ columnId: 'organization/marie-cederschiold-hogskola', count: 1 }],
    });
    expect(await kept()).toEqual(await walked());
  });

  it("reach its rows from a curator's link to a curated record, in the link's transaction", async () => {
    await loadCuratedFixture(db.executor); // Brå's own record of Sluta skjut; the evaluation Malmö cites is not it yet
    expect(await publishersOnRows('evaluation/sluta-skjut')).toEqual([[]]);
    const LINK = 'mutation($input: LinkEvaluationInput!) { linkEvaluation(input: $input) { error { code } } }';
    const input = { evaluationId: 'evaluation/sluta-skjut', curatedEvaluationId: 'evaluation/bra-sluta-skjut-2023', score: 1 };
    const { data } = await api.graphql(LINK, { input }, await api.key('curator'));
    expect(data.linkEvaluation.error).toBeNull();
    expect(await publishersOnRows('evaluation/sluta-skjut')).toEqual([['organization/bra']]);
    const { columns } = await publisherColumns('M');
    expect(columns.map((c: { id: string }) => c.id)).toEqual(['organization/bra']);
    expect(await kept()).toEqual(await walked());
  });

  // The link sets the rows of IGOR's citing motion while a load that rebuilds that motion's rows has not committed:
  // it must wait for the load, then set the rows the load left, not lose them to the load's rebuild.
  it("reach its rows when a load rebuilding the same motion's rows commits during the link", async () => {
    await resetGraph(db.executor);
    await loadDocument(db.executor, botkyrkaMotion);
    await loadCuratedIgorRecord('evaluation/igor-utvardering-2024');
    // the Botkyrka council's protocol is in the motion's case: its load rebuilds the motion's rows
    const { afterWrite, inside, release } = heldBeforeCommit();
    const load = loadDocument(db.executor, botkyrkaProtocol, { afterWrite });
    await inside;
    const LINK = 'mutation($input: LinkEvaluationInput!) { linkEvaluation(input: $input) { error { code } } }';
    const input = { evaluationId: 'evaluation/igor', curatedEvaluationId: 'evaluation/igor-utvardering-2024', score: 1 };
    const link = api.graphql(LINK, { input }, await api.key('curator'));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    release();
    const [, linked] = await Promise.all([load, link]);
    expect(linked.data.linkEvaluation.error).toBeNull();
    const rows = await kept();
    expect(rows.length).toBeGreaterThan(0);
    expect(await publishersOnRows('evaluation/igor')).toEqual([['organization/marie-cederschiold-hogskola']]);
    expect(rows).toEqual(await walked());
  });
});

describe('two loads at once', () => {
  it('that rebuild the same motion wait for each other: no row is left twice', async () => {
    await resetGraph(db.executor);
    await loadDocument(db.executor, botkyrkaMotion);
    // The first gives Anna Andersson a new party in a Malmö motion, so it rebuilds her Botkyrka motion's rows; it
    // shares no node with the second (the Botkyrka council's protocol, in that motion's case), so nothing else
    // orders them. It stops before committing until the second has started its own rebuild.
    const { afterWrite, inside, release } = heldBeforeCommit();
    const first = loadDocument(db.executor, laterMotionBy('V', '2025-02-10', 'Malmö'), { afterWrite });
    await inside;
    const second = loadDocument(db.executor, botkyrkaProtocol);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    release();
    await Promise.all([first, second]);
    const rows = await kept();
    expect(rows.map((r) => r.party)).toEqual(['S', 'V']);
    expect(rows).toEqual(await walked());
    expect(await countsKept()).toEqual([
      { party: 'S', kept: 1, counted: 1 },
      { party: 'V', kept: 1, counted: 1 },
    ]);
  });
});

describe('a batch (bulk ingest, the benchmark generator)', () => {
  it('gives the same rows as the same documents one by one', async () => {
    await resetGraph(db.executor);
    for (const d of [botkyrkaMotion, malmoResponse, laterMotion]) await loadDocument(db.executor, d);
    const oneByOne = await kept();
    await resetGraph(db.executor);
    const result = await loadDocuments(db.executor, [laterMotion, botkyrkaMotion, malmoResponse].map((input) => ({ input })));
    expect(result.fellBack).toBe(false);
    expect(await kept()).toEqual(oneByOne);
    expect(partiesOf(oneByOne)).toEqual(['M', 'S', 'V']);
    expect(oneByOne).toEqual(await walked());
    await expectDerivedKept();
  });
});
