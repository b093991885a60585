/**
 * The backup file: gzip'd JSON Lines. Line 1 is the header, then every node (grouped by label), then every
 * relationship, then an end record. JSON has one number type and Neo4j two, so each line lists the properties
 * that were Neo4j integers (`ints`); every other number is a float. The end record and the header's counts
 * let a restore tell a complete file from a truncated one before it writes anything.
 */
import neo4j from 'neo4j-driver';
import { z } from 'zod';
import { nodeLabels, relationshipTypes } from '../ingest/plan/graph-plan.js';

export const BACKUP_FORMAT = 'belagg-backup';
export const BACKUP_VERSION = 1;

const count = z.number().int().min(0);
const label = z.enum(nodeLabels);
const type = z.enum(relationshipTypes);
const id = z.string().min(1);

export const headerSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  createdAt: z.iso.datetime(),
  neo4jVersion: z.string().optional(),
  counts: z.strictObject({ nodes: z.partialRecord(label, count), relationships: z.partialRecord(type, count) }),
  /** Names of the constraints and indexes the schema had; a restore applies its own schema/neo4j/*.cypher. */
  schema: z.array(z.string()),
});

/** What Neo4j can store and JSON can carry: no temporals, points or byte arrays (our graph keeps dates as strings). */
const value = z.union([
  z.string(),
  z.boolean(),
  z.number(), // zod rejects NaN and ±Infinity, which JSON cannot carry either
  z.array(z.string()),
  z.array(z.number()),
  z.array(z.boolean()),
]);
const props = z.record(z.string().min(1), value);

/** An integer beyond ±2^53 travels as its decimal string (see toPlain), still listed in `ints`. */
const isInteger = (v: unknown) => (typeof v === 'number' && Number.isInteger(v)) || (typeof v === 'string' && /^-?\d+$/.test(v));
const intsHold = (line: { props: Record<string, unknown>; ints: string[] }) =>
  line.ints.every((k) => {
    const v = line.props[k];
    return Array.isArray(v) ? v.every(isInteger) : isInteger(v);
  });
const intsMessage = { message: 'every property listed in ints must hold integers' };

export const nodeLineSchema = z
  .strictObject({
    kind: z.literal('node'),
    label,
    props: props.refine((p) => typeof p.id === 'string' && p.id.length > 0, { message: 'a node needs a string id', path: ['id'] }),
    ints: z.array(z.string()),
  })
  .refine(intsHold, intsMessage);

export const relationshipLineSchema = z
  .strictObject({
    kind: z.literal('relationship'),
    type,
    from: z.strictObject({ label, id }),
    to: z.strictObject({ label, id }),
    props: props.refine((p) => typeof p.key === 'string', { message: 'a relationship needs a string key', path: ['key'] }),
    ints: z.array(z.string()),
  })
  .refine(intsHold, intsMessage);

export const endLineSchema = z.strictObject({ kind: z.literal('end'), nodes: count, relationships: count });

export const bodyLineSchema = z.discriminatedUnion('kind', [nodeLineSchema, relationshipLineSchema, endLineSchema]);

export type BackupHeader = z.infer<typeof headerSchema>;
export type NodeLine = z.infer<typeof nodeLineSchema>;
export type RelationshipLine = z.infer<typeof relationshipLineSchema>;
export type EndLine = z.infer<typeof endLineSchema>;
export type BodyLine = z.infer<typeof bodyLineSchema>;
export type Props = NodeLine['props'];

/** Properties as the driver must send them: listed integers as Neo4j integers, every other number a float. */
export function propsForWrite(line: { props: Props; ints: string[] }): Record<string, unknown> {
  const out: Record<string, unknown> = { ...line.props };
  for (const k of line.ints) {
    const v = line.props[k];
    out[k] = Array.isArray(v) ? v.map((x) => neo4j.int(x as number | string)) : neo4j.int(v as number | string);
  }
  return out;
}

/** A zod failure as one line a person can act on: where, and what was expected. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.length ? `${i.path.join('.')}: ` : ''}${i.message}`)
    .join('; ');
}

/** A backup or restore that cannot proceed; the message says why and, for a file, at which line. */
export class BackupError extends Error {
  override name = 'BackupError';
}
