/**
 * Full-text search through both indexes (Swedish stemming; diacritic folding), best score per node. The Lucene
 * query is built by us from word tokens only, so user input never reaches Lucene's syntax.
 */

/**
 * How many of its best matches each index ranks. Only those are counted and paged through: more would cost every
 * search reading them (17 ms for the 22,476 matches of one index at scale M, against 7.7 for 1,000; issue 6), so
 * a search that reaches it says that its count is a lower bound (`totalCountIsExact`).
 */
export const SEARCH_LIMIT_PER_INDEX = 1000;

/**
 * A hit's texts are read up to this many characters for its snippet (`makeSnippetFromPrefixes`); the few hits
 * whose snippet that leaves unsettled read the rest (`SEARCH_HIT_TEXTS`). A document's text can be megabytes:
 * twenty hits read whole could be tens of megabytes for one page of results.
 */
export const SNIPPET_PREFIX_CHARS = 10_000;
/** How much of each text SEARCH reads: the start, and one character more, which tells that a text goes on. */
export const SNIPPET_READ_CHARS = SNIPPET_PREFIX_CHARS + 1;
/** The most of a text a snippet is looked for in. */
export const SNIPPET_MAX_CHARS = 200_000;

export const SEARCH = `CALL {
  CALL db.index.fulltext.queryNodes('belagg_fulltext', $swedishQuery, {limit: $perIndex}) YIELD node, score
  RETURN node, score, 1 AS swedish, 0 AS folded
  UNION ALL
  CALL db.index.fulltext.queryNodes('belagg_fulltext_folded', $foldedQuery, {limit: $perIndex}) YIELD node, score
  RETURN node, score, 0 AS swedish, 1 AS folded
}
// Each index gives a node once: the nodes found in an index count its hits. One that gave as many as it was asked
// for may have matched more, and the total is then a lower bound. The hits of other types are left out as they are
// collected, so the statement keeps its one row, and says so, when none is left.
WITH node, max(score) AS score, max(swedish) AS inSwedish, max(folded) AS inFolded
WITH node, score, inSwedish, inFolded, labels(node)[0] AS label
ORDER BY score DESC
WITH sum(inSwedish) >= $perIndex OR sum(inFolded) >= $perIndex AS capped,
  collect(CASE WHEN $labels IS NULL OR label IN $labels THEN {node: node, score: score, label: label} END) AS hits
// Ranked by score, ties by id. Only the hits that rank with or above the page's last one can be on the page, so
// only they are ordered by id: reading the id of every hit (up to 2,000) to break ties among ones far below the
// page was about a sixth of the statement (issue 6). The order and pages are the same as one sort of all hits.
WITH capped, size(hits) AS total, hits, hits[$offset + $limit - 1].score AS lowest
CALL (hits, lowest) {
  UNWIND [h IN hits WHERE lowest IS NULL OR h.score >= lowest] AS h
  WITH h ORDER BY h.score DESC, h.node.id
  RETURN collect(h)[$offset..($offset + $limit)] AS page
}
// A page past the last hit is empty, and still says how many there are.
UNWIND (CASE WHEN size(page) = 0 THEN [null] ELSE page END) AS h
WITH capped, total, h, h.node AS n
RETURN capped, total, [x IN collect(CASE WHEN h IS NULL THEN null ELSE {
    score: h.score,
    label: h.label,
    elementId: elementId(n),
    // what the texts' start was read from: the rest of them is read only from the same version (SEARCH_HIT_TEXTS)
    fingerprint: n.fingerprint,
    // A document's texts can be megabytes: its resolver fetches them only when asked for. Others keep theirs.
    node: n{.*, rawText: null, fingerprint: null, text: CASE WHEN h.label = 'Document' THEN null ELSE n.text END},
    // One character more than the snippet reads tells it which texts go on. A raw text the same as the normalized
    // one (a born-digital document) is not sent: it would tie with the text, and a tie goes to the text.
    fields: { text: left(n.text, $prefixChars), rawText: CASE WHEN n.rawText = n.text THEN null ELSE left(n.rawText, $prefixChars) END, title: n.title, name: n.name, description: n.description }
  } END) WHERE x IS NOT NULL] AS page`;

/**
 * The texts of the hits whose snippet their start left unsettled, to `$maxChars` characters: for a document still
 * the version its start was read from, only the rest after `$readChars` (the start is not sent twice: about half
 * of reading twenty long hits, issue 6); else the whole text again. A document's fingerprint, a hash of its plan,
 * covers both its texts, so a document re-ingested between the two reads never has an old start joined to a new
 * rest. Other nodes have no such fingerprint and read theirs whole. Cypher counts characters as `left` does, so a
 * start and its rest join exactly.
 */
export const SEARCH_HIT_TEXTS = `UNWIND $hits AS hit
MATCH (n) WHERE elementId(n) = hit.elementId
WITH hit, n, n:Document AND hit.fingerprint IS NOT NULL AND n.fingerprint = hit.fingerprint AS rest
WITH hit, n, rest, CASE WHEN rest THEN $readChars ELSE 0 END AS readFrom
RETURN hit.elementId AS elementId, rest,
  substring(n.text, readFrom, $maxChars - readFrom) AS text,
  CASE WHEN n.rawText = n.text THEN null ELSE substring(n.rawText, readFrom, $maxChars - readFrom) END AS rawText`;
