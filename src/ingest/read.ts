/**
 * The read step: bytes in, Swedish text out, or a clear refusal naming the reason. Nothing is written for a
 * refused document. Checks run cheapest first, so a 10 MB binary file is refused without decoding it.
 */
import { createRequire } from 'node:module';
import { badInput } from '../errors.js';

export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
/** Why a document is refused; 'unreadable': the rules could not make a valid record of it (see IngestPipeline.prepare). */
export const rejectReasons = ['empty', 'too-large', 'binary', 'not-utf8', 'not-swedish', 'unreadable'] as const;
export type RejectReason = (typeof rejectReasons)[number];

const stopwordLists = createRequire(import.meta.url)('stopwords-iso') as Record<string, string[]>;
/** Swedish function words, also as OCR spells them without diacritics ("är" → "ar"), since we read OCR. */
const swedishFunctionWords = new Set(
  (stopwordLists.sv ?? []).flatMap((w) => [w, w.normalize('NFKD').replace(/\p{M}/gu, '')]),
);

export function reject(reason: RejectReason, message: string, source?: string) {
  return badInput(`${source ? `${source}: ` : ''}${message}`, { reason, ...(source ? { source } : {}) });
}

/** Control characters other than tab, newline, carriage return and form feed. */
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F]/g;

export function readDocument(input: Buffer | string, source?: string): string {
  const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
  if (bytes.length > MAX_DOCUMENT_BYTES)
    throw reject('too-large', `the document is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; the limit is 10 MB`, source);
  if (bytes.includes(0)) throw reject('binary', 'the document is binary (it contains NUL bytes), not text', source);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw reject('not-utf8', 'the document is not valid UTF-8 text (convert it to UTF-8 first)', source);
  }
  if (text.trim().length === 0) throw reject('empty', 'the document is empty', source);
  const controls = text.match(CONTROL)?.length ?? 0;
  if (controls > 0 && controls / text.length > 0.01)
    throw reject('binary', 'the document is mostly control characters, not text', source);
  if (!looksSwedish(text)) throw reject('not-swedish', 'the document does not look like Swedish text', source);
  return text;
}

/**
 * Swedish prose is dense with function words (och, att, som, för …): about a third of its words. We ask for a
 * tenth, and for a handful in short texts, so headings and lists pass while English, code or noise do not.
 */
export function looksSwedish(text: string): boolean {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length === 0) return false;
  const hits = words.filter((w) => swedishFunctionWords.has(w)).length;
  const distinct = new Set(words.filter((w) => swedishFunctionWords.has(w))).size;
  if (words.length < 30) return hits >= Math.min(3, Math.ceil(words.length / 5)) && distinct >= Math.min(2, hits);
  return hits / words.length >= 0.1 && distinct >= 3;
}
