/**
 * The ingest pipeline: read → normalize → extract → validate → load. Every step but the last is pure, so the
 * same code serves `belagg extract` (a dry run), `belagg ingest` and the ingestDocument mutation.
 */
import { setImmediate } from 'node:timers/promises';
import { ZodError } from 'zod';
import type { Executor } from '../db/executor.js';
import { AppError } from '../errors.js';
import { extract } from './extract/index.js';
import { type BatchOutcome, loadDocuments } from './load/load-batch.js';
import { type LoadResult, loadDocument } from './load/load-document.js';
import { defaultWorkerCount, PrepareWorkers } from './prepare/workers.js';
import { createNormalizer, type NormalizedText, type Normalizer } from './normalize/index.js';
import { resolveAmbiguities, resolveBatch, type Ambiguity } from './resolve.js';
import { type ExtractionRecord, recordSchema, spanProblems } from './record.js';
import { readDocument, reject } from './read.js';

export interface DocumentMeta {
  title?: string;
  url?: string;
  /** YYYY-MM-DD */
  date?: string;
  municipality?: string;
}

export interface PreparedDocument {
  rawText: string;
  normalized: NormalizedText;
  record: ExtractionRecord;
}

export interface IngestResult extends LoadResult {
  record: ExtractionRecord;
  ambiguities: Ambiguity[];
}

/** Extracted facts are PROPOSED until a curator reviews them; rules are sure of their spans, less of meaning. */
const EXTRACTED_CONFIDENCE = 0.8;

export class IngestPipeline {
  private constructor(private readonly normalizer: Normalizer) {}

  static async create(): Promise<IngestPipeline> {
    return new IngestPipeline(await createNormalizer());
  }

  normalize(input: Buffer | string, source?: string): NormalizedText {
    return this.normalizer.normalize(readDocument(input, source));
  }

  /** read → normalize → extract → validate, touching no database. */
  prepare(input: Buffer | string, meta: DocumentMeta = {}, source?: string): PreparedDocument {
    const normalized = this.normalize(input, source);
    let record: ExtractionRecord;
    try {
      const extracted = extract({ normalized, meta: definedOnly(meta) });
      record = recordSchema.parse({
        ...extracted,
        document: {
          ...extracted.document,
          ...(meta.title ? { title: meta.title } : {}),
          ...(meta.url ? { url: meta.url } : {}),
          ...(meta.date ? { date: meta.date } : {}),
        },
      });
    } catch (error) {
      // Fuzzing found texts the rules cannot make a valid record of (a page-long line taken as a title, a hint
      // of 600 characters): the document is refused with a reason, not failed as an internal error (issue 5).
      if (error instanceof ZodError) throw reject('unreadable', `the rules could not read this document into valid facts (${zodSummary(error)})`, source);
      throw error;
    }
    const problems = spanProblems(record, normalized.raw);
    // The extractor guarantees valid spans; if it ever does not, nothing is written and we say why.
    if (problems.length > 0)
      throw new AppError('INTERNAL_SERVER_ERROR', `extraction produced invalid evidence: ${problems.slice(0, 3).join('; ')}`);
    return { rawText: normalized.raw, normalized, record };
  }

  /**
   * Bulk: every document prepared on its own (a bad one fails alone), names resolved across the batch, and the
   * batch loaded in one transaction (load-batch.ts: each document still all or nothing). Results in order.
   */
  async ingestMany(executor: Executor, items: BulkItem[]): Promise<BulkResult> {
    return this.loadPrepared(executor, await this.prepareMany(items));
  }

  /**
   * Bulk ingest of a stream of batches, pipelined: the next two batches are prepared while one is written, so
   * extraction and loading (CPU in Neo4j's process) overlap instead of taking turns. Batches are prepared in `workers`
   * worker threads (default: defaultWorkerCount()), or with 0 in this thread between the writes' callbacks; the
   * results are the same. Batch k+1's names are still resolved after batch k is committed. Yields each batch's
   * items with their results, in order.
   */
  async *ingestBatches(
    executor: Executor,
    batches: Iterable<BulkItem[]>,
    options: { workers?: number } = {},
  ): AsyncGenerator<BulkResult & { items: BulkItem[] }> {
    const workers = options.workers ?? defaultWorkerCount();
    const pool = workers > 0 ? new PrepareWorkers(workers) : null;
    const source = batches[Symbol.iterator]();
    // A document that cannot be prepared becomes its Error; preparing rejects only when the worker threads cannot
    // start at all, which ends the run. A batch prepared ahead may reject while an earlier write is awaited: it is
    // thrown where it is awaited, and must not count as an unhandled rejection before that.
    const prepareNext = () => {
      const next = source.next();
      if (next.done) return null;
      const prepared = pool ? pool.prepareMany(next.value) : this.prepareMany(next.value);
      prepared.catch(() => {});
      return { items: next.value, prepared };
    };
    let writing: Promise<BulkResult & { items: BulkItem[] }> | null = null;
    try {
      let ahead = prepareNext();
      while (ahead) {
        const { items, prepared } = ahead;
        let ready: Array<PreparedDocument | Error>;
        try {
          ready = await prepared;
        } catch (error) {
          // the run ends here, but the batch being written is finished and reported first
          if (writing) yield await writing;
          throw error;
        }
        // the batch after this one is prepared while this one waits for the last write and is written itself, so
        // neither side waits for the other to finish its turn
        ahead = prepareNext();
        if (writing) yield await writing;
        writing = this.loadPrepared(executor, ready).then((result) => ({ ...result, items }));
        // a failed write is thrown where it is awaited; until then it must not count as an unhandled rejection
        writing.catch(() => {});
      }
      if (writing) yield await writing;
    } finally {
      await pool?.close();
    }
  }

  /**
   * Each document prepared on its own (a bad one becomes its Error), yielding to the event loop between
   * documents so that a batch being written meanwhile keeps talking to the database. With loadPrepared, the two
   * halves of bulk ingest (the ingestion benchmark times them apart).
   */
  async prepareMany(items: BulkItem[]): Promise<Array<PreparedDocument | Error>> {
    const prepared: Array<PreparedDocument | Error> = [];
    for (const i of items) {
      try {
        prepared.push(this.prepare(i.input, i.meta ?? {}, i.source));
      } catch (error) {
        prepared.push(error instanceof Error ? error : new Error(String(error)));
      }
      await setImmediate();
    }
    return prepared;
  }

  /**
   * The writing half of bulk ingest: documents already prepared (an Error stays that document's outcome), names
   * resolved across the batch, the batch loaded in one transaction.
   */
  async loadPrepared(executor: Executor, prepared: Array<PreparedDocument | Error>): Promise<BulkResult> {
    const ready = prepared.flatMap((p, index) => (p instanceof Error ? [] : [{ p, index }]));
    const decisions = await resolveBatch(executor, ready.map(({ p }) => p.record));
    const ingestedAt = new Date().toISOString();
    const loaded = await loadDocuments(
      executor,
      ready.map(({ p }, k) => ({
        input: { rawText: p.rawText, text: p.normalized.text, record: p.record, status: 'PROPOSED', confidence: EXTRACTED_CONFIDENCE, ingestedAt },
        personIds: decisions[k]!.personIds,
      })),
    );
    const outcomes: BulkResult['outcomes'] = prepared.map((p) => (p instanceof Error ? { error: p } : { error: new Error('not loaded') }));
    ready.forEach(({ index }, k) => {
      const o = loaded.outcomes[k]!;
      outcomes[index] = 'error' in o ? { error: o.error } : { ...o, ambiguities: decisions[k]!.ambiguities };
    });
    return { outcomes, facts: loaded.facts };
  }

  /** The whole pipeline for one document: one transaction, all or nothing. */
  async ingest(executor: Executor, input: Buffer | string, meta: DocumentMeta = {}, source?: string): Promise<IngestResult> {
    const prepared = this.prepare(input, meta, source);
    const { personIds, ambiguities } = await resolveAmbiguities(executor, prepared.record);
    const result = await loadDocument(
      executor,
      {
        rawText: prepared.rawText,
        text: prepared.normalized.text,
        record: prepared.record,
        status: 'PROPOSED',
        confidence: EXTRACTED_CONFIDENCE,
        ingestedAt: new Date().toISOString(),
      },
      { personIds },
    );
    return { ...result, record: prepared.record, ambiguities };
  }
}

export interface BulkItem {
  input: Buffer | string;
  meta?: DocumentMeta;
  source?: string;
}

export interface BulkResult {
  outcomes: Array<(Exclude<BatchOutcome, { error: unknown }> & { ambiguities: Ambiguity[] }) | { error: unknown }>;
  facts: LoadResult['facts'];
}

const zodSummary = (error: ZodError) => error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');

/** The hints given, trimmed; a blank one is none (a municipality of " " made an empty evidence span; issue 5). */
function definedOnly(meta: DocumentMeta): DocumentMeta {
  const given = Object.entries(meta).map(([k, v]) => [k, typeof v === 'string' ? v.trim() : v] as const);
  return Object.fromEntries(given.filter(([, v]) => v !== undefined && v !== '')) as DocumentMeta;
}
