/**
 * Projects and programmes named in the text: known ones through their aliases (IGOR, Huskurage, Sluta skjut,
 * GVI), others through the words that introduce a name ("programmet Tillsammans mot brott", "under namnet
 * Sluta skjut", "IGOR-projektet", "Operation Rimfrost"). Who runs a project and facts about it (pilot, area, no
 * decision to make it permanent) are taken from sentences about it ("ett pilotprojekt mellan polisområde
 * Stockholm city och socialtjänsten vid …").
 */
import lex from './lexicon/projects.json' with { type: 'json' };
import type { Ctx } from './context.js';
import { orgOfPhrase } from './orgs.js';
import type { Span } from './spans.js';
import { esc, fold, matches, sv, svKept } from './sv.js';

export interface ProjectMention extends Span {
  name: string;
}
export interface ProjectFound extends ProjectMention {
  runBy: Array<{ name: string; span: Span }>;
  facts: Array<{ property: 'status' | 'area' | 'permanence'; value: string; span: Span }>;
}

// Short all-capital aliases (IGOR, GVI) match as written or Capitalised (Igor); other aliases in any case.
const known = lex.known.map((p) => {
  const caps = p.aliases.filter((a) => /^[\p{Lu}\d]{2,6}$/u.test(a));
  const rest = p.aliases.filter((a) => !caps.includes(a));
  const capsRe = caps.flatMap((a) => [a, a.charAt(0) + a.slice(1).toLowerCase()]).map(esc).join('|');
  return {
    name: p.name,
    // a genitive s or :s belongs to the mention ("Sluta skjuts arbete", "IGOR:s uppdrag")
    res: [capsRe && sv(`\\b(?:${capsRe})(?::?s)?\\b`, 'gu'), rest.length && sv(`\\b(?:${rest.map(esc).join('|')})(?::?s)?\\b`, 'giu')].filter(
      (r): r is RegExp => !!r,
    ),
  };
});
const patterns = lex.patterns.map((p) => sv(p.replace('{NAME}', lex.name), 'gu'));
const notNames = new Set(lex.notNames);
const GENERIC = sv(lex.generic, 'iu');
const RUN_BY = lex.runBy.map((p) => sv(p, 'giu'));
const STATUS = sv(lex.status, 'giu');
const AREA = lex.area.map((p) => sv(p, 'giu'));
const PERMANENCE = lex.permanence.map((p) => sv(p, 'giu'));

/** Every project mention, resolved to a canonical name, in text order. */
export function projectMentions(text: string): ProjectMention[] {
  const out: ProjectMention[] = [];
  for (const p of known) for (const re of p.res) for (const m of matches(re, text)) out.push({ start: m.index, end: m.index + m[0].length, name: p.name });
  const knownAt = (s: number, e: number) => out.some((o) => o.start < e && s < o.end);
  for (const re of patterns)
    for (const m of matches(re, text)) {
      const name = m.groups?.name?.trim();
      if (!name || notNames.has(name) || name.length < 3) continue;
      const start = m.index + m[0].lastIndexOf(name);
      if (!knownAt(start, start + name.length)) out.push({ start, end: start + name.length, name });
    }
  // later mentions of a pattern-found name count too (its first mention may precede the pattern)
  for (const p of [...new Set(out.map((o) => o.name))].filter((n) => !lex.known.some((k) => k.name === n)))
    for (const m of matches(svKept(`\\b${esc(p)}\\b`, 'giu'), text)) if (!knownAt(m.index, m.index + m[0].length)) out.push({ start: m.index, end: m.index + m[0].length, name: p });
  return out.sort((a, b) => a.start - b.start);
}

/** The project a sentence is about: one it names, or for "projektet"/"satsningen" the last one named before. */
export function projectFor(mentions: ProjectMention[], span: Span, text: string): string | null {
  const inside = mentions.find((m) => m.start >= span.start && m.end <= span.end);
  if (inside) return inside.name;
  if (!GENERIC.test(text.slice(span.start, span.end))) return null;
  return mentions.filter((m) => m.end <= span.start).at(-1)?.name ?? null;
}

function orgList(text: string, start: number): Array<{ name: string; span: Span }> {
  const out: Array<{ name: string; span: Span }> = [];
  // the list ends where a relative clause, a time phrase or a new verb begins
  const cut = text.search(/,\s*(?:som|vilket|där)(?![\p{L}])|\s+(?:i|under|sedan) (?:\d|\p{Ll}+ (?:år|\d))|\s+och \p{Ll}+(?:des|ade|ades)(?![\p{L}])|\s+har(?![\p{L}])/u);
  const body = cut >= 0 ? text.slice(0, cut) : text;
  let off = 0;
  for (const part of body.split(/,\s*|\s+(?:och|samt)\s+/u)) {
    const at = body.indexOf(part, off);
    off = at + part.length;
    const phrase = part.trim();
    if (!phrase) continue;
    const org = orgOfPhrase(phrase);
    const lead = part.length - part.trimStart().length;
    out.push({ name: org?.name ?? phrase.replace(/\s+/g, ' '), span: { start: start + at + lead, end: start + at + lead + phrase.length } });
  }
  return out;
}

export function projects(ctx: Ctx, mentions: ProjectMention[]): ProjectFound[] {
  const byName = new Map<string, ProjectFound>();
  for (const m of mentions) if (!byName.has(fold(m.name))) byName.set(fold(m.name), { ...m, runBy: [], facts: [] });
  for (const u of ctx.st.units)
    for (const s of u.sentences) {
      const text = ctx.t.slice(s.start, s.end);
      const p = byName.get(fold(projectFor(mentions, s, ctx.t) ?? ''));
      if (!p) continue;
      for (const re of RUN_BY)
        for (const m of matches(re, text)) {
          const orgs = m.groups?.orgs ?? '';
          for (const o of orgList(orgs, s.start + m.index + m[0].lastIndexOf(orgs)))
            if (!p.runBy.some((r) => r.name === o.name)) p.runBy.push(o);
        }
      const add = (property: 'status' | 'area' | 'permanence', value: string, start: number) => {
        if (!p.facts.some((f) => f.property === property)) p.facts.push({ property, value: value.replace(/\s+/g, ' ').trim(), span: { start, end: start + value.length } });
      };
      for (const m of matches(STATUS, text)) add('status', m[0], s.start + m.index);
      for (const re of AREA) for (const m of matches(re, text)) add('area', m.groups?.area ?? '', s.start + m.index + m[0].indexOf(m.groups?.area ?? ''));
      for (const re of PERMANENCE) for (const m of matches(re, text)) add('permanence', m[0], s.start + m.index);
    }
  return [...byName.values()];
}
