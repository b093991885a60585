/**
 * Findings: the points of a list introduced as conclusions ("kan sammanfattas i följande punkter:", "Våra
 * slutsatser är:"), or, near a cited evaluation, sentences that report a result ("Resultatet visar att …",
 * "Riksrevisionen anser att …"), and a quotation the citing line introduces ("… skrev de följande:").
 * Recommendations ("Vi rekommenderar:"), tasks ("Regeringens uppdrag omfattar att:"), method and purpose sentences
 * are not findings. Each finding gets a polarity from its words.
 */
import lex from './lexicon/findings.json' with { type: 'json' };
import pol from './lexicon/polarity.json' with { type: 'json' };
import type { polarities } from '../record.js';
import type { Ctx } from './context.js';
import type { EvaluationFound } from './evaluations.js';
import type { Span } from './spans.js';
import { sv } from './sv.js';

export type Polarity = (typeof polarities)[number];
export interface FindingFound {
  text: string;
  polarity: Polarity;
  span: Span;
  evaluation: number;
  /** Index of the list item's intro unit, for arguments that rest on a list. */
  list?: number;
}

const any = (list: string[]) => list.map((p) => sv(p, 'iu'));
const LIST_INTRO = sv(lex.listIntro, 'iu');
const NOT_LIST_INTRO = sv(lex.notListIntro, 'iu');
const STRONG = any(lex.strong);
const WEAK = any(lex.weak);
const EXCLUDE = any(lex.exclude);
const ATTRIBUTION = sv(lex.attribution, 'u');
const RISK = any(pol.risk);
const NEG = any(pol.negative);
const POS = any(pol.positive);
const LIMITATION = any(pol.limitation);

export function polarity(text: string): Polarity {
  if (RISK.some((re) => re.test(text))) return 'risk';
  // a result the evaluators say they cannot attribute or that is not significant is a negative finding
  if (LIMITATION.some((re) => re.test(text))) return 'negative';
  const neg = NEG.some((re) => re.test(text));
  const pos = POS.some((re) => re.test(text));
  return neg && pos ? 'mixed' : neg ? 'negative' : pos ? 'positive' : 'neutral';
}

/** Whether a prose sentence reports a result. */
export function isFindingSentence(text: string): boolean {
  if (/[:?]$/u.test(text.trim())) return false;
  if (STRONG.some((re) => re.test(text))) return true;
  return WEAK.some((re) => re.test(text)) && !EXCLUDE.some((re) => re.test(text));
}

/** A finding's text and span: the sentence without a reporter's attribution (", säger X, professor …"). */
function shaped(ctx: Ctx, span: Span): { text: string; span: Span } {
  let end = span.end;
  const m = ATTRIBUTION.exec(ctx.t.slice(span.start, span.end));
  if (m) end = span.start + m.index;
  return { text: ctx.t.slice(span.start, end).replace(/\s+/g, ' ').trim(), span: { start: span.start, end } };
}

function nearestEvaluation(evals: EvaluationFound[], p: number): number {
  let best = 0;
  for (const [i, e] of evals.entries()) if (e.span.start <= p) best = i;
  return best;
}

export function findings(ctx: Ctx, evals: EvaluationFound[]): FindingFound[] {
  const out: FindingFound[] = [];
  const units = ctx.st.units;
  const wholeDocument = ['evaluation-summary', 'government-bill', 'other'].includes(ctx.kind);
  const citing = new Set(evals.map((e) => units.findIndex((u) => u.start <= e.span.start && e.span.start < u.end)));
  // "… skrev de följande:" and then a quotation: the quoted words are the evaluation's conclusion
  const quotedAfter = new Set(
    [...citing].filter((k) => k >= 0 && /:\s*$/u.test(ctx.t.slice(units[k]!.start, units[k]!.end))).map((k) => k + 1),
  );
  for (const [k, u] of units.entries()) {
    if (u.type === 'item') {
      const intro = u.intro === undefined ? '' : ctx.t.slice(units[u.intro]!.start, units[u.intro]!.end);
      if (!intro || !LIST_INTRO.test(intro) || NOT_LIST_INTRO.test(intro)) continue;
      for (const s of u.sentences) {
        const f = shaped(ctx, s);
        out.push({ ...f, polarity: polarity(f.text), evaluation: nearestEvaluation(evals, s.start), list: u.intro });
      }
      continue;
    }
    if (!evals.length || u.type === 'heading') continue;
    if (quotedAfter.has(k) && /^\s*[”"“]/u.test(ctx.t.slice(u.start, u.end))) {
      for (const s of u.sentences) {
        const f = shaped(ctx, s);
        out.push({ ...f, polarity: polarity(f.text), evaluation: nearestEvaluation(evals, s.start) });
      }
      continue;
    }
    // in a motion or an answer, only the paragraph that cites the evaluation speaks for it
    if (!wholeDocument && !citing.has(k)) continue;
    for (const s of u.sentences) {
      const text = ctx.t.slice(s.start, s.end);
      // a sentence that cites an evaluation is a finding only when it also states its result ("… visar att …")
      const cites = evals.some((e) => e.span.start >= s.start && e.span.start < s.end);
      if (cites ? !STRONG.some((re) => re.test(text)) || /[:?]$/u.test(text.trim()) : !isFindingSentence(text)) continue;
      const f = shaped(ctx, { start: s.start + (/^[–—-]\s*/u.exec(text)?.[0].length ?? 0), end: s.end });
      // a sentence that cites an evaluation speaks for that one, even when an earlier one was cited before it
      out.push({ ...f, polarity: polarity(f.text), evaluation: nearestEvaluation(evals, s.end - 1) });
    }
  }
  return out;
}
