/**
 * Property columns: a property key with the Cypher value types it holds across the selection (from
 * valueType(), so an export states the stored type rather than guessing from JS numbers), mapped to the
 * column types neo4j-admin import and GraphML understand, and values formatted for each.
 */

export interface PropertyColumn {
  key: string;
  /** Cypher value types, nullability stripped: STRING, FLOAT, LIST<STRING>, ... */
  valueTypes: string[];
}

/** neo4j-admin import's type names for Cypher's scalar types. */
const adminScalar: Record<string, string> = {
  STRING: 'string',
  INTEGER: 'long',
  FLOAT: 'double',
  BOOLEAN: 'boolean',
  DATE: 'date',
  'LOCAL DATETIME': 'localdatetime',
  'ZONED DATETIME': 'datetime',
  'LOCAL TIME': 'localtime',
  'ZONED TIME': 'time',
  DURATION: 'duration',
};

const graphmlScalar: Record<string, 'string' | 'long' | 'double' | 'boolean'> = {
  STRING: 'string',
  INTEGER: 'long',
  FLOAT: 'double',
  BOOLEAN: 'boolean',
};

export const stripNullability = (valueType: string) => valueType.replaceAll(' NOT NULL', '').trim();

/** Merges the column lists of several pages, keeping every type seen for a key; sorted by key. */
export function mergeColumns(columns: Map<string, Set<string>>, rows: Array<{ key: string; types: string[] }>): void {
  for (const { key, types } of rows) {
    const seen = columns.get(key) ?? new Set<string>();
    for (const t of types) seen.add(stripNullability(t));
    columns.set(key, seen);
  }
}

export function toColumns(columns: Map<string, Set<string>>): PropertyColumn[] {
  return [...columns.entries()]
    .map(([key, types]) => ({ key, valueTypes: [...types].sort() }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** One type for the column: a single type, or INTEGER and FLOAT together as FLOAT; anything else is mixed. */
function unify(valueTypes: string[]): { list: boolean; scalar: string } | undefined {
  const lists = valueTypes.filter((t) => t.startsWith('LIST<'));
  if (lists.length > 0 && lists.length < valueTypes.length) return undefined;
  const inner = lists.length > 0 ? lists.map((t) => t.slice(5, -1)).filter((t) => t !== 'NOTHING') : valueTypes;
  const scalars = new Set(inner.length > 0 ? inner : ['STRING']);
  if (scalars.size === 2 && scalars.has('INTEGER') && scalars.has('FLOAT')) return { list: lists.length > 0, scalar: 'FLOAT' };
  if (scalars.size !== 1) return undefined;
  return { list: lists.length > 0, scalar: [...scalars][0] ?? 'STRING' };
}

/** The neo4j-admin header type: `string`, `double`, `string[]` ...; mixed or unknown types travel as text. */
export function csvType(column: PropertyColumn): string {
  const t = unify(column.valueTypes);
  const scalar = t ? adminScalar[t.scalar] : undefined;
  if (!t || !scalar) return 'string';
  return t.list ? `${scalar}[]` : scalar;
}

/** GraphML has no lists or dates: those travel as strings (lists as JSON). */
export function graphmlType(column: PropertyColumn): 'string' | 'long' | 'double' | 'boolean' {
  const t = unify(column.valueTypes);
  return t && !t.list ? (graphmlScalar[t.scalar] ?? 'string') : 'string';
}

const scalarText = (value: unknown) =>
  typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);

/** A CSV cell: null for "no property" (an empty unquoted field), arrays joined with the array delimiter. */
export function csvValue(value: unknown, type: string): string | null {
  if (value === null || value === undefined) return null;
  if (type.endsWith('[]') && Array.isArray(value)) return value.map(scalarText).join(ARRAY_DELIMITER);
  return scalarText(value);
}

export function graphmlValue(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return scalarText(value);
}

/** neo4j-admin import's default array delimiter (--array-delimiter). */
export const ARRAY_DELIMITER = ';';
