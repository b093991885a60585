/** Named queries for motion lists. */
import { lastNeighbourItem, neighbourItems } from '../graph/neighbours.repo.js';
import { pagedQuery } from '../graph/paged-query.js';

/** One query: the total for the filter and one keyset page ordered by id. */
export const MOTIONS_PAGE = pagedQuery({
  match: 'MATCH (m:Motion)',
  where: `($municipalityId IS NULL OR m.municipalityId = $municipalityId)
  AND ($partyAbbreviation IS NULL OR EXISTS { (m)-[:AUTHORED_BY]->(:Person)-[:MEMBER_OF]->(:Party {abbreviation: $partyAbbreviation}) })
  AND ($titleContains IS NULL OR toLower(m.title) CONTAINS toLower($titleContains))`,
  key: 'm.id',
  projection: 'm{.*}',
});

export const ALL_PARTIES = `MATCH (p:Party) RETURN p{.*} AS party ORDER BY p.abbreviation`;
export const PARTY_BY_ABBREVIATION = `MATCH (p:Party {abbreviation: $abbreviation}) RETURN p{.*} AS party`;

/**
 * A motion with its authors, their party memberships and its case documents, in one query: the lists its
 * resolvers would otherwise fetch one DataLoader round trip after another (motion, then authors and documents,
 * then the authors' parties). Each list is the one NEIGHBOURS gives, in the same order, so it primes their loaders.
 * An author's memberships are one per document that states them, so they grow with the author's history (2 each
 * at S, 20 at M in the benchmark): unless the request asks for them, only the last — the author's party — is read.
 */
const motionWithCase = (memberships: 'all' | 'last') => `MATCH (a:Motion {id: $id})
RETURN a{.*, fingerprint: null} AS node,
  ${neighbourItems('motionAuthors', 'a')} AS motionAuthors,
  ${neighbourItems('motionDocuments', 'a')} AS motionDocuments,
  COLLECT {
    MATCH (a)-[:AUTHORED_BY]->(p:Person)
    WITH DISTINCT p
    RETURN {key: p.id, items: ${memberships === 'all' ? neighbourItems('personMemberships', 'p') : lastNeighbourItem('personMemberships', 'p')}}
  } AS personMemberships`;

export const MOTION_WITH_CASE = { all: motionWithCase('all'), last: motionWithCase('last') };
