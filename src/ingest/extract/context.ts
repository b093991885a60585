/**
 * What every rule sees: the normalized text (rules match it), its layout, the organisations found in it, the
 * document kind once known, and the one way to turn a normalized span into raw-text evidence.
 */
import type { NormalizedText } from '../normalize/types.js';
import type { Evidence, documentKinds } from '../record.js';
import type { OrgMention } from './orgs.js';
import { toRawEvidence, type Span } from './spans.js';
import type { Structure } from './structure.js';

export type DocumentKind = (typeof documentKinds)[number];

export interface Ctx {
  n: NormalizedText;
  /** The normalized text. */
  t: string;
  st: Structure;
  orgs: OrgMention[];
  /** The Riksdag committee named in the header, if any. */
  committee: string | null;
  kind: DocumentKind;
  /** The raw text lost its diacritics (OCR), so names may need repair. */
  ocrDamaged: boolean;
  /** For a protocol, the body whose meeting it records ("Kommunfullmäktiges beslut", "Regionfullmäktige 29 november"). */
  ownBody: string | null;
}

export function evidence(ctx: Ctx, span: Span): Evidence {
  return toRawEvidence(ctx.n, span.start, span.end);
}
