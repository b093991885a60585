/**
 * The shape every keyset-paginated list shares: one query that returns the total for the filter and one page
 * after the cursor. Only the pattern, the filter and the projection differ, and they are our own constants.
 */
export function pagedQuery(parts: { match: string; where: string; key: string; projection: string }): string {
  const { match, where, key, projection } = parts;
  return `CALL {
  ${match} WHERE ${where}
  RETURN count(*) AS total
}
CALL {
  ${match} WHERE ${where} AND ($after IS NULL OR ${key} > $after)
  WITH * ORDER BY ${key} LIMIT $limit
  RETURN collect(${projection}) AS page
}
RETURN total, page`;
}
