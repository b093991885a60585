/**
 * A citation's evidence cut down to the stored properties a request reads: a fact holds its evidence and more (its
 * key, for one), and finding coverage sends one per citing document (82 for the benchmark's evaluation at M).
 */

/** The stored properties the Evidence type is read from (graphql/evidence.ts), the only names a projection is built from. */
export const EVIDENCE_PROPERTIES = ['factId', 'documentId', 'start', 'end', 'quote', 'extractor', 'confidence', 'status'] as const;
export type EvidenceProperty = (typeof EVIDENCE_PROPERTIES)[number];

/** Relationship `c` as a map of the given properties, or all of them. */
export const citationEvidenceProjection = (properties: ReadonlySet<EvidenceProperty> | 'all') =>
  properties === 'all' ? 'properties(c)' : `c{${EVIDENCE_PROPERTIES.filter((p) => properties.has(p)).map((p) => `.${p}`).join(', ')}}`;
