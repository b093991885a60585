/**
 * Evaluations the text cites, and whom it attributes them to. Only a report of an evaluation made counts: the
 * evaluator with a perfect participle ("Brå har nyligen utvärderat IGOR-projektet", "Statskontoret har på uppdrag
 * av regeringen följt upp och analyserat …"), "en utvärdering från Malmö universitet", "den utvärdering som Brå har
 * gjort", "X har gett Malmö universitet i uppdrag att göra en effektutvärdering av …" (the evaluator is the one
 * commissioned), or a report that says it contains one. A request or a plan ("regelbunden uppföljning av …",
 * "ska utvärderas", "i uppdrag att utvärdera") is not an evaluation cited.
 */
import type { Ctx } from './context.js';
import type { OrgMention } from './orgs.js';
import { projectFor, type ProjectMention } from './projects.js';
import type { Span } from './spans.js';
import { sv } from './sv.js';

export interface EvaluationFound {
  attributedTo: string | null;
  subject: string | null;
  span: Span;
}

const OBJ = '(?<obj>[^.;:]{2,200}?)(?=\\s*[,.;:]|\\s+på uppdrag|\\s+och den\\b|\\s*$)';
const AFTER = sv(
  `^(?:\\s*\\([^)]{1,15}\\))?(?:,\\s*[^,.]{1,20},)?\\s+(?:har\\s+)?(?:(?:nyligen|nu|också|även|tidigare)\\s+)?` +
    `(?:på\\s+[^,.]{0,60}?uppdrag(?:\\s+av\\s+[^,.]{1,60}?)?\\s+)?(?:utvärderat|granskat|följt upp(?: och analyserat)?|studerat|analyserat)\\s+${OBJ}`,
  'iu',
);
const NOUN_BEFORE = sv('(?:\\w*utvärdering\\w*|granskning\\w*|uppföljning\\w*|studie[nr]?)\\s+(?:från|gjord av|genomförd av)\\s+$', 'iu');
// "(pekar) Brå i en rapport på att …", "Brå visar i en utvärdering att …": a report cited with its conclusion
const REPORT_AFTER = sv(`^(?:\\s*\\([^)]{1,15}\\))?\\s+(?:har\\s+)?(?:(?:visat|visar|pekat|konstaterat|konstaterar)\\s+)?i\\s+(?:en|sin|flera)\\s+(?:\\w*rapport\\w*|\\w*utvärdering\\w*|studie\\w*|granskning\\w*|uppföljning\\w*)(?:\\s+(?:på\\s+)?att\\s+${OBJ})?`, 'iu');
// an organisation after a preposition is not the subject that evaluated ("på uppdrag av Brå", "från polisen")
const PREPOSITION_BEFORE = sv('\\b(?:av|från|för|till|med|hos|om|åt|mellan)\\s+$', 'iu');
const WHICH_BEFORE = sv('\\w*utvärdering\\w*\\s+som\\s+$', 'iu');
const WHICH_AFTER = sv('^(?:\\s*\\([^)]{1,15}\\))?\\s+(?:har\\s+)?(?:gjort|genomfört)\\b', 'iu');
const GENITIVE_AFTER = sv('^\\s+(?:utvärdering|granskning|uppföljning)\\w*\\s+(?:visar|av)\\b', 'iu');
const COMMISSION_BEFORE = sv('\\bhar\\s+gett\\s+$', 'iu');
const COMMISSION_AFTER = sv(`^\\s+i\\s+uppdrag\\s+att\\s+(?:göra|genomföra)\\s+en\\s+\\w*utvärdering\\s+av\\s+${OBJ}`, 'iu');
const SELF = sv(`\\b(?:Rapporten|Denna rapport|Utredningen) (?:omfattar|innehåller|redovisar) en \\w*utvärdering av ${OBJ}`, 'iu');
// Swedish puts the verb before the subject after an adverbial: "Hösten 2007 genomförde Brå en metaanalys som omfattade
// 41 studier om kameraövervakningens brottsförebyggande effekter"
const INVERTED_BEFORE = sv('\\b(?:genomförde|gjorde|publicerade|presenterade)\\s+$', 'iu');
const INVERTED_AFTER = sv(
  `^(?:\\s*\\([^)]{1,15}\\))?\\s+(?:en|ett)\\s+(?:\\w+\\s+)?(?:metaanalys|\\w*utvärdering|forskningsgenomgång|forskningssammanställning|studie|granskning|uppföljning)\\b[^.]{0,80}?\\s+(?:om|av)\\s+${OBJ}`,
  'iu',
);
// an evaluation whose conclusions the text then quotes: "När Brå utvärderade några av de försök som gjorts skrev de
// följande:" (the quote that follows is its finding; see findings.ts)
const QUOTE_AFTER = sv(
  '^(?:\\s*\\([^)]{1,15}\\))?\\s+(?:utvärderade|granskade|studerade|följde upp)\\b[^.:\\n]{0,120}?\\b(?:skrev|konstaterade|fann|sammanfattade)\\b[^.:\\n]{0,40}:',
  'iu',
);
// a report cited by its title: "I BRÅ:s rapport om ”Kameraövervakning på Stureplan och Medborgarplatsen” (2013)"
const TITLED_AFTER = sv(
  '^(?::?s)?\\s+(?:\\w*rapport\\w*|\\w*utvärdering\\w*|granskning\\w*|uppföljning\\w*|studie\\w*)\\s+(?:om\\s+)?[”"“](?<obj>[^”"“\\n]{3,150})[”"“]',
  'iu',
);
const MISSION_AFTER = sv('^\\s+har\\s+(?:haft\\s+)?i\\s+uppdrag\\s+att\\s+utvärdera\\b', 'iu');
// the writer's own assessment: "vår sammanfattande bedömning är att …", "Vi bedömer att …", "vår utvärdering"
const SELF_VOICE = sv('\\b(?:vår (?:\\S+ )?(?:bedömning|utvärdering|granskning|uppföljning|slutsats)\\w*|[Vv]i bedömer|bedömer vi)\\b', 'u');
const OWN_WORK = sv('^:?s\\s+(?:granskning|utvärdering|uppföljning|slutsatser|bedömning)\\w*', 'iu');

function subjectOf(ctx: Ctx, projects: ProjectMention[], obj: string | undefined, at: number): string | null {
  if (!obj) return null;
  const span = { start: at, end: at + obj.length };
  return projectFor(projects, span, ctx.t) ?? obj.replace(/^om\s+/u, '').replace(/\s+/g, ' ').trim();
}

export function evaluations(ctx: Ctx, projects: ProjectMention[]): EvaluationFound[] {
  const t = ctx.t;
  const out: EvaluationFound[] = [];
  // clause: the words after "i en rapport på att" are the report's result, not its subject; only a project in them is
  const add = (org: OrgMention | null, obj: string | undefined, objAt: number, span: Span, clause = false) => {
    const name = org?.name ?? null;
    const subject = clause
      ? obj ? projectFor(projects, { start: objAt, end: objAt + obj.length }, ctx.t) ?? null : null
      : subjectOf(ctx, projects, obj, objAt);
    // one evaluation per evaluator in a document, unless an earlier one was described as something else
    const seen = out.find((e) => e.attributedTo === name && (!described.has(e) || e.subject === subject));
    if (seen) seen.subject ??= subject;
    else out.push({ attributedTo: name, subject, span });
    return seen ?? out[out.length - 1]!;
  };
  // evaluations the text describes without naming a subject ("några av de försök som gjorts"): not the same as a
  // later report of the same evaluator that has a title
  const described = new Set<EvaluationFound>();
  for (const o of ctx.orgs) {
    const before = t.slice(Math.max(0, o.start - 60), o.start);
    const after = t.slice(o.end, o.end + 400);
    const subject = !PREPOSITION_BEFORE.test(before);
    const a = subject ? AFTER.exec(after) : null;
    const rep = subject && !a ? REPORT_AFTER.exec(after) : null;
    if (rep) {
      const obj = rep.groups?.obj;
      const objAt = obj ? o.end + rep[0].length - obj.length : o.end;
      add(o, obj, objAt, { start: o.start, end: obj ? objAt + obj.trimEnd().length : o.end + rep[0].length }, true);
      continue;
    }
    if (a?.groups?.obj) {
      const objAt = o.end + a[0].length - a.groups.obj.length;
      add(o, a.groups.obj, objAt, { start: o.start, end: objAt + a.groups.obj.trimEnd().length });
      continue;
    }
    const quoted = subject ? QUOTE_AFTER.exec(after) : null;
    if (quoted) {
      described.add(add(o, undefined, o.end, { start: o.start, end: o.end + quoted[0].length }));
      continue;
    }
    const genitive = /s$/u.test(t.slice(o.start, o.end)) || /^:?s\b/u.test(after);
    const titled = genitive ? TITLED_AFTER.exec(after) : null;
    if (titled?.groups?.obj) {
      const objAt = o.end + titled[0].length - titled.groups.obj.length - 1;
      add(o, titled.groups.obj, objAt, { start: o.start, end: o.end + titled[0].length });
      continue;
    }
    const inv = INVERTED_BEFORE.test(before) ? INVERTED_AFTER.exec(after) : null;
    if (inv?.groups?.obj) {
      const objAt = o.end + inv[0].length - inv.groups.obj.length;
      add(o, inv.groups.obj, objAt, { start: o.start, end: objAt + inv.groups.obj.trimEnd().length });
      continue;
    }
    const nb = NOUN_BEFORE.exec(before) ?? (WHICH_BEFORE.test(before) && WHICH_AFTER.test(after) ? WHICH_BEFORE.exec(before) : null);
    if (nb) add(o, undefined, o.end, { start: o.start - (before.length - nb.index), end: o.end });
    else if (/s$/u.test(t.slice(o.start, o.end)) && GENITIVE_AFTER.test(after)) add(o, undefined, o.end, { start: o.start, end: o.end + (GENITIVE_AFTER.exec(after)?.[0].length ?? 0) });
    else if (COMMISSION_BEFORE.test(before)) {
      const c = COMMISSION_AFTER.exec(after);
      if (c?.groups?.obj) {
        const objAt = o.end + c[0].length - c.groups.obj.length;
        add(o, c.groups.obj, objAt, { start: o.start, end: objAt + c.groups.obj.trimEnd().length });
      }
    }
  }
  const self = SELF.exec(t);
  if (self?.groups?.obj) {
    const evaluator = ctx.orgs.find((o) => MISSION_AFTER.test(t.slice(o.end, o.end + 80))) ?? ctx.orgs.find((o) => o.kind === 'agency') ?? null;
    const objAt = self.index + self[0].length - self.groups.obj.length;
    add(evaluator, self.groups.obj, objAt, { start: self.index, end: objAt + self.groups.obj.trimEnd().length });
  }
  if (!out.length) {
    // a report in the first person evaluates on behalf of the organisation whose own work it names
    const voice = SELF_VOICE.exec(t);
    const own = ctx.orgs.find((o) => o.kind === 'agency' && OWN_WORK.test(t.slice(o.end - 1, o.end + 40)));
    const writer = own ?? mostNamedAgency(ctx);
    if (voice && writer) add(writer, undefined, voice.index, { start: voice.index, end: voice.index + voice[0].length });
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

function mostNamedAgency(ctx: Ctx): OrgMention | null {
  const counts = new Map<string, number>();
  for (const o of ctx.orgs) if (o.kind === 'agency') counts.set(o.name, (counts.get(o.name) ?? 0) + 1);
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  return best ? (ctx.orgs.find((o) => o.name === best[0]) ?? null) : null;
}
