/**
 * What normalization (OCR repair) returns. The normalized text is the raw text with some tokens replaced;
 * `changes` lists each replacement against the raw text, which is all that is needed to map a span found in
 * the normalized text back to the raw text exactly (see offsets.ts).
 */
export interface TokenChange {
  /** Span of the replaced token in the raw text. */
  rawStart: number;
  rawEnd: number;
  /** Span of its replacement in the normalized text. */
  start: number;
  end: number;
  from: string;
  to: string;
  /** Why it was changed, for explainability: 'dictionary', 'context:<rule>', 'ocr:<rule>', 'gazetteer', ... */
  reason: string;
}

export interface NormalizedText {
  raw: string;
  text: string;
  /** Sorted by position, non-overlapping. */
  changes: TokenChange[];
  /** How many tokens were changed (a token can take several edits; it counts once). */
  changedTokens: number;
}

/** OCR repair of one document. Created once (it loads a dictionary); normalize is synchronous and pure. */
export interface Normalizer {
  /** Name and version of the repair rules, for provenance (e.g. "ocr-repair@1"). */
  readonly version: string;
  normalize(raw: string): NormalizedText;
}
