/**
 * The normalize step of the ingest pipeline: OCR repair of Swedish text (lost diacritics, '|' for I, 'e' for
 * a bullet, words that are valid both ways decided by context), with an offset map back to the raw text.
 *
 *   const normalizer = await createNormalizer();
 *   const n = normalizer.normalize(rawText);      // n.text, n.changes
 *   const span = rawSpan(n, start, end);          // a span of n.text, mapped back onto n.raw
 */
import { WordAnalyzer } from './analyze.js';
import { loadSwedishSpeller } from './hunspell.js';
import { normalizeWith } from './normalizer.js';
import type { Normalizer } from './types.js';

export type { NormalizedText, Normalizer, TokenChange } from './types.js';
export { normalizedSpan, rawSpan, type Span } from './offsets.js';

/** Bump when a change to the rules or the lexicon may change a document's normalized text. */
export const NORMALIZER_VERSION = 'ocr-repair@2';

export async function createNormalizer(): Promise<Normalizer> {
  const analyzer = new WordAnalyzer(await loadSwedishSpeller());
  return {
    version: NORMALIZER_VERSION,
    normalize: (raw: string) => normalizeWith(analyzer, raw),
  };
}
