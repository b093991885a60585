/**
 * The graph as JSON: {"nodes": [{id, labels, properties}], "relationships": [{id, type, from, to, properties}]},
 * one node or relationship per line. Evidence (documentId, start, end, quote, extractor, confidence, status; or
 * status CURATED and source) is in each relationship's properties, exactly as stored.
 */
import type { GraphSource } from './graph-source.js';
import type { Sink } from './sink.js';

export interface GraphCounts {
  nodes: number;
  relationships: number;
}

export async function writeJson(source: GraphSource, sink: Sink): Promise<GraphCounts> {
  const counts: GraphCounts = { nodes: 0, relationships: 0 };
  await sink.write('{"nodes":[');
  for await (const page of source.nodes()) {
    await sink.write(page.map((n) => (counts.nodes++ === 0 ? '\n' : ',\n') + JSON.stringify(n)).join(''));
  }
  await sink.write(`${counts.nodes > 0 ? '\n' : ''}],"relationships":[`);
  for await (const page of source.relationships()) {
    await sink.write(page.map((r) => (counts.relationships++ === 0 ? '\n' : ',\n') + JSON.stringify(r)).join(''));
  }
  await sink.write(`${counts.relationships > 0 ? '\n' : ''}]}\n`);
  return counts;
}
