/**
 * Political bodies and administrations (Kommunstyrelsen, Kommunfullmäktige, nämnder, Riksdag committees), with
 * canonical names. They feed record.bodies, decision.proposedBy/decidedBy and document.body. A bare "utskottet"
 * is the committee the header names ("Justitieutskottets betänkande", or the JuU in "2000/01:JuU14").
 */
import lexicon from './lexicon/bodies.json' with { type: 'json' };
import { matches, sv } from './sv.js';

export interface BodyMention {
  start: number;
  end: number;
  name: string;
}

const rules = lexicon.bodies.map((b) => ({ re: sv(`\\b(?:${b.re})\\b`, 'iu'), name: b.name, committee: !!b.committee }));
/** A regex source matching any body, for use inside other patterns. */
export const BODY = `(?:${lexicon.bodies.map((b) => b.re).join('|')})`;
const anyBody = sv(`\\b${BODY}\\b`, 'giu');
const NAMED_COMMITTEE = sv('\\b([\\p{L}]+(?:- och [\\p{L}]+)?utskott)ets betänkande', 'iu');
const OWN_DECISION = sv(`\\b(${BODY})s beslut\\b`, 'iu');

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The committee a document's header names, if any. */
export function headerCommittee(text: string): string | null {
  const head = text.slice(0, 600);
  const named = NAMED_COMMITTEE.exec(head);
  if (named?.[1]) return capitalize(named[1].toLowerCase()) + 'et';
  const codes = lexicon.committeeCodes as Record<string, string>;
  const code = /\d{2}:?([A-ZÅÄÖ][a-zåäöA-ZÅÄÖ]{0,2}[A-ZÅÄÖU])\d+/u.exec(head)?.[1];
  const hit = code && Object.entries(codes).find(([k]) => k.toLowerCase() === code.toLowerCase());
  return hit ? hit[1] : null;
}

/** Canonical name of a body phrase ("kommunstyrelsens" → "Kommunstyrelsen", "utskottet" → the committee). */
export function canonicalBody(phrase: string, committee: string | null): string | null {
  const p = phrase.trim();
  for (const r of rules) {
    const m = r.re.exec(p);
    if (!m || m.index !== 0 || m[0].length !== p.length) continue;
    if (r.name === '@committee') return committee ?? 'Utskottet';
    if (r.name !== '$') return r.name;
    return capitalize(p.toLowerCase().replace(/(nämnden|utskottet)s$/u, '$1'));
  }
  return null;
}

/** Every body mentioned, in text order. */
export function bodyMentions(text: string, committee: string | null): BodyMention[] {
  const out: BodyMention[] = [];
  for (const m of matches(anyBody, text)) {
    const name = canonicalBody(m[0], committee);
    if (name) out.push({ start: m.index, end: m.index + m[0].length, name });
  }
  return out;
}

/** The body a protocol belongs to: the one in "<Body>s beslut", else the first body named at the top. */
export function protocolBody(text: string, committee: string | null): string | null {
  const own = OWN_DECISION.exec(text)?.[1];
  return (own && canonicalBody(own, committee)) ?? bodyMentions(text.slice(0, 1500), committee)[0]?.name ?? null;
}
