/**
 * The offset map between raw and normalized text. Every change replaces a whole raw token, so outside changes
 * the two texts are identical and differ only by the length changes of the replacements before a position;
 * inside a change a position maps to the edge of the replaced token on the other side. That is what keeps the
 * provenance contract exact: a quote found in normalized text maps to a raw span that covers whole raw tokens.
 */
import type { NormalizedText, TokenChange } from './types.js';

export interface Span {
  start: number;
  end: number;
}

/** A replacement of raw[rawStart, rawEnd) by `to`. */
export interface Replacement {
  rawStart: number;
  rawEnd: number;
  to: string;
  reason: string;
}

/** Applies sorted, non-overlapping whole-token replacements; records each change on both sides. */
export function applyReplacements(raw: string, replacements: readonly Replacement[]): NormalizedText {
  const parts: string[] = [];
  const changes: TokenChange[] = [];
  let rawPos = 0;
  let pos = 0;
  for (const r of replacements) {
    const kept = raw.slice(rawPos, r.rawStart);
    parts.push(kept, r.to);
    pos += kept.length;
    changes.push({
      rawStart: r.rawStart,
      rawEnd: r.rawEnd,
      start: pos,
      end: pos + r.to.length,
      from: raw.slice(r.rawStart, r.rawEnd),
      to: r.to,
      reason: r.reason,
    });
    pos += r.to.length;
    rawPos = r.rawEnd;
  }
  parts.push(raw.slice(rawPos));
  return { raw, text: parts.join(''), changes, changedTokens: changes.length };
}

type Side = { start: (c: TokenChange) => number; end: (c: TokenChange) => number };
const normalizedSide: Side = { start: (c) => c.start, end: (c) => c.end };
const rawSide: Side = { start: (c) => c.rawStart, end: (c) => c.rawEnd };

/** Index of the last change whose start on `side` is < p (or <= p), by binary search; -1 if none. */
function lastChangeBefore(changes: readonly TokenChange[], side: Side, p: number, inclusive: boolean): number {
  let lo = 0;
  let hi = changes.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = side.start(changes[mid]!);
    if (s < p || (inclusive && s === p)) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Maps position p from side `from` to side `to`; an edge strictly inside a change snaps outward. */
function mapPosition(changes: readonly TokenChange[], from: Side, to: Side, p: number, edge: 'start' | 'end'): number {
  // For a start, a change beginning exactly at p contains p; for an end, a change ending exactly at p does.
  const i = lastChangeBefore(changes, from, p, edge === 'start');
  if (i < 0) return p;
  const c = changes[i]!;
  if (edge === 'start' ? p < from.end(c) : p <= from.end(c)) return edge === 'start' ? to.start(c) : to.end(c);
  // Past change i: the two texts are aligned at the ends of that change.
  return to.end(c) + (p - from.end(c));
}

function checkSpan(length: number, start: number, end: number): void {
  if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= length)) {
    throw new RangeError(`span [${start}, ${end}) is not within [0, ${length}]`);
  }
}

/** The raw span for n.text[start, end); a span that cuts into a changed token grows to cover the raw token. */
export function rawSpan(n: NormalizedText, start: number, end: number): Span {
  checkSpan(n.text.length, start, end);
  const s = mapPosition(n.changes, normalizedSide, rawSide, start, 'start');
  return { start: s, end: Math.max(s, mapPosition(n.changes, normalizedSide, rawSide, end, 'end')) };
}

/** The normalized span for n.raw[rawStart, rawEnd); a span that cuts into a changed token covers its replacement. */
export function normalizedSpan(n: NormalizedText, rawStart: number, rawEnd: number): Span {
  checkSpan(n.raw.length, rawStart, rawEnd);
  const s = mapPosition(n.changes, rawSide, normalizedSide, rawStart, 'start');
  return { start: s, end: Math.max(s, mapPosition(n.changes, rawSide, normalizedSide, rawEnd, 'end')) };
}
