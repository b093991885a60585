/**
 * Authors with party, from the places where a text presents a motion's authors, and only there: "väckt av …",
 * "Motion 2023/24:1095 av …", "motion från …", "… har väckt en motion", "… föreslår i motion", and a motion's
 * signature block. Reservants, debaters ("yrkar bifall"), the ordförande, addressees and the föredragande never
 * stand in those places, so they are not picked up. "A och B (båda SD)": a name without its own tag takes the next.
 */
import type { Ctx } from './context.js';
import { findParty } from '../../domain/gazetteer/index.js';
import nameLexicon from './lexicon/names.json' with { type: 'json' };
import { NAME, PARTY, isName, partyOf, repairName } from './names.js';
import { esc, sv } from './sv.js';
import type { Span } from './spans.js';

export interface Author extends Span {
  name: string;
  party: string | null;
}

const ITEM = new RegExp(`(${NAME})(?:[ \\t]+(?:m\\.fl\\.|med flera))?(?:\\s*(${PARTY}))?`, 'uy');
const SEP = /(?:\s*,\s*|\s+(?:och|samt)\s+|\s*&\s*)/uy;
const FORWARD = [
  sv('\\b(?:väckt|inlämnad|skriven|undertecknad) av\\s+', 'giu'),
  // "av Anna Ek (M)", and "Av Anna Ek (M)" on a line of its own
  sv('^[ \\t]*(?:\\d{1,3}\\.\\s*)?(?:Motion(?:\\s+\\d{4}/\\d{2}:\\S+)?\\s+)?[Aa]v\\s+', 'gmu'),
  sv('\\bmotion från\\s+', 'giu'),
  sv('\\bmotionerade\\s+', 'giu'),
];
const BACKWARD = [
  // "A (S) har i kommunfullmäktige 2018-04-19, § 43, väckt en motion", "A (S) har 13 februari 2023 lämnat in en motion"
  sv('\\s+(?:har\\s+(?:[^.\\n]{0,60}?\\s+)?)?(?:väckt|väckte|lämnat in|lämnade in)\\s+(?:en\\s+)?motion', 'giu'),
  sv('\\s+föreslår\\s+i\\s+(?:en\\s+)?motion', 'giu'),
  sv('\\s+har\\s+i\\s+(?:en\\s+)?motion\\b', 'giu'),
];
// "lämnade M-politikerna A och B in en motion": the party as a prefix, the names after it
const PREFIXED = sv('\\b(?:lämnade|väckte|har lämnat|har väckt|skrev)\\s+(?:\\S+\\s+){0,3}?([A-ZÅÄÖ]{1,3})-politiker(?:na|n)\\s+', 'gu');
const THEN_MOTION = /^\s+(?:in\s+)?(?:en\s+)?motion/u;

/** Parses "A (S), B och C (båda MP)" at position p. */
function parseList(text: string, p: number): { authors: Author[]; end: number; tagged: boolean } {
  const authors: Author[] = [];
  let pos = p;
  let tagged = false;
  for (;;) {
    ITEM.lastIndex = pos;
    const m = ITEM.exec(text);
    if (!m || !isName(m[1] as string)) break;
    const party = m[3] ? partyOf(m[3]) : null;
    tagged ||= !!party || /m\.fl\.|med flera/.test(m[0]);
    authors.push({ start: m.index, end: m.index + m[0].length, name: m[1] as string, party });
    if (party) for (const a of authors) if (!a.party) Object.assign(a, { party, end: m.index + m[0].length });
    pos = m.index + m[0].length;
    SEP.lastIndex = pos;
    const s = SEP.exec(text);
    if (!s) break;
    ITEM.lastIndex = pos + s[0].length;
    if (!ITEM.test(text)) break;
    pos += s[0].length;
  }
  return { authors, end: pos, tagged };
}

/**
 * Names at an author's place without a party tag ("motionerade Per Carlberg om …") count when the same text tags
 * every one of them elsewhere ("Förslaget kommer från Per Carlberg (SD)"): the tagged mention is the evidence, since
 * it shows both the name and the party.
 */
function taggedElsewhere(t: string, untagged: Author[]): Author[] {
  const found = untagged.map((a) => {
    const m = new RegExp(`${esc(a.name)}\\s*${PARTY}`, 'u').exec(t);
    const party = m ? partyOf(m[1] as string) : null;
    return m && party ? { start: m.index, end: m.index + m[0].length, name: a.name, party } : null;
  });
  return found.every((a) => a) ? (found as Author[]) : [];
}

function anchored(ctx: Ctx): Author[] {
  const t = ctx.t;
  const out: Author[] = [];
  for (const re of FORWARD)
    for (const m of t.matchAll(re)) {
      const r = parseList(t, m.index + m[0].length);
      if (r.tagged) out.push(...r.authors);
      else out.push(...taggedElsewhere(t, r.authors));
    }
  for (const m of t.matchAll(PREFIXED)) {
    const r = parseList(t, m.index + m[0].length);
    const party = partyOf(m[1] as string);
    if (r.authors.length && party && THEN_MOTION.test(t.slice(r.end)))
      out.push(...r.authors.map((a) => ({ ...a, start: m.index + m[0].indexOf(m[1] as string), party: a.party ?? party })));
  }
  for (const re of BACKWARD)
    for (const m of t.matchAll(re)) {
      const dot = t.lastIndexOf('. ', m.index);
      const from = Math.max(t.lastIndexOf('\n', m.index) + 1, dot >= 0 ? dot + 2 : 0);
      const r = parseList(t, from + (/^\s*/.exec(t.slice(from))?.[0].length ?? 0));
      if (r.tagged && r.end === m.index) out.push(...r.authors);
    }
  return out;
}

const FOR_PARTY = /^För ([\p{Lu}][\p{L}]+)/u;
const SIG_LINE = new RegExp(
  `^(${NAME})(?:\\s*,\\s*([\\p{Lu}][\\p{L}]+)|\\s*${PARTY}(?:[ \\t]+(?:${nameLexicon.signatureRoles.join('|')}))?)?$`,
  'u',
);
const SKIP_LINE = /^(?:SVAR|PS|P\.S\.)\b|^\d{4}-\d{2}-\d{2}$|^\d{1,2} \p{L}+ \d{4}$|^Datum som ovan\.?$/u;
// a name glued to the end of the last sentence by the web page: "… trygghetssatsningen.Anki Svensson"
const GLUED = new RegExp(`[.!?](${NAME})$`, 'u');

/** A motion's signature block at the end: "Lars Andersson, Socialdemokraterna", "För SD …\n\nPer Carlberg   Henrik Mellström". */
function signature(ctx: Ctx): Author[] {
  const lines = ctx.st.lines.filter((l) => ctx.t.slice(l.start, l.end).trim());
  const out: Author[] = [];
  let forParty: { party: string | null; start: number; end: number } | undefined;
  // "Per Carlberg        Sebastian Lindqvist\nSverigedemokraterna   Sverigedemokraterna": each name over its party
  let partyRow: Array<{ party: string; end: number }> | undefined;
  for (let i = lines.length - 1; i >= Math.max(0, lines.length - 12); i--) {
    const l = lines[i] as Span;
    const s = ctx.t.slice(l.start, l.end).trim();
    const lead = l.start + ctx.t.slice(l.start, l.end).search(/\S/);
    if (SKIP_LINE.test(s)) continue;
    if (!out.length && !partyRow) {
      const cols = s.split(/\s{2,}/);
      const named = cols.map((c) => (c.length > 3 ? findParty(c) : undefined));
      if (named.every((p) => p)) {
        let off = lead;
        partyRow = cols.map((c, k) => {
          off = ctx.t.indexOf(c, off) + c.length;
          return { party: (named[k] as { abbreviation: string }).abbreviation, end: off };
        });
        continue;
      }
    }
    const f = FOR_PARTY.exec(s);
    if (f && partyOf(f[1] as string)) {
      forParty = { party: partyOf(f[1] as string), start: lead, end: lead + s.length };
      if (out.length) break; // "För Partiet" above the names closes the block; below them it is part of it
      continue;
    }
    const glued = !out.length ? GLUED.exec(s) : null;
    if (glued) {
      const at = l.start + ctx.t.slice(l.start, l.end).lastIndexOf(glued[1] as string);
      out.unshift({ start: at, end: at + (glued[1] as string).length, name: glued[1] as string, party: null });
      break;
    }
    const parts = s.split(/\s{2,}/);
    const sig = parts.map((x) => SIG_LINE.exec(x));
    if (!sig.every((m) => m && isName(m[1] as string))) break;
    let off = lead;
    const row: Author[] = [];
    for (const [k, m] of sig.entries()) {
      const at = ctx.t.indexOf(parts[k] as string, off);
      const party = m?.[2] ? partyOf(m[2]) : m?.[3] ? partyOf(m[3]) : null;
      row.push({ start: at, end: at + (parts[k] as string).length, name: m?.[1] as string, party });
      off = at + (parts[k] as string).length;
    }
    if (partyRow && !out.length && partyRow.length === row.length)
      for (const [k, a] of row.entries()) if (!a.party) Object.assign(a, { party: partyRow[k]!.party, end: partyRow[k]!.end });
    out.unshift(...row);
  }
  if (forParty) for (const a of out) if (!a.party) Object.assign(a, { party: forParty.party, start: Math.min(a.start, forParty.start), end: Math.max(a.end, forParty.end) });
  return out;
}

/** The authors of the motion the document presents, each once, in text order. */
export function authors(ctx: Ctx): Author[] {
  if (['committee-report', 'evaluation-summary', 'government-bill'].includes(ctx.kind)) return [];
  // a motion's or proposal's signature names its authors; elsewhere only a signature with a party counts
  const sig = signature(ctx).filter((a) => ['motion', 'proposal'].includes(ctx.kind) || a.party);
  const found = [...anchored(ctx), ...sig].sort((a, b) => a.start - b.start);
  const byName = new Map<string, Author>();
  for (const a of found) {
    const name = repairName(a.name, ctx.ocrDamaged);
    const key = name.toLowerCase();
    const seen = byName.get(key);
    if (!seen) byName.set(key, { ...a, name });
    else if (!seen.party && a.party) byName.set(key, { ...a, name });
  }
  return [...byName.values()];
}
