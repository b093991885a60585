/**
 * A party's citations are kept as rows of their own (src/citations/party-citations.repo.ts) so the citations list
 * and the matrix of one party read an index range. They must always be exactly what walking the facts gives,
 * whatever way the facts came in: one document at a time, a batch, a later document that gives an author a new
 * party, a load that fails half-way, a restore, a database from before the rows existed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applySchema } from '../../src/db/migrate.js';
import { loadDocuments } from '../../src/ingest/load/load-batch.js';
import { loadDocument } from '../../src/ingest/load/load-document.js';
import { loadAnalysisFixture } from '../support/analysis-fixture.js';
import { startTestApi, type TestApi } from '../support/api.js';
import { resetGraph, testDatabase } from '../support/database.js';
import { botkyrkaMotion, botkyrkaProtocol, laterMotionBy, malmoResponse } from '../support/fixture-documents.js';
import { FORGET_PARTY_CITATIONS, PARTY_CITATION_ROWS, PARTY_CITATIONS_WALKED } from '../support/test.repo.js';

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
const partiesOf = (rows: Array<Record<string, unknown>>) => [...new Set(rows.map((r) => r.party))].sort();

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
  });

  it('are rebuilt on start-up when a database does not have them (one from before they existed)', async () => {
    const before = await kept();
    await db.executor.write(FORGET_PARTY_CITATIONS);
    expect(await kept()).toEqual([]);
    await applySchema(db.executor);
    expect(await kept()).toEqual(before);
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
    await loadDocument(db.executor, laterMotion);
    expect(await citedMotions('V')).toEqual({ total: 1, titles: ['Trygghet i Botkyrka'] });
    expect(await citedMotions('S')).toEqual({ total: 1, titles: ['Trygghet i Botkyrka'] });
    expect(await citedMotions('M')).toEqual({ total: 1, titles: ['Sluta skjut i Malmö'] });
    const { data } = await api.graphql(
      `{ citationMatrix(rows: MOTION, columns: EVALUATION, filter: { partyAbbreviation: "V", from: "2024-01-01", to: "2024-12-31" }) { totalCitations cells { count } } }`,
    );
    expect(data.citationMatrix).toEqual({ totalCitations: 1, cells: [{ count: 1 }] });
    expect(await kept()).toEqual(await walked());
  });

  it('changes nothing when the load fails half-way', async () => {
    const before = await kept();
    const failing = laterMotionBy('KD', '2025-03-10');
    await expect(
      loadDocument(db.executor, failing, {
        afterWrite: async () => {
          throw new Error('fault injected after the write');
        },
      }),
    ).rejects.toThrow('fault injected');
    expect(await kept()).toEqual(before);
    expect(await citedMotions('KD')).toEqual({ total: 0, titles: [] });
  });
});

describe('two loads at once', () => {
  it('that rebuild the same motion wait for each other: no row is left twice', async () => {
    await resetGraph(db.executor);
    await loadDocument(db.executor, botkyrkaMotion);
    // The first gives Anna Andersson a new party in a Malmö motion, so it rebuilds her Botkyrka motion's rows; it
    // shares no node with the second (the Botkyrka council's protocol, in that motion's case), so nothing else
    // orders them. It stops before committing until the second has started its own rebuild.
    let release = () => undefined as void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let reached = () => undefined as void;
    const inside = new Promise<void>((resolve) => {
      reached = resolve;
    });
    const first = loadDocument(db.executor, laterMotionBy('V', '2025-02-10', 'Malmö'), {
      afterWrite: async () => {
        reached();
        await held;
      },
    });
    await inside;
    const second = loadDocument(db.executor, botkyrkaProtocol);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    release();
    await Promise.all([first, second]);
    const rows = await kept();
    expect(rows.map((r) => r.party)).toEqual(['S', 'V']);
    expect(rows).toEqual(await walked());
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
  });
});
