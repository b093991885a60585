/**
 * Compiled execution (src/graphql/compiled-execution.ts) answers as graphql-js does. The first time the API sees an
 * operation graphql-js runs it; from the second, the compiled function. So every operation here is sent three
 * times over HTTP, against the analysis fixture in the real Neo4j, and the compiled answers (second and third) must
 * equal the interpreted one (first), errors included, and the API's log must show the operation compiled once.
 */
import { buildClientSchema, getIntrospectionQuery } from 'graphql';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAnalysisFixture } from '../support/analysis-fixture.js';
import { startTestApi, type TestApi } from '../support/api.js';
import { loadCuratedFixture } from '../support/curated-fixture.js';
import { resetGraph, testDatabase } from '../support/database.js';
import { rootFieldCases, VALID_ARGUMENTS } from '../support/schema-cases.js';

const db = testDatabase();
let api: TestApi;
let curator: string;
/** The API's log lines, as JSON. */
const logLines: Array<Record<string, unknown>> = [];
const compiledLines = () => logLines.filter((l) => l.msg === 'operation compiled');

beforeAll(async () => {
  await resetGraph(db.executor);
  await loadAnalysisFixture(db.executor);
  await loadCuratedFixture(db.executor);
  const log = pino({ level: 'debug' }, { write: (line: string) => void logLines.push(JSON.parse(line)) });
  api = await startTestApi(db.executor, { BELAGG_RATE_LIMIT_PER_MINUTE: '1000000' }, log);
  curator = await api.key('curator');
}, 180_000);
afterAll(async () => {
  await api?.close();
  await db.close();
});

/** The operation's three answers: the first interpreted, the others compiled. */
async function threeAnswers(query: string, variables?: Record<string, unknown>) {
  const before = compiledLines().length;
  const answers = [];
  for (let i = 0; i < 3; i++) answers.push(await api.graphql(query, variables, curator));
  return { answers, compiledNow: compiledLines().length - before };
}

/** A query of every kind a client writes: named fragments, inline fragments on a union, aliases, directives. */
const CITATIONS_WITH_FRAGMENTS = `query Citations($party: String, $withFindings: Boolean!, $skipEvidence: Boolean!) {
  first: citations(first: 3, filter: { partyAbbreviation: $party }) { totalCount edges { cursor node { ...Citation } } }
  again: citations(first: 2) { pageInfo { hasNextPage endCursor } edges { node { role evidence @skip(if: $skipEvidence) { quote } } } }
}
fragment Citation on Citation {
  role
  motion { id title authors { name party { abbreviation } } }
  evaluation { id title publishedBy { name } }
  findings @include(if: $withFindings) { id text polarity evidence { start end quote } }
}`;
const SEARCH_UNION = `query Search($q: String!) { search(query: $q, first: 10) { totalCount edges { node { score type field snippet
  entity { __typename ... on Document { id title } ... on Finding { id text } ... on Motion { id title } ... on Organization { id name } } } } } }`;
const ANALYSES = `query Analyses($e: ID!, $party: String!) {
  findingCoverage(evaluationId: $e) { evaluation { id } findings { finding { id text polarity } citationCount citedBy { document { id } parties { abbreviation } evidence { start end quote } } } uncited { id } }
  evaluationImpact(evaluationId: $e) { documents { document { id } date evidence { quote } findings { id } } timeline { year count } }
  partyPositions(abbreviation: $party) { motionCount positions { subject { kind id name } stance forCount againstCount } timeline { year } }
  citationMatrix(rows: PARTY, columns: EVALUATION) { rows { id label count } columns { id label count } cells { rowId columnId count citationIds } }
}`;

describe('compiled execution answers as graphql-js does', () => {
  it('for every root query field, asked for three levels of fields', async () => {
    const schema = buildClientSchema((await api.graphql(getIntrospectionQuery())).data);
    const { data } = await api.graphql(`{ citations(first: 1, filter: { evaluationId: "evaluation/igor" }) { edges { node {
      document { id } motion { id authors { id } } evaluation { evaluates { id } publishedBy { id } } findings { id evidence { factId } } } } } }`);
    const citation = data.citations.edges[0].node;
    const defaults = { ...VALID_ARGUMENTS, motionId: citation.motion.id };
    // `id` names a different kind of thing for each field that takes one; comparePositions needs one of two
    const project = citation.evaluation.evaluates[0].id;
    const variablesOf: Record<string, Record<string, unknown>> = {
      document: { id: citation.document.id },
      evaluation: { id: 'evaluation/igor' },
      finding: { id: citation.findings[0].id },
      project: { id: project },
      organization: { id: citation.evaluation.publishedBy[0].id },
      fact: { id: citation.findings[0].evidence[0].factId },
      motion: { id: citation.motion.id },
      person: { id: citation.motion.authors[0].id },
      comparePositions: { projectId: project },
    };
    const queries = rootFieldCases(schema, defaults).filter((c) => c.operation === 'query');
    expect(queries.length).toBeGreaterThan(15);
    for (const c of queries) {
      const { answers, compiledNow } = await threeAnswers(c.query, { ...c.required, ...variablesOf[c.field] });
      expect(answers[0]?.errors, c.field).toBeUndefined();
      expect(answers[0]?.data?.[c.field], c.field).toBeDefined();
      expect(answers[1], c.field).toEqual(answers[0]);
      expect(answers[2], c.field).toEqual(answers[0]);
      expect(compiledNow, c.field).toBe(1);
    }
  });

  it('with fragments, aliases, @include and @skip, a union and the analyses', async () => {
    for (const [query, variables] of [
      [CITATIONS_WITH_FRAGMENTS, { party: 'SD', withFindings: true, skipEvidence: false }],
      [CITATIONS_WITH_FRAGMENTS, { party: null, withFindings: false, skipEvidence: true }],
      [SEARCH_UNION, { q: 'IGOR' }],
      [ANALYSES, { e: 'evaluation/igor', party: 'SD' }],
    ] as const) {
      const { answers } = await threeAnswers(query, variables);
      expect(answers[0]?.errors).toBeUndefined();
      expect(answers[1]).toEqual(answers[0]);
      expect(answers[2]).toEqual(answers[0]);
    }
    // the same text with other variables is the same operation, compiled once
    const sameText = compiledLines().filter((l) => l.operationName === 'Citations');
    expect(sameText).toHaveLength(1);
  });

  it('with the same errors: a resolver refusing, a variable of the wrong type, one field of two not found', async () => {
    const cases: Array<[string, Record<string, unknown>, string]> = [
      ['query Page($first: Int!) { citations(first: $first) { totalCount } }', { first: 0 }, 'BAD_USER_INPUT'],
      ['query Page($first: Int!) { citations(first: $first) { totalCount } }', { first: 'many' }, 'BAD_USER_INPUT'],
      ['query Page($first: Int!) { citations(first: $first) { totalCount } }', {}, 'BAD_USER_INPUT'],
      ['query Two($id: ID!) { motion(id: $id) { id } evaluation(id: "evaluation/igor") { id title } }', { id: 'motion/none' }, 'NOT_FOUND'],
    ];
    let compiledAnswer: unknown;
    for (const [query, variables, code] of cases) {
      const { answers } = await threeAnswers(query, variables);
      expect(answers[0]?.errors?.map((e) => e.extensions?.code), query).toEqual([code]);
      expect(answers[1], query).toEqual(answers[0]);
      expect(answers[2], query).toEqual(answers[0]);
      compiledAnswer = answers[2]?.data;
    }
    // the last case, compiled: the field not found is null beside the one answered
    expect(compiledAnswer).toEqual({ motion: null, evaluation: { id: 'evaluation/igor', title: expect.any(String) } });
  });

  it('compiles nothing that is asked only once', async () => {
    const before = compiledLines().length;
    for (let first = 1; first <= 5; first++) {
      const { errors } = await api.graphql(`{ citations(first: ${first}) { totalCount } }`);
      expect(errors).toBeUndefined();
    }
    expect(compiledLines().length).toBe(before);
  });
});
