/**
 * Arguments the text marks: an objection it reports ("I kommunstyrelsens förvaltnings synpunkter lyfts att IGOR
 * inte är aktuellt …"), the counter-argument that answers it ("Medan detta förvisso är sant hindrar inte det …"),
 * and an argument drawn from a list of findings ("Givet detta borde det …"), which rests on those findings.
 */
import lex from './lexicon/claims.json' with { type: 'json' };
import type { Ctx } from './context.js';
import type { FindingFound } from './findings.js';
import { projectFor, type ProjectMention } from './projects.js';
import type { Span } from './spans.js';
import { sv } from './sv.js';

export interface ClaimFound {
  key: string;
  kind: 'objection' | 'counter-argument' | 'argument';
  stance: 'for' | 'against' | 'neutral';
  text: string;
  about: string | null;
  counters: string | null;
  supportedBy: number[];
  span: Span;
}

const OBJECTION = lex.objection.map((p) => sv(p, 'iu'));
const COUNTER = lex.counter.map((p) => sv(p, 'iu'));
const ARGUMENT = lex.argument.map((p) => sv(p, 'iu'));

export function claims(ctx: Ctx, projects: ProjectMention[], findings: FindingFound[]): ClaimFound[] {
  const out: ClaimFound[] = [];
  const n = { objection: 0, 'counter-argument': 0, argument: 0 };
  const make = (kind: ClaimFound['kind'], s: Span, stance: ClaimFound['stance'], extra: Partial<ClaimFound> = {}) => {
    const about = projectFor(projects, s, ctx.t) ?? extra.about ?? null;
    const text = ctx.t.slice(s.start, s.end).replace(/\s+/g, ' ').trim();
    out.push({ key: `${kind}-${++n[kind]}`, kind, stance, text, counters: null, supportedBy: [], span: s, ...extra, about });
  };
  let lastListEnd = -1;
  let lastList: number[] = [];
  for (const [k, u] of ctx.st.units.entries()) {
    if (u.type === 'item') {
      const ids = findings.flatMap((f, i) => (f.span.start >= u.start && f.span.start < u.end ? [i] : []));
      if (ids.length) {
        lastList = lastListEnd === k - 1 ? [...lastList, ...ids] : ids;
        lastListEnd = k;
      }
      continue;
    }
    for (const s of u.sentences) {
      const text = ctx.t.slice(s.start, s.end).replace(/\s+/g, ' ');
      if (OBJECTION.some((re) => re.test(text))) make('objection', s, 'against');
      else if (COUNTER.some((re) => re.test(text))) {
        // a counter-argument answers an objection the text reported; without one, "Trots detta" is just narrative
        const target = out.filter((c) => c.kind === 'objection').at(-1);
        if (target) make('counter-argument', s, target.stance === 'against' ? 'for' : 'against', { counters: target.key, about: target.about });
      } else if (ARGUMENT.some((re) => re.test(text)) && lastListEnd === k - 1 && lastList.length) {
        const about = findings[lastList[0] as number] ? projectFor(projects, findings[lastList[0] as number]!.span, ctx.t) : null;
        make('argument', s, 'for', { supportedBy: lastList, about });
      }
    }
  }
  return out;
}
