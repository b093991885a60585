/**
 * Loads one document's facts: checks the provenance contract, plans the graph, and writes it in ONE
 * transaction, so a failure half-way leaves no trace of the document. Re-loading the same facts changes
 * nothing and says so (a fingerprint of the plan is kept on the document).
 */
import { sha256Hex } from '../../domain/ids.js';
import type { Executor, TxRunner } from '../../db/executor.js';
import { AppError, badInput } from '../../errors.js';
import { type GraphPlan, mergePlans, planProblems } from '../plan/graph-plan.js';
import { type DocumentInput, documentId, planDocument } from '../plan/from-record.js';
import { spanProblems } from '../record.js';
import { FIND_DOCUMENT_FINGERPRINT, SET_DOCUMENT_FINGERPRINT } from './load.repo.js';
import { type WriteCounts, writePlan } from './write-plan.js';

export interface LoadResult {
  documentId: string;
  outcome: 'inserted' | 'updated' | 'unchanged';
  /** Nodes and relationships written (MERGEd); 0 when the document was unchanged and nothing was sent. */
  nodes: number;
  relationships: number;
  /** Facts by what the load did to them: new, changed, or the same as before. */
  facts: WriteCounts['facts'];
}

/** Same facts → same fingerprint. ingestedAt is when, not what, so it stays out. */
export function fingerprint(plan: GraphPlan): string {
  const stable = plan.nodes.map((n) => ({ ...n, onCreate: { ...n.onCreate, ingestedAt: undefined } }));
  return sha256Hex(JSON.stringify({ nodes: stable, relationships: plan.relationships }));
}

export function checkProvenance(input: DocumentInput, extra: GraphPlan[] = [], personIds?: Map<string, string>): GraphPlan {
  const problems = spanProblems(input.record, input.rawText);
  if (problems.length > 0)
    throw badInput(`The extraction record breaks the provenance contract: ${problems.slice(0, 5).join('; ')}`, { problems });
  const plan = mergePlans(planDocument(input, personIds), ...extra);
  const planIssues = planProblems(plan);
  if (planIssues.length > 0)
    throw new AppError('INTERNAL_SERVER_ERROR', `Planned graph is invalid: ${planIssues.slice(0, 5).join('; ')}`);
  return plan;
}

export interface LoadOptions {
  /** Other plans written in the same transaction (the seed's curated facts). */
  extra?: GraphPlan[];
  /** Person ids chosen by entity resolution (name → id), where a name alone would merge wrongly. */
  personIds?: Map<string, string>;
  /** Test hook for fault injection: runs inside the transaction after the plan is written. */
  afterWrite?: (tx: TxRunner) => Promise<void>;
}

export async function loadDocument(executor: Executor, input: DocumentInput, options: LoadOptions = {}): Promise<LoadResult> {
  const plan = checkProvenance(input, options.extra, options.personIds);
  const id = documentId(input.rawText);
  const print = fingerprint(plan);
  const [existing] = await executor.read<{ fingerprint: string | null }>(FIND_DOCUMENT_FINGERPRINT, { id });
  if (existing && existing.fingerprint === print)
    return { documentId: id, outcome: 'unchanged', nodes: 0, relationships: 0, facts: { inserted: 0, updated: 0, unchanged: plan.relationships.length } };
  const counts = await executor.writeTransaction(
    async (tx) => {
      const written = await writePlan(tx, plan);
      await tx.run(SET_DOCUMENT_FINGERPRINT, { id, fingerprint: print });
      await options.afterWrite?.(tx);
      return written;
    },
    { app: 'belagg', operation: 'loadDocument', documentId: id },
  );
  return { documentId: id, outcome: existing ? 'updated' : 'inserted', ...counts };
}
