/**
 * A small reader for the CSV shape `neo4j-admin database import` takes, to prove an export re-imports: it
 * honours the id:ID, :LABEL, :START_ID, :END_ID and :TYPE columns and the typed property columns
 * (`name:type`, `name:type[]` with `;` between elements), and tells "no property" (an empty unquoted field)
 * from an empty string (""), as neo4j-admin does. Parsing is csv-parse's; writing is batched UNWIND.
 */
import { parse } from 'csv-parse/sync';
import neo4j from 'neo4j-driver';
import type { Executor } from '../../src/db/executor.js';
import { type NodeLabel, nodeLabels, type RelationshipType, relationshipTypes } from '../../src/ingest/plan/graph-plan.js';
import { CREATE_NODES, CREATE_RELATIONSHIPS } from './export.repo.js';

interface Cell {
  value: string;
  quoted: boolean;
}
interface Column {
  name: string;
  role: 'ID' | 'LABEL' | 'START_ID' | 'END_ID' | 'TYPE' | 'property';
  type: string;
}

function columnOf(header: string): Column {
  const at = header.lastIndexOf(':');
  const [name, suffix] = at < 0 ? [header, 'string'] : [header.slice(0, at), header.slice(at + 1)];
  if (['ID', 'LABEL', 'START_ID', 'END_ID', 'TYPE'].includes(suffix)) return { name, role: suffix as Column['role'], type: 'string' };
  return { name, role: 'property', type: suffix };
}

function scalar(text: string, type: string): unknown {
  switch (type) {
    case 'string':
      return text;
    case 'long':
    case 'int':
      return neo4j.int(text);
    case 'double':
    case 'float':
      return Number(text);
    case 'boolean':
      return text === 'true';
    default:
      throw new Error(`the test importer does not know the CSV type ${type}`);
  }
}

function valueOf(cell: Cell, type: string): unknown {
  if (cell.value === '' && !cell.quoted) return undefined;
  if (type.endsWith('[]')) return cell.value === '' ? [] : cell.value.split(';').map((e) => scalar(e, type.slice(0, -2)));
  return scalar(cell.value, type);
}

interface Row {
  props: Record<string, unknown>;
  fields: Partial<Record<Column['role'], string>>;
}

export function readAdminCsv(text: string): Row[] {
  const records = parse(text, { cast: (value, context) => ({ value, quoted: context.quoting }) }) as unknown as Cell[][];
  const [header, ...body] = records;
  if (!header) throw new Error('CSV without a header');
  const columns = header.map((h) => columnOf(h.value));
  return body.map((cells) => {
    const row: Row = { props: {}, fields: {} };
    columns.forEach((c, i) => {
      const cell = cells[i] ?? { value: '', quoted: false };
      if (c.role !== 'property') row.fields[c.role] = cell.value;
      // The :ID column is also stored as a property under its name (id:ID → id), as neo4j-admin does.
      const value = c.role === 'property' || (c.role === 'ID' && c.name) ? valueOf(cell, c.type) : undefined;
      if (value !== undefined) row.props[c.name] = value;
    });
    return row;
  });
}

function grouped<K extends string>(rows: Row[], keyOf: (r: Row) => K): Map<K, Row[]> {
  const groups = new Map<K, Row[]>();
  for (const r of rows) groups.set(keyOf(r), [...(groups.get(keyOf(r)) ?? []), r]);
  return groups;
}

/** Imports nodes.csv and relationships.csv into an (empty) database. */
export async function importAdminCsv(executor: Executor, nodesCsv: string, relationshipsCsv: string): Promise<void> {
  for (const [label, rows] of grouped(readAdminCsv(nodesCsv), (r) => (r.fields.LABEL ?? '') as NodeLabel)) {
    if (!nodeLabels.includes(label)) throw new Error(`unexpected :LABEL ${label}`);
    await executor.write(CREATE_NODES[label], { rows: rows.map((r) => r.props) });
  }
  for (const [type, rows] of grouped(readAdminCsv(relationshipsCsv), (r) => (r.fields.TYPE ?? '') as RelationshipType)) {
    if (!relationshipTypes.includes(type)) throw new Error(`unexpected :TYPE ${type}`);
    const batch = rows.map((r) => ({ start: r.fields.START_ID, end: r.fields.END_ID, props: r.props }));
    await executor.write(CREATE_RELATIONSHIPS[type], { rows: batch });
  }
}
