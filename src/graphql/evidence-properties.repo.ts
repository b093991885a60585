/**
 * Evidence cut down to the stored properties a request reads: a fact holds its evidence and more (its key, for one),
 * and lists of citations send one per citing document (82 for finding coverage's benchmark evaluation at M; for
 * evaluation impact, a citation's, each cited finding's and each case membership's).
 */

/** The stored properties the Evidence type is read from (graphql/evidence.ts), the only names a projection is built from. */
export const EVIDENCE_PROPERTIES = ['factId', 'documentId', 'start', 'end', 'quote', 'extractor', 'confidence', 'status'] as const;
export type EvidenceProperty = (typeof EVIDENCE_PROPERTIES)[number];

/** Relationship `c` or `cf` (citations) or `pc` (a case membership) as a map of the given properties, or all of them. */
export const evidenceProjection = (relationship: 'c' | 'cf' | 'pc', properties: ReadonlySet<EvidenceProperty> | 'all') =>
  properties === 'all'
    ? `properties(${relationship})`
    : `${relationship}{${EVIDENCE_PROPERTIES.filter((p) => properties.has(p)).map((p) => `.${p}`).join(', ')}}`;
