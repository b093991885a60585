/**
 * Entity resolution against what the graph already holds. Parties, agencies and projects resolve by the
 * gazetteer and normalized names. People resolve by name; when a name already belongs to someone of another
 * party, that is reported as ambiguous and the newcomer gets an id of its own instead of being merged silently.
 */
import type { Executor } from '../db/executor.js';
import { findParty } from '../domain/gazetteer/index.js';
import { ids, slugify } from '../domain/ids.js';
import type { ExtractionRecord } from './record.js';
import { PEOPLE_WITH_PARTIES } from './resolve.repo.js';

export interface Ambiguity {
  kind: 'person';
  name: string;
  /** The existing node the name would have merged into. */
  existingId: string;
  existingParties: string[];
  /** The id given instead. */
  assignedId: string;
  reason: string;
}

const partyOf = (party: string | null) => (party ? (findParty(party)?.abbreviation ?? party.toUpperCase()) : null);

type Known = Map<string, string[]>;

/** The decision for one record, against what is known of the people its authors' names would merge into. */
function decide(record: ExtractionRecord, known: Known) {
  const personIds = new Map<string, string>();
  const ambiguities: Ambiguity[] = [];
  for (const a of record.authors.filter((x) => x.party)) {
    const id = ids.person(a.name);
    const parties = known.get(id);
    const party = partyOf(a.party);
    if (!parties || parties.length === 0 || !party || parties.includes(party)) continue;
    const assignedId = `${id}--${slugify(party)}`;
    personIds.set(a.name, assignedId);
    ambiguities.push({
      kind: 'person',
      name: a.name,
      existingId: id,
      existingParties: parties,
      assignedId,
      reason: `${a.name} (${party}) shares a name with ${id} (${parties.join(', ')}); kept apart until a curator merges them`,
    });
  }
  return { personIds, ambiguities };
}

async function knownPeople(executor: Executor, records: ExtractionRecord[]): Promise<Known> {
  const wanted = [...new Set(records.flatMap((r) => r.authors.filter((a) => a.party).map((a) => ids.person(a.name))))];
  if (wanted.length === 0) return new Map();
  const rows = await executor.read<{ id: string; parties: string[] }>(PEOPLE_WITH_PARTIES, { ids: wanted });
  return new Map(rows.map((r) => [r.id, r.parties]));
}

export async function resolveAmbiguities(executor: Executor, record: ExtractionRecord) {
  return decide(record, await knownPeople(executor, [record]));
}

/**
 * The same decisions for a batch loaded in one transaction: one read for all names, and each document sees the
 * people the documents before it in the batch will write, exactly as if they had been loaded one by one.
 */
export async function resolveBatch(executor: Executor, records: ExtractionRecord[]) {
  const known = await knownPeople(executor, records);
  return records.map((record) => {
    const decision = decide(record, known);
    for (const a of record.authors) {
      const party = partyOf(a.party);
      if (!party) continue;
      const id = decision.personIds.get(a.name) ?? ids.person(a.name);
      known.set(id, [...new Set([...(known.get(id) ?? []), party])]);
    }
    return decision;
  });
}
