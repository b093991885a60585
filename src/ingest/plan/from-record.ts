/**
 * Plans the graph one document states: its extraction record becomes nodes with stable ids and relationships
 * that each carry the document's evidence. Entities resolve through the gazetteer (Brå and
 * Brottsförebyggande rådet are one node); a municipality's bodies get ids scoped to it.
 */
import { findOrganization, findParty, municipalBody, organizations } from '../../domain/gazetteer/index.js';
import { gazetteerEvidence, gazetteerSourceNode } from './gazetteer-source.js';
import { ids, sha256Hex } from '../../domain/ids.js';
import type { Evidence, ExtractionRecord } from '../record.js';
import type { DocumentEvidence, GraphPlan, NodeLabel, PlannedNode, PlannedRelationship, Props } from './graph-plan.js';
import { mergePlans } from './graph-plan.js';

export interface DocumentInput {
  rawText: string;
  /** The normalized (OCR-repaired) text; equals rawText when nothing was repaired. */
  text: string;
  record: ExtractionRecord;
  status: DocumentEvidence['status'];
  confidence: number;
  ingestedAt: string;
}

type Ref = { label: NodeLabel; id: string };

/** Which part a document plays in its motion's case file. */
function caseRole(record: ExtractionRecord): string {
  switch (record.document.kind) {
    case 'motion':
    case 'riksdag-motion':
      return 'motion';
    case 'protocol':
      return 'protocol';
    default:
      return record.decision ? 'proposal' : 'administration-response';
  }
}

/** The "(SD)" inside "Felix Bystrom (SD)": the party's own words, or the whole author span when not found. */
function partySpan(e: Evidence, party: string): Evidence {
  const m = new RegExp(`\\(\\s*(?:båda\\s+|alla\\s+)?${party.replace(/[^\p{L}]/gu, '')}\\s*\\)`, 'iu').exec(e.quote);
  if (!m) return e;
  return { start: e.start + m.index, end: e.start + m.index + m[0].length, quote: m[0] };
}

export function documentId(rawText: string): string {
  return ids.document(rawText);
}

export function planDocument(input: DocumentInput, personIds: Map<string, string> = new Map()): GraphPlan {
  const { record, rawText } = input;
  const docId = documentId(rawText);
  const doc: Ref = { label: 'Document', id: docId };
  const nodes: PlannedNode[] = [];
  const rels: PlannedRelationship[] = [];

  const evidence = (e: Evidence): DocumentEvidence => ({
    documentId: docId,
    start: e.start,
    end: e.end,
    quote: e.quote,
    extractor: record.extractor,
    confidence: input.confidence,
    status: input.status,
  });
  const node = (label: NodeLabel, id: string, props: Props, onCreate?: Props): Ref => {
    nodes.push({ label, id, props, ...(onCreate ? { onCreate } : {}) });
    return { label, id };
  };
  // One relationship per asserting document: when two documents state the same link, each keeps its own words.
  const rel = (type: PlannedRelationship['type'], from: Ref, to: Ref, e: Evidence, props: Props = {}, key = docId) =>
    rels.push({ type, from, to, key, props, evidence: evidence(e) });
  const mention = (to: Ref, e: Evidence, props: Props = {}) =>
    rel('MENTIONS', doc, to, e, props, `${docId}:${e.start}-${e.end}${props.property ? `:${String(props.property)}` : ''}`);

  node('Document', docId, {
    title: record.document.title,
    kind: record.document.kind,
    rawText,
    text: input.text,
    sha256: sha256Hex(rawText),
    language: 'sv',
    date: record.document.date ?? null,
    url: record.document.url ?? null,
    agendaItem: record.document.agendaItem,
    municipalityId: record.document.municipality ? ids.municipality(record.document.municipality) : null,
    body: record.document.body,
    extractor: record.extractor,
    changedTokens: record.normalization.changedTokens,
  }, { ingestedAt: input.ingestedAt });

  // Organisations: the municipality, its bodies, agencies; resolved through the gazetteer where known.
  const municipality = record.document.municipality;
  let municipalityRef: Ref | undefined;
  if (municipality && record.document.municipalityEvidence) {
    municipalityRef = node('Organization', ids.municipality(municipality), {}, { name: `${municipality} kommun`, kind: 'municipality' });
    mention(municipalityRef, record.document.municipalityEvidence);
  }
  const organizationRef = (name: string): Ref => {
    const known = findOrganization(name);
    if (known) {
      const ref = node('Organization', known.id, {}, { name: known.name, kind: known.kind, aliases: known.aliases });
      // Polisområde City is part of Polismyndigheten: known structure, so it comes with the gazetteer's source.
      const parent = known.partOf ? findOrganization(known.partOf) ?? organizations.find((o) => o.key === known.partOf) : undefined;
      if (parent) {
        const parentRef = node('Organization', parent.id, {}, { name: parent.name, kind: parent.kind, aliases: parent.aliases });
        nodes.push(gazetteerSourceNode);
        rels.push({ type: 'PART_OF', from: ref, to: parentRef, key: 'gazetteer', props: {}, evidence: gazetteerEvidence });
      }
      return ref;
    }
    if (municipality && /^kommun(styrelse|fullmäktige)/i.test(name)) {
      const b = municipalBody(name, municipality);
      return node('Organization', b.id, {}, { name: b.name, kind: b.kind });
    }
    return node('Organization', ids.organization(name), {}, { name, kind: 'agency' });
  };
  const bodyIds = new Map<string, Ref>();
  for (const b of record.bodies) {
    const ref = municipality
      ? (() => {
          const mb = municipalBody(b.name, municipality);
          return node('Organization', mb.id, {}, { name: mb.name, kind: mb.kind });
        })()
      : organizationRef(b.name);
    bodyIds.set(b.name, ref);
    mention(ref, b.evidence);
    if (municipalityRef) rel('PART_OF', ref, municipalityRef, b.evidence);
  }
  for (const a of record.agencies) mention(organizationRef(a.name), a.evidence);

  // The motion and its authors.
  let motionRef: Ref | undefined;
  if (record.motion) {
    // only a Riksdag document's motion is the Riksdag's; a regional motion that names no body stays unscoped
    const riksdag = ['riksdag-motion', 'committee-report'].includes(record.document.kind);
    const scope = municipality ?? record.document.body ?? (riksdag ? 'riksdagen' : 'unscoped');
    motionRef = node('Motion', ids.motion(scope, record.motion.title), {
      title: record.motion.title,
      municipalityId: municipality ? ids.municipality(municipality) : null,
    });
    rel('PART_OF_CASE', doc, motionRef, record.motion.evidence, { role: caseRole(record) });
    mention(motionRef, record.motion.evidence);
  }
  for (const a of record.authors) {
    const person = node('Person', personIds.get(a.name) ?? ids.person(a.name), { name: a.name });
    mention(person, a.evidence);
    if (motionRef) rel('AUTHORED_BY', motionRef, person, a.evidence);
    if (a.party) {
      const known = findParty(a.party);
      const party = node('Party', ids.party(known?.abbreviation ?? a.party), {}, {
        abbreviation: known?.abbreviation ?? a.party.toUpperCase(),
        name: known?.name ?? a.party.toUpperCase(),
      });
      rel('MEMBER_OF', person, party, a.evidence);
      mention(party, partySpan(a.evidence, a.party));
    }
  }
  if (record.decision && motionRef) {
    const d = record.decision;
    const bodyRef = (name: string | null) => (name ? (bodyIds.get(name) ?? organizationRef(name)) : undefined);
    const from = bodyRef(d.proposedBy);
    const to = bodyRef(d.decidedBy);
    rel('PROPOSES', doc, motionRef, d.evidence, {
      outcome: d.outcome,
      fromBody: d.proposedBy,
      toBody: d.decidedBy,
      fromBodyId: from?.id ?? null,
      toBodyId: to?.id ?? null,
    });
  }

  // Projects, who runs them, and what the text states about them.
  const projectRefs = new Map<string, Ref>();
  for (const p of record.projects) {
    const ref = node('Project', ids.project(p.name), {}, { name: p.name });
    projectRefs.set(p.name, ref);
    mention(ref, p.evidence);
    for (const r of p.runBy) {
      const org = organizationRef(r.name);
      rel('RUN_BY', ref, org, r.evidence);
      mention(org, r.evidence);
    }
    for (const f of p.facts) mention(ref, f.evidence, { property: f.property, value: f.value });
  }

  // Evaluations as the text cites and attributes them, and the findings it quotes.
  const evaluationRefs = record.evaluations.map((e, i) => {
    const key = e.subject ?? `${e.attributedTo ?? 'unknown'}-${docId}-${i}`;
    const ref = node('Evaluation', ids.evaluation(key), {}, { title: null });
    rel('CITES', doc, ref, e.evidence);
    mention(ref, e.evidence);
    if (e.attributedTo) {
      const org = organizationRef(e.attributedTo);
      rel('ATTRIBUTES', doc, ref, e.evidence, { to: e.attributedTo, toId: org.id });
    }
    const project = e.subject ? projectRefs.get(e.subject) : undefined;
    if (project) rel('EVALUATES', ref, project, e.evidence);
    return ref;
  });
  const findingRefs = record.findings.map((f) => {
    const evaluation = evaluationRefs[f.evaluation];
    const id = ids.finding(evaluation?.id ?? `evaluation/unattributed-${docId}`, f.text);
    const ref = node('Finding', id, {}, { text: f.text, polarity: f.polarity });
    if (evaluation) rel('REPORTS', evaluation, ref, f.evidence);
    rel('CITES', doc, ref, f.evidence);
    mention(ref, f.evidence);
    return ref;
  });

  // The argument's structure: objections, counter-arguments, and what they rest on.
  const claimRefs = new Map<string, Ref>();
  for (const c of record.claims) {
    const ref = node('Claim', ids.claim(docId, c.key), { text: c.text, stance: c.stance, kind: c.kind });
    claimRefs.set(c.key, ref);
    rel('MAKES', doc, ref, c.evidence);
    mention(ref, c.evidence);
    const about = c.about ? projectRefs.get(c.about) : undefined;
    if (about) rel('ABOUT', ref, about, c.evidence);
    for (const i of c.supportedBy) {
      const finding = findingRefs[i];
      if (finding) rel('SUPPORTED_BY', ref, finding, c.evidence);
    }
  }
  for (const c of record.claims) {
    const target = c.counters ? claimRefs.get(c.counters) : undefined;
    const self = claimRefs.get(c.key);
    if (target && self) rel('COUNTERS', self, target, c.evidence);
  }

  // Policy areas from the controlled vocabulary; the vocabulary's own name is the node's name.
  for (const t of record.topics) {
    const ref = node('Topic', ids.topic(t.name), {}, { name: t.name });
    rel('HAS_TOPIC', doc, ref, t.evidence, {}, `${docId}:${t.evidence.start}-${t.evidence.end}`);
    mention(ref, t.evidence);
  }

  return mergePlans({ nodes, relationships: rels });
}
