/** Named queries for facts and their review, one per relationship type so each uses its factId index. */
import { type RelationshipType, relationshipTypes } from '../ingest/plan/graph-plan.js';

const byType = (build: (type: RelationshipType) => string) =>
  Object.fromEntries(relationshipTypes.map((t) => [t, build(t)])) as Record<RelationshipType, string>;

const FACT_PROJECTION = `{factId: r.factId, type: type(r), fromId: a.id, toId: b.id, props: properties(r)}`;

export const FACT_BY_ID = byType(
  (type) => `MATCH (a)-[r:${type} {factId: $factId}]->(b) RETURN ${FACT_PROJECTION} AS fact`,
);

/** Curated facts are not reviewed this way: they carry their own source. */
export const REVIEW_FACT = byType(
  (type) => `MATCH (a)-[r:${type} {factId: $factId}]->(b)
WHERE r.status <> 'CURATED'
SET r.status = $status, r.reviewedBy = $reviewer, r.reviewedAt = $reviewedAt, r.reviewNote = $note
RETURN ${FACT_PROJECTION} AS fact`,
);
