/**
 * A benchmark database is generated once per (generator version, scale, seed) and reused: a small marker file in
 * its data directory says what it holds and how long it took to load. A different or missing marker means the
 * directory is wiped and generated again.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type BenchNeo4j, type BenchNeo4jOptions, startBenchNeo4j } from '../support/neo4j.js';
import { type GenerateStats, generate } from './write.js';
import { GENERATOR_VERSION, type Scale } from './scale.js';
import { CORPUS_SIZE } from '../query/bench.repo.js';

export interface Marker {
  generator: string;
  scale: string;
  seed: number;
  stats: GenerateStats;
  generatedAt: string;
}

const markerFile = (dataDir: string) => path.join(dataDir, 'belagg-bench.json');

export function readMarker(dataDir: string): Marker | null {
  const file = markerFile(dataDir);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Marker) : null;
}

export interface Ensured {
  db: BenchNeo4j;
  marker: Marker;
  generatedNow: boolean;
}

/** Starts the benchmark's Neo4j on `dataDir`, generating the corpus first if the directory does not hold it. */
export async function ensureGenerated(
  scale: Scale,
  seed: number,
  options: BenchNeo4jOptions & { force?: boolean; keep?: boolean; profile?: boolean },
): Promise<Ensured> {
  const db = { pageCacheMb: scale.pageCacheMb, ...options };
  const log = db.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const existing = readMarker(db.dataDir);
  const fits = existing && existing.generator === GENERATOR_VERSION && existing.scale === scale.name && existing.seed === seed;
  // keep: a corpus of this scale made by an earlier generator version is used as it is (the results say which).
  const kept = db.keep && existing && existing.scale === scale.name;
  if ((fits || kept) && !db.force) return { db: await startBenchNeo4j(db), marker: existing, generatedNow: false };
  if (!db.uri) rmSync(db.dataDir, { recursive: true, force: true });
  const started = await startBenchNeo4j(db);
  try {
    // an external database has no marker: one that already holds documents is taken as the corpus, never added to
    const held = db.uri && !db.force ? await heldCorpus(started) : null;
    if (held) return { db: started, marker: { generator: `external database ${db.uri}`, scale: scale.name, seed, stats: held, generatedAt: '' }, generatedNow: false };
    log(`generating scale ${scale.name} (seed ${seed}) into ${db.uri ?? db.dataDir}`);
    const stats = await generate({ scale, seed, executor: started.executor, log, profile: db.profile ?? false });
    const marker: Marker = { generator: GENERATOR_VERSION, scale: scale.name, seed, stats, generatedAt: new Date().toISOString() };
    if (!db.uri) writeFileSync(markerFile(db.dataDir), `${JSON.stringify(marker, null, 2)}\n`);
    log(`generated ${stats.documents} documents (${stats.motions} motions) in ${stats.seconds.toFixed(1)} s (${stats.documentsPerSecond.toFixed(0)} docs/s)`);
    return { db: started, marker, generatedNow: true };
  } catch (error) {
    await started.stop();
    throw error;
  }
}

/** What an external database holds, or null when it holds no documents (and the corpus is to be generated). */
async function heldCorpus(db: BenchNeo4j): Promise<GenerateStats | null> {
  const { records } = await db.driver.executeQuery(CORPUS_SIZE, {}, { database: 'neo4j' });
  const documents = Number(records[0]?.get('documents') ?? 0);
  const motions = Number(records[0]?.get('motions') ?? 0);
  return documents > 0 ? { documents, motions, seconds: Number.NaN, documentsPerSecond: Number.NaN } : null;
}
