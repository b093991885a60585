/**
 * Document kind, title and agenda item. The kind is announced at the top of a document ("Motion till riksdagen",
 * "Justitieutskottets betänkande", "svar på motion", "Sammanträdesprotokoll"); rules are data (lexicon/kinds.json),
 * tried in order. The title is the first heading-like line once labels and registry data are skipped.
 */
import kinds from './lexicon/kinds.json' with { type: 'json' };
import titles from './lexicon/titles.json' with { type: 'json' };
import type { Ctx, DocumentKind } from './context.js';
import { NAME, isName } from './names.js';
import { clean, type Span } from './spans.js';
import { sv } from './sv.js';

const rules = kinds.rules.map((r) => ({
  kind: r.kind as DocumentKind,
  head: (r.head ?? []).map((p) => sv(p, 'imu')),
  any: ((r as { any?: string[] }).any ?? []).map((p) => sv(p, 'imu')),
  ifEvaluation: !!(r as { ifEvaluation?: boolean }).ifEvaluation,
}));

export function documentKind(text: string, hasEvaluation: boolean): DocumentKind {
  const head = text.slice(0, kinds.headLength);
  for (const r of rules) {
    if (r.head.some((re) => re.test(head)) || r.any.some((re) => re.test(text))) return r.kind;
    if (r.ifEvaluation && hasEvaluation) return r.kind;
  }
  return 'other';
}

const skip = titles.skip.map((p) => sv(p, 'u'));
const labels = new Set(titles.labels);
const generic = new Set(titles.generic);
const strips = [...titles.stripSuffix, ...titles.stripPrefix].map((p) => sv(p, 'u'));
// "Motion om trygghet\nav Anna Ek (M)": the byline under a heading, in the same paragraph, ends the title
const BYLINE = new RegExp(`\\n[ \\t]*[Aa]v[ \\t]+(${NAME})`, 'u');

/** A unit's end, or where a byline starts on one of its later lines. */
function beforeByline(t: string, u: Span): number {
  const m = BYLINE.exec(t.slice(u.start, u.end));
  return m && isName(m[1] as string) ? u.start + m.index : u.end;
}

/** The document's title: the first heading-like unit near the top, or null when the text starts mid-prose. */
export function documentTitle(ctx: Ctx): { text: string; span: Span } | null {
  let skipNext = false;
  let seen = 0;
  for (const u of ctx.st.units) {
    const end = beforeByline(ctx.t, u);
    const s = clean(ctx.t.slice(u.start, end));
    if (skipNext) {
      skipNext = false;
      continue;
    }
    if (labels.has(s)) {
      skipNext = true;
      continue;
    }
    if (skip.some((re) => re.test(s)) || generic.has(s)) continue;
    if (++seen > titles.maxLines) return null;
    // a list, or a line introducing one, is not a title; a numbered first line ("17. Motion om …") may be
    const numberedFirst = u.type === 'item' && u === ctx.st.units[0] && /^\s*\d{1,3}\.\s/u.test(ctx.t.slice(ctx.st.lines[u.line]!.start, u.end));
    const headingLike = u.type === 'heading' || ((u.type === 'para' || numberedFirst) && !/[.!?:]["”)]?$/u.test(s) && s.length <= 300);
    if ((u.type === 'item' && !numberedFirst) || u.type === 'quote' || s.endsWith(':')) continue;
    if (!headingLike) return null; // the text starts with prose: it has no title of its own
    const text = strips.reduce((acc, re) => acc.replace(re, ''), s).trim();
    return text ? { text, span: { start: u.start, end } } : null;
  }
  return null;
}

const AGENDA_WORD = sv('^\\s*(?:Ärende|Punkt|Ärendenummer)\\s+(\\d+)\\b', 'imu');

/** "Ärende 18", "Punkt 4" or "§ 52" at the top of the document. */
export function agendaItem(text: string): string | null {
  const head = text.slice(0, 600);
  const m = AGENDA_WORD.exec(head) ?? /(?:^|\s)§\s*(\d+)/mu.exec(head);
  return m?.[1] ?? null;
}
