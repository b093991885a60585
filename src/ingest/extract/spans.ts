/**
 * Evidence spans. Rules match the NORMALIZED text, but evidence must index the RAW text (the provenance contract:
 * quote === raw.slice(start, end)). This is the single place where normalized offsets become raw offsets, through
 * the normalizer's change list: outside a changed token the offset shifts by the length differences of the changes
 * before it; inside a changed token it expands to the whole raw token, so a quote never cuts an OCR word in half.
 */
import type { NormalizedText, TokenChange } from '../normalize/types.js';
import type { Evidence } from '../record.js';

export interface Span {
  start: number;
  end: number;
}

/** Raw offset for a span START at normalized offset p. */
function rawStart(changes: readonly TokenChange[], p: number): number {
  let delta = 0;
  for (const c of changes) {
    // A pure deletion right at p (e.g. a dropped '|' before 'IGOR') belongs to the token that starts here.
    if (c.start === c.end && c.start === p) return c.rawStart;
    if (c.start <= p && p < c.end) return c.rawStart;
    if (c.end <= p) delta = c.rawEnd - c.end;
    else break;
  }
  return p + delta;
}

/** Raw offset for a span END at normalized offset p (exclusive). */
function rawEnd(changes: readonly TokenChange[], p: number): number {
  let delta = 0;
  for (const c of changes) {
    if (c.start < p && p <= c.end) return c.rawEnd;
    if (c.end < p || (c.end === p && c.start === c.end)) delta = c.rawEnd - c.end;
    else break;
  }
  return p + delta;
}

/** Maps a span of the normalized text to evidence in the raw text, trimmed of surrounding whitespace. */
export function toRawEvidence(n: NormalizedText, start: number, end: number): Evidence {
  let s = rawStart(n.changes, start);
  let e = rawEnd(n.changes, end);
  while (s < e && /\s/.test(n.raw[s] ?? '')) s++;
  while (e > s && /\s/.test(n.raw[e - 1] ?? '')) e--;
  if (e <= s) throw new Error(`empty evidence span for normalized ${start}-${end}`);
  return { start: s, end: e, quote: n.raw.slice(s, e) };
}

/** Collapses whitespace (line breaks from OCR or justification) into single spaces. */
export function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
