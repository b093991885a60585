/** Helpers for the injection test: what a response may say, and which writes a legitimate mutation may make. */
import { errorCodes } from '../../src/errors.js';
import { checkProvenance } from '../../src/ingest/load/load-document.js';
import type { DocumentMeta, IngestPipeline } from '../../src/ingest/pipeline.js';
import type { GraphQLResponse } from './api.js';
import { type GraphDump, graphDiff, identityOf } from './graph-state.js';

const closed = new Set<string>(errorCodes);

/** What is wrong with a response: an error without a code from the closed set, or a masked internal error. */
export function responseProblems(body: GraphQLResponse, field: string): string[] {
  const problems: string[] = [];
  for (const e of body.errors ?? []) {
    const code = e.extensions?.code;
    if (!code || !closed.has(code)) problems.push(`error without a code from the closed set: ${JSON.stringify(e)}`);
    else if (code === 'INTERNAL_SERVER_ERROR') problems.push(`INTERNAL_SERVER_ERROR at ${JSON.stringify(e.path)} (requestId ${String(e.extensions?.requestId)})`);
  }
  const payloadError = (body.data as Record<string, { error?: { code?: string } | null } | null> | null | undefined)?.[field]?.error;
  if (payloadError && !closed.has(payloadError.code ?? '')) problems.push(`payload error code ${payloadError.code}`);
  return problems;
}

/** A mutation was refused: a GraphQL error, or an expected failure in its payload's `error`. */
export function refused(body: GraphQLResponse, field: string): boolean {
  const payload = (body.data as Record<string, { error?: unknown } | null> | null | undefined)?.[field];
  return (body.errors?.length ?? 0) > 0 || !payload || payload.error !== null;
}

/** The node and relationship identities (as graph-state lines name them) one ingest of `text` with `meta` plans. */
export function plannedIdentities(pipeline: IngestPipeline, text: string, meta: DocumentMeta): Set<string> {
  const prepared = pipeline.prepare(text, meta);
  const plan = checkProvenance({
    rawText: prepared.rawText,
    text: prepared.normalized.text,
    record: prepared.record,
    status: 'PROPOSED',
    confidence: 0.8,
    ingestedAt: 'now',
  });
  return new Set([
    ...plan.nodes.map((n) => `N\t${n.label}\t${n.id}`),
    ...plan.relationships.map((r) => `R\t${r.type}\t${r.from.id}\t${r.to.id}\t${r.key}`),
  ]);
}

/** Every change between two dumps is one of `allowed` (by identity), and nothing was removed. */
export function unexpectedChanges(before: GraphDump, after: GraphDump, allowed: (identity: string) => boolean): string[] {
  const diff = graphDiff(before, after);
  return [
    ...diff.removed.map((k) => `removed ${k}`),
    ...[...diff.added, ...diff.changed].filter((k) => !allowed(k)).map((k) => `unexpected write ${k}`),
  ];
}

/** The properties of the node or relationship with this identity in a dump. */
export function propsOf(dump: GraphDump, identity: string): Record<string, unknown> | undefined {
  const line = dump.lines.find((l) => identityOf(l) === identity);
  return line === undefined ? undefined : (JSON.parse(line.split('\t').at(-1) as string) as Record<string, unknown>);
}
