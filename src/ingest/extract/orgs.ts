/**
 * Organisations named in a text, resolved through the gazetteer (Brå = BRÅ = Brottsförebyggande rådet;
 * Polisen = Polismyndigheten). A municipality's own crime-prevention council is not Brå: the gazetteer's alias is
 * the definite "rådet", the local council is "ett/lokala/kommunens brottsförebyggande råd(et)" or "Läns-BRÅ".
 * Single-word aliases match with their case as listed ("Kriminalvården", not the sector word "kriminalvård").
 */
import { organizations, type GazetteerOrganization } from '../../domain/gazetteer/index.js';
import { esc, matches, sv } from './sv.js';

export interface OrgMention {
  start: number;
  end: number;
  name: string;
  kind: GazetteerOrganization['kind'];
  key: string;
}

// Words before a mention that make it someone's own council rather than the agency.
const LOCAL_BEFORE = sv('(?:lokala|kommunens|kommunala|eget|ett|vårt|det lokala)\\s+$');
const JOINED_BEFORE = /[\p{L}]-$/u; // "Läns-BRÅ"
// Universities the gazetteer does not list: "Örebro universitet", "Högskolan i Gävle".
const UNIVERSITY = sv('\\b(?:[\\p{Lu}][\\p{Ll}]+ (?:universitet|högskola)|Högskolan i [\\p{Lu}][\\p{Ll}]+)\\b', 'gu');

interface Matcher {
  re: RegExp;
  org: GazetteerOrganization;
}

const matchers: Matcher[] = organizations.flatMap((org) => {
  const aliases = [...new Set([org.name, ...org.aliases])].sort((a, b) => b.length - a.length);
  const single = aliases.filter((a) => !/\s/.test(a));
  const multi = aliases.filter((a) => /\s/.test(a));
  const out: Matcher[] = [];
  const alt = (list: string[]) => list.map(esc).join('|');
  if (multi.length) out.push({ re: sv(`\\b(?:${alt(multi)})(?::?s)?\\b`, 'giu'), org });
  if (single.length) out.push({ re: sv(`\\b(?:${alt(single)})(?::?s)?\\b`, 'gu'), org });
  return out;
});

/** Every organisation mention, longest first where they overlap, in text order. */
export function orgMentions(text: string): OrgMention[] {
  const found: OrgMention[] = [];
  for (const { re, org } of matchers) {
    for (const m of matches(re, text)) {
      const before = text.slice(Math.max(0, m.index - 30), m.index);
      if (LOCAL_BEFORE.test(before) || JOINED_BEFORE.test(before)) continue;
      found.push({ start: m.index, end: m.index + m[0].length, name: org.name, kind: org.kind, key: org.key });
    }
  }
  for (const m of matches(UNIVERSITY, text)) {
    const name = m[0];
    found.push({ start: m.index, end: m.index + m[0].length, name, kind: 'university', key: name.toLowerCase() });
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: OrgMention[] = [];
  for (const f of found) {
    const last = out[out.length - 1];
    if (last && f.start < last.end) continue; // overlapped by a longer or earlier mention
    out.push(f);
  }
  return out;
}

/** Resolves a free phrase ("Kriminalvården i Malmö", "polisen") to the organisation it starts with. */
export function orgOfPhrase(phrase: string): OrgMention | undefined {
  const m = orgMentions(phrase)[0];
  return m && m.start <= 1 ? m : undefined;
}
