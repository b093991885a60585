import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDocument } from '../../src/ingest/load/load-document.js';
import { loadSeed } from '../../src/seed/load-seed.js';
import { startTestApi, type TestApi } from '../support/api.js';
import { resetGraph, testDatabase } from '../support/database.js';
import { botkyrkaMotion, laterMotionBy, malmoResponse } from '../support/fixture-documents.js';
import { keysOf, pick } from '../support/pick.js';

const db = testDatabase();
let api: TestApi;

beforeAll(async () => {
  await resetGraph(db.executor);
  await loadSeed(db.executor);
  api = await startTestApi(db.executor);
});
afterAll(async () => {
  await api.close();
  await db.close();
});

/** The query from issue 2, exactly. */
const CITATIONS_QUERY = `{ citations(first: 20) { totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node {
      role
      motion { id title authors { name party { abbreviation name } } }
      document { id kind rawText }
      evaluation { id title attributedTo { name } evaluates { name } publishedBy { name } }
      findings { id text polarity evidence { start end quote } }
      evidence { start end quote } } } } }`;

describe('the seed citation through GraphQL', () => {
  it('answers the issue query with the Huddinge motion, IGOR attributed to Brå, five findings (one risk) and the curated publisher', async () => {
    const { data, errors } = await api.graphql(CITATIONS_QUERY);
    expect(errors).toBeUndefined();
    const c = data.citations;
    expect(c.totalCount).toBe(1);
    expect(c.pageInfo.hasNextPage).toBe(false);
    const node = c.edges[0].node;
    expect(node.role).toBe('proposal');
    expect(node.motion.title).toBe('Stärk arbetet mot våld i nära relationer');
    expect(node.motion.id).toMatch(/^motion\/huddinge\//);
    expect(node.motion.authors.map((a: { name: string }) => a.name)).toEqual([
      'Felix Byström',
      'Alexandra Ghialamas',
      'Anki Blomqvist',
      'Sven Pernils',
    ]);
    for (const a of node.motion.authors) expect(a.party).toEqual({ abbreviation: 'SD', name: 'Sverigedemokraterna' });
    expect(node.document.kind).toBe('motion-response');
    expect(node.evaluation).toEqual({
      id: 'evaluation/igor',
      title: 'Samverkan som berikar: Utvärdering av IGOR-projektet',
      attributedTo: [{ name: 'Brottsförebyggande rådet' }],
      evaluates: [{ name: 'IGOR' }],
      publishedBy: [{ name: 'Marie Cederschiöld högskola' }],
    });
    expect(node.findings).toHaveLength(5);
    expect(node.findings.map((f: { polarity: string }) => f.polarity)).toEqual(['positive', 'positive', 'positive', 'positive', 'risk']);
    expect(node.evidence.quote).toBe('Brottsférebyggande radet nyligen utvarderat IGOR-projektet');
  });

  it('every quote it returns equals its span of the document raw text', async () => {
    const { data } = await api.graphql(CITATIONS_QUERY);
    const node = data.citations.edges[0].node;
    const raw: string = node.document.rawText;
    const spans = [node.evidence, ...node.findings.flatMap((f: { evidence: unknown[] }) => f.evidence)];
    expect(spans).toHaveLength(6);
    for (const e of spans) expect(raw.slice(e.start, e.end)).toBe(e.quote);
  });

  it('serves GET /graphql too', async () => {
    const res = await fetch(`${api.url}/graphql?query=${encodeURIComponent('{ party(abbreviation: "sd") { name members { name } } }')}`);
    const body = await res.json();
    expect(body.data.party.name).toBe('Sverigedemokraterna');
    expect(body.data.party.members).toHaveLength(4);
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('marks every answer, an error too, as not to be cached', async () => {
    for (const query of ['{ parties { abbreviation } }', '{ motion(id: "x") { id } }']) {
      const res = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
      expect(res.headers.get('cache-control')).toBe('no-store');
      // nothing keeps a no-store answer, so nothing would revalidate it: no ETag is computed for one
      expect(res.headers.get('etag')).toBeNull();
    }
  });
});

describe('citations: filters and pagination', () => {
  beforeAll(async () => {
    await loadDocument(db.executor, botkyrkaMotion);
    await loadDocument(db.executor, malmoResponse);
  });

  const page = `query($filter: CitationFilter, $first: Int, $after: String) {
    citations(filter: $filter, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage hasPreviousPage endCursor }
      edges { cursor node { id motion { title } evaluation { id } document { municipality { id } } findings { id } } } } }`;
  const titles = (data: any) => data.citations.edges.map((e: any) => e.node.motion.title).sort();

  it('walks all citations one page at a time, each once, in a stable order', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const { data, errors }: { data?: any; errors?: unknown } = await api.graphql(page, { first: 1, after });
      expect(errors).toBeUndefined();
      expect(data.citations.totalCount).toBe(3);
      expect(data.citations.edges).toHaveLength(1);
      expect(data.citations.pageInfo.hasPreviousPage).toBe(after !== null);
      seen.push(data.citations.edges[0].node.id);
      after = data.citations.pageInfo.hasNextPage ? data.citations.pageInfo.endCursor : null;
      pages++;
    } while (after && pages < 10);
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(3);
    expect([...seen].sort()).toEqual(seen);
  });

  it.each([
    [{ partyAbbreviation: 'SD' }, ['Stärk arbetet mot våld i nära relationer']],
    [{ partyAbbreviation: 's' }, ['Trygghet i Botkyrka']],
    [{ partyAbbreviation: 'KD' }, []],
    [{ evaluationId: 'evaluation/igor' }, ['Stärk arbetet mot våld i nära relationer', 'Trygghet i Botkyrka']],
    [{ projectId: 'project/sluta-skjut' }, ['Sluta skjut i Malmö']],
    [{ municipalityId: 'municipality/botkyrka' }, ['Trygghet i Botkyrka']],
    [{ municipalityId: 'municipality/huddinge', evaluationId: 'evaluation/igor' }, ['Stärk arbetet mot våld i nära relationer']],
  ])('filter %o', async (filter, expected) => {
    const { data, errors } = await api.graphql(page, { filter, first: 20 });
    expect(errors).toBeUndefined();
    expect(titles(data)).toEqual(expected);
    expect(data.citations.totalCount).toBe(expected.length);
  });

  it('filters by motion id', async () => {
    const all = await api.graphql(page, { first: 20 });
    const huddinge = all.data.citations.edges.find((e: any) => e.node.motion.title.startsWith('Stärk')).node;
    const motions = await api.graphql('{ motions(filter: { municipalityId: "municipality/huddinge" }) { edges { node { id } } } }');
    const motionId = motions.data.motions.edges[0].node.id;
    const { data } = await api.graphql(page, { filter: { motionId } });
    expect(data.citations.edges.map((e: any) => e.node.id)).toEqual([huddinge.id]);
  });

  it('resolves one finding shared by two documents to one node, cited by each', async () => {
    const { data } = await api.graphql(page, { filter: { evaluationId: 'evaluation/igor' } });
    const findingSets = data.citations.edges.map((e: any) => e.node.findings.map((f: any) => f.id));
    const shared = findingSets[0].filter((id: string) => findingSets[1].includes(id));
    expect(shared).toHaveLength(1);
  });

  /** Fields asked of a citation's document, of its words, of its findings and of their words, as selection text. */
  type Asked = [document: string, evidence: string, findings: string, findingEvidence: string];

  it("sends of each citation's document, words and findings only what is asked, under every filter", async () => {
    const EVIDENCE = 'factId documentId start end quote extractor confidence status';
    /** The page asking of each citation these fields of its document, its words, its findings and their words ('': not asked). */
    const cited = async (filter: object, [document, evidence, findings, findingEvidence]: Asked) =>
      (
        await api.graphql(
          `query($filter: CitationFilter) { citations(filter: $filter, first: 20) { edges { node { id document { ${document} }
            ${evidence && `evidence { ${evidence} }`}
            ${(findings || findingEvidence) && `findings { ${findings} ${findingEvidence && `evidence { ${findingEvidence} }`} }`} } } } }`,
          { filter },
        )
      ).data.citations.edges.map((e: any) => e.node);
    // one filter per kind of statement: none, a motion, an evaluation, a party alone, a party with a municipality
    const motion = (await api.graphql('{ motions(filter: { municipalityId: "municipality/huddinge" }) { edges { node { id } } } }')).data.motions.edges[0].node.id;
    const filters = [{}, { motionId: motion }, { evaluationId: 'evaluation/igor' }, { partyAbbreviation: 'SD' }, { partyAbbreviation: 'S', municipalityId: 'municipality/botkyrka' }];
    for (const filter of filters) {
      const whole = await cited(filter, ['id title kind sha256 municipality { id }', EVIDENCE, 'id text polarity', EVIDENCE]);
      expect(whole.length).toBeGreaterThan(0);
      // a finding's evidence within a citation: the citing document's own words
      expect(whole.every((c: any) => c.evidence.factId && c.document.sha256 && c.findings.every((f: any) => f.evidence.length === 1 && f.evidence[0].documentId === c.document.id))).toBe(true);
      const asked: Asked[] = [
        ['id', '', '', ''],
        ['kind', 'quote status', 'id', ''],
        ['id title', '', 'polarity', 'start quote'],
      ];
      for (const selection of asked) {
        const [document, evidence, findings, findingEvidence] = selection;
        expect(await cited(filter, selection)).toEqual(
          whole.map((c: any) => ({
            id: c.id,
            document: pick(keysOf(document))(c.document),
            ...(evidence && { evidence: pick(keysOf(evidence))(c.evidence) }),
            ...((findings || findingEvidence) && {
              findings: c.findings.map((f: any) => ({
                ...pick(keysOf(findings))(f),
                ...(findingEvidence && { evidence: f.evidence.map(pick(keysOf(findingEvidence))) }),
              })),
            }),
          })),
        );
      }
    }
  });

  it('pages motions and evaluations the same way', async () => {
    const motions = await api.graphql('{ motions(first: 2) { totalCount pageInfo { hasNextPage } edges { node { title } } } }');
    expect(motions.data.motions.totalCount).toBe(3);
    expect(motions.data.motions.edges).toHaveLength(2);
    expect(motions.data.motions.pageInfo.hasNextPage).toBe(true);
    const evaluations = await api.graphql('{ evaluations(filter: { attributedToId: "organization/bra" }) { totalCount edges { node { id } } } }');
    expect(evaluations.data.evaluations.edges.map((e: any) => e.node.id).sort()).toEqual(['evaluation/igor', 'evaluation/sluta-skjut']);
  });
});

describe("a person's party: the most recent of their memberships", () => {
  // Anna Andersson signs the Botkyrka motion (2024-03-01) as (S), and this later one (2025-02-10) as (V): her party
  // is the later statement's, although it stands nearer the start of its document than the earlier one does
  const laterMotion = laterMotionBy('V', '2025-02-10');
  let motionId: string;
  beforeAll(async () => {
    await loadDocument(db.executor, botkyrkaMotion);
    await loadDocument(db.executor, laterMotion);
    const { data } = await api.graphql('{ motions(filter: { titleContains: "Trygghet i Botkyrka" }) { edges { node { id } } } }');
    motionId = data.motions.edges[0].node.id;
  });

  const partyOf = (authors: any[], name: string) => authors.find((a) => a.name === name).party.abbreviation;

  it('is the most recent statement, the same through the motion (with or without memberships asked), a list of motions and the person', async () => {
    const person = (await api.graphql('{ person(id: "person/anna-andersson") { party { abbreviation } memberships { party { abbreviation } evidence { quote } } } }')).data.person;
    // memberships oldest first, by the date of the document stating each
    expect(person.memberships.map((m: any) => m.evidence.quote)).toEqual(['Anna Andersson (S)', 'Anna Andersson (V)']);
    expect(person.party.abbreviation).toBe(person.memberships.at(-1).party.abbreviation);
    expect(person.party.abbreviation).toBe('V');
    const lean = (await api.graphql('query($id: ID!) { motion(id: $id) { authors { name party { abbreviation } } } }', { id: motionId })).data.motion.authors;
    const whole = (await api.graphql('query($id: ID!) { motion(id: $id) { authors { name party { abbreviation } memberships { party { abbreviation } } } } }', { id: motionId })).data.motion.authors;
    const listed = (await api.graphql('{ motions(filter: { titleContains: "Trygghet i Botkyrka" }) { edges { node { authors { name party { abbreviation } } } } } }')).data.motions.edges[0].node.authors;
    for (const authors of [lean, whole, listed]) expect([partyOf(authors, 'Anna Andersson'), partyOf(authors, 'Bo Berg')]).toEqual(['V', 'S']);
    expect(whole.find((a: any) => a.name === 'Anna Andersson').memberships.map((m: any) => m.party.abbreviation)).toEqual(person.memberships.map((m: any) => m.party.abbreviation));
  });
});

describe('errors', () => {
  it.each([
    ['motion', '{ motion(id: "motion/nowhere/none") { id } }'],
    ['evaluation', '{ evaluation(id: "evaluation/none") { id } }'],
    ['document', '{ document(id: "document/0000") { id } }'],
    ['party', '{ party(abbreviation: "XYZ") { id } }'],
  ])('NOT_FOUND for an unknown %s', async (_, query) => {
    const { data, errors } = await api.graphql(query);
    expect(errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(Object.values(data ?? {})).toEqual([null]);
  });

  it.each([
    ['a page larger than the maximum', '{ citations(first: 101) { totalCount } }'],
    ['a page of zero', '{ citations(first: 0) { totalCount } }'],
    ['a forged cursor', '{ citations(after: "bm90LWEtY3Vyc29y") { totalCount } }'],
    ['an empty id', '{ motion(id: "") { id } }'],
  ])('BAD_USER_INPUT for %s', async (_, query) => {
    const { errors } = await api.graphql(query);
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('GRAPHQL_VALIDATION_FAILED for an unknown field, GRAPHQL_PARSE_FAILED for broken syntax', async () => {
    expect((await api.graphql('{ nope }')).errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect((await api.graphql('{ citations {')).errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('serves GraphiQL without any external script, and health endpoints', async () => {
    const html = await (await fetch(`${api.url}/graphiql`)).text();
    expect(html).toContain('graphiql');
    expect(html).not.toMatch(/<script[^>]+src=["']https?:/);
    expect(html).not.toMatch(/<link[^>]+href=["']https?:/);
    // GraphiQL's page never changes while the server runs: a browser's revalidation gets 304 and no body
    const first = await fetch(`${api.url}/graphiql`);
    const tag = first.headers.get('etag');
    expect(tag).toMatch(/^"[\w-]{27}"$/);
    // as a browser reloading the page asks (fetch would otherwise add no-cache, which asks for the page anew)
    const again = await fetch(`${api.url}/graphiql`, { headers: { 'if-none-match': tag ?? '', 'cache-control': 'max-age=0' } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${api.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ ready: true, database: true, schema: true });
  });
});
