/**
 * Popolo-style JSON (https://www.popoloproject.com/specs/) for civic-data tools: persons, organizations
 * (parties and bodies), memberships (person → party) and motions. Popolo's own fields carry what it has words
 * for; what it has not is added under plain extra keys: `evidence` on a membership (the provenance of the
 * fact, as stored) and `outcomes`/`creator_ids` on a motion. A motion's `result` is the outcome its case file
 * proposes or records ("Motionen bifalls" → pass), the latest by document date.
 */
import type { Executor } from '../db/executor.js';
import type { NodeLabel } from '../ingest/plan/graph-plan.js';
import { POPOLO_MEMBERSHIPS, POPOLO_MOTIONS, POPOLO_ORGANIZATIONS, POPOLO_PERSONS } from './popolo.repo.js';
import type { Scope } from './scope.js';
import type { Sink } from './sink.js';

type Row = Record<string, unknown>;
type Section = 'persons' | 'organizations' | 'memberships' | 'motions';
export type PopoloCounts = Record<Section, number>;

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const rows = (v: unknown): Row[] => (Array.isArray(v) ? (v as Row[]) : []);

/** Popolo leaves out what is unknown rather than writing null. */
function compact(o: Row): Row {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0)));
}

const RESULTS: Record<string, string> = { approved: 'pass', rejected: 'fail' };

const toOrganization = (r: Row) =>
  compact({
    id: r.id,
    name: r.name,
    classification: r.classification,
    other_names: [
      ...(str(r.abbreviation) ? [{ name: r.abbreviation, note: 'abbreviation' }] : []),
      ...(Array.isArray(r.aliases) ? r.aliases.map((name) => ({ name, note: 'alias' })) : []),
    ],
    parent_id: r.parentId,
    sources: rows(r.sources).filter((s) => str(s.url)).map(compact),
  });

function toMembership(r: Row): Row {
  const evidence = (r.evidence ?? {}) as Row;
  const url = str(evidence.source) ?? str(r.documentUrl);
  return compact({
    id: r.id,
    person_id: r.personId,
    organization_id: r.organizationId,
    role: 'member',
    sources: url ? [compact({ url, note: str(r.documentTitle) })] : [],
    evidence,
  });
}

function toMotion(r: Row): Row {
  const outcomes = rows(r.outcomes);
  const latest = outcomes.at(-1);
  const creators = Array.isArray(r.creatorIds) ? (r.creatorIds as string[]) : [];
  const outcome = str(latest?.outcome);
  return compact({
    id: r.id,
    organization_id: str(latest?.toBodyId) ?? str(r.municipalityId),
    creator_id: creators[0],
    text: r.title,
    classification: 'motion',
    date: r.date,
    result: outcome ? (RESULTS[outcome] ?? outcome) : undefined,
    sources: rows(r.documents).filter((d) => str(d.url)).map((d) => compact({ url: d.url, note: str(d.title) })),
    creator_ids: creators,
    outcomes: outcomes.map(compact),
  });
}

const sections: Array<{ name: Section; labels: NodeLabel[]; query: string; map: (r: Row) => Row }> = [
  { name: 'persons', labels: ['Person'], query: POPOLO_PERSONS, map: compact },
  { name: 'organizations', labels: ['Party', 'Organization'], query: POPOLO_ORGANIZATIONS, map: toOrganization },
  { name: 'memberships', labels: ['Person'], query: POPOLO_MEMBERSHIPS, map: toMembership },
  { name: 'motions', labels: ['Motion'], query: POPOLO_MOTIONS, map: toMotion },
];

export async function writePopolo(executor: Executor, scope: Scope, sink: Sink): Promise<PopoloCounts> {
  const counts: PopoloCounts = { persons: 0, organizations: 0, memberships: 0, motions: 0 };
  for (const [i, section] of sections.entries()) {
    await sink.write(`${i === 0 ? '{' : ','}"${section.name}":[`);
    for await (const eids of scope.pages(section.labels)) {
      const page = await executor.read<Row>(section.query, { eids, members: scope.members });
      await sink.write(page.map((r) => (counts[section.name]++ === 0 ? '\n' : ',\n') + JSON.stringify(section.map(r))).join(''));
    }
    await sink.write(counts[section.name] > 0 ? '\n]' : ']');
  }
  await sink.write('}\n');
  return counts;
}
