/** Named queries for motion lists. */

const MOTION_FILTER = `($municipalityId IS NULL OR m.municipalityId = $municipalityId)
  AND ($partyAbbreviation IS NULL OR EXISTS { (m)-[:AUTHORED_BY]->(:Person)-[:MEMBER_OF]->(:Party {abbreviation: $partyAbbreviation}) })
  AND ($titleContains IS NULL OR toLower(m.title) CONTAINS toLower($titleContains))`;

/** One query: the total for the filter and one keyset page ordered by id. */
export const MOTIONS_PAGE = `CALL {
  MATCH (m:Motion) WHERE ${MOTION_FILTER}
  RETURN count(m) AS total
}
CALL {
  MATCH (m:Motion) WHERE ${MOTION_FILTER} AND ($after IS NULL OR m.id > $after)
  WITH m ORDER BY m.id LIMIT $limit
  RETURN collect(m{.*}) AS page
}
RETURN total, page`;

export const ALL_PARTIES = `MATCH (p:Party) RETURN p{.*} AS party ORDER BY p.abbreviation`;
export const PARTY_BY_ABBREVIATION = `MATCH (p:Party {abbreviation: $abbreviation}) RETURN p{.*} AS party`;
