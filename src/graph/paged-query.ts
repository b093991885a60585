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

/**
 * The same answer in one pass over the match instead of two (total, then page): the rows after the cursor are
 * kept, sorted and cut in memory. For anchored lists (a motion's, an evaluation's, a party's citations), where
 * the rows are few but each costs a walk; an unanchored list keeps the two streaming passes above, which never
 * hold every row. `vars` are the variables the projection reads; `key` must be one of them.
 */
export function onePassPagedQuery(parts: { match: string; where: string; key: string; vars: string[]; projection: string }): string {
  const { match, where, key, vars, projection } = parts;
  return `${match} WHERE ${where}
WITH count(*) AS total, collect(CASE WHEN $after IS NULL OR ${key} > $after THEN {${vars.map((v) => `${v}: ${v}`).join(', ')}} END) AS rows
CALL (rows) {
  UNWIND rows AS row
  WITH row ORDER BY row.${key} LIMIT $limit
  WITH ${vars.map((v) => `row.${v} AS ${v}`).join(', ')}
  RETURN collect(${projection}) AS page
}
RETURN total, page`;
}
