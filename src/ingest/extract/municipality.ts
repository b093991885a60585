/**
 * The municipality a document belongs to. Explicit contexts first ("Kommunfullmäktige i Skinnskatteberg",
 * "Huddinge kommun", "Malmö stad", "Centerpartiet i Gnesta"), checked against the list of Sweden's 290
 * municipalities; then, for municipal documents only, the municipality named most often. Reports and evaluations
 * name study sites (Malmö in an evaluation of Sluta skjut) that are not the document's municipality.
 */
import data from '../../domain/gazetteer/municipalities.json' with { type: 'json' };
import { parties } from '../../domain/gazetteer/index.js';
import type { Ctx } from './context.js';
import { esc, matches, sv, svKept } from './sv.js';

const known = new Map(data.municipalities.map((m) => [m.toLowerCase(), m]));
const ambiguous = new Set(data.ambiguous);
const MUNICIPAL_KINDS = ['motion', 'motion-response', 'protocol', 'proposal'];
// news and other texts belong to a municipality only when they say so ("Eslövs kommun"); reports never do
const EXPLICIT_KINDS = [...MUNICIPAL_KINDS, 'other'];
const PLACE = '[\\p{Lu}][\\p{Ll}]+(?:[ -][\\p{Lu}][\\p{Ll}]+)?';
const partyNames = parties.flatMap((p) => [p.name, ...p.aliases]).map(esc).join('|');

const explicit = [
  sv(`\\b(?:kommunfullmäktige|kommunstyrelsen|KF|KS)\\s+i\\s+(${PLACE})`, 'giu'),
  sv(`\\b(${PLACE})\\s+kommuns?\\b`, 'gu'),
  sv(`\\b(${PLACE})\\s+stad\\b`, 'gu'),
  sv(`\\b(?:${partyNames}|SD|[SMCVL]|KD|MP)\\s+i\\s+(${PLACE})`, 'gu'),
];

/** A place as written ("Stockholms", "DanderydMotion") to a known municipality, or null. */
function resolve(place: string): string | null {
  const p = place.replace(/(?<=\p{Ll})\p{Lu}.*$/u, ''); // a heading run into the next word: "DanderydMotion"
  for (const c of [p, p.split(/[ -]/u)[0] ?? p]) {
    const hit = known.get(c.toLowerCase()) ?? known.get(c.replace(/s$/u, '').toLowerCase());
    if (hit) return hit;
  }
  return null;
}

export interface MunicipalityFound {
  name: string;
  /** Where the text names it (normalized offsets), the municipality node's evidence; null for a caller's hint
   * that the text never names. */
  span: { start: number; end: number } | null;
}

const ANY_PLACE = sv(`\\b${PLACE}`, 'gu');

/** The first place the text names the municipality, preferring "X kommun" / "X stad" over the bare name. */
function firstMention(t: string, name: string): { start: number; end: number } | null {
  const m = svKept(`\\b${esc(name)}s?(?:\\s+(?:kommuns?|stad))?\\b`, 'u').exec(t);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}

// "Stockholms läns landsting", "Region Stockholm": a county or region shares its name with a municipality but is not one
const COUNTY_AFTER = /^\s+läns?\b/u;
const REGION_BEFORE = /\bRegion\s+$/u;
function isCounty(t: string, start: number, end: number): boolean {
  return COUNTY_AFTER.test(t.slice(end, end + 8)) || REGION_BEFORE.test(t.slice(Math.max(0, start - 8), start));
}

export function municipality(ctx: Ctx, given?: string): MunicipalityFound | null {
  if (given) {
    const name = given.replace(/\s+(kommun|stad)$/iu, '');
    return { name, span: firstMention(ctx.t, name) };
  }
  if (!EXPLICIT_KINDS.includes(ctx.kind)) return null;
  for (const re of explicit)
    for (const m of matches(re, ctx.t)) {
      const r = resolve(m[1] as string);
      if (r) return { name: r, span: firstMention(ctx.t, r) ?? { start: m.index, end: m.index + m[0].length } };
    }
  if (!MUNICIPAL_KINDS.includes(ctx.kind)) return null;
  const counts = new Map<string, number>();
  for (const m of matches(ANY_PLACE, ctx.t)) {
    if (isCounty(ctx.t, m.index, m.index + m[0].length)) continue;
    const r = resolve(m[0]);
    // a name that is also a word ("Ale", "Mark", "Lund") counts where it stands as a place: "platser i Ale"
    const placed = /\bi\s+$/u.test(ctx.t.slice(Math.max(0, m.index - 3), m.index));
    if (r && (!ambiguous.has(r) || placed)) counts.set(r, (counts.get(r) ?? 0) + 1);
  }
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  return best ? { name: best[0], span: firstMention(ctx.t, best[0]) } : null;
}
