/** Named queries for entity resolution. */
export const PEOPLE_WITH_PARTIES = `UNWIND $ids AS id
MATCH (p:Person {id: id})
OPTIONAL MATCH (p)-[:MEMBER_OF]->(party:Party)
RETURN id, collect(DISTINCT party.abbreviation) AS parties`;
