/** Turns a relationship's properties into the Evidence and CuratedSource shapes of the API. */
import type { NeighbourItem } from '../graph/neighbours.repo.js';

export interface EvidenceValue {
  factId: string | null;
  documentId: string;
  start: number;
  end: number;
  quote: string;
  extractor: string | null;
  confidence: number | null;
  status: string;
}

/** Null for curated relationships, which have a source instead of a span. */
export function evidenceOf(rel: Record<string, unknown>): EvidenceValue | null {
  if (typeof rel.documentId !== 'string' || typeof rel.start !== 'number' || typeof rel.quote !== 'string') return null;
  return {
    factId: (rel.factId as string | undefined) ?? null,
    documentId: rel.documentId,
    start: rel.start,
    end: Number(rel.end),
    quote: rel.quote,
    extractor: (rel.extractor as string | undefined) ?? null,
    confidence: (rel.confidence as number | undefined) ?? null,
    status: String(rel.status ?? 'PROPOSED'),
  };
}

export function evidenceList(items: NeighbourItem[]): EvidenceValue[] {
  return items.map((i) => evidenceOf(i.rel)).filter((e): e is EvidenceValue => e !== null);
}

export function curatedSourceOf(item: NeighbourItem) {
  return {
    id: item.node.id,
    url: String(item.node.url ?? item.rel.source ?? ''),
    title: (item.node.title as string | undefined) ?? null,
    publisher: (item.node.publisher as string | undefined) ?? null,
    date: (item.node.date as string | undefined) ?? null,
    properties: (item.rel.properties as string[] | undefined) ?? [],
    curator: (item.rel.curator as string | undefined) ?? null,
    status: String(item.rel.status ?? 'CURATED'),
  };
}

/** Distinct nodes of a neighbour list (one relationship per asserting document can repeat a node). */
export function distinctNodes(items: NeighbourItem[]) {
  const seen = new Map<string, NeighbourItem['node']>();
  for (const i of items) if (!seen.has(i.node.id)) seen.set(i.node.id, i.node);
  return [...seen.values()];
}
