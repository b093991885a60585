/**
 * Hostile strings for the injection and fuzz tests: Cypher that would close a string, a map or a label and run
 * a query of its own; parameters and template syntax; Lucene syntax (for search); very long strings; Unicode
 * direction marks, zero-width characters, lone surrogates and NUL bytes.
 */

/** One of each kind: sent through every argument of every root field. */
export const CORE_INJECTIONS: readonly string[] = [
  "' OR 1=1 //",
  '"}) MATCH (n) DETACH DELETE n //',
  "'}) MATCH (n) DETACH DELETE n //",
  'evaluation/igor"}) WITH 1 AS x MATCH (n) DETACH DELETE n //',
  '\\u0027 OR 1=1 //',
  "\u0027) RETURN 1 UNION MATCH (n) DETACH DELETE n RETURN 1 //",
  '`) DETACH DELETE n //',
  'CALL dbms.shutdown()',
  '$param',
  '${7*7}',
  '*:*',
  'title:(IGOR) AND rawText:/.*/',
  '\\',
  'x'.repeat(100_000),
  '\u202Eevaluation/igor\u202C',
  '\u200F\u200E\u2066\u2069\u061C',
  'evaluation/igor\u0000',
  '\uD800',
  '',
  '%00%27',
];

/** More of each kind: sent through the arguments where text is searched or stored (search, mutations). */
export const MORE_INJECTIONS: readonly string[] = [
  "evaluation/igor' OR 1=1 //",
  '" OR 1=1 //',
  "party/SD'}) SET n.hacked = true RETURN n //",
  '`Document`',
  'Party` {id: "x"}) DETACH DELETE n //',
  '*/ MATCH (n) DETACH DELETE n /*',
  "CALL apoc.cypher.runWrite('MATCH (n) DETACH DELETE n', {})",
  'LOAD CSV FROM "file:///etc/passwd" AS l RETURN l',
  '$evaluationId',
  '${process.exit(1)}',
  '{{7*7}}',
  '#{7*7}',
  'IGOR OR *:*',
  '"IGOR',
  'IGOR~0.5 Brå^10',
  '[a TO z] {!lucene}x',
  '/.*/',
  '? * AND NOT OR (((',
  'å'.repeat(30_000),
  '9'.repeat(400),
  'party/SD\u200B',
  '\u0000',
  '\u0001\u001F\u007F',
  '\uDFFF\uD800x',
  '\uFEFFparty/SD',
  ' ',
  '\r\nMATCH (n) RETURN n',
  '../../../etc/passwd',
  '<script>alert(1)</script>',
  "'; DROP TABLE motions; --",
  'NaN',
  '-1',
  '1e309',
];

export const INJECTIONS: readonly string[] = [...CORE_INJECTIONS, ...MORE_INJECTIONS];
