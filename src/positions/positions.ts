/**
 * How a party's stance is derived from the graph (the rule the SDL documents on PartyPosition.stance), and how
 * positions and the timeline are assembled from the query's items. Pure: no database, so the rule is tested as
 * it is written.
 */
import { evidenceOf, type EvidenceValue } from '../graphql/evidence.js';
import type { NodeRow } from '../graph/nodes.repo.js';
import { POSITION_PARTS, type PositionItemRow, type PositionMotionRow, type PositionPart } from './positions.repo.js';

export type Stance = 'FOR' | 'AGAINST' | 'MIXED';
export type StanceBasis = 'AUTHORSHIP' | 'CLAIMS';
type Claim = PositionItemRow['claims'][number];
const ALL_PARTS: ReadonlySet<PositionPart> = new Set(POSITION_PARTS);

/** Stances of several motions (or claims) taken together: one way if all agree, else MIXED. */
export function combine(stances: Stance[]): Stance {
  if (stances.length > 0 && stances.every((s) => s === 'FOR')) return 'FOR';
  if (stances.length > 0 && stances.every((s) => s === 'AGAINST')) return 'AGAINST';
  return 'MIXED';
}

/**
 * A claim decides the motion's stance when it speaks for the motion (made in the motion, or in a document that
 * proposes to approve it), takes a side, and is not an objection: an objection is the view a text answers. A claim
 * a curator rejected counts for nothing.
 */
export function counts(c: Claim): boolean {
  const stance = String(c.claim.stance);
  const sided = stance === 'for' || stance === 'against';
  return c.speaksForMotion && c.claim.kind !== 'objection' && sided && c.evidence.status !== 'REJECTED';
}

/** A motion argues for what it is about, unless the claims that speak for it say otherwise. */
export function motionStance(claims: Claim[]): { stance: Stance; basis: StanceBasis } {
  const counted = claims.filter(counts).map((c): Stance => (c.claim.stance === 'for' ? 'FOR' : 'AGAINST'));
  return counted.length ? { stance: combine(counted), basis: 'CLAIMS' } : { stance: 'FOR', basis: 'AUTHORSHIP' };
}

const evidence = (rel: Record<string, unknown>): EvidenceValue[] => {
  const e = evidenceOf(rel);
  return e ? [e] : [];
};
const yearOf = (date: string | null): number | null => (date ? Number(date.slice(0, 4)) : null);

/** Each author once, with the evidence of every document that names them. */
function authorsOf(rows: NonNullable<PositionItemRow['authors']>) {
  const byPerson = new Map<string, { person: NodeRow; evidence: EvidenceValue[] }>();
  for (const a of rows) {
    const entry = byPerson.get(a.person.id) ?? { person: a.person, evidence: [] };
    entry.evidence.push(...evidence(a.evidence));
    byPerson.set(a.person.id, entry);
  }
  return [...byPerson.values()];
}

/**
 * One motion of a position, with the parts the request asked for (`parts`, the set the query was built from). A
 * part not asked for is left undefined, never an empty list, so it can never pass for "none"; the stance always
 * rests on the claims, which every query reads.
 */
export function positionMotion(item: PositionItemRow, parts: ReadonlySet<PositionPart> = ALL_PARTS) {
  // Written out rather than spread or through a helper taking callbacks: one object of fixed shape per item (a
  // party's month at scale M is hundreds of them), which V8 builds several times faster.
  const { stance, basis } = motionStance(item.claims);
  return {
    stance,
    basis,
    motion: item.motion,
    date: item.date,
    year: yearOf(item.date),
    authors: parts.has('authors') && item.authors ? authorsOf(item.authors) : undefined,
    subjectEvidence: parts.has('subjectEvidence') && item.subjectEvidence ? item.subjectEvidence.flatMap(evidence) : undefined,
    documents:
      parts.has('documents') && item.documents ? item.documents.map((d) => ({ ...d, evidence: evidenceOf(d.evidence) })) : undefined,
    claims:
      parts.has('claims')
        ? item.claims.map((c) => ({
            claim: c.claim,
            stance: c.claim.stance,
            kind: c.claim.kind,
            counted: counts(c),
            document: c.document,
            role: c.role,
            evidence: evidenceOf(c.evidence),
          }))
        : undefined,
    citations:
      parts.has('citations') && item.citations ? item.citations.map((c) => ({ ...c, evidence: evidenceOf(c.evidence) })) : undefined,
    outcomes:
      parts.has('outcomes') && item.outcomes
        ? item.outcomes.map(({ decided, ...o }) => ({ ...o, stage: decided ? 'DECIDED' : 'PROPOSED', evidence: evidenceOf(o.evidence) }))
        : undefined,
  };
}

export type PositionMotionValue = ReturnType<typeof positionMotion>;
export interface SubjectValue {
  kind: 'PROJECT' | 'TOPIC';
  id: string;
  name: string;
  node: NodeRow;
}
export interface PartyPositionValue {
  party: NodeRow;
  subject: SubjectValue;
  stance: Stance;
  forCount: number;
  againstCount: number;
  mixedCount: number;
  firstYear: number | null;
  lastYear: number | null;
  motions: PositionMotionValue[];
}

/** The query's motions as items: one per (motion, subject it is about), each with its motion's parts. */
export function positionItems(motions: PositionMotionRow[]): PositionItemRow[] {
  const items: PositionItemRow[] = [];
  for (const m of motions)
    for (const a of m.about)
      items.push({
        motion: m.motion,
        date: m.date,
        authors: m.authors,
        documents: m.documents,
        outcomes: m.outcomes,
        subject: a.subject,
        claims: a.claims,
        subjectEvidence: a.subjectEvidence,
        citations: a.citations,
      });
  return items;
}

/** Subject names in Swedish order (å, ä, ö last); one collator, since localeCompare(…, 'sv') builds one per call. */
const swedish = new Intl.Collator('sv');

/** Dated motions first, by date; then by id, so answers are stable. */
const byDate = (a: PositionMotionValue, b: PositionMotionValue) =>
  (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.motion.id.localeCompare(b.motion.id);

/** The query's items for one party, grouped into one position per subject: projects first, then by name. */
export function partyPositions(party: NodeRow, items: PositionItemRow[], parts: ReadonlySet<PositionPart> = ALL_PARTS): PartyPositionValue[] {
  const bySubject = new Map<string, { subject: SubjectValue; motions: PositionMotionValue[] }>();
  for (const item of items) {
    const s = item.subject;
    const entry = bySubject.get(s.id) ?? { subject: { kind: s.kind, id: s.id, name: String(s.name), node: s }, motions: [] };
    entry.motions.push(positionMotion(item, parts));
    bySubject.set(s.id, entry);
  }
  return [...bySubject.values()]
    .map(({ subject, motions }) => {
      const stances = motions.map((m) => m.stance);
      const years = motions.map((m) => m.year).filter((y): y is number => y !== null);
      return {
        party,
        subject,
        stance: combine(stances),
        forCount: stances.filter((s) => s === 'FOR').length,
        againstCount: stances.filter((s) => s === 'AGAINST').length,
        mixedCount: stances.filter((s) => s === 'MIXED').length,
        firstYear: years.length ? Math.min(...years) : null,
        lastYear: years.length ? Math.max(...years) : null,
        motions: motions.sort(byDate),
      };
    })
    .sort((a, b) => a.subject.kind.localeCompare(b.subject.kind) || swedish.compare(a.subject.name, b.subject.name));
}

/** Per year (ascending, undated last): the subjects argued that year, with that year's stance. */
export function timeline(positions: PartyPositionValue[]) {
  const years = new Map<number | null, { year: number | null; motionIds: Set<string>; positions: Array<{ subject: SubjectValue; stance: Stance; motions: NodeRow[] }> }>();
  for (const p of positions) {
    const byYear = new Map<number | null, PositionMotionValue[]>();
    for (const m of p.motions) {
      const motions = byYear.get(m.year) ?? [];
      motions.push(m);
      byYear.set(m.year, motions);
    }
    for (const [year, motions] of byYear) {
      const entry = years.get(year) ?? { year, motionIds: new Set<string>(), positions: [] };
      for (const m of motions) entry.motionIds.add(m.motion.id);
      entry.positions.push({ subject: p.subject, stance: combine(motions.map((m) => m.stance)), motions: motions.map((m) => m.motion) });
      years.set(year, entry);
    }
  }
  return [...years.values()]
    .sort((a, b) => (a.year ?? Number.MAX_SAFE_INTEGER) - (b.year ?? Number.MAX_SAFE_INTEGER))
    .map(({ year, motionIds, positions: ps }) => ({ year, motionCount: motionIds.size, positions: ps }));
}
