/**
 * A graph plan: the nodes and relationships one load will MERGE, before anything touches the database.
 * Planning is pure (testable without Neo4j); load/write.ts turns a plan into batched UNWIND writes.
 * Labels and relationship types are closed sets: they reach Cypher only from these lists.
 */
export const nodeLabels = [
  'Document',
  'Motion',
  'Person',
  'Party',
  'Organization',
  'Project',
  'Evaluation',
  'Finding',
  'Claim',
  'Source',
  'Topic',
] as const;
export type NodeLabel = (typeof nodeLabels)[number];

export const relationshipTypes = [
  'PART_OF_CASE',
  'AUTHORED_BY',
  'MEMBER_OF',
  'PROPOSES',
  'CITES',
  'ATTRIBUTES',
  'PUBLISHED_BY',
  'EVALUATES',
  'REPORTS',
  'RUN_BY',
  'PART_OF',
  'MAKES',
  'ABOUT',
  'COUNTERS',
  'SUPPORTED_BY',
  'MENTIONS',
  'CURATED_FROM',
  'HAS_TOPIC',
  'SAME_AS',
] as const;
export type RelationshipType = (typeof relationshipTypes)[number];

export type Scalar = string | number | boolean | null | string[];
export type Props = Record<string, Scalar>;

/** Provenance of a fact taken from a document (DESIGN.md, "Provenance contract"). */
export interface DocumentEvidence {
  documentId: string;
  start: number;
  end: number;
  quote: string;
  extractor: string;
  confidence: number;
  status: 'PROPOSED' | 'CONFIRMED' | 'REJECTED';
}

/** Provenance of a fact a curator entered from an external source. */
export interface CuratedEvidence {
  status: 'CURATED';
  source: string;
  sourceId: string;
  curator: string;
}

export interface PlannedNode {
  label: NodeLabel;
  id: string;
  /** Set on every load. */
  props: Props;
  /** Set only when the node is created (so a document never overwrites what curation or another document set). */
  onCreate?: Props;
}

export interface PlannedRelationship {
  type: RelationshipType;
  from: { label: NodeLabel; id: string };
  to: { label: NodeLabel; id: string };
  /** Distinguishes several relationships of one type between the same nodes (e.g. two mentions). */
  key: string;
  props: Props;
  evidence: DocumentEvidence | CuratedEvidence;
}

export interface GraphPlan {
  nodes: PlannedNode[];
  relationships: PlannedRelationship[];
}

export function evidenceProps(e: DocumentEvidence | CuratedEvidence): Props {
  return { ...e };
}

/** Merges plans; a node planned twice keeps the union of its properties (later wins). */
export function mergePlans(...plans: GraphPlan[]): GraphPlan {
  const nodes = new Map<string, PlannedNode>();
  const relationships = new Map<string, PlannedRelationship>();
  for (const plan of plans) {
    for (const n of plan.nodes) {
      const k = `${n.label}|${n.id}`;
      const prev = nodes.get(k);
      nodes.set(
        k,
        prev
          ? { ...prev, props: { ...prev.props, ...n.props }, onCreate: { ...prev.onCreate, ...n.onCreate } }
          : n,
      );
    }
    for (const r of plan.relationships) relationships.set(`${r.type}|${r.from.id}|${r.to.id}|${r.key}`, r);
  }
  return { nodes: [...nodes.values()], relationships: [...relationships.values()] };
}

/** The provenance contract over a plan: every relationship carries evidence; every document quote is non-empty. */
export function planProblems(plan: GraphPlan): string[] {
  const problems: string[] = [];
  const planned = new Set(plan.nodes.map((n) => n.id));
  for (const r of plan.relationships) {
    const e = r.evidence;
    if (e.status === 'CURATED') {
      if (!e.source) problems.push(`${r.type} ${r.from.id} -> ${r.to.id}: curated without a source`);
    } else if (!e.documentId || e.quote.length === 0 || e.end - e.start !== e.quote.length) {
      problems.push(`${r.type} ${r.from.id} -> ${r.to.id}: evidence incomplete`);
    }
    for (const end of [r.from, r.to])
      if (!planned.has(end.id)) problems.push(`${r.type}: node ${end.id} is not in the plan`);
  }
  return problems;
}
