/**
 * Generated HTTP requests for /graphql (fast-check arbitraries): malformed JSON, malformed and mutated queries,
 * wrong and huge variables, deep fragments and fragment cycles, batches, random operation names, odd methods
 * and content types. None of them may write: mutations go without a key, or with one and input that is refused.
 */
import fc from 'fast-check';

export interface FuzzRequest {
  kind: string;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH' | 'OPTIONS';
  /** Path and query string. */
  path: string;
  headers: Record<string, string>;
  body?: string;
  /** Send the curator key (the test fills it in). */
  curator?: boolean;
}

const JSON_TYPE = { 'content-type': 'application/json' };
const VALID = [
  '{ parties { abbreviation name } }',
  '{ citations(first: 5) { totalCount edges { cursor node { role evidence { quote } } } } }',
  'query Q($id: ID!) { motion(id: $id) { title authors { name } } }',
  'query S($q: String!) { search(query: $q, first: 3) { totalCount edges { node { snippet } } } }',
  '{ evaluationImpact(evaluationId: "evaluation/igor") { timeline { year count } } }',
  '{ connection(fromId: "party/SD", toId: "evaluation/igor", maxHops: 4) { found } }',
  'mutation M($t: String!) { ingestDocument(input: { text: $t }) { outcome error { code } } }',
  'mutation R($f: ID!) { reviewFact(input: { factId: $f, decision: REJECT }) { error { code } } }',
];
const post = (kind: string, body: unknown, extra: Partial<FuzzRequest> = {}): FuzzRequest => ({
  kind,
  method: 'POST',
  path: '/graphql',
  headers: JSON_TYPE,
  body: typeof body === 'string' ? body : JSON.stringify(body),
  ...extra,
});

const mutatedQuery = fc
  .tuple(fc.constantFrom(...VALID), fc.array(fc.tuple(fc.nat(), fc.nat(6), fc.string({ unit: 'grapheme-ascii', maxLength: 4 })), { maxLength: 6 }))
  .map(([q, edits]) => edits.reduce((s, [at, cut, add]) => s.slice(0, at % (s.length + 1)) + add + s.slice((at % (s.length + 1)) + cut), q));

const variables = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  fc.dictionary(fc.constantFrom('id', 'q', 't', 'f', 'x'), fc.jsonValue({ maxDepth: 3 })),
  fc.record({ t: fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.string()), fc.object()) }),
  fc.record({ f: fc.oneof(fc.string(), fc.stringMatching(/^fact\/[A-Z_]{2,15}\/[0-9a-f]{24}$/)) }),
  fc.integer({ min: 1, max: 4 }).map((mb) => ({ q: 'x'.repeat(mb * 256 * 1024), id: 'motion/'.padEnd(mb * 1024, 'y') })),
);

/** Fragments spread into each other: a chain `depth` long, closed into a cycle or not, some on the wrong type. */
const fragments = fc.record({ depth: fc.integer({ min: 1, max: 60 }), cycle: fc.boolean(), wrongType: fc.boolean(), field: fc.constantFrom('parties { id }', 'ping', '__typename') })
  .map(({ depth, cycle, wrongType, field }) => {
    const defs = Array.from({ length: depth }, (_, i) => {
      const next = i + 1 < depth ? `...F${i + 1}` : cycle ? '...F0' : field;
      return `fragment F${i} on ${wrongType && i === depth - 1 ? 'Party' : 'Query'} { ${next} }`;
    });
    return `query Deep { ...F0 } ${defs.join(' ')}`;
  });

/** Selections nested `depth` deep, through fields that loop (motion → authors → motions …). */
const deepSelection = fc.integer({ min: 5, max: 200 }).map((depth) => {
  let s = 'id';
  for (let i = 0; i < depth; i++) s = i % 2 ? `motions { edges { node { ${s} } } }` : `authors { ${s} }`;
  return `{ motions { edges { node { ${s} } } } }`;
});

export const fuzzRequest: fc.Arbitrary<FuzzRequest> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }).map((body) => post('malformed-json', body)),
  fc.constantFrom('{', '{"query":', '[', '{"query": "{ parties { id } }",}', '\u0000', 'null', '"query"', '{"query": "{ parties { id } }"}}').map((b) => post('truncated-json', b)),
  fc.jsonValue({ maxDepth: 5 }).map((v) => post('json-of-any-shape', v)),
  fc.string({ unit: 'binary', maxLength: 400 }).map((query) => post('random-query', { query })),
  mutatedQuery.map((query) => post('mutated-query', { query, variables: { id: 'party/SD', q: 'IGOR', t: 'x', f: 'x' } })),
  // With the curator key: reads and reviews of facts that do not exist; never a text the pipeline could accept.
  fc.tuple(fc.constantFrom(...VALID.filter((q) => !q.includes('ingestDocument'))), variables).map(([query, v]) => post('wrong-variables', { query, variables: v }, { curator: true })),
  fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.string()), fc.object()).map((t) => post('ingest-wrong-type', { query: VALID[6], variables: { t } }, { curator: true })),
  fragments.map((query) => post('fragments', { query })),
  deepSelection.map((query) => post('deep-selection', { query })),
  fc.array(fc.record({ query: fc.constantFrom(...VALID) }), { minLength: 1, maxLength: 100 }).map((ops) => post('batch', ops, { curator: true })),
  fc.tuple(fc.string({ maxLength: 60 }), fc.boolean()).map(([name, two]) =>
    post('operation-name', { query: two ? 'query A { ping } query B { parties { id } }' : '{ ping }', operationName: name }),
  ),
  fc.tuple(fc.constantFrom(...VALID), fc.string({ maxLength: 40 })).map(([query, junk]): FuzzRequest => ({
    kind: 'get',
    method: 'GET' as const,
    path: `/graphql?query=${encodeURIComponent(query + junk)}&variables=${encodeURIComponent(junk)}&operationName=${encodeURIComponent(junk)}`,
    headers: {},
  })),
  fc.tuple(fc.constantFrom('PUT', 'DELETE', 'PATCH', 'OPTIONS') as fc.Arbitrary<FuzzRequest['method']>, fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/graphql', '')).map(
    ([method, type]): FuzzRequest => ({ kind: 'method-and-type', method, path: '/graphql', headers: type ? { 'content-type': type } : {}, body: 'query={parties{id}}' }),
  ),
  fc.tuple(fc.constantFrom(...VALID.slice(6)), fc.string({ maxLength: 80 })).map(([query, key]) =>
    post('mutation-bad-key', { query, variables: { t: 'Motion om trygghet. Jag föreslår att det görs.', f: 'x' } }, { headers: { ...JSON_TYPE, authorization: `Bearer ${key}` } }),
  ),
);
