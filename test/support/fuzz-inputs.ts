/**
 * Generators of bad input for the pipeline fuzz test (fast-check arbitraries): random bytes, malformed UTF-8,
 * Swedish corpus texts mutated the way OCR, copy-paste and attackers mutate text, deep bullet lists, control
 * characters and direction marks. And the check every outcome must pass.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { AppError } from '../../src/errors.js';
import type { DocumentMeta, IngestPipeline } from '../../src/ingest/pipeline.js';
import { type RejectReason, rejectReasons } from '../../src/ingest/read.js';
import { recordSchema } from '../../src/ingest/record.js';

const corpusDir = new URL('../fixtures/corpus/texts/', import.meta.url);
export const CORPUS = readdirSync(corpusDir).sort().map((f) => readFileSync(new URL(f, corpusDir), 'utf8'));
const WORDS = [...new Set(CORPUS.join(' ').split(/\s+/).filter((w) => w.length > 0 && w.length < 20))].slice(0, 3000);

/** A piece of a real Swedish text: which one, where, how long. */
export const swedishWindow = fc
  .record({ doc: fc.nat(CORPUS.length - 1), at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.integer({ min: 30, max: 1500 }) })
  .map(({ doc, at, length }) => {
    const text = CORPUS[doc] as string;
    const start = Math.floor(at * Math.max(0, text.length - length));
    return text.slice(start, start + length);
  });

const INSERTS = [
  '\u0000', '\u0001', '\u0007', '\u001B[31m', '\u007F', '\r', '\r\n', '\f', '\v', '\u2028', '\u2029', '\u0085',
  '\u200F', '\u200E', '\u202E', '\u202D', '\u2066', '\u2067', '\u2069', '\u061C', '\u200B', '\u200D', '\uFEFF', '\u00AD',
  '\u0301', '\u0308\u0308\u0308', '\uD800', '\uDC00', '😀', '👩‍👩‍👧', '\uFFFD', '\n  • ', '\n\te ', '\n12) ', '\n- ', '\n– ', '\na) ',
  '\n\n\n\n', '|', '(SD)', 'Motionen bifalls.', ':', 'x'.repeat(500), '.'.repeat(200), ' '.repeat(300), '\t'.repeat(50),
];
const OCR: Array<[RegExp, string]> = [[/å/g, 'a'], [/ä/g, 'a'], [/ö/g, '6'], [/I/g, '|'], [/ä/g, 'é'], [/•/g, 'e'], [/ /g, '  ']];

const edit = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), what: fc.constantFrom(...INSERTS) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), what: fc.string({ unit: 'binary', maxLength: 8 }) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.nat(200) }),
  fc.record({ kind: fc.constant('repeat' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.nat(80), times: fc.integer({ min: 2, max: 30 }) }),
  fc.record({ kind: fc.constant('ocr' as const), rule: fc.nat(OCR.length - 1) }),
);

function apply(text: string, e: { kind: string; at?: number; what?: string; length?: number; times?: number; rule?: number }): string {
  const at = Math.floor((e.at ?? 0) * text.length);
  if (e.kind === 'insert') return text.slice(0, at) + e.what + text.slice(at);
  if (e.kind === 'delete') return text.slice(0, at) + text.slice(at + (e.length ?? 0));
  if (e.kind === 'repeat') return text.slice(0, at) + text.slice(at, at + (e.length ?? 0)).repeat(e.times ?? 1) + text.slice(at);
  const [re, to] = OCR[e.rule ?? 0] as [RegExp, string];
  return text.replace(re, to);
}

/** Swedish text with up to ten edits: control characters, direction marks, bullets, deletions, OCR damage. */
export const mutatedSwedish = fc.tuple(swedishWindow, fc.array(edit, { maxLength: 10 })).map(([text, edits]) => edits.reduce((t, e) => apply(t, e), text));

/** Swedish words and random strings, with random separators: passes the language check, then tests the rules. */
export const wordSalad = fc
  .array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...WORDS) }, fc.string({ unit: 'binary', maxLength: 10 }), fc.constantFrom('\n', '. ', ': ', '\n• ', '\n\n', ' (SD) ', ' att ', ' och ')), { maxLength: 300 })
  .map((parts) => parts.join(' '));

/** Bullet lists nested up to 40 levels deep, some items introducing lists of their own. */
export const deepBullets = fc
  .array(
    fc.record({ depth: fc.nat(40), marker: fc.constantFrom('•', '-', '–', '*', 'e', '1.', '2)', 'a)', '●', '▪', '◦', '·'), words: fc.array(fc.constantFrom(...WORDS), { maxLength: 12 }), colon: fc.boolean() }),
    { minLength: 1, maxLength: 400 },
  )
  .map((items) => `Kommunstyrelsen föreslår att det som är bra för alla ska göras:\n${items.map((i) => `${'  '.repeat(i.depth)}${i.marker} ${i.words.join(' ')}${i.colon ? ':' : ''}`).join('\n')}\n`);

const BAD_UTF8 = [[0xc3], [0xff], [0xfe], [0xc0, 0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe2, 0x82], [0x80], [0xf8, 0x88, 0x80, 0x80, 0x80]];
/** A Swedish text's bytes with invalid sequences spliced in. */
export const malformedUtf8 = fc
  .tuple(swedishWindow, fc.array(fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), bytes: fc.constantFrom(...BAD_UTF8) }), { minLength: 1, maxLength: 5 }))
  .map(([text, cuts]) => cuts.reduce((buf, c) => { const at = Math.floor(c.at * buf.length); return Buffer.concat([buf.subarray(0, at), Buffer.from(c.bytes), buf.subarray(at)]); }, Buffer.from(text, 'utf8')));

/** Every {start, end, quote} in a record, wherever it sits. */
function evidenceIn(value: unknown, out: Array<{ start: number; end: number; quote: string }> = []) {
  if (Array.isArray(value)) for (const v of value) evidenceIn(v, out);
  else if (value && typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (typeof v.start === 'number' && typeof v.end === 'number' && typeof v.quote === 'string') out.push(v as never);
    for (const x of Object.values(v)) evidenceIn(x, out);
  }
  return out;
}

/**
 * The outcome every input must have: a valid record whose every quote is its span of the raw text, or an
 * AppError BAD_USER_INPUT naming one of the read step's reasons. Anything else is thrown, with the input's size.
 */
export function pipelineOutcome(pipeline: IngestPipeline, input: Buffer | string, meta?: DocumentMeta): 'record' | RejectReason {
  let prepared: ReturnType<IngestPipeline['prepare']>;
  try {
    prepared = pipeline.prepare(input, meta);
  } catch (error) {
    const reason = error instanceof AppError ? (error.details.reason as RejectReason) : undefined;
    if (error instanceof AppError && error.code === 'BAD_USER_INPUT' && reason && rejectReasons.includes(reason) && error.message) return reason;
    throw new Error(`unexpected failure on a ${input.length}-unit input: ${String(error)}`, { cause: error });
  }
  if (!recordSchema.safeParse(prepared.record).success) throw new Error('the record does not validate');
  for (const e of evidenceIn(prepared.record))
    if (prepared.rawText.slice(e.start, e.end) !== e.quote) throw new Error(`quote ${JSON.stringify(e.quote)} is not raw[${e.start}, ${e.end})`);
  // The raw text is the input as UTF-8 decodes it: a leading byte-order mark is not text, a lone surrogate is U+FFFD.
  if (typeof input === 'string' && prepared.rawText !== Buffer.from(input, 'utf8').toString('utf8').replace(/^\uFEFF/, ''))
    throw new Error('the raw text is not the input');
  return 'record';
}
