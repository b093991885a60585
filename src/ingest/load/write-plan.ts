/**
 * Writes a graph plan inside one transaction, batched: one UNWIND per label and per relationship shape.
 * MERGE on stable ids makes it idempotent; the caller's transaction makes it all or nothing.
 */
import type { TxRunner } from '../../db/executor.js';
import type { DocumentEvidence, GraphPlan, NodeLabel, PlannedNode, PlannedRelationship, Props, RelationshipType } from '../plan/graph-plan.js';
import { evidenceProps } from '../plan/graph-plan.js';
import { factId } from '../plan/fact-id.js';
import { partyCitationUpkeep } from '../../citations/party-citations.js';
import { documentFactsQuery, mergeNodesQuery, mergeRelationshipsQuery } from './load.repo.js';

export interface WriteCounts {
  nodes: number;
  relationships: number;
  /** Facts (evidence-bearing relationships) by what the load did to them. */
  facts: { inserted: number; updated: number; unchanged: number };
}

function groupBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

type FactCounts = { written: number; inserted: number; updated: number; unchanged: number };

/** A curated fact as mergeRelationshipsQuery takes it: its evidence and factId among its properties. */
const curatedRow = (r: PlannedRelationship) => ({
  from: r.from.id,
  to: r.to.id,
  key: r.key,
  props: { ...r.props, ...evidenceProps(r.evidence), factId: factId(r) },
});

/**
 * Documents' facts as documentFactsQuery takes them: per document, the evidence its facts share (sent once, not
 * once per fact), and each fact with its own span, quote and factId among its properties.
 */
function documentFactRows(group: PlannedRelationship[]) {
  const evidenceOf = (r: PlannedRelationship) => r.evidence as DocumentEvidence;
  // grouped by all the shared fields, not the document id alone: a plan merged from several loads may differ
  const shared = (r: PlannedRelationship) => {
    const { documentId, extractor, confidence, status } = evidenceOf(r);
    return { documentId, extractor, confidence, status };
  };
  const sharedKey = (r: PlannedRelationship) => Object.values(shared(r)).join('|');
  return [...groupBy(group, sharedKey).values()].map((facts) => ({
    evidence: shared(facts[0]!),
    facts: facts.map((r) => {
      const { start, end, quote } = evidenceOf(r);
      return { from: r.from.id, to: r.to.id, key: r.key, props: { ...r.props, start, end, quote, factId: factId(r) } };
    }),
  }));
}

/**
 * Every statement is sent before any answer is awaited: Bolt pipelines them on the transaction's connection and
 * Neo4j runs them in order (nodes before the relationships between them), so a batch pays one round trip, not
 * one per label and shape (about 35 of them) each waiting for this process's event loop, which is busy
 * preparing the next batch meanwhile (issue 6). The first statement that fails is the one reported.
 */
export async function writePlan(tx: TxRunner, plan: GraphPlan): Promise<WriteCounts> {
  const pending: Array<Promise<unknown>> = [];
  // Derived rows (a party's citations) follow the facts in the same transaction; part of the upkeep's question is
  // about the graph before this write, so it goes first.
  const upkeep = partyCitationUpkeep(tx, plan);
  pending.push(upkeep.asked);
  for (const [label, group] of groupBy(plan.nodes, (n) => n.label)) {
    const rows = group.map((n: PlannedNode) => ({ id: n.id, props: n.props, onCreate: n.onCreate ?? {} }));
    pending.push(tx.run(mergeNodesQuery(label as NodeLabel), { rows }).then(() => undefined));
  }
  let relationships = 0;
  const facts = { inserted: 0, updated: 0, unchanged: 0 };
  // A document's own facts and curated ones are written by different queries (load.repo.ts says why).
  const shapeOf = (r: PlannedRelationship) => `${r.type}|${r.from.label}|${r.to.label}|${r.evidence.status === 'CURATED' ? 'curated' : 'document'}`;
  for (const [shape, group] of groupBy(plan.relationships, shapeOf)) {
    const [type, fromLabel, toLabel, source] = shape.split('|') as [RelationshipType, NodeLabel, NodeLabel, string];
    const written =
      source === 'curated'
        ? tx.run<FactCounts>(mergeRelationshipsQuery(type, fromLabel, toLabel), { rows: group.map(curatedRow) })
        : tx.run<FactCounts>(documentFactsQuery(type, fromLabel, toLabel), { documents: documentFactRows(group) });
    pending.push(
      written.then(([result]) => {
        // A relationship whose end node is missing would silently vanish in MATCH; refuse instead.
        if ((result?.written ?? 0) !== group.length)
          throw new Error(`${type} (${fromLabel} -> ${toLabel}): wrote ${result?.written ?? 0} of ${group.length}; an end node is missing`);
        relationships += group.length;
        facts.inserted += result?.inserted ?? 0;
        facts.updated += result?.updated ?? 0;
        facts.unchanged += result?.unchanged ?? 0;
      }),
    );
  }
  const failed = (await Promise.allSettled(pending)).find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failed) throw failed.reason;
  await upkeep.finish();
  return { nodes: plan.nodes.length, relationships, facts };
}
