/**
 * The ingest pipeline: read → normalize → extract → validate → load. Every step but the last is pure, so the
 * same code serves `belagg extract` (a dry run), `belagg ingest` and the ingestDocument mutation.
 */
import type { Executor } from '../db/executor.js';
import { AppError } from '../errors.js';
import { extract } from './extract/index.js';
import { type LoadResult, loadDocument } from './load/load-document.js';
import { createNormalizer, type NormalizedText, type Normalizer } from './normalize/index.js';
import { resolveAmbiguities, type Ambiguity } from './resolve.js';
import { type ExtractionRecord, recordSchema, spanProblems } from './record.js';
import { readDocument } from './read.js';

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
    const extracted = extract({ normalized, meta: definedOnly(meta) });
    const record = recordSchema.parse({
      ...extracted,
      document: {
        ...extracted.document,
        ...(meta.title ? { title: meta.title } : {}),
        ...(meta.url ? { url: meta.url } : {}),
        ...(meta.date ? { date: meta.date } : {}),
      },
    });
    const problems = spanProblems(record, normalized.raw);
    // The extractor guarantees valid spans; if it ever does not, nothing is written and we say why.
    if (problems.length > 0)
      throw new AppError('INTERNAL_SERVER_ERROR', `extraction produced invalid evidence: ${problems.slice(0, 3).join('; ')}`);
    return { rawText: normalized.raw, normalized, record };
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

function definedOnly(meta: DocumentMeta): DocumentMeta {
  return Object.fromEntries(Object.entries(meta).filter(([, v]) => v !== undefined && v !== '')) as DocumentMeta;
}
