/**
 * No injection (issue 5, item 3): hostile strings through every argument of every root Query and Mutation
 * field, input-object fields included, found by introspecting the served schema, with a curator key. No answer
 * is an internal error, every error has a code from the closed set, and the graph is exactly as it was — except
 * where a mutation legitimately writes, and then it writes only what the same input planned, as plain text.
 */
import { buildClientSchema, getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeCursor } from '../../src/graphql/pagination.js';
import { IngestPipeline } from '../../src/ingest/pipeline.js';
import { loadSeed } from '../../src/seed/load-seed.js';
import { startTestApi, type TestApi } from '../support/api.js';
import { loadCuratedFixture } from '../support/curated-fixture.js';
import { resetGraph, testDatabase } from '../support/database.js';
import { dumpGraph } from '../support/graph-state.js';
import { plannedIdentities, propsOf, refused, responseProblems, unexpectedChanges } from '../support/injection-checks.js';
import { CORE_INJECTIONS, INJECTIONS } from '../support/injection-strings.js';
import { inPool } from '../support/pool.js';
import { type ArgTarget, aliasedRequest, type FieldCase, rootFieldCases, VALID_ARGUMENTS, variablesWith } from '../support/schema-cases.js';

const db = testDatabase();
let api: TestApi;
let curator: string;
let cases: FieldCase[];
/** The same fields with a shallower selection: the hostile value is an argument of the root field. */
let shallow: FieldCase[];
let pipeline: IngestPipeline;
const TEXT =
  'Motion om trygghet i kommunen\n\nJag föreslår att kommunen ska arbeta för att alla ska känna sig trygga, och att det görs nu. Det är viktigt för alla som bor här.\n';
/** Valid values for required arguments, so each request reaches its resolver with one hostile value in it. */
const defaults: Record<string, unknown> = { ...VALID_ARGUMENTS, id: 'party/SD', text: TEXT, decision: 'CONFIRM' };

const chunks = <T>(items: readonly T[], size: number) => Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, i * size + size));

/** Mutation inputs that are stored as given when valid: a hostile value may be written, as plain text. */
const MAY_WRITE = new Set(['text', 'title', 'url', 'date', 'municipality', 'note', 'sourceUrl']);
const mutationJobs = () =>
  cases.filter((c) => c.operation === 'mutation').flatMap((c) => c.targets.flatMap((t) => INJECTIONS.map((value) => ({ c, t, value }))));

/**
 * One hostile string of each kind through every query argument (all of them through search's query), and for
 * cursors also wrapped as a cursor this API issues, so that it gets past the cursor check and reaches Cypher.
 */
function valuesFor(c: FieldCase, t: ArgTarget): readonly string[] {
  if (c.field === 'search' && t.path.join('.') === 'query') return INJECTIONS;
  return t.path.at(-1) === 'after' ? [...CORE_INJECTIONS, ...CORE_INJECTIONS.map(encodeCursor)] : CORE_INJECTIONS;
}

beforeAll(async () => {
  await resetGraph(db.executor);
  await loadSeed(db.executor);
  await loadCuratedFixture(db.executor);
  api = await startTestApi(db.executor, { BELAGG_RATE_LIMIT_PER_MINUTE: '1000000' });
  curator = await api.key('curator');
  const { data } = await api.graphql('{ motions(first: 1) { edges { node { id } } } citations(first: 1) { edges { node { findings { evidence { factId } } } } } }');
  defaults.motionId = data.motions.edges[0].node.id;
  defaults.factId = data.citations.edges[0].node.findings[0].evidence[0].factId;
  // The schema as the server serves it, by introspection (what a client, or an attacker, sees).
  const schema = buildClientSchema((await api.graphql(getIntrospectionQuery())).data);
  cases = rootFieldCases(schema, defaults);
  shallow = rootFieldCases(schema, defaults, 1);
  pipeline = await IngestPipeline.create();
}, 180_000);
afterAll(async () => {
  await api?.close();
  await db.close();
});

describe('injection through every argument', () => {
  it('builds a valid request for every root field that reaches its resolver', async () => {
    expect(cases.filter((c) => c.operation === 'mutation').map((c) => c.field).sort()).toEqual(['ingestDocument', 'linkEvaluation', 'reviewFact']);
    for (const c of cases.filter((x) => x.operation === 'query')) {
      const body = await api.graphql(c.query, c.required, curator);
      const codes = (body.errors ?? []).map((e) => e.extensions?.code);
      expect(codes, `${c.field}: ${JSON.stringify(body.errors)}`).not.toContain('GRAPHQL_VALIDATION_FAILED');
      expect(responseProblems(body, c.field), c.field).toEqual([]);
    }
  });

  it('answers every hostile query argument with data or a coded error, and writes nothing', async () => {
    const before = await dumpGraph(db.executor);
    // Up to ten values per request, each through its own alias of the field: the same resolver calls, fewer requests.
    const jobs = shallow
      .filter((c) => c.operation === 'query')
      .flatMap((c) => c.targets.flatMap((t) => chunks(valuesFor(c, t), 10).map((values) => ({ c, t, values }))));
    const problems = await inPool(jobs, 4, async ({ c, t, values }) => {
      const { query, variables } = aliasedRequest(c, t, values);
      const body = await api.graphql(query, variables, curator);
      const where = `${c.field}(${t.path.join('.')} = ${values.map((v) => JSON.stringify(v.slice(0, 30))).join(' | ')})`;
      return responseProblems(body, 'a0').map((p) => `${where}: ${p}`);
    });
    const values = jobs.reduce((n, j) => n + j.values.length, 0);
    console.log(`injection: ${values} hostile values in ${jobs.length} query requests over ${new Set(jobs.map((j) => `${j.c.field}.${j.t.path.join('.')}`)).size} arguments`);
    expect(problems.flat()).toEqual([]);
    const after = await dumpGraph(db.executor);
    expect([after.nodes, after.relationships]).toEqual([before.nodes, before.relationships]);
    expect(after.fingerprint).toBe(before.fingerprint);
  }, 240_000);

  it('refuses hostile ids and enums in mutations, and writes nothing', async () => {
    const before = await dumpGraph(db.executor);
    const jobs = mutationJobs().filter(({ t }) => !MAY_WRITE.has(t.path.at(-1) as string));
    const results = await inPool(jobs, 4, async ({ c, t, value }) => {
      const body = await api.graphql(c.query, variablesWith(c, t, value), curator);
      const where = `${c.field}(${t.path.join('.')} = ${JSON.stringify(value.slice(0, 60))})`;
      return [...responseProblems(body, c.field), ...(refused(body, c.field) ? [] : ['was not refused'])].map((p) => `${where}: ${p}`);
    });
    console.log(`injection: ${jobs.length} hostile mutation requests that must be refused`);
    expect(results.flat()).toEqual([]);
    expect((await dumpGraph(db.executor)).fingerprint).toBe(before.fingerprint);
  }, 240_000);

  it('writes hostile texts, titles, hints, notes and sources only as plain text, and nothing else', async () => {
    const written: string[] = [];
    // The graph is dumped around each write; refused requests in between are checked by the next dump.
    let before = await dumpGraph(db.executor);
    for (const { c, t, value } of mutationJobs().filter(({ t }) => MAY_WRITE.has(t.path.at(-1) as string))) {
      const variables = variablesWith(c, t, value);
      const body = await api.graphql(c.query, variables, curator);
      const where = `${c.field}(${t.path.join('.')} = ${JSON.stringify(value.slice(0, 60))})`;
      expect(responseProblems(body, c.field), where).toEqual([]);
      if (refused(body, c.field)) continue;
      const after = await dumpGraph(db.executor);
      const input = variables.input as Record<string, string>;
      const field = t.path.at(-1) as string;
      written.push(`${c.field}.${field}`);
      if (c.field === 'ingestDocument') {
        // What the pipeline plans for this text and these hints, and nothing else; the text and title verbatim.
        const meta = { title: input.title?.trim(), url: input.url, date: input.date, municipality: input.municipality?.trim() };
        const planned = plannedIdentities(pipeline, input.text as string, meta);
        expect(unexpectedChanges(before, after, (k) => planned.has(k)), where).toEqual([]);
        const doc = propsOf(after, [...planned].find((k) => k.startsWith('N\tDocument\t')) as string);
        expect(doc?.rawText, where).toBe(input.text);
        // Bolt carries UTF-8, so a lone surrogate arrives as U+FFFD, as it does in the raw text's own decoding.
        if (field === 'title') expect(doc?.title, where).toBe(Buffer.from(value.trim(), 'utf8').toString('utf8'));
      } else {
        const fact =
          c.field === 'reviewFact'
            ? (after.lines.find((l) => l.includes(`"factId":"${input.factId}"`)) as string).split('\t').slice(0, 5).join('\t')
            : `R\tSAME_AS\t${input.evaluationId}\t${input.curatedEvaluationId}\tcurated`;
        expect(unexpectedChanges(before, after, (k) => k === fact), where).toEqual([]);
        expect(propsOf(after, fact)?.[c.field === 'reviewFact' ? 'reviewNote' : 'source'], where).toBe(Buffer.from(value, 'utf8').toString('utf8'));
      }
      before = after;
    }
    expect((await dumpGraph(db.executor)).fingerprint, 'a refused request wrote').toBe(before.fingerprint);
    const tally = [...new Set(written)].map((w) => `${w} ×${written.filter((x) => x === w).length}`);
    console.log(`injection: legitimate writes checked: ${tally.join(', ')}`);
    expect(written).toContain('ingestDocument.title');
    expect(written).toContain('reviewFact.note');
  }, 300_000);
});
