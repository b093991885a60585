/**
 * The extraction record: what one document states, with the evidence for every item. It is the contract between
 * extraction (or hand curation, for the seed) and loading, plain JSON that can be printed, saved and re-loaded.
 * Every span indexes the document's RAW text; validateRecordAgainstText() checks quote === raw.slice(start, end).
 */
import { z } from 'zod';

export const evidenceSchema = z
  .object({
    start: z.number().int().min(0),
    end: z.number().int().min(1),
    quote: z.string().min(1),
  })
  .refine((e) => e.end > e.start, { message: 'evidence end must be after start' })
  .refine((e) => e.quote.length === e.end - e.start, { message: 'evidence quote length must equal end - start' });
export type Evidence = z.infer<typeof evidenceSchema>;

export const documentKinds = [
  'motion',
  'motion-response',
  'proposal',
  'protocol',
  'riksdag-motion',
  'committee-report',
  'evaluation-summary',
  'government-bill',
  'other',
] as const;
export const outcomes = ['approved', 'rejected', 'answered', 'partially-approved', 'referred-back'] as const;
export const polarities = ['positive', 'negative', 'risk', 'mixed', 'neutral'] as const;
export const organizationKinds = [
  'municipality',
  'political-body',
  'administration',
  'agency',
  'police-area',
  'university',
  'other',
] as const;
export const claimKinds = ['objection', 'counter-argument', 'argument'] as const;
export const stances = ['for', 'against', 'neutral'] as const;

const text = (max: number) => z.string().trim().min(1).max(max);
// zod keeps every check: `name.max(2000)` was still limited to 500, so a 600-character motion title or finding
// failed validation and the ingest with it (found by the pipeline fuzz test, issue 5). Each limit is its own now.
const name = text(500);

export const recordSchema = z.object({
  extractor: z.string().regex(/^[a-z0-9-]+@\d+\.\d+\.\d+$/, 'extractor must be name@version'),
  document: z.object({
    title: text(2000),
    kind: z.enum(documentKinds),
    municipality: name.nullable(),
    body: name.nullable(),
    agendaItem: z.string().max(50).nullable(),
    /** Where the text names the municipality (the provenance of the municipality node), when it does. */
    municipalityEvidence: evidenceSchema.nullable().optional(),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date must be YYYY-MM-DD').nullable().optional(),
    url: z.string().url().nullable().optional(),
  }),
  motion: z.object({ title: text(2000), evidence: evidenceSchema }).nullable(),
  authors: z.array(z.object({ name, party: z.string().min(1).max(20).nullable(), evidence: evidenceSchema })),
  decision: z
    .object({
      outcome: z.enum(outcomes),
      proposedBy: name.nullable(),
      decidedBy: name.nullable(),
      evidence: evidenceSchema,
    })
    .nullable(),
  /** Agencies and other named organisations, resolved through the gazetteer where it knows them. */
  agencies: z.array(z.object({ name, evidence: evidenceSchema })),
  /** The municipality's own bodies and administrations named in the text (Kommunstyrelsen, förvaltningen ...). */
  bodies: z.array(z.object({ name, evidence: evidenceSchema })).default([]),
  projects: z.array(
    z.object({
      name,
      evidence: evidenceSchema,
      /** Who the text says runs the project, each with its own words. */
      runBy: z.array(z.object({ name, evidence: evidenceSchema })).default([]),
      /** Descriptive facts the text states: the area it covers, its status ("pilotprojekt", no decision ...). */
      facts: z
        .array(z.object({ property: z.enum(['status', 'area', 'permanence']), value: name, evidence: evidenceSchema }))
        .default([]),
    }),
  ),
  evaluations: z.array(
    z.object({ attributedTo: name.nullable(), subject: name.nullable(), evidence: evidenceSchema }),
  ),
  findings: z.array(
    z.object({
      text: text(5000),
      polarity: z.enum(polarities),
      evidence: evidenceSchema,
      /** Index into evaluations[] of the evaluation that reports it; defaults to the first. */
      evaluation: z.number().int().min(0).default(0),
    }),
  ),
  claims: z
    .array(
      z.object({
        key: z.string().regex(/^[a-z0-9-]+$/),
        kind: z.enum(claimKinds),
        stance: z.enum(stances),
        text: text(5000),
        about: name.nullable(),
        counters: z.string().nullable().default(null),
        /** Indexes into findings[] that the claim rests on. */
        supportedBy: z.array(z.number().int().min(0)).default([]),
        evidence: evidenceSchema,
      }),
    )
    .default([]),
  /** Policy areas from the controlled vocabulary (src/domain/topics.json) the text is about, each with its words. */
  topics: z.array(z.object({ name, evidence: evidenceSchema })).default([]),
  normalization: z.object({ changedTokens: z.number().int().min(0) }),
});

export type ExtractionRecord = z.infer<typeof recordSchema>;
export type ExtractionRecordInput = z.input<typeof recordSchema>;

/** Every evidence span in a record, with a path naming where it sits (for error messages). */
export function* evidenceSpans(record: ExtractionRecord): Generator<[string, Evidence]> {
  if (record.document.municipalityEvidence) yield ['document.municipalityEvidence', record.document.municipalityEvidence];
  if (record.motion) yield ['motion', record.motion.evidence];
  for (const [i, a] of record.authors.entries()) yield [`authors[${i}]`, a.evidence];
  if (record.decision) yield ['decision', record.decision.evidence];
  for (const [i, a] of record.agencies.entries()) yield [`agencies[${i}]`, a.evidence];
  for (const [i, b] of record.bodies.entries()) yield [`bodies[${i}]`, b.evidence];
  for (const [i, p] of record.projects.entries()) {
    yield [`projects[${i}]`, p.evidence];
    for (const [j, r] of p.runBy.entries()) yield [`projects[${i}].runBy[${j}]`, r.evidence];
    for (const [j, f] of p.facts.entries()) yield [`projects[${i}].facts[${j}]`, f.evidence];
  }
  for (const [i, e] of record.evaluations.entries()) yield [`evaluations[${i}]`, e.evidence];
  for (const [i, f] of record.findings.entries()) yield [`findings[${i}]`, f.evidence];
  for (const [i, c] of record.claims.entries()) yield [`claims[${i}]`, c.evidence];
  for (const [i, t] of record.topics.entries()) yield [`topics[${i}]`, t.evidence];
}

/** The provenance contract: every quote equals its span of the raw text. Returns the problems found. */
export function spanProblems(record: ExtractionRecord, rawText: string): string[] {
  const problems: string[] = [];
  for (const [path, ev] of evidenceSpans(record)) {
    if (ev.end > rawText.length) problems.push(`${path}: span ${ev.start}-${ev.end} is past the end of the text`);
    else if (rawText.slice(ev.start, ev.end) !== ev.quote)
      problems.push(`${path}: quote ${JSON.stringify(ev.quote)} is not the text at ${ev.start}-${ev.end}`);
  }
  for (const [i, f] of record.findings.entries())
    if (f.evaluation >= record.evaluations.length) problems.push(`findings[${i}]: no evaluation ${f.evaluation}`);
  const claimKeys = new Set(record.claims.map((c) => c.key));
  for (const [i, c] of record.claims.entries()) {
    if (c.counters !== null && !claimKeys.has(c.counters)) problems.push(`claims[${i}]: counters unknown claim`);
    for (const s of c.supportedBy)
      if (s >= record.findings.length) problems.push(`claims[${i}]: supportedBy unknown finding ${s}`);
  }
  return problems;
}
