/**
 * Value conversion at the boundary: the driver's Integer and temporal types become plain JS values, so repos
 * return plain typed objects and nothing driver-specific leaks into resolvers or JSON.
 */
import neo4j from 'neo4j-driver';

export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  // strings, numbers and booleans first: most values are, and the driver's type checks cost more than this one
  if (typeof value !== 'object') return value;
  // then lists and the maps our queries project (the driver unpacks a map into a plain object), so only the
  // driver's own classes go through its type checks
  if (Array.isArray(value)) return value.map(toPlain);
  if (Object.getPrototypeOf(value) === Object.prototype) return plainMap(value as Record<string, unknown>);
  if (neo4j.isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  )
    return value.toString();
  // Our queries project maps, but a node or relationship returned whole becomes its properties.
  if (neo4j.isNode(value) || neo4j.isRelationship(value)) return toPlain((value as { properties: unknown }).properties);
  return plainMap(value as Record<string, unknown>);
}

function plainMap(map: Record<string, unknown>): Record<string, unknown> {
  const plain: Record<string, unknown> = {};
  for (const key of Object.keys(map)) plain[key] = toPlain(map[key]);
  return plain;
}

/** Integers sent as JS numbers arrive in Cypher as floats; paging arguments must be real integers. */
export const int = (n: number) => neo4j.int(n);
