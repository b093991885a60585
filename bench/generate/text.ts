/**
 * Builds one document's raw text piece by piece and hands back exact spans, so every quote is its span of the
 * raw text by construction. A damaged document gets each piece OCR-damaged (src/ingest/normalize's simulator)
 * before its offsets are taken: spans index the RAW text, as the provenance contract says, while names and
 * titles in the record stay in clean Swedish, the way the normalizer would give them.
 */
import type { Evidence } from '../../src/ingest/record.js';
import { simulateOcrDamage } from '../../src/ingest/normalize/simulate-damage.js';

export class TextBuilder {
  raw = '';
  clean = '';
  private pieces = 0;

  /** damageSeed null: a clean (born-digital) document. */
  constructor(private readonly damageSeed: number | null) {}

  private damage(s: string): string {
    if (this.damageSeed === null) return s;
    return simulateOcrDamage(s, { seed: this.damageSeed + 7919 * this.pieces++, wordRate: 0.9 });
  }

  text(s: string): this {
    this.raw += this.damage(s);
    this.clean += s;
    return this;
  }

  line(s = ''): this {
    return this.text(`${s}\n`);
  }

  /** Appends s and returns its span of the raw text. */
  span(s: string): Evidence {
    const start = this.raw.length;
    this.text(s);
    return { start, end: this.raw.length, quote: this.raw.slice(start, this.raw.length) };
  }

  /** The span from the start of `a` to the end of `b` (a sentence that names both). */
  between(a: Evidence, b: Evidence): Evidence {
    return { start: a.start, end: b.end, quote: this.raw.slice(a.start, b.end) };
  }

  /** A template with one placeholder `{x}`: appended, with the span of what replaced the placeholder. */
  fill(template: string, placeholder: string, value: string): Evidence {
    const [before, after = ''] = template.split(placeholder) as [string, string?];
    this.text(before);
    const ev = this.span(value);
    this.text(after);
    return ev;
  }
}
