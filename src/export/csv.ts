/**
 * The graph as the two files `neo4j-admin database import full` reads: nodes.csv (`id:ID,:LABEL,<key>:<type>...`)
 * and relationships.csv (`:START_ID,:END_ID,:TYPE,<key>:<type>...`). Column types come from the stored values
 * (FLOAT → double, LIST<STRING> → string[] with `;` between elements). Every present value is quoted, so an
 * empty quoted field is an empty string and an empty unquoted one is "no property" (neo4j-admin reads it the
 * same way). Raw texts span lines: import with --multiline-fields=true.
 */
import { stringify } from 'csv-stringify/sync';
import { ARRAY_DELIMITER, type PropertyColumn, csvType, csvValue } from './columns.js';
import type { GraphSource } from './graph-source.js';
import type { Sink } from './sink.js';

const headerOf = (fixed: string[], columns: PropertyColumn[]) => [...fixed, ...columns.map((c) => `${c.key}:${csvType(c)}`)];
const rowsToCsv = (rows: Array<Array<string | null>>) => stringify(rows, { quoted_string: true, record_delimiter: 'unix' });

export async function writeNodesCsv(source: GraphSource, sink: Sink): Promise<number> {
  const columns = await source.nodeColumns();
  const types = columns.map(csvType);
  await sink.write(stringify([headerOf(['id:ID', ':LABEL'], columns)], { record_delimiter: 'unix' }));
  let count = 0;
  for await (const page of source.nodes()) {
    count += page.length;
    await sink.write(
      rowsToCsv(page.map((n) => [n.id, n.labels.join(ARRAY_DELIMITER), ...columns.map((c, i) => csvValue(n.properties[c.key], types[i] ?? 'string'))])),
    );
  }
  return count;
}

export async function writeRelationshipsCsv(source: GraphSource, sink: Sink): Promise<number> {
  const columns = await source.relationshipColumns();
  const types = columns.map(csvType);
  await sink.write(stringify([headerOf([':START_ID', ':END_ID', ':TYPE'], columns)], { record_delimiter: 'unix' }));
  let count = 0;
  for await (const page of source.relationships()) {
    count += page.length;
    await sink.write(
      rowsToCsv(page.map((r) => [r.from, r.to, r.type, ...columns.map((c, i) => csvValue(r.properties[c.key], types[i] ?? 'string'))])),
    );
  }
  return count;
}
