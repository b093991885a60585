/** evaluationImpact and findingCoverage: one query each, shaped here for the API. */
import { assertObjectType, getArgumentValues, type GraphQLResolveInfo } from 'graphql';
import { documentPropertiesFor } from '../documents/document-fields.js';
import { notFound } from '../errors.js';
import type { Context } from '../graphql/context.js';
import { evidenceOf } from '../graphql/evidence.js';
import { evidencePropertiesAsked, evidencePropertiesFor } from '../graphql/evidence-fields.js';
import { checkId } from '../graphql/ids.js';
import { checkFirst } from '../graphql/pagination.js';
import { fieldNodesAt, selectedFields } from '../graphql/selection.js';
import { int } from '../db/values.js';
import { partyPropertiesFor } from '../motions/party-fields.js';
import type { NodeRow } from '../graph/nodes.repo.js';
import { evaluationImpactQuery, findingCoverageQuery, OUTCOME_PARTS } from './impact.repo.js';

type Props = Record<string, unknown>;
interface ImpactRow {
  evaluation: NodeRow | null;
  /** over every citing document; `documents` and `motions` are the first of them the request lists */
  documentCount: number;
  timeline: Array<{ year: number | null; count: number }>;
  municipalityIds: string[];
  motionCount: number;
  motions: NodeRow[];
  documents: Array<{
    document: NodeRow;
    /** the evidence lists below are sent only when the request asks for them (ImpactEvidence), else undefined */
    evidence?: Props[];
    findings: NodeRow[];
    cases: Array<{ role: string; motion: NodeRow; evidence?: Props }>;
    /** document and evidence only when the request asks for them (OUTCOME_PARTS), else undefined */
    outcomes: Array<{ outcome: string; fromBodyId: string | null; toBodyId: string | null; document?: NodeRow; evidence?: Props; final: boolean }>;
  }>;
}
interface CoverageRow {
  evaluation: NodeRow | null;
  findings: Array<NodeRow & { citationCount: number; citedBy: Array<{ document: NodeRow; evidence: Props; parties: NodeRow[] }> }>;
}

/** The most items a bounded list (`documents`, `motions`, `citedBy`) may list in one request. */
const MAX_LISTED = 1000;

/**
 * How many items of the bounded list at `path` (a field of `typeName` taking `first`) a statement must read: the
 * largest `first` of any selection of it (aliases may ask for different numbers, and each takes its own), none
 * when it is not selected. Outside 1–1,000 is refused.
 */
function mostAsked(info: GraphQLResolveInfo, path: readonly string[], typeName: string): number {
  const name = path[path.length - 1] ?? '';
  const field = assertObjectType(info.schema.getType(typeName)).getFields()[name];
  if (!field) throw new Error(`the schema has no ${typeName}.${name}`);
  let most = 0;
  for (const node of fieldNodesAt(info, path)) most = Math.max(most, checkFirst(getArgumentValues(field, node, info.variableValues).first, MAX_LISTED));
  return most;
}

/** A bounded list's own selection: the statement read as many as the largest `first` asked (mostAsked). */
const firstOf = <T>(list: T[], { first }: { first: number }) => list.slice(0, first);

const proposal = (o: ImpactRow['documents'][number]['outcomes'][number]) => ({ ...o, evidence: o.evidence && evidenceOf(o.evidence) });

/** The parts of a proposal asked for under either list of outcomes. */
function outcomePartsAsked(info: GraphQLResolveInfo) {
  const asked = new Set([...selectedFields(info, ['documents', 'proposedOutcomes']), ...selectedFields(info, ['documents', 'finalOutcomes'])]);
  return new Set(OUTCOME_PARTS.filter((part) => asked.has(part)));
}

export const impactResolvers = {
  Query: {
    evaluationImpact: async (_: unknown, { evaluationId }: { evaluationId: string }, ctx: Context, info: GraphQLResolveInfo) => {
      // each listed document's date and municipality always: ImpactDocument's own date and municipality read them
      const documentProperties = documentPropertiesFor(selectedFields(info, ['documents', 'document']), ['date', 'municipalityId']);
      const query = evaluationImpactQuery(outcomePartsAsked(info), documentProperties, {
        citation: evidencePropertiesAsked(info, ['documents', 'evidence']),
        finding: evidencePropertiesAsked(info, ['documents', 'findings', 'evidence']),
        case: evidencePropertiesAsked(info, ['documents', 'cases', 'evidence']),
      });
      const [row] = await ctx.executor.read<ImpactRow>(query, {
        evaluationId: checkId(evaluationId, 'evaluationId', 'evaluation'),
        documentsPerPage: int(mostAsked(info, ['documents'], 'EvaluationImpact')),
        motionsPerPage: int(mostAsked(info, ['motions'], 'EvaluationImpact')),
      });
      if (!row?.evaluation) throw notFound('evaluation', evaluationId);
      const documents = row.documents.map((d) => ({
        document: d.document,
        date: d.document.date ?? null,
        municipalityId: d.document.municipalityId ?? null,
        cases: d.cases.map((c) => ({ role: c.role, motion: c.motion, evidence: c.evidence && evidenceOf(c.evidence) })),
        evidence: (d.evidence ?? []).map(evidenceOf).filter(Boolean),
        findings: d.findings,
        proposedOutcomes: d.outcomes.filter((o) => !o.final).map(proposal),
        finalOutcomes: d.outcomes.filter((o) => o.final).map(proposal),
      }));
      return {
        evaluation: row.evaluation,
        documentCount: row.documentCount,
        documents,
        motionCount: row.motionCount,
        motions: row.motions,
        municipalityIds: row.municipalityIds,
        timeline: [...row.timeline].sort((a, b) => (a.year ?? 0) - (b.year ?? 0)),
      };
    },
    findingCoverage: async (_: unknown, { evaluationId }: { evaluationId: string }, ctx: Context, info: GraphQLResolveInfo) => {
      // each citing document sends what is asked of it, and its municipality when the citation's is asked for; each
      // citation's evidence and parties the properties asked of them
      const citation = selectedFields(info, ['findings', 'citedBy']);
      const query = findingCoverageQuery({
        document: documentPropertiesFor(selectedFields(info, ['findings', 'citedBy', 'document']), citation.has('municipality') ? ['municipalityId'] : []),
        evidence: evidencePropertiesFor(selectedFields(info, ['findings', 'citedBy', 'evidence'])),
        party: partyPropertiesFor(selectedFields(info, ['findings', 'citedBy', 'parties'])),
      });
      const [row] = await ctx.executor.read<CoverageRow>(query, {
        evaluationId: checkId(evaluationId, 'evaluationId', 'evaluation'),
        citationsPerFinding: int(mostAsked(info, ['findings', 'citedBy'], 'CoveredFinding')),
      });
      if (!row?.evaluation) throw notFound('evaluation', evaluationId);
      const findings = row.findings
        .map(({ citationCount, citedBy, ...f }) => ({
          finding: f,
          citationCount,
          citedBy: citedBy.map((c) => ({ document: c.document, evidence: evidenceOf(c.evidence), parties: c.parties })),
        }))
        .sort((a, b) => b.citationCount - a.citationCount || String(a.finding.text).localeCompare(String(b.finding.text)));
      return { evaluation: row.evaluation, findings, uncited: findings.filter((f) => f.citationCount === 0).map((f) => f.finding) };
    },
  },
  EvaluationImpact: {
    documents: (impact: { documents: unknown[] }, args: { first: number }) => firstOf(impact.documents, args),
    motions: (impact: { motions: unknown[] }, args: { first: number }) => firstOf(impact.motions, args),
    // read only when asked for: a second statement the rest of the answer does not need
    municipalities: async (impact: { municipalityIds: string[] }, _: unknown, ctx: Context) =>
      (await ctx.loaders.node('Organization').loadMany(impact.municipalityIds)).filter((o) => o && !(o instanceof Error)),
  },
  ImpactDocument: {
    municipality: (d: { municipalityId: string | null }, _: unknown, ctx: Context) =>
      d.municipalityId ? ctx.loaders.node('Organization').load(d.municipalityId) : null,
  },
  CoveredFinding: {
    citedBy: (f: { citedBy: unknown[] }, args: { first: number }) => firstOf(f.citedBy, args),
  },
  FindingCitation: {
    municipality: (c: { document: NodeRow }, _: unknown, ctx: Context) =>
      c.document.municipalityId ? ctx.loaders.node('Organization').load(String(c.document.municipalityId)) : null,
  },
};
