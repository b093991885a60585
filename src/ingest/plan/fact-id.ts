/**
 * A fact is a relationship; its id is derived from its identity (type, ends, key), so it is stable across
 * re-loads, and starts with its type so a lookup can use that type's index ("fact/CITES/3f9a…").
 */
import { sha256Hex } from '../../domain/ids.js';
import { type RelationshipType, relationshipTypes } from './graph-plan.js';

export function factId(r: { type: RelationshipType; from: { id: string }; to: { id: string }; key: string }): string {
  return `fact/${r.type}/${sha256Hex(`${r.type}|${r.from.id}|${r.to.id}|${r.key}`).slice(0, 24)}`;
}

export function factType(id: string): RelationshipType | undefined {
  const type = /^fact\/([A-Z_]+)\/[0-9a-f]{24}$/.exec(id)?.[1];
  return (relationshipTypes as readonly string[]).includes(type ?? '') ? (type as RelationshipType) : undefined;
}
