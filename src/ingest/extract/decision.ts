/**
 * The proposed or taken outcome for the motion. A statement needs the motion and an outcome verb in one sentence
 * ("Motionen bifalls.", "besluta att besvara motionen", "Fullmäktige avslog motionen"); a yrkande or a reservation
 * is not a decision, and "bifall till arbetsutskottets förslag" is not about the motion. Taken decisions beat the
 * document's own proposal, which beats a proposal it reports from another body ("Socialnämnden har föreslagit").
 * "Landstinget beslutar i enlighet härmed" turns the proposal before it into a decision. A committee report that
 * approves some motion points and rejects the rest ("avslår övriga motionsyrkanden") is partially-approved.
 */
import lex from './lexicon/decision.json' with { type: 'json' };
import type { outcomes } from '../record.js';
import { BODY, canonicalBody } from './bodies.js';
import type { Ctx } from './context.js';
import type { Span } from './spans.js';
import { sv } from './sv.js';

export type Outcome = (typeof outcomes)[number];
export interface DecisionFound {
  outcome: Outcome;
  proposedBy: string | null;
  decidedBy: string | null;
  span: Span;
  taken: boolean;
}

const verbs = lex.verbs.map((v) => ({ re: sv(`\\b(?:${v.re})\\b`, 'iu'), outcome: v.outcome as Outcome }));
const MOTION = sv(`\\b(?:${lex.motion})\\b`, 'iu');
const EXCLUDE = sv(lex.exclude, 'iu');
const TAKEN = sv(lex.taken, 'iu');
const REPORTED = sv(lex.reported, 'iu');
const RATIFY = sv(lex.ratify, 'iu');
const withBody = (p: string) => sv(p.replace(/\{BODY\}/g, BODY), 'iu');
const PROPOSERS = lex.proposers.map(withBody);
const ADDRESSEE = lex.addressee.map((p) => sv(p.replace(/\{BODY\}/g, BODY), 'imu'));
// "kommunstyrelsens beslut att avslå vår motion": a decision reported inside any sentence, even a reservation
const DECIDED_CLAUSE = withBody(lex.decidedClause);
// "Kommunfullmäktige avslår nu motionen": a deciding body as the subject of a present-tense decision
const BODY_DECIDES = withBody(lex.bodyDecides);
const C_APPROVE = lex.committee.approvePart.map((p) => sv(p, 'iu'));
const C_REJECT = lex.committee.rejectPart.map((p) => sv(p, 'iu'));
const C_TAKEN = sv(lex.committee.taken, 'iu');
// "Kammaren biföll utskottets förslag": the committee's proposal became the Riksdag's decision
const C_RATIFY = sv(lex.committee.ratify, 'iu');

interface Sentence {
  span: Span;
  unit: number;
  text: string;
}

function allSentences(ctx: Ctx): Sentence[] {
  return ctx.st.units.flatMap((u, unit) =>
    u.sentences.map((span) => ({ span, unit, text: ctx.t.slice(span.start, span.end).replace(/\s+/g, ' ') })),
  );
}

function outcomeOf(text: string): Outcome | null {
  const found = new Set(verbs.filter((v) => v.re.test(text)).map((v) => v.outcome));
  if (found.has('approved') && found.has('rejected')) return 'partially-approved';
  return verbs.map((v) => v.outcome).find((o) => found.has(o)) ?? null;
}

/** Who proposes and who decides, from the sentence, then from the lines that introduce it. */
function bodiesFor(ctx: Ctx, s: Sentence): { p: string | null; d: string | null } {
  const texts = [s.text, ...contextUnits(ctx, s.unit).map((k) => ctx.t.slice(ctx.st.units[k]!.start, ctx.st.units[k]!.end))];
  let p: string | null = null;
  let d: string | null = null;
  for (const text of texts)
    for (const re of PROPOSERS) {
      const m = re.exec(text.replace(/\s+/g, ' '));
      p ??= m?.groups?.p ? canonicalBody(m.groups.p, ctx.committee) : null;
      d ??= m?.groups?.d ? canonicalBody(m.groups.d, ctx.committee) : null;
    }
  return { p, d };
}

/** The units before a statement that introduce it: the list intro or previous line, and a heading before that. */
function contextUnits(ctx: Ctx, k: number): number[] {
  let j = k;
  while (j > 0 && ctx.st.units[j]?.type === 'item') j--;
  const out: number[] = [];
  for (let i = j === k ? k - 1 : j; i >= 0 && out.length < 2; i--) {
    out.push(i);
    const u = ctx.st.units[i]!;
    if (u.type !== 'heading' && !ctx.t.slice(u.start, u.end).trimEnd().endsWith(':')) break;
  }
  return out;
}

export function addressee(ctx: Ctx): string | null {
  for (const re of ADDRESSEE) {
    const m = re.exec(ctx.t);
    if (m?.groups?.d) return canonicalBody(m.groups.d, ctx.committee);
  }
  return null;
}

function committeeDecision(ctx: Ctx, sentences: Sentence[]): DecisionFound | null {
  const parts = sentences
    .map((s) => ({ s, approve: C_APPROVE.some((re) => re.test(s.text)), reject: C_REJECT.some((re) => re.test(s.text)) }))
    .filter((x) => x.approve || x.reject);
  const taken = parts.filter((x) => C_TAKEN.test(x.s.text));
  const stage = taken.length ? taken : parts;
  const a = stage.find((x) => x.approve);
  const r = stage.find((x) => x.reject);
  if (!a && !r) return null;
  const outcome: Outcome = a && r ? 'partially-approved' : a ? 'approved' : 'rejected';
  const spans = [a, r].filter((x) => x).map((x) => x!.s.span);
  const start = Math.min(...spans.map((x) => x.start));
  const end = Math.max(...spans.map((x) => x.end));
  const span = end - start <= 1500 ? { start, end } : (r ?? a)!.s.span;
  const ratified = sentences.some((s) => C_RATIFY.test(s.text));
  return { outcome, proposedBy: ctx.committee ?? 'Utskottet', decidedBy: 'Riksdagen', span, taken: taken.length > 0 || ratified };
}

export function decision(ctx: Ctx, afterOffset = 0): DecisionFound | null {
  const sentences = allSentences(ctx);
  if (ctx.kind === 'committee-report') return committeeDecision(ctx, sentences);
  const statements = sentences
    .filter((s) => s.span.start >= afterOffset && MOTION.test(s.text))
    .map((s) => {
      const clause = DECIDED_CLAUSE.exec(s.text);
      if (clause) return { s, outcome: outcomeOf(clause[0]), stage: 0, by: canonicalBody(clause.groups?.d ?? '', ctx.committee) };
      if (EXCLUDE.test(s.text)) return { s, outcome: null, stage: 9, by: null };
      const taken = TAKEN.test(s.text) || (BODY_DECIDES.test(s.text) && !/föresl/iu.test(s.text));
      return { s, outcome: outcomeOf(s.text), stage: taken ? 0 : REPORTED.test(s.text) ? 2 : 1, by: null };
    })
    .filter((x): x is { s: Sentence; outcome: Outcome; stage: number; by: string | null } => x.outcome !== null);
  if (!statements.length) return null;
  const best = Math.min(...statements.map((x) => x.stage));
  const chosen = statements.filter((x) => x.stage === best).at(-1)!;
  const { p, d } = bodiesFor(ctx, chosen.s);
  let taken = chosen.stage === 0;
  let decidedBy = chosen.by ?? d;
  if (!taken) {
    const ratify = sentences.find((s) => s.span.start > chosen.s.span.start && RATIFY.test(s.text));
    if (ratify) {
      taken = true;
      decidedBy = bodiesFor(ctx, ratify).d ?? d;
    }
  }
  return { outcome: chosen.outcome, proposedBy: p, decidedBy: decidedBy ?? (taken ? ctx.ownBody : null) ?? addressee(ctx), span: chosen.s.span, taken };
}
