/**
 * Preparing documents in worker threads (issue 6) must change nothing but where the CPU is spent: the same
 * prepared documents, in the same order, and the same errors — an AppError keeps its code, message and details
 * across the thread boundary, as `belagg ingest` reports them. A worker that dies fails only its own documents; a
 * pool whose workers cannot start refuses the batch instead.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../src/errors.js';
import { type BulkItem, IngestPipeline, type PreparedDocument } from '../../src/ingest/pipeline.js';
import { PrepareWorkers } from '../../src/ingest/prepare/workers.js';

const corpusDir = 'test/fixtures/corpus/texts/';
const items: BulkItem[] = [
  ...readdirSync(corpusDir)
    .sort()
    .map((name) => ({ input: readFileSync(corpusDir + name), source: name })),
  { input: Buffer.from([0xff, 0xfe, 0x00, 0x41]), source: 'binary.txt' },
  { input: 'Motion om ' + 'ord '.repeat(5), meta: { municipality: 'Huddinge' }, source: 'given-as-a-string' },
];

/** An outcome as data: an Error by its class, code, message and details (structured clones keep none of those). */
const asData = (o: PreparedDocument | Error) =>
  o instanceof AppError ? { appError: o.code, message: o.message, details: o.details } : o instanceof Error ? { error: o.name, message: o.message } : o;

let inThread: Array<PreparedDocument | Error>;
beforeAll(async () => {
  inThread = await (await IngestPipeline.create()).prepareMany(items);
});

describe('PrepareWorkers', () => {
  const pools: PrepareWorkers[] = [];
  afterAll(async () => {
    await Promise.all(pools.map((p) => p.close()));
  });

  it.each([1, 3])('prepares a batch in %i worker(s) exactly as this thread does, in order, errors included', async (size) => {
    const pool = new PrepareWorkers(size);
    pools.push(pool);
    const inWorkers = await pool.prepareMany(items);
    expect(inWorkers.map(asData)).toEqual(inThread.map(asData));
    const binary = inWorkers.at(-2);
    expect(binary).toBeInstanceOf(AppError);
    expect(binary).toMatchObject({ code: 'BAD_USER_INPUT', details: { reason: 'binary', source: 'binary.txt' } });
    expect(inThread.filter((o) => !(o instanceof Error)).length).toBeGreaterThan(items.length / 2);
    // a second batch on the same workers, and an empty one
    expect((await pool.prepareMany(items.slice(0, 2))).map(asData)).toEqual(inThread.slice(0, 2).map(asData));
    expect(await pool.prepareMany([])).toEqual([]);
  }, 120_000);

  it('fails the documents of a worker that dies, each with the reason, and answers the next batch too', async () => {
    const pool = new PrepareWorkers(1);
    pools.push(pool);
    expect((await pool.prepareMany(items.slice(0, 1))).map(asData)).toEqual(inThread.slice(0, 1).map(asData));
    // the worker is ready and has the whole set (seconds of work): end it from outside, as running out of memory would
    const batch = pool.prepareMany(items);
    // biome-ignore lint/suspicious/noExplicitAny: the pool's one worker, reached for this test only
    await (pool as any).slots[0].worker.terminate();
    const outcomes = await batch;
    expect(outcomes).toHaveLength(items.length);
    for (const o of outcomes) {
      expect(o).toBeInstanceOf(AppError);
      expect(o).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', message: expect.stringMatching(/^the worker thread preparing this document stopped: /) });
    }
    // a new worker takes the next batch
    expect((await pool.prepareMany(items.slice(3, 5))).map(asData)).toEqual(inThread.slice(3, 5).map(asData));
  }, 60_000);

  it('refuses every batch, with the reason, when its workers cannot start', async () => {
    // Too little memory to load the normalizer's dictionary: the worker dies before it is ready.
    const pool = new PrepareWorkers(1, { maxOldGenerationSizeMb: 4, maxYoungGenerationSizeMb: 1 });
    pools.push(pool);
    for (const batch of [items.slice(0, 3), items.slice(3, 5)]) {
      const refused = await pool.prepareMany(batch).then(
        () => null,
        (error: unknown) => error,
      );
      expect(refused).toBeInstanceOf(AppError);
      expect(refused).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', message: expect.stringMatching(/^the worker threads that prepare documents could not start: ./) });
    }
  }, 60_000);

  it('refuses a pool of no workers', () => {
    expect(() => new PrepareWorkers(0)).toThrow(/at least one worker/);
  });
});
