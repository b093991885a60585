/**
 * Bulk loading (load-batch.ts): many documents in one transaction must give the same graph as one by one, and
 * keep each document all or nothing: when the batch fails, every document is retried alone, the bad one fails by
 * itself and leaves no trace, the good ones are written.
 */
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { loadDocuments } from '../../src/ingest/load/load-batch.js';
import { loadDocument } from '../../src/ingest/load/load-document.js';
import { documentFactsQuery } from '../../src/ingest/load/load.repo.js';
import { writePlan } from '../../src/ingest/load/write-plan.js';
import type { GraphPlan } from '../../src/ingest/plan/graph-plan.js';
import { documentId } from '../../src/ingest/plan/from-record.js';
import { resetGraph, testDatabase } from '../support/database.js';
import { botkyrkaMotion, malmoResponse } from '../support/fixture-documents.js';
import { dumpGraph } from '../support/graph-state.js';
import { DOCUMENT_COUNT, DUMP_NODES } from '../support/test.repo.js';

const db = testDatabase();
// A second party node claiming abbreviation M: any document that creates party/M then breaks the unique constraint.
const CONFLICTING_PARTY = "CREATE (:Party {id: 'party/M-duplicate', abbreviation: 'M'})";

beforeEach(async () => {
  await resetGraph(db.executor);
});
afterAll(async () => {
  await db.close();
});

async function dump() {
  return (await dumpGraph(db.executor, ['ingestedAt'])).lines;
}

describe('loadDocuments', () => {
  it('writes the same graph as loading one by one, and a second load changes nothing', async () => {
    for (const input of [botkyrkaMotion, malmoResponse]) await loadDocument(db.executor, input);
    const single = await dump();
    await resetGraph(db.executor);
    const first = await loadDocuments(db.executor, [{ input: botkyrkaMotion }, { input: malmoResponse }]);
    expect(first.outcomes.map((o) => ('outcome' in o ? o.outcome : 'error'))).toEqual(['inserted', 'inserted']);
    expect(first.fellBack).toBe(false);
    expect(await dump()).toEqual(single);
    const again = await loadDocuments(db.executor, [{ input: botkyrkaMotion }, { input: malmoResponse }, { input: malmoResponse }]);
    expect(again.outcomes.map((o) => ('outcome' in o ? o.outcome : 'error'))).toEqual(['unchanged', 'unchanged', 'unchanged']);
    expect(again.facts.inserted + again.facts.updated).toBe(0);
  });

  it('keeps each document all or nothing when the batch fails: the bad one alone fails, the others are written', async () => {
    await db.executor.write(CONFLICTING_PARTY);
    const result = await loadDocuments(db.executor, [{ input: botkyrkaMotion }, { input: malmoResponse }]);
    expect(result.fellBack).toBe(true);
    expect('outcome' in result.outcomes[0]! && result.outcomes[0].outcome).toBe('inserted');
    expect('error' in result.outcomes[1]!).toBe(true);
    const [count] = await db.executor.read<{ count: number }>(DOCUMENT_COUNT);
    expect(count?.count).toBe(1);
    const ids = (await db.executor.read<{ id: string }>(DUMP_NODES)).map((n) => n.id);
    expect(ids).toContain(documentId(botkyrkaMotion.rawText));
    expect(ids).not.toContain(documentId(malmoResponse.rawText));
    expect(ids).not.toContain('person/carl-ceder');
  });

  it('refuses a plan whose relationship has no end node, and the statements sent before it are rolled back', async () => {
    // Statements are pipelined (write-plan.ts): the Document node is merged before the failing relationship is
    // checked, and the error must still be that relationship's, with the whole transaction undone.
    const plan: GraphPlan = {
      nodes: [{ label: 'Document', id: 'document/pipelined', props: { title: 'x' } }],
      relationships: [
        {
          type: 'MENTIONS',
          from: { label: 'Document', id: 'document/pipelined' },
          to: { label: 'Party', id: 'party/nowhere' },
          key: 'document/pipelined',
          props: {},
          evidence: { documentId: 'document/pipelined', start: 0, end: 1, quote: 'x', extractor: 'test', confidence: 1, status: 'PROPOSED' },
        },
      ],
    };
    await expect(db.executor.writeTransaction((tx) => writePlan(tx, plan))).rejects.toThrow(
      'MENTIONS (Document -> Party): wrote 0 of 1; an end node is missing',
    );
    const ids = (await db.executor.read<{ id: string }>(DUMP_NODES)).map((n) => n.id);
    expect(ids).not.toContain('document/pipelined');
  });

  it('plans a document-fact write on a one-document graph as index seeks, since that plan is kept (replan=skip) as the graph grows', async () => {
    // A first load into a fresh database (the seeded one document, say) planned these on near-empty statistics,
    // where an index *scan* satisfied `USING INDEX` as well as a seek; kept, it scanned the whole index for every
    // row as the graph grew (bulk ingest after one document: 18 docs/s instead of 120). `USING INDEX SEEK` now.
    const operators = (plan: { operatorType: string; children: unknown[] }): string[] => [
      plan.operatorType.replace(/@.*$/, ''),
      ...plan.children.flatMap((c) => operators(c as typeof plan)),
    ];
    await loadDocument(db.executor, botkyrkaMotion); // one document: the state a fresh install's first load meets
    for (const [type, from, to] of [['MENTIONS', 'Document', 'Organization'], ['REPORTS', 'Evaluation', 'Finding'], ['MEMBER_OF', 'Person', 'Party']] as const) {
      const query = documentFactsQuery(type, from, to).replace(/^CYPHER replan=skip\n/, '');
      const { summary } = await db.driver.executeQuery(`EXPLAIN CYPHER replan=force ${query}`, { documents: [] }, { database: 'neo4j' });
      const used = operators(summary.plan as unknown as { operatorType: string; children: unknown[] });
      expect(used.filter((o) => o.startsWith('NodeUniqueIndexSeek')), type).toHaveLength(2);
      expect(used, type).toContain('DirectedRelationshipIndexSeek');
      expect(used.filter((o) => /Scan/.test(o)), type).toEqual([]);
    }
  });
});
