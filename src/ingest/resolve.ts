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

export async function resolveAmbiguities(executor: Executor, record: ExtractionRecord) {
  const personIds = new Map<string, string>();
  const ambiguities: Ambiguity[] = [];
  const candidates = record.authors.filter((a) => a.party);
  if (candidates.length === 0) return { personIds, ambiguities };
  const rows = await executor.read<{ id: string; parties: string[] }>(PEOPLE_WITH_PARTIES, {
    ids: candidates.map((a) => ids.person(a.name)),
  });
  const known = new Map(rows.map((r) => [r.id, r.parties]));
  for (const a of candidates) {
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
