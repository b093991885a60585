/**
 * Reads a scope's nodes and relationships page by page as plain objects, and the property columns a
 * header-first format (CSV, GraphML) must declare before its first row.
 */
import type { Executor } from '../db/executor.js';
import {
  NODE_PROPERTY_TYPES,
  NODES_PAGE,
  RELATIONSHIP_PROPERTY_TYPES,
  RELATIONSHIPS_PAGE,
} from './export.repo.js';
import { mergeColumns, type PropertyColumn, toColumns } from './columns.js';
import { type Scope, whitelist } from './scope.js';

export interface ExportNode {
  id: string;
  labels: string[];
  properties: Record<string, unknown>;
}

export interface ExportRelationship {
  /** The fact id (fact/<TYPE>/<hash>) when the relationship has one. */
  id: string;
  type: string;
  from: string;
  to: string;
  properties: Record<string, unknown>;
}

/**
 * Node properties left out of exports: `id` is the node's identity (exported as such), `fingerprint` is the
 * loader's change-detection cache, not a fact about the document.
 */
const SKIPPED_NODE_PROPERTIES = ['id', 'fingerprint'];

export class GraphSource {
  constructor(
    private readonly executor: Executor,
    readonly scope: Scope,
  ) {}

  async *nodes(): AsyncGenerator<ExportNode[]> {
    for await (const eids of this.scope.pages()) {
      const rows = await this.executor.read<ExportNode>(NODES_PAGE, { ...whitelist, eids });
      yield rows.map((n) => ({ ...n, properties: sortedProperties(n.properties, SKIPPED_NODE_PROPERTIES) }));
    }
  }

  async *relationships(): AsyncGenerator<ExportRelationship[]> {
    for await (const eids of this.scope.pages()) {
      const rows = await this.executor.read<ExportRelationship>(RELATIONSHIPS_PAGE, this.relParams(eids));
      if (rows.length > 0) yield rows.map((r) => ({ ...r, properties: sortedProperties(r.properties) }));
    }
  }

  async nodeColumns(): Promise<PropertyColumn[]> {
    const columns = new Map<string, Set<string>>();
    for await (const eids of this.scope.pages())
      mergeColumns(columns, await this.executor.read(NODE_PROPERTY_TYPES, { eids, skip: SKIPPED_NODE_PROPERTIES }));
    return toColumns(columns);
  }

  async relationshipColumns(): Promise<PropertyColumn[]> {
    const columns = new Map<string, Set<string>>();
    for await (const eids of this.scope.pages())
      mergeColumns(columns, await this.executor.read(RELATIONSHIP_PROPERTY_TYPES, this.relParams(eids)));
    return toColumns(columns);
  }

  private relParams(eids: string[]) {
    return { ...whitelist, eids, members: this.scope.members };
  }
}

/** Keys in a stable order, so two exports of the same graph are byte for byte the same. */
function sortedProperties(properties: Record<string, unknown>, skip: readonly string[] = []): Record<string, unknown> {
  return Object.fromEntries(
    Object.keys(properties)
      .filter((k) => !skip.includes(k))
      .sort()
      .map((k) => [k, properties[k]]),
  );
}
