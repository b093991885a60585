/**
 * The whole graph as comparable text, for tests that must prove "nothing was written" or "this graph equals that
 * one": every node and relationship with its properties, one sorted line each, and a fingerprint of them all.
 */
import { createHash } from 'node:crypto';
import type { Executor } from '../../src/db/executor.js';
import { DUMP_NODES, DUMP_RELATIONSHIPS } from './test.repo.js';

type Props = Record<string, unknown>;

const sortedProps = (props: Props, ignore: readonly string[]) =>
  Object.fromEntries(Object.entries(props).filter(([k]) => !ignore.includes(k)).sort(([a], [b]) => a.localeCompare(b)));

export interface GraphDump {
  /** `N <label> <id> <props>` and `R <type> <from> <to> <key> <props>` lines (tab-separated), sorted. */
  lines: string[];
  nodes: number;
  relationships: number;
  fingerprint: string;
}

/** The graph as sorted lines; `ignore` drops properties that say when rather than what (ingestedAt). */
export async function dumpGraph(executor: Executor, ignore: readonly string[] = []): Promise<GraphDump> {
  const nodes = await executor.read<{ label: string; id: string; props: Props }>(DUMP_NODES);
  const relationships = await executor.read<{ type: string; from: string; to: string; key: string | null; props: Props }>(DUMP_RELATIONSHIPS);
  const lines = [
    ...nodes.map((n) => `N\t${n.label}\t${n.id}\t${JSON.stringify(sortedProps(n.props, ignore))}`),
    ...relationships.map((r) => `R\t${r.type}\t${r.from}\t${r.to}\t${r.key}\t${JSON.stringify(sortedProps(r.props, ignore))}`),
  ].sort();
  const fingerprint = createHash('sha256').update(lines.join('\n')).digest('hex');
  return { lines, nodes: nodes.length, relationships: relationships.length, fingerprint };
}

/** Identity of a dump line: the node's id, or the relationship's (type, from, to, key); properties excluded. */
export function identityOf(line: string): string {
  const parts = line.split('\t');
  return parts.slice(0, line.startsWith('N\t') ? 3 : 5).join('\t');
}

/** What changed between two dumps, by identity: added, removed, and changed (same identity, other properties). */
export function graphDiff(before: GraphDump, after: GraphDump) {
  const index = (d: GraphDump) => new Map(d.lines.map((l) => [identityOf(l), l]));
  const [b, a] = [index(before), index(after)];
  return {
    added: [...a.keys()].filter((k) => !b.has(k)),
    removed: [...b.keys()].filter((k) => !a.has(k)),
    changed: [...a.keys()].filter((k) => b.has(k) && b.get(k) !== a.get(k)),
  };
}

/** Each document's facts: the identities of the relationships whose evidence names it (documentId). */
export function factsByDocument(dump: GraphDump): Map<string, string[]> {
  const facts = new Map<string, string[]>();
  for (const line of dump.lines.filter((l) => l.startsWith('R\t'))) {
    const documentId = (JSON.parse(line.split('\t').at(-1) as string) as { documentId?: string }).documentId;
    if (documentId) facts.set(documentId, [...(facts.get(documentId) ?? []), identityOf(line)]);
  }
  return facts;
}
