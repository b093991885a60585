/**
 * The graph as GraphML 1.0 (valid against graphml.xsd; opens in Gephi and yEd): a <key> with attr.type for
 * every node and edge property, <graph edgedefault="directed">, then nodes and edges. Each node carries
 * `labels` (":Party", the APOC convention, so apoc.import.graphml can read it back) and `label`, a display
 * name that Gephi shows; each edge carries `label`, its relationship type. Ids are made NMTOKENs by xmlId
 * (party/SD → party:SD). Lists travel as JSON text, GraphML having no list type.
 */
import { type PropertyColumn, graphmlType, graphmlValue } from './columns.js';
import type { ExportNode, ExportRelationship, GraphSource } from './graph-source.js';
import type { GraphCounts } from './json.js';
import type { Sink } from './sink.js';
import { escapeAttribute, escapeText, xmlId } from './xml.js';

const HEADER = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
`;

/**
 * Key ids are prefixed by what they describe, so a property can never collide with `label`/`labels`; attr.name
 * must be an NMTOKEN too, which our camelCase keys already are (xmlId leaves them as they are).
 */
const nodeKey = (property: string) => `np.${xmlId(property)}`;
const edgeKey = (property: string) => `ep.${xmlId(property)}`;

const keyElement = (id: string, domain: 'node' | 'edge', name: string, type: string) =>
  `  <key id="${escapeAttribute(id)}" for="${domain}" attr.name="${escapeAttribute(name)}" attr.type="${type}"/>\n`;

const dataElement = (key: string, value: string | null) =>
  value === null ? '' : `<data key="${escapeAttribute(key)}">${escapeText(value)}</data>`;

/** What Gephi shows on a node: its name, title or abbreviation, else the start of its text, else its id. */
function displayName(n: ExportNode): string {
  const p = n.properties;
  for (const k of ['name', 'title', 'abbreviation'] as const) if (typeof p[k] === 'string' && p[k] !== '') return p[k];
  return typeof p.text === 'string' && p.text !== '' ? p.text.slice(0, 80) : n.id;
}

function nodeElement(n: ExportNode, columns: PropertyColumn[]): string {
  const data = [
    dataElement('n.labels', n.labels.map((l) => `:${l}`).join('')),
    dataElement('n.label', displayName(n)),
    ...columns.map((c) => dataElement(nodeKey(c.key), graphmlValue(n.properties[c.key]))),
  ];
  return `    <node id="${escapeAttribute(xmlId(n.id))}">${data.join('')}</node>\n`;
}

function edgeElement(r: ExportRelationship, columns: PropertyColumn[]): string {
  const data = [dataElement('e.label', r.type), ...columns.map((c) => dataElement(edgeKey(c.key), graphmlValue(r.properties[c.key])))];
  const ends = `source="${escapeAttribute(xmlId(r.from))}" target="${escapeAttribute(xmlId(r.to))}"`;
  return `    <edge id="${escapeAttribute(xmlId(r.id))}" ${ends}>${data.join('')}</edge>\n`;
}

export async function writeGraphml(source: GraphSource, sink: Sink): Promise<GraphCounts> {
  const [nodeColumns, edgeColumns] = [await source.nodeColumns(), await source.relationshipColumns()];
  const keys = [
    keyElement('n.labels', 'node', 'labels', 'string'),
    keyElement('n.label', 'node', 'label', 'string'),
    ...nodeColumns.map((c) => keyElement(nodeKey(c.key), 'node', xmlId(c.key), graphmlType(c))),
    keyElement('e.label', 'edge', 'label', 'string'),
    ...edgeColumns.map((c) => keyElement(edgeKey(c.key), 'edge', xmlId(c.key), graphmlType(c))),
  ];
  await sink.write(`${HEADER}${keys.join('')}  <graph id="G" edgedefault="directed">\n`);
  const counts: GraphCounts = { nodes: 0, relationships: 0 };
  for await (const page of source.nodes()) {
    counts.nodes += page.length;
    await sink.write(page.map((n) => nodeElement(n, nodeColumns)).join(''));
  }
  for await (const page of source.relationships()) {
    counts.relationships += page.length;
    await sink.write(page.map((r) => edgeElement(r, edgeColumns)).join(''));
  }
  await sink.write('  </graph>\n</graphml>\n');
  return counts;
}
