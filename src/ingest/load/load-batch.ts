/**
 * Bulk loading: many documents in ONE transaction, for `belagg ingest` over folders and for the benchmark
 * generator. A transaction per document costs a commit (a log flush) and ~20 round trips each; one per batch
 * spends them once. Every document stays all or nothing: the batch commits whole or not at all, and if it
 * fails, each of its documents is loaded again on its own (loadDocument, one transaction each), so one bad
 * document fails alone and says why, exactly as it would have without batching.
 */
import type { Executor } from '../../db/executor.js';
import { type GraphPlan, mergePlans } from '../plan/graph-plan.js';
import { type DocumentInput, documentId } from '../plan/from-record.js';
import { checkProvenance, fingerprint, type LoadResult, loadDocument } from './load-document.js';
import { FIND_DOCUMENT_FINGERPRINTS, SET_DOCUMENT_FINGERPRINTS } from './load.repo.js';
import { type WriteCounts, writePlan } from './write-plan.js';

export interface BatchItem {
  input: DocumentInput;
  personIds?: Map<string, string>;
}

export type BatchOutcome = Omit<LoadResult, 'facts'> | { documentId: string; error: unknown };

export interface BatchResult {
  /** One per item, in order. */
  outcomes: BatchOutcome[];
  /** Facts by what the load did to them, over the whole batch (per-document counts are not kept when batched). */
  facts: WriteCounts['facts'];
  /** true when the batch transaction failed and documents were loaded one by one. */
  fellBack: boolean;
}

interface Planned {
  index: number;
  item: BatchItem;
  id: string;
  plan: GraphPlan;
  print: string;
  existed: boolean;
}

export async function loadDocuments(executor: Executor, items: BatchItem[]): Promise<BatchResult> {
  const outcomes: BatchOutcome[] = new Array(items.length);
  const facts = { inserted: 0, updated: 0, unchanged: 0 };
  const planned: Planned[] = [];
  items.forEach((item, index) => {
    const id = documentId(item.input.rawText);
    try {
      const plan = checkProvenance(item.input, [], item.personIds);
      planned.push({ index, item, id, plan, print: fingerprint(plan), existed: false });
    } catch (error) {
      outcomes[index] = { documentId: id, error };
    }
  });
  const existing = new Map(
    (await executor.read<{ id: string; fingerprint: string | null }>(FIND_DOCUMENT_FINGERPRINTS, { ids: planned.map((p) => p.id) })).map(
      (r) => [r.id, r.fingerprint],
    ),
  );
  const toWrite: Planned[] = [];
  const seen = new Set<string>();
  for (const p of planned) {
    // The same text twice in one batch is one document: the second changes nothing, as a re-load would not.
    if (seen.has(p.id) || existing.get(p.id) === p.print) {
      outcomes[p.index] = { documentId: p.id, outcome: 'unchanged', nodes: 0, relationships: 0 };
      facts.unchanged += p.plan.relationships.length;
      continue;
    }
    seen.add(p.id);
    p.existed = existing.has(p.id);
    toWrite.push(p);
  }
  if (toWrite.length === 0) return { outcomes, facts, fellBack: false };
  try {
    const counts = await executor.writeTransaction(
      async (tx) => {
        const written = await writePlan(tx, mergePlans(...toWrite.map((p) => p.plan)));
        await tx.run(SET_DOCUMENT_FINGERPRINTS, { rows: toWrite.map((p) => ({ id: p.id, fingerprint: p.print })) });
        return written;
      },
      { app: 'belagg', operation: 'loadDocuments', documents: toWrite.length },
    );
    for (const p of toWrite)
      outcomes[p.index] = { documentId: p.id, outcome: p.existed ? 'updated' : 'inserted', nodes: p.plan.nodes.length, relationships: p.plan.relationships.length };
    facts.inserted += counts.facts.inserted;
    facts.updated += counts.facts.updated;
    facts.unchanged += counts.facts.unchanged;
    return { outcomes, facts, fellBack: false };
  } catch {
    // Nothing of the batch was written; each document now gets its own transaction and its own verdict.
    for (const p of toWrite) {
      try {
        const { facts: f, ...result } = await loadDocument(executor, p.item.input, { personIds: p.item.personIds });
        outcomes[p.index] = result;
        facts.inserted += f.inserted;
        facts.updated += f.updated;
        facts.unchanged += f.unchanged;
      } catch (error) {
        outcomes[p.index] = { documentId: p.id, error };
      }
    }
    return { outcomes, facts, fellBack: true };
  }
}
