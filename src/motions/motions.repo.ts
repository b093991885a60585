/** Named queries for motion lists. */
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
