/**
 * Evidence cut down to the stored properties a request reads: a fact holds its evidence and more (its key, for one),
 * and lists of citations send one per citing document (82 for finding coverage's benchmark evaluation at M; for
 * evaluation impact, a citation's, each cited finding's and each case membership's).
 */

/** The stored properties the Evidence type is read from (graphql/evidence.ts), the only names a projection is built from. */
export const EVIDENCE_PROPERTIES = ['factId', 'documentId', 'start', 'end', 'quote', 'extractor', 'confidence', 'status'] as const;
export type EvidenceProperty = (typeof EVIDENCE_PROPERTIES)[number];
/** The evidence properties a request reads, all of them, or none (null: the evidence is not asked for, so not sent). */
export type EvidenceReads = ReadonlySet<EvidenceProperty> | 'all' | null;

/** Relationship `c` or `cf` (citations) or `pc` (a case membership) as a map of the given properties, or all of them. */
export const evidenceProjection = (relationship: 'c' | 'cf' | 'pc', properties: ReadonlySet<EvidenceProperty> | 'all') =>
  properties === 'all'
    ? `properties(${relationship})`
    : `${relationship}{${EVIDENCE_PROPERTIES.filter((p) => properties.has(p)).map((p) => `.${p}`).join(', ')}}`;

/** A map entry `, evidence: …` of relationship `c`, `cf` or `pc` with the properties read, or nothing when none are. */
export const evidenceEntry = (relationship: 'c' | 'cf' | 'pc', reads: EvidenceReads) =>
  reads === null ? '' : `, evidence: ${evidenceProjection(relationship, reads)}`;
