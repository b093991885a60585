import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphIsEmpty, loadSeed } from '../../src/seed/load-seed.js';
import { resetGraph, testDatabase } from '../support/database.js';
import {
  ALL_DOCUMENT_EVIDENCE,
  ATTRIBUTION_AND_PUBLISHER,
  ORGANIZATION_NAMES,
  COUNT_BY_LABEL,
  COUNT_GRAPH,
  NODES_WITHOUT_PROVENANCE,
  RELATIONSHIPS_WITHOUT_PROVENANCE,
} from '../support/test.repo.js';

const db = testDatabase();
beforeAll(() => resetGraph(db.executor));
afterAll(() => db.close());

describe('the seed case', () => {
  it('loads into an empty graph, and loading it again changes nothing', async () => {
    expect(await graphIsEmpty(db.executor)).toBe(true);
    const [first] = await loadSeed(db.executor);
    expect(first?.outcome).toBe('inserted');
    const counts = await db.executor.read(COUNT_GRAPH);
    const byLabel = await db.executor.read(COUNT_BY_LABEL);

    const [second] = await loadSeed(db.executor);
    expect(second?.outcome).toBe('unchanged');
    expect(await db.executor.read(COUNT_GRAPH)).toEqual(counts);
    expect(await db.executor.read(COUNT_BY_LABEL)).toEqual(byLabel);
  });

  it('holds what the document states: one motion, four SD authors, the bodies, IGOR, one evaluation, five findings, three claims', async () => {
    const byLabel = Object.fromEntries(
      (await db.executor.read<{ label: string; count: number }>(COUNT_BY_LABEL)).map((r) => [r.label, r.count]),
    );
    expect(byLabel).toMatchObject({ Document: 1, Motion: 1, Person: 4, Party: 1, Project: 1, Evaluation: 1, Finding: 5, Claim: 3 });
    const names = await db.executor.read<{ name: string }>(ORGANIZATION_NAMES);
    expect(names.map((n) => n.name)).toEqual(
      expect.arrayContaining([
        'Huddinge kommun',
        'Kommunstyrelsen',
        'Kommunfullmäktige',
        'Kommunstyrelsens förvaltning',
        'Brottsförebyggande rådet',
        'Polismyndigheten',
        'Polisområde Stockholm City',
        'Socialtjänsten vid Södermalms stadsdelsförvaltning',
        'Marie Cederschiöld högskola',
      ]),
    );
  });

  it('keeps the provenance contract: every quote equals its span of the raw text', async () => {
    const evidence = await db.executor.read<{ type: string; start: number; end: number; quote: string; rawText: string }>(ALL_DOCUMENT_EVIDENCE);
    expect(evidence.length).toBeGreaterThan(40);
    for (const e of evidence) expect({ type: e.type, quote: e.rawText.slice(e.start, e.end) }).toEqual({ type: e.type, quote: e.quote });
  });

  it('writes nothing without evidence: every relationship has a document span or a curated source, every entity a mention or a curated link', async () => {
    expect(await db.executor.read(RELATIONSHIPS_WITHOUT_PROVENANCE)).toEqual([]);
    expect(await db.executor.read(NODES_WITHOUT_PROVENANCE)).toEqual([]);
  });

  it('keeps what the document says (attributed to Brå) apart from what is known (published by Marie Cederschiöld högskola)', async () => {
    const [row] = await db.executor.read<{ attributed: string[]; publisher: string[]; publisherStatus: string[]; source: string[] }>(
      ATTRIBUTION_AND_PUBLISHER,
      { evaluationId: 'evaluation/igor' },
    );
    expect(row).toEqual({
      attributed: ['organization/bra'],
      publisher: ['organization/marie-cederschiold-hogskola'],
      publisherStatus: ['CURATED'],
      source: [expect.stringContaining('mchs.se')],
    });
  });
});
