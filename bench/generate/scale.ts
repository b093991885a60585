/**
 * Corpus sizes. S is the "national" unit (10k motions, 30k documents, 500 evaluations, 3k findings,
 * 40k citations); M is ten times S, L a hundred times (a decade of the whole country: a million motions, three million
 * documents). XS is small enough for the smoke test in npm test. TENTH is S/10: the same ×10 step as S → M, for
 * measuring growth where M takes too long to generate.
 */
export const scaleNames = ['XS', 'TENTH', 'S', 'M', 'L'] as const;
export type ScaleName = (typeof scaleNames)[number];

export interface Scale {
  name: ScaleName;
  motions: number;
  documents: number;
  evaluations: number;
  /** Findings per evaluation are fixed by the finding templates (6), so findings = 6 × evaluations. */
  findings: number;
  /** (Document)-[:CITES]->(Evaluation) edges: the "which motions cite which evaluations" facts. */
  citations: number;
  /** Politicians per (municipality, party): more motions over the decade means more authors. */
  personsPerParty: number;
  /** Documents per transaction when writing. */
  batch: number;
  /** The benchmark Neo4j's page cache: enough for the store's hot part (relationships, node records, indexes). */
  pageCacheMb: number;
}

export const scales: Record<ScaleName, Scale> = {
  XS: { name: 'XS', motions: 60, documents: 180, evaluations: 12, findings: 72, citations: 240, personsPerParty: 1, batch: 180, pageCacheMb: 512 },
  TENTH: { name: 'TENTH', motions: 1_000, documents: 3_000, evaluations: 50, findings: 300, citations: 4_000, personsPerParty: 1, batch: 500, pageCacheMb: 1024 },
  S: { name: 'S', motions: 10_000, documents: 30_000, evaluations: 500, findings: 3_000, citations: 40_000, personsPerParty: 2, batch: 500, pageCacheMb: 2048 },
  M: { name: 'M', motions: 100_000, documents: 300_000, evaluations: 5_000, findings: 30_000, citations: 400_000, personsPerParty: 8, batch: 500, pageCacheMb: 8192 },
  // Its store is about ten times M's (7.4 GB): its hot part outgrows a 24 GiB machine's page cache.
  L: { name: 'L', motions: 1_000_000, documents: 3_000_000, evaluations: 50_000, findings: 300_000, citations: 4_000_000, personsPerParty: 32, batch: 500, pageCacheMb: 16_384 },
};

export function scaleOf(name: string): Scale {
  const s = scales[name.toUpperCase() as ScaleName];
  if (!s) throw new Error(`unknown scale ${JSON.stringify(name)}: expected one of ${scaleNames.join(', ')}`);
  return s;
}

/** Bumped whenever the generated corpus changes shape, so a stale benchmark database is regenerated. */
export const GENERATOR_VERSION = 'bench-generator@1.2.0';

/** The seed every published figure was made with. */
export const DEFAULT_SEED = 20_261_126;
