/**
 * Full-text search through both indexes (Swedish stemming; diacritic folding), best score per node. The Lucene
 * query is built by us from word tokens only, so user input never reaches Lucene's syntax.
 */
export const SEARCH_LIMIT_PER_INDEX = 1000;

export const SEARCH = `CALL {
  CALL db.index.fulltext.queryNodes('belagg_fulltext', $lucene, {limit: $perIndex}) YIELD node, score
  RETURN node, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('belagg_fulltext_folded', $lucene, {limit: $perIndex}) YIELD node, score
  RETURN node, score
}
WITH node, max(score) AS score
WITH node, score, labels(node)[0] AS label
WHERE $labels IS NULL OR label IN $labels
WITH node, score, label ORDER BY score DESC, node.id
WITH collect({node: node, score: score, label: label}) AS hits
UNWIND (CASE WHEN size(hits) = 0 THEN [null] ELSE hits[$offset..($offset + $limit)] END) AS h
WITH size(hits) AS total, h, h.node AS n
RETURN total, [x IN collect(CASE WHEN h IS NULL THEN null ELSE {
    score: h.score,
    label: h.label,
    // A document's texts can be megabytes: its resolver fetches them only when asked for. Others keep theirs.
    node: n{.*, rawText: null, fingerprint: null, text: CASE WHEN h.label = 'Document' THEN null ELSE n.text END},
    fields: { text: left(n.text, $maxChars), rawText: left(n.rawText, $maxChars), title: n.title, name: n.name, description: n.description }
  } END) WHERE x IS NOT NULL] AS page`;
