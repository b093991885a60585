/**
 * The rule-based extractor: deterministic, explainable, versioned, pure (no database, network or model). It reads
 * the NORMALIZED text (correct Swedish spelling, so rules can be written in Swedish) and returns an extraction
 * record whose evidence indexes the RAW text. Each part lives in its own module with its data in lexicon/.
 */
import type { NormalizedText } from '../normalize/types.js';
import { recordSchema, type ExtractionRecord } from '../record.js';
import { authors } from './authors.js';
import { bodyMentions, headerCommittee, protocolBody } from './bodies.js';
import { claims } from './claims.js';
import { evidence, type Ctx } from './context.js';
import { addressee, decision, type DecisionFound } from './decision.js';
import { evaluations } from './evaluations.js';
import { findings } from './findings.js';
import { agendaItem, documentKind, documentTitle } from './kind.js';
import { motionTitle } from './motion.js';
import { municipality } from './municipality.js';
import { lostDiacritics, repairName } from './names.js';
import { orgMentions } from './orgs.js';
import { projectMentions, projects } from './projects.js';
import { clean } from './spans.js';
import { structure } from './structure.js';
import { topics } from './topics.js';

export const EXTRACTOR_ID = 'belagg-rules@1.1.0';

export interface ExtractInput {
  normalized: NormalizedText;
  meta?: { title?: string; municipality?: string; date?: string; url?: string };
}

/** The body whose decision or proposal the document records, else the one it is addressed to. */
function documentBody(ctx: Ctx, d: DecisionFound | null): string | null {
  if (d) return (d.taken ? d.decidedBy : d.proposedBy) ?? d.decidedBy ?? d.proposedBy;
  if (ctx.kind === 'riksdag-motion') return 'Riksdagen';
  if (ctx.kind === 'committee-report') return ctx.committee;
  if (ctx.kind === 'protocol') return ctx.ownBody;
  if (['motion', 'motion-response', 'proposal'].includes(ctx.kind)) return addressee(ctx);
  return null;
}

export function extract(input: ExtractInput): ExtractionRecord {
  const n = input.normalized;
  const t = n.text;
  const ctx: Ctx = {
    n,
    t,
    st: structure(t),
    orgs: orgMentions(t),
    committee: headerCommittee(t),
    kind: 'other',
    ocrDamaged: lostDiacritics(n.raw),
    ownBody: null,
  };
  const ev = (s: { start: number; end: number }) => evidence(ctx, s);
  const pMentions = projectMentions(t);
  const evals = evaluations(ctx, pMentions);
  ctx.kind = documentKind(t, evals.length > 0);
  if (ctx.kind === 'protocol') ctx.ownBody = protocolBody(t, ctx.committee);

  const people = authors(ctx);
  const lastAuthor = ctx.kind === 'motion' ? Math.max(0, ...people.map((a) => a.end)) : 0;
  const d = decision(ctx, ctx.kind === 'motion' && !people.length ? t.length : lastAuthor);
  const found = findings(ctx, evals);
  if (found.length && !evals.length) {
    // a list of conclusions with no evaluation named: the list's intro stands for the evaluation
    const intro = ctx.st.units[found[0]?.list ?? -1] ?? { start: found[0]!.span.start, end: found[0]!.span.end };
    const org = ctx.orgs.find((o) => o.start >= intro.start && o.end <= intro.end);
    evals.push({ attributedTo: org?.name ?? null, subject: null, span: { start: intro.start, end: intro.end } });
  }
  const title = documentTitle(ctx);
  const motion = motionTitle(ctx, title);
  // names inside the title are spelled as the authors' repaired names
  let titleText = input.meta?.title ?? title?.text ?? clean(t.slice(ctx.st.units[0]?.start ?? 0, ctx.st.units[0]?.end ?? 200)).slice(0, 200);
  for (const a of people) titleText = titleText.replace(clean(t.slice(a.start, a.end)).replace(/\s*(?:m\.fl\.\s*)?\(.*$/u, ''), a.name);

  const agencies = new Map<string, { name: string; evidence: ReturnType<typeof ev> }>();
  for (const o of ctx.orgs) if (o.kind === 'agency' && !agencies.has(o.name)) agencies.set(o.name, { name: o.name, evidence: ev(o) });
  const bodies = new Map<string, { name: string; evidence: ReturnType<typeof ev> }>();
  for (const b of bodyMentions(t, ctx.committee)) if (!bodies.has(b.name)) bodies.set(b.name, { name: b.name, evidence: ev(b) });

  const place = municipality(ctx, input.meta?.municipality);
  return recordSchema.parse({
    extractor: EXTRACTOR_ID,
    document: {
      title: titleText || 'Utan titel',
      kind: ctx.kind,
      municipality: place?.name ?? null,
      ...(place?.span ? { municipalityEvidence: ev(place.span) } : {}),
      body: documentBody(ctx, d),
      agendaItem: agendaItem(t),
      ...(input.meta?.date ? { date: input.meta.date } : {}),
      ...(input.meta?.url ? { url: input.meta.url } : {}),
    },
    motion: motion ? { title: motion.text, evidence: ev(motion.span) } : null,
    authors: people.map((a) => ({ name: repairName(a.name, ctx.ocrDamaged), party: a.party, evidence: ev(a) })),
    decision: d ? { outcome: d.outcome, proposedBy: d.proposedBy, decidedBy: d.decidedBy, evidence: ev(d.span) } : null,
    agencies: [...agencies.values()].sort((a, b) => a.name.localeCompare(b.name, 'sv')),
    bodies: [...bodies.values()],
    projects: projects(ctx, pMentions).map((p) => ({
      name: p.name,
      evidence: ev(p),
      runBy: p.runBy.map((r) => ({ name: r.name, evidence: ev(r.span) })),
      facts: p.facts.map((f) => ({ property: f.property, value: f.value, evidence: ev(f.span) })),
    })),
    evaluations: evals.map((e) => ({ attributedTo: e.attributedTo, subject: e.subject, evidence: ev(e.span) })),
    findings: found.map((f) => ({ text: f.text, polarity: f.polarity, evidence: ev(f.span), evaluation: f.evaluation })),
    claims: claims(ctx, pMentions, found).map((c) => ({
      key: c.key,
      kind: c.kind,
      stance: c.stance,
      text: c.text,
      about: c.about,
      counters: c.counters,
      supportedBy: c.supportedBy,
      evidence: ev(c.span),
    })),
    topics: topics(ctx).map((x) => ({ name: x.name, evidence: ev(x.span) })),
    normalization: { changedTokens: n.changedTokens },
  });
}
