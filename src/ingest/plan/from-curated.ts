/**
 * Plans curated knowledge (a curator's facts from external sources, e.g. seed/curated.json): who really
 * published an evaluation, when a project started and ended. Each fact carries status CURATED and its source,
 * and lives on its own relationships and properties, apart from what any document says.
 */
import { z } from 'zod';
import { organizations } from '../../domain/gazetteer/index.js';
import { ids, slugify } from '../../domain/ids.js';
import { polarities } from '../record.js';
import type { CuratedEvidence, GraphPlan, PlannedNode, PlannedRelationship, Scalar } from './graph-plan.js';

const scalar = z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]);
const fact = z.object({ property: z.string().regex(/^[a-zA-Z]+$/), value: scalar, source: z.string() });

export const curatedSchema = z.object({
  curator: z.string().min(1),
  sources: z.array(
    z.object({ key: z.string(), url: z.string().url(), title: z.string(), publisher: z.string(), date: z.string() }),
  ),
  evaluations: z.array(
    z.object({
      id: z.string().startsWith('evaluation/'),
      source: z.string(),
      facts: z.array(fact),
      publishedBy: z.string().startsWith('organization/'),
      evaluates: z.string().startsWith('project/').optional(),
      /** The evaluation's own conclusions, as its publisher states them (a risk or negative finding included). */
      findings: z
        .array(z.object({ text: z.string().min(1), polarity: z.enum(polarities), source: z.string() }))
        .default([]),
    }),
  ),
  projects: z.array(
    z.object({
      id: z.string().startsWith('project/'),
      name: z.string(),
      facts: z.array(fact),
      runBy: z.array(z.object({ id: z.string().startsWith('organization/'), source: z.string() })),
    }),
  ),
});
export type CuratedFile = z.infer<typeof curatedSchema>;

const sourceId = (key: string) => `source/${slugify(key)}`;

export function planCurated(file: CuratedFile): GraphPlan {
  const sources = new Map(file.sources.map((s) => [s.key, s]));
  const nodes: PlannedNode[] = [];
  const relationships: PlannedRelationship[] = [];
  const evidence = (key: string): CuratedEvidence => {
    const s = sources.get(key);
    if (!s) throw new Error(`curated fact names unknown source ${JSON.stringify(key)}`);
    return { status: 'CURATED', source: s.url, sourceId: sourceId(key), curator: file.curator };
  };
  for (const s of file.sources)
    nodes.push({ label: 'Source', id: sourceId(s.key), props: { url: s.url, title: s.title, publisher: s.publisher, date: s.date } });

  const organization = (id: string) => {
    const known = organizations.find((o) => o.id === id);
    if (!known) throw new Error(`curated fact names ${id}, which the gazetteer does not know`);
    nodes.push({ label: 'Organization', id, props: {}, onCreate: { name: known.name, kind: known.kind, aliases: known.aliases } });
    return { label: 'Organization' as const, id };
  };
  // A curated property is set on the node, and the node links to its source saying which properties it backs.
  const curateProperties = (label: 'Evaluation' | 'Project', id: string, facts: CuratedFile['projects'][number]['facts']) => {
    const bySource = new Map<string, string[]>();
    const props: Record<string, Scalar> = {};
    for (const f of facts) {
      props[f.property] = f.value;
      bySource.set(f.source, [...(bySource.get(f.source) ?? []), f.property]);
    }
    nodes.push({ label, id, props });
    for (const [key, properties] of bySource)
      relationships.push({
        type: 'CURATED_FROM',
        from: { label, id },
        to: { label: 'Source', id: sourceId(key) },
        key: 'curated',
        props: { properties },
        evidence: evidence(key),
      });
  };

  for (const p of file.projects) {
    nodes.push({ label: 'Project', id: p.id, props: {}, onCreate: { name: p.name } });
    curateProperties('Project', p.id, p.facts);
    for (const r of p.runBy)
      relationships.push({ type: 'RUN_BY', from: { label: 'Project', id: p.id }, to: organization(r.id), key: 'curated', props: {}, evidence: evidence(r.source) });
  }
  for (const e of file.evaluations) {
    curateProperties('Evaluation', e.id, e.facts);
    relationships.push({ type: 'PUBLISHED_BY', from: { label: 'Evaluation', id: e.id }, to: organization(e.publishedBy), key: 'curated', props: {}, evidence: evidence(e.source) });
    if (e.evaluates)
      relationships.push({ type: 'EVALUATES', from: { label: 'Evaluation', id: e.id }, to: { label: 'Project', id: e.evaluates }, key: 'curated', props: {}, evidence: evidence(e.source) });
    for (const f of e.findings) {
      const id = ids.finding(e.id, f.text);
      nodes.push({ label: 'Finding', id, props: {}, onCreate: { text: f.text, polarity: f.polarity } });
      relationships.push({ type: 'REPORTS', from: { label: 'Evaluation', id: e.id }, to: { label: 'Finding', id }, key: 'curated', props: {}, evidence: evidence(f.source) });
    }
  }
  return { nodes, relationships };
}
