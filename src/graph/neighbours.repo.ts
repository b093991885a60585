/**
 * Named neighbour queries: for a batch of ids, the related nodes and the relationship's properties (which carry
 * the evidence). Each resolver's nested list is one of these, batched per request by DataLoader (never one
 * query per parent). Built once from whitelisted labels and types.
 */
import type { NodeLabel, RelationshipType } from '../ingest/plan/graph-plan.js';

interface Spec {
  from: NodeLabel;
  rel: RelationshipType;
  direction: 'out' | 'in';
  to: NodeLabel;
  /** Only relationships with this property set (document statements about a project). */
  where?: string;
  /** The list's order, when it is not where each statement stands in its document (STATEMENT_ORDER). */
  order?: Order;
}

/** Statements in the order they stand in their documents, then by node: a stable order for every list. */
const STATEMENT_ORDER = { up: 'r.start, b.id', down: 'r.start DESC, b.id DESC' } as const;
/** The date of the document stating a relationship; '' for an undated one, so undated statements come first. */
const STATED_ON = `coalesce(head(COLLECT { MATCH (s:Document {id: r.documentId}) RETURN s.date }), '')`;
/** Oldest first by the stating document's date, then as above: a person's last membership is their latest party. */
const DATED_STATEMENT_ORDER = { up: `${STATED_ON}, ${STATEMENT_ORDER.up}`, down: `${STATED_ON} DESC, ${STATEMENT_ORDER.down}` } as const;
/** A list's order both ways: `down` is exactly `up` reversed (Cypher puts nulls last going up, first going down). */
type Order = typeof STATEMENT_ORDER | typeof DATED_STATEMENT_ORDER;

/**
 * A document's texts can be megabytes, so nested lists leave them out (Document.rawText/text fetch them when
 * asked for). Only a document's: a Finding's or a Claim's `text` is the fact itself, and a non-null field —
 * nulling it for every label made `evaluation { findings { text } }` an internal error (found by the injection test).
 */
const projection = (to: NodeLabel) => (to === 'Document' ? 'b{.*, rawText: null, text: null, fingerprint: null}' : 'b{.*, fingerprint: null}');

/** The relationship as a pattern between the list's node and its neighbours `b`, bound to `r`. */
const patternOf = ({ rel, direction }: Spec) => (direction === 'out' ? `-[r:${rel}]->` : `<-[r:${rel}]-`);

function neighbourQuery(spec: Spec): string {
  const { from, to, where, order = STATEMENT_ORDER } = spec;
  const pattern = patternOf(spec);
  return `UNWIND $ids AS id
MATCH (a:${from} {id: id})${pattern}(b:${to})${where ? `\nWHERE ${where}` : ''}
WITH id, b, r ORDER BY ${order.up}
RETURN id AS key, collect({node: ${projection(to)}, rel: properties(r)}) AS items`;
}

/**
 * One named list for a node already bound to `anchor`, as a COLLECT expression in the same order as its
 * NEIGHBOURS query: for a query that fetches a node with the lists a request asks for, and primes the loaders.
 * With `last`, only the list's last item (what a person's party is: the last of their per-document memberships):
 * the reverse order and LIMIT 1 give the same item as the whole list's last, without sending the rest.
 */
function itemsOf(spec: Spec, anchor: string, last = false): string {
  const { to, where, order = STATEMENT_ORDER } = spec;
  const pattern = patternOf(spec);
  return `COLLECT {
    MATCH (${anchor})${pattern}(b:${to})${where ? ` WHERE ${where}` : ''}
    WITH b, r ORDER BY ${last ? `${order.down} LIMIT 1` : order.up}
    RETURN {node: ${projection(to)}, rel: properties(r)}
  }`;
}

const specs = {
  motionAuthors: { from: 'Motion', rel: 'AUTHORED_BY', direction: 'out', to: 'Person' },
  motionDocuments: { from: 'Motion', rel: 'PART_OF_CASE', direction: 'in', to: 'Document' },
  motionProposals: { from: 'Motion', rel: 'PROPOSES', direction: 'in', to: 'Document' },
  motionMentions: { from: 'Motion', rel: 'MENTIONS', direction: 'in', to: 'Document' },
  personMemberships: { from: 'Person', rel: 'MEMBER_OF', direction: 'out', to: 'Party', order: DATED_STATEMENT_ORDER },
  personMotions: { from: 'Person', rel: 'AUTHORED_BY', direction: 'in', to: 'Motion' },
  personMentions: { from: 'Person', rel: 'MENTIONS', direction: 'in', to: 'Document' },
  partyMembers: { from: 'Party', rel: 'MEMBER_OF', direction: 'in', to: 'Person' },
  evaluationAttributions: { from: 'Evaluation', rel: 'ATTRIBUTES', direction: 'in', to: 'Document' },
  evaluationPublishers: { from: 'Evaluation', rel: 'PUBLISHED_BY', direction: 'out', to: 'Organization' },
  evaluationProjects: { from: 'Evaluation', rel: 'EVALUATES', direction: 'out', to: 'Project' },
  evaluationFindings: { from: 'Evaluation', rel: 'REPORTS', direction: 'out', to: 'Finding' },
  evaluationSources: { from: 'Evaluation', rel: 'CURATED_FROM', direction: 'out', to: 'Source' },
  findingEvaluations: { from: 'Finding', rel: 'REPORTS', direction: 'in', to: 'Evaluation' },
  findingMentions: { from: 'Finding', rel: 'MENTIONS', direction: 'in', to: 'Document' },
  projectRunBy: { from: 'Project', rel: 'RUN_BY', direction: 'out', to: 'Organization' },
  projectEvaluations: { from: 'Project', rel: 'EVALUATES', direction: 'in', to: 'Evaluation' },
  projectStatements: { from: 'Project', rel: 'MENTIONS', direction: 'in', to: 'Document', where: 'r.property IS NOT NULL' },
  projectSources: { from: 'Project', rel: 'CURATED_FROM', direction: 'out', to: 'Source' },
  organizationParents: { from: 'Organization', rel: 'PART_OF', direction: 'out', to: 'Organization' },
  organizationParts: { from: 'Organization', rel: 'PART_OF', direction: 'in', to: 'Organization' },
  documentCases: { from: 'Document', rel: 'PART_OF_CASE', direction: 'out', to: 'Motion' },
  documentClaims: { from: 'Document', rel: 'MAKES', direction: 'out', to: 'Claim' },
  claimAbout: { from: 'Claim', rel: 'ABOUT', direction: 'out', to: 'Project' },
  claimCounters: { from: 'Claim', rel: 'COUNTERS', direction: 'out', to: 'Claim' },
  claimSupport: { from: 'Claim', rel: 'SUPPORTED_BY', direction: 'out', to: 'Finding' },
  claimSources: { from: 'Claim', rel: 'MAKES', direction: 'in', to: 'Document' },
} as const satisfies Record<string, Spec>;

export type NeighbourName = keyof typeof specs;

export const NEIGHBOURS: Record<NeighbourName, string> = Object.fromEntries(
  Object.entries(specs).map(([name, spec]) => [name, neighbourQuery(spec)]),
) as Record<NeighbourName, string>;

function lastNeighbourQuery(name: LastNeighbourName): string {
  return `UNWIND $ids AS id
MATCH (a:${specs[name].from} {id: id})
RETURN id AS key, ${itemsOf(specs[name], 'a', true)} AS items`;
}

/** Lists whose last item is asked for on its own. */
export const LAST_NEIGHBOURS = ['personMemberships'] as const;
export type LastNeighbourName = (typeof LAST_NEIGHBOURS)[number];

/** For a batch of ids, each one's last item of the named list (as a list of at most one). */
export const LAST_NEIGHBOUR: Record<LastNeighbourName, string> = Object.fromEntries(
  LAST_NEIGHBOURS.map((name) => [name, lastNeighbourQuery(name)]),
) as Record<LastNeighbourName, string>;

export interface NeighbourItem {
  node: Record<string, unknown> & { id: string };
  rel: Record<string, unknown>;
}

/** See itemsOf. */
export const neighbourItems = (name: NeighbourName, anchor: 'a' | 'p') => itemsOf(specs[name], anchor);
/** See itemsOf: a list of at most one item, the last. */
export const lastNeighbourItem = (name: LastNeighbourName, anchor: 'a' | 'p') => itemsOf(specs[name], anchor, true);
