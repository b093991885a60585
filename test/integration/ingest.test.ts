import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { AppError } from '../../src/errors.js';
import { loadDocument } from '../../src/ingest/load/load-document.js';
import { IngestPipeline } from '../../src/ingest/pipeline.js';
import { loadCurated, loadSeed } from '../../src/seed/load-seed.js';
import { startTestApi, type TestApi } from '../support/api.js';
import { resetGraph, testDatabase } from '../support/database.js';
import { dumpGraph } from '../support/graph-state.js';
import { COUNT_GRAPH, DOCUMENT_COUNT, DUMP_NODES, DUMP_RELATIONSHIPS, INJECT_CONSTRAINT_VIOLATION } from '../support/test.repo.js';

const db = testDatabase();
const seedText = readFileSync(new URL('../../seed/huddinge-ks-arende-18-igor.ocr.txt', import.meta.url));
const corpusDir = new URL('../fixtures/corpus/texts/', import.meta.url);
let pipeline: IngestPipeline;
let api: TestApi;

beforeAll(async () => {
  pipeline = await IngestPipeline.create();
  api = await startTestApi(db.executor);
});
beforeEach(() => resetGraph(db.executor));
afterAll(async () => {
  await api.close();
  await db.close();
});

/** Provenance metadata that differs between a curator's record and the rules' record by design. */
const REVIEW_METADATA = new Set(['status', 'extractor', 'confidence', 'factId', 'fingerprint', 'ingestedAt', 'reviewedBy', 'reviewedAt']);
const withoutReviewMetadata = (rows: Array<{ props: Record<string, unknown> }>) =>
  rows.map((r) => ({ ...r, props: Object.fromEntries(Object.entries(r.props).filter(([k]) => !REVIEW_METADATA.has(k))) }));

async function dump() {
  return {
    nodes: withoutReviewMetadata(await db.executor.read(DUMP_NODES)),
    relationships: withoutReviewMetadata(await db.executor.read(DUMP_RELATIONSHIPS)),
  };
}

describe('ingesting documents', () => {
  it("ingesting the seed's raw text gives the same facts as the curated seed graph (review status aside)", async () => {
    await loadSeed(db.executor);
    const curated = await dump();
    await resetGraph(db.executor);
    await pipeline.ingest(db.executor, seedText);
    await loadCurated(db.executor);
    const ingested = await dump();
    expect(ingested.nodes).toEqual(curated.nodes);
    expect(ingested.relationships).toEqual(curated.relationships);
  });

  it('ingesting the same text twice changes nothing, and says so', async () => {
    const first = await pipeline.ingest(db.executor, seedText);
    expect(first.outcome).toBe('inserted');
    expect(first.relationships).toBeGreaterThan(40);
    const counts = await db.executor.read(COUNT_GRAPH);
    expect(first.facts).toEqual({ inserted: first.relationships, updated: 0, unchanged: 0 });
    const second = await pipeline.ingest(db.executor, seedText);
    expect(second).toMatchObject({ outcome: 'unchanged', nodes: 0, relationships: 0, documentId: first.documentId });
    expect(second.facts).toEqual({ inserted: 0, updated: 0, unchanged: first.relationships });
    expect(await db.executor.read(COUNT_GRAPH)).toEqual(counts);
  });

  it('an ingest that fails half-way (a constraint violation on the last write) leaves no trace of the document', async () => {
    const prepared = pipeline.prepare(seedText);
    const input = {
      rawText: prepared.rawText,
      text: prepared.normalized.text,
      record: prepared.record,
      status: 'PROPOSED' as const,
      confidence: 0.8,
      ingestedAt: new Date().toISOString(),
    };
    await expect(
      loadDocument(db.executor, input, { afterWrite: async (tx) => void (await tx.run(INJECT_CONSTRAINT_VIOLATION)) }),
    ).rejects.toThrow();
    expect(await db.executor.read(COUNT_GRAPH)).toEqual([{ nodes: 0, relationships: 0 }]);
    // and the same document then loads cleanly
    expect((await loadDocument(db.executor, input)).outcome).toBe('inserted');
  });

  it.each([
    ['empty', Buffer.from('   \n\n  ')],
    ['binary', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a])],
    ['not-utf8', Buffer.from('Motionen bifalls f\xf6r att kommunen ska ', 'latin1')],
    ['too-large', Buffer.alloc(10 * 1024 * 1024 + 1, 'och att det som ')],
    ['not-swedish', Buffer.from('The committee proposes that the motion be approved, since the evaluation shows that the project works well for the people involved.')],
  ])('refuses %s input with a clear error and writes nothing', async (reason, bytes) => {
    const error = await pipeline.ingest(db.executor, bytes, {}, 'upload.txt').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('BAD_USER_INPUT');
    expect((error as AppError).details.reason).toBe(reason);
    expect((error as AppError).message).toMatch(/^upload\.txt: /);
    expect(await db.executor.read(COUNT_GRAPH)).toEqual([{ nodes: 0, relationships: 0 }]);
  });

  it('reports a name that would merge two people of different parties, and keeps them apart', async () => {
    await pipeline.ingest(db.executor, seedText);
    const other = 'Motion om trygghet\nav Felix Byström (M)\n\nJag föreslår att kommunen ska arbeta mer för att alla ska känna sig trygga i Huddinge kommun och att det görs nu.\n';
    const result = await pipeline.ingest(db.executor, other);
    expect(result.ambiguities).toEqual([
      expect.objectContaining({ kind: 'person', name: 'Felix Byström', existingId: 'person/felix-bystrom', existingParties: ['SD'], assignedId: 'person/felix-bystrom--m' }),
    ]);
  });

  it('keeps Håbo and Habo apart, two municipalities whose names fold alike', async () => {
    // the same motion title in both, as two parties' motions on one subject would have
    const motion = (author: string, place: string) =>
      `Motion om trygghet i centrum\n\nav ${author} (M)\n\nJag föreslår att ${place} kommun ska arbeta mer för att alla ska känna sig trygga i centrum och att det görs nu.\n`;
    await pipeline.ingest(db.executor, motion('Anna Ek', 'Håbo'));
    await pipeline.ingest(db.executor, motion('Per Lind', 'Habo'));
    const MOTIONS = `query($m: ID!) { motions(filter: { municipalityId: $m }) { edges { node { id title municipality { id name }
      authors { name } } } } }`;
    const inMunicipality = async (id: string) => {
      const { data, errors } = await api.graphql(MOTIONS, { m: id });
      expect(errors).toBeUndefined();
      return data.motions.edges.map((e: any) => e.node);
    };
    const inHaabo = await inMunicipality('municipality/haabo');
    const inHabo = await inMunicipality('municipality/habo');
    expect(inHaabo).toHaveLength(1);
    expect(inHabo).toHaveLength(1);
    const [haabo, habo] = [inHaabo[0], inHabo[0]];
    expect(haabo).toMatchObject({ title: 'trygghet i centrum', municipality: { id: 'municipality/haabo', name: 'Håbo kommun' }, authors: [{ name: 'Anna Ek' }] });
    expect(habo).toMatchObject({ title: 'trygghet i centrum', municipality: { id: 'municipality/habo', name: 'Habo kommun' }, authors: [{ name: 'Per Lind' }] });
    expect(haabo.id).not.toBe(habo.id);
  });
});

describe('the ingestDocument and reviewFact mutations', () => {
  let curator: string;
  beforeEach(async () => {
    curator = await api.key('curator');
  });
  const INGEST = `mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) {
    outcome written { nodes relationships } error { code reason message }
    document { id title rawText }
    extraction { kind motionTitle authors outcome findings changedTokens record } } }`;

  it('ingests a text and returns what was written', async () => {
    const { data, errors } = await api.graphql(INGEST, { input: { text: seedText.toString('utf8'), url: 'https://www.huddinge.se/', date: '2023-05-08' } }, curator);
    expect(errors).toBeUndefined();
    const r = data.ingestDocument;
    expect(r.error).toBeNull();
    expect(r.outcome).toBe('INSERTED');
    expect(r.written.relationships).toBeGreaterThan(40);
    expect(r.document.rawText).toBe(seedText.toString('utf8'));
    expect(r.extraction).toMatchObject({ kind: 'motion-response', motionTitle: 'Stärk arbetet mot våld i nära relationer', outcome: 'approved', findings: 5 });
    expect(r.extraction.authors).toEqual(['Felix Byström (SD)', 'Alexandra Ghialamas (SD)', 'Anki Blomqvist (SD)', 'Sven Pernils (SD)']);
    expect(JSON.parse(r.extraction.record).document.url).toBe('https://www.huddinge.se/');
    const again = await api.graphql(INGEST, { input: { text: seedText.toString('utf8'), url: 'https://www.huddinge.se/', date: '2023-05-08' } }, curator);
    expect(again.data.ingestDocument.outcome).toBe('UNCHANGED');
  });

  it('returns a refusal in the result, not a crash, and writes nothing', async () => {
    const { data, errors } = await api.graphql(INGEST, { input: { text: 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.' } }, curator);
    expect(errors).toBeUndefined();
    expect(data.ingestDocument).toMatchObject({ outcome: null, document: null, error: { code: 'BAD_USER_INPUT', reason: 'not-swedish' } });
    const bad = await api.graphql(INGEST, { input: { text: seedText.toString('utf8'), date: '8 maj 2023' } }, curator);
    expect(bad.data.ingestDocument.error).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringMatching(/date must be YYYY-MM-DD/) });
    expect(await db.executor.read(DOCUMENT_COUNT)).toEqual([{ count: 0 }]);
  });

  it('lets a curator reject a fact, which stays visible as REJECTED, also after the text is ingested again', async () => {
    await pipeline.ingest(db.executor, seedText);
    const { data } = await api.graphql('{ citations { edges { node { evidence { factId } findings { evidence { factId quote } } } } } }');
    const factId: string = data.citations.edges[0].node.findings[4].evidence[0].factId;
    expect(factId).toMatch(/^fact\/CITES\//);
    const REVIEW = `mutation($input: ReviewFactInput!) { reviewFact(input: $input) { fact { id status reviewedBy note evidence { quote } } error { code message } } }`;
    const reviewed = await api.graphql(REVIEW, { input: { factId, decision: 'REJECT', note: 'not in the source' } }, curator);
    expect(reviewed.data.reviewFact).toEqual({
      fact: { id: factId, status: 'REJECTED', reviewedBy: 'test-curator', note: 'not in the source', evidence: { quote: expect.stringContaining('rollsammanblandning') } },
      error: null,
    });
    // A re-extraction of the same document must not turn the verdict back into PROPOSED.
    const prepared = pipeline.prepare(seedText);
    const reloaded = await loadDocument(db.executor, { rawText: prepared.rawText, text: prepared.normalized.text, record: { ...prepared.record, extractor: 'belagg-rules@9.9.9' }, status: 'PROPOSED', confidence: 0.8, ingestedAt: new Date().toISOString() });
    // Every fact from the document now names the new extractor version: updated, none new; only the
    // gazetteer's own facts (Polisområde City is part of Polismyndigheten) stay the same.
    expect(reloaded.outcome).toBe('updated');
    expect(reloaded.facts.inserted).toBe(0);
    expect(reloaded.facts.updated + reloaded.facts.unchanged).toBe(reloaded.relationships);
    expect(reloaded.facts.unchanged).toBe(2);
    const after = await api.graphql(`{ fact(id: "${factId}") { status reviewedBy } }`);
    expect(after.data.fact).toEqual({ status: 'REJECTED', reviewedBy: 'test-curator' });

    const unknown = await api.graphql(REVIEW, { input: { factId: 'fact/CITES/000000000000000000000000', decision: 'CONFIRM' } }, curator);
    expect(unknown.data.reviewFact.error.code).toBe('NOT_FOUND');
    const malformed = await api.graphql(REVIEW, { input: { factId: 'MATCH (n) DETACH DELETE n', decision: 'CONFIRM' } }, curator);
    expect(malformed.data.reviewFact.error.code).toBe('BAD_USER_INPUT');
  });
});

describe('belagg ingest (bulk, from the command line)', () => {
  it('ingests a folder with a progress bar, goes past a bad file naming it, prints a summary and exits non-zero', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'belagg-bulk-'));
    try {
      const names = ['01_riksdag-mot-2020-21-3471-heder.txt', '10_uppsala-ks-hrv-samordnare.txt', '13_tyreso-sd-trygghetsberedning.txt'];
      for (const n of names) writeFileSync(path.join(dir, n), readFileSync(new URL(n, corpusDir)));
      writeFileSync(path.join(dir, 'broken.txt'), Buffer.from([0xff, 0xfe, 0x00, 0x41]));
      const env = { ...process.env, NEO4J_URI: inject('neo4jUri'), NEO4J_USER: inject('neo4jUser'), NEO4J_PASSWORD: inject('neo4jPassword') || 'unused', LOG_LEVEL: 'warn' };
      const run = promisify(execFile);
      // two batches: the default prepares them in a worker thread, and the binary file's refusal crosses back intact
      const result = await run(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'ingest', '--batch', '2', dir], { env }).catch((e: { code: number; stdout: string; stderr: string }) => e);
      expect((result as { code?: number }).code).toBe(1);
      expect(result.stderr).toMatch(/FAILED .*broken\.txt: .*binary/);
      expect(result.stderr).toMatch(/ingest \[.*\] 4\/4 files/);
      expect(result.stdout).toMatch(/Ingested 4 files .*: 3 inserted, 0 updated, 0 unchanged, 1 failed; facts: \d+ inserted, 0 updated, 0 unchanged/);
      expect(await db.executor.read(DOCUMENT_COUNT)).toEqual([{ count: 3 }]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('writes the same graph one document per batch (each prepared while the last is written) as in one batch, prepared in this thread or in workers', async () => {
    const pipeline = await IngestPipeline.create();
    const names = ['01_riksdag-mot-2020-21-3471-heder.txt', '10_uppsala-ks-hrv-samordnare.txt', '13_tyreso-sd-trygghetsberedning.txt', '37_malmo-stad-sluta-skjut-ny-forskning.txt'];
    const items = names.map((n) => ({ input: readFileSync(new URL(n, corpusDir)), source: n }));
    const dump = async () => (await dumpGraph(db.executor, ['ingestedAt'])).lines;
    const oneBatch = [];
    for await (const r of pipeline.ingestBatches(db.executor, [items])) oneBatch.push(r);
    const together = await dump();
    // one per batch prepared in this thread, then two per batch prepared by two worker threads
    for (const [size, workers] of [
      [1, 0],
      [2, 2],
    ] as const) {
      await resetGraph(db.executor);
      const sources: string[] = [];
      const batches = [];
      for (let i = 0; i < items.length; i += size) batches.push(items.slice(i, i + size));
      for await (const r of pipeline.ingestBatches(db.executor, batches, { workers })) {
        sources.push(...r.items.map((i) => String(i.source)));
        expect(r.outcomes.map((o) => ('outcome' in o ? o.outcome : String(o.error)))).toEqual(r.items.map(() => 'inserted'));
      }
      expect(sources).toEqual(names);
      expect(await dump()).toEqual(together);
    }
    expect(oneBatch[0]?.outcomes.map((o) => ('outcome' in o ? o.outcome : String(o.error)))).toEqual(names.map(() => 'inserted'));
  }, 120_000);
});
