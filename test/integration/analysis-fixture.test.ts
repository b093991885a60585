/**
 * The analysis fixture, loaded into the real Neo4j through the ingest pipeline, yields what expected.json says:
 * each document's facts, the evaluations it cites and whom it credits, the selective citations, the one
 * attribution mismatch (the seed's), the evaluation nobody cites; every quote is its span of the raw text.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analysisManifest, loadAnalysisFixture, readAnalysisJson, SEED_KEY } from '../support/analysis-fixture.js';
import { resetGraph, testDatabase } from '../support/database.js';
import {
  ALL_DOCUMENT_EVIDENCE,
  COUNT_GRAPH,
  DOCUMENT_COUNT,
  FIXTURE_ATTRIBUTION_MISMATCHES,
  FIXTURE_DOCUMENT_EVALUATIONS,
  FIXTURE_DOCUMENT_FACTS,
  FIXTURE_DOCUMENT_FINDINGS,
  FIXTURE_EVALUATIONS,
  FIXTURE_PARTIES,
  FIXTURE_PERSON,
  FIXTURE_SELECTIVE_CITATIONS,
  FIXTURE_UNCITED_EVALUATIONS,
  NODES_WITHOUT_PROVENANCE,
  RELATIONSHIPS_WITHOUT_PROVENANCE,
} from '../support/test.repo.js';

interface ExpectedDocument {
  kind: string;
  municipality: string | null;
  motionTitle: string | null;
  authors: Array<{ name: string; party: string | null }>;
  outcome: string | null;
  evaluations: Array<{ id: string; attributedTo: string | null }>;
  findings: Array<{ text: string; polarity: string; evaluation: string }>;
  projects: string[];
}
interface Expected {
  documents: Record<string, ExpectedDocument>;
  evaluations: Record<string, { publishedBy: string | null; citedBy: string[]; curatedFindings: number }>;
  selectiveCitations: Array<{ document: string; evaluation: string }>;
  selectiveIfMixedCounts: Array<{ document: string; evaluation: string }>;
  notSelective: Array<{ document: string; evaluation: string }>;
  attributionMismatches: Array<{ document: string; evaluation: string; attributedTo: string; publishedBy: string }>;
  uncitedEvaluations: string[];
  partiesWithMotions: string[];
  partiesWithoutMotions: string[];
  people: Record<string, { party: string; authorOf: string[] }>;
}

const expected = readAnalysisJson('expected.json') as Expected;
const db = testDatabase();
let documentIds: Record<string, string>;
const key = (documentId: string) => Object.entries(documentIds).find(([, id]) => id === documentId)?.[0] ?? documentId;
const sorted = <T>(xs: T[]) => [...xs].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

beforeAll(async () => {
  await resetGraph(db.executor);
  ({ documentIds } = await loadAnalysisFixture(db.executor));
});
afterAll(() => db.close());

describe('the analysis fixture', () => {
  it('loads the seed and every fixture document, one Document each', async () => {
    expect(Object.keys(documentIds)).toEqual([SEED_KEY, ...analysisManifest().map((d) => d.key)]);
    expect(Object.keys(expected.documents).sort()).toEqual(Object.keys(documentIds).sort());
    expect(await db.executor.read(DOCUMENT_COUNT)).toEqual([{ count: Object.keys(documentIds).length }]);
  });

  it.each(Object.keys(expected.documents))('%s: kind, municipality, motion, authors with party, outcome, projects', async (name) => {
    const e = expected.documents[name]!;
    const [row] = await db.executor.read<Record<string, unknown>>(FIXTURE_DOCUMENT_FACTS, { documentId: documentIds[name] });
    expect(row).toMatchObject({ kind: e.kind, municipality: e.municipality, motionTitle: e.motionTitle, outcome: e.outcome });
    expect(sorted(row!.authors as unknown[])).toEqual(sorted(e.authors));
    expect([...new Set(row!.projects as string[])].sort()).toEqual([...e.projects].sort());
  });

  it.each(Object.keys(expected.documents))('%s: the evaluations it cites, whom it credits, and the findings with polarity', async (name) => {
    const e = expected.documents[name]!;
    const documentId = documentIds[name];
    expect(await db.executor.read(FIXTURE_DOCUMENT_EVALUATIONS, { documentId })).toEqual(sorted(e.evaluations).sort((a, b) => a.id.localeCompare(b.id)));
    expect(await db.executor.read(FIXTURE_DOCUMENT_FINDINGS, { documentId })).toEqual(e.findings);
  });

  it('each evaluation: its curated publisher, who cites it, how many findings the curated record lists', async () => {
    const rows = await db.executor.read<{ id: string; publishedBy: string | null; citedBy: string[]; curatedFindings: number }>(FIXTURE_EVALUATIONS);
    const actual = Object.fromEntries(rows.map((r) => [r.id, { ...r, citedBy: r.citedBy.map(key).sort() }]));
    for (const [id, e] of Object.entries(expected.evaluations))
      expect(actual[id], id).toEqual({ id, publishedBy: e.publishedBy, citedBy: [...e.citedBy].sort(), curatedFindings: e.curatedFindings });
    expect(Object.keys(actual).sort()).toEqual(Object.keys(expected.evaluations).sort());
  });

  const selective = async (omittedPolarities: string[]) =>
    (await db.executor.read<{ documentId: string; evaluationId: string }>(FIXTURE_SELECTIVE_CITATIONS, { omittedPolarities })).map((r) => ({
      document: key(r.documentId),
      evaluation: r.evaluationId,
    }));
  const pairs = (xs: Array<{ document: string; evaluation: string }>) => sorted(xs.map(({ document, evaluation }) => ({ document, evaluation })));

  it('yields the selective citations, and does not flag the seed, which cites the risk too', async () => {
    const actual = await selective(['negative', 'risk']);
    expect(sorted(actual)).toEqual(pairs(expected.selectiveCitations));
    for (const n of expected.notSelective) expect(actual).not.toContainEqual({ document: n.document, evaluation: n.evaluation });
    expect(actual.map((a) => a.document)).not.toContain(SEED_KEY);
  });

  it('yields one more selective citation if a mixed finding left out counts too (the Lidingö boundary case)', async () => {
    expect(sorted(await selective(['negative', 'risk', 'mixed']))).toEqual(pairs([...expected.selectiveCitations, ...expected.selectiveIfMixedCounts]));
  });

  it('yields exactly the attribution mismatches expected: the seed credits Brå, the curated publisher is another', async () => {
    const rows = await db.executor.read<{ documentId: string; evaluationId: string; attributedTo: string; publishedBy: string; quote: string; source: string }>(
      FIXTURE_ATTRIBUTION_MISMATCHES,
    );
    expect(rows.map((r) => ({ document: key(r.documentId), evaluation: r.evaluationId, attributedTo: r.attributedTo, publishedBy: r.publishedBy }))).toEqual(
      expected.attributionMismatches,
    );
    // both sides come with their evidence: the document's words and the curator's source
    for (const r of rows) expect(r.quote.length > 0 && r.source.startsWith('https://')).toBe(true);
  });

  it('has an evaluation nobody cites, and parties with and without motions', async () => {
    expect((await db.executor.read<{ id: string }>(FIXTURE_UNCITED_EVALUATIONS)).map((r) => r.id)).toEqual(expected.uncitedEvaluations);
    const parties = await db.executor.read<{ abbreviation: string; hasMotions: boolean }>(FIXTURE_PARTIES);
    expect(parties.filter((p) => p.hasMotions).map((p) => p.abbreviation)).toEqual(expected.partiesWithMotions);
    // a party the fixture never names exists only in the gazetteer: no node
    for (const p of expected.partiesWithoutMotions) expect(parties.map((x) => x.abbreviation)).not.toContain(p);
  });

  it('resolves one person across documents', async () => {
    for (const [personId, e] of Object.entries(expected.people)) {
      const [row] = await db.executor.read<{ parties: string[]; motions: string[]; documents: string[] }>(FIXTURE_PERSON, { personId });
      expect(row?.parties).toEqual([e.party]);
      expect(row?.motions).toHaveLength(e.authorOf.length);
      expect([...new Set(row?.documents.map(key))].sort()).toEqual([...e.authorOf].sort());
    }
  });

  it('every evidence quote equals its span of the raw text, and nothing is without provenance', async () => {
    const evidence = await db.executor.read<{ type: string; start: number; end: number; quote: string; rawText: string }>(ALL_DOCUMENT_EVIDENCE);
    expect(evidence.length).toBeGreaterThan(100);
    for (const e of evidence) expect(e.rawText.slice(e.start, e.end), `${e.type} ${e.start}-${e.end}`).toBe(e.quote);
    expect(await db.executor.read(RELATIONSHIPS_WITHOUT_PROVENANCE)).toEqual([]);
    expect(await db.executor.read(NODES_WITHOUT_PROVENANCE)).toEqual([]);
  });

  it('loading the fixture again changes nothing', async () => {
    const before = await db.executor.read(COUNT_GRAPH);
    const again = await loadAnalysisFixture(db.executor);
    expect(again.documentIds).toEqual(documentIds);
    expect(await db.executor.read(COUNT_GRAPH)).toEqual(before);
  });
});
