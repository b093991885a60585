import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { int } from '../../src/db/values.js';
import { loadDocument } from '../../src/ingest/load/load-document.js';
import { IngestPipeline } from '../../src/ingest/pipeline.js';
import { loadSeed } from '../../src/seed/load-seed.js';
import { SEARCH as SEARCH_STATEMENT } from '../../src/search/search.repo.js';
import { searchParams } from '../../src/search/search.resolvers.js';
import { startTestApi, type TestApi } from '../support/api.js';
import { loadCuratedFixture } from '../support/curated-fixture.js';
import { resetGraph, testDatabase } from '../support/database.js';
import { botkyrkaMotion, botkyrkaProtocol, malmoResponse } from '../support/fixture-documents.js';
import { keysOf, pick } from '../support/pick.js';

const db = testDatabase();
let api: TestApi;
let huddingeMotionId: string;

beforeAll(async () => {
  await resetGraph(db.executor);
  await loadSeed(db.executor);
  await loadDocument(db.executor, botkyrkaMotion);
  await loadDocument(db.executor, malmoResponse);
  // decides the Botkyrka motion: a final outcome for evaluation impact to show
  await loadDocument(db.executor, botkyrkaProtocol);
  await loadCuratedFixture(db.executor);
  api = await startTestApi(db.executor);
  const { data } = await api.graphql('{ motions(filter: { municipalityId: "municipality/huddinge" }) { edges { node { id } } } }');
  huddingeMotionId = data.motions.edges[0].node.id;
});
afterAll(async () => {
  await api.close();
  await db.close();
});

const ok = async (query: string, variables?: Record<string, unknown>) => {
  const { data, errors } = await api.graphql(query, variables);
  expect(errors).toBeUndefined();
  return data;
};

describe('citationMatrix', () => {
  const MATRIX = `query($rows: MatrixRows!, $columns: MatrixColumns!, $filter: MatrixFilter) {
    citationMatrix(rows: $rows, columns: $columns, filter: $filter) {
      totalCitations rows { id label count } columns { id label count } cells { rowId columnId count citationIds documentIds } } }`;

  it('counts which parties cite which evaluations, with the citations behind each cell', async () => {
    const m = (await ok(MATRIX, { rows: 'PARTY', columns: 'EVALUATION' })).citationMatrix;
    const cell = (row: string, column: string) => m.cells.find((c: any) => c.rowId === row && c.columnId === column);
    expect(cell('party/SD', 'evaluation/igor')).toMatchObject({ count: 1, documentIds: ['document/e4e9a755acc28eba'] });
    expect(cell('party/S', 'evaluation/igor').count).toBe(1);
    expect(cell('party/M', 'evaluation/sluta-skjut').count).toBe(1);
    expect(m.totalCitations).toBe(3);
    expect(m.columns.find((c: any) => c.id === 'evaluation/igor')).toEqual({ id: 'evaluation/igor', label: 'Samverkan som berikar: Utvärdering av IGOR-projektet', count: 2 });
  });

  it('has the seed citation in the motion × publisher matrix under its curated publisher', async () => {
    const m = (await ok(MATRIX, { rows: 'MOTION', columns: 'PUBLISHER', filter: { municipalityId: 'municipality/huddinge' } })).citationMatrix;
    expect(m.cells).toEqual([expect.objectContaining({ rowId: huddingeMotionId, columnId: 'organization/marie-cederschiold-hogskola', count: 1 })]);
  });

  it('groups by municipality and project, and filters by date and topic', async () => {
    const m = (await ok(MATRIX, { rows: 'MUNICIPALITY', columns: 'PROJECT' })).citationMatrix;
    expect(m.rows.map((r: any) => r.label).sort()).toEqual(['Botkyrka kommun', 'Huddinge kommun', 'Malmö kommun']);
    expect(m.columns.map((c: any) => c.id).sort()).toEqual(['project/igor', 'project/sluta-skjut']);
    const dated = (await ok(MATRIX, { rows: 'MUNICIPALITY', columns: 'PROJECT', filter: { from: '2024-01-01' } })).citationMatrix;
    expect(dated.rows.map((r: any) => r.id)).toEqual(['municipality/botkyrka']);
    const none = (await ok(MATRIX, { rows: 'PARTY', columns: 'EVALUATION', filter: { partyAbbreviation: 'KD' } })).citationMatrix;
    expect(none).toEqual({ totalCitations: 0, rows: [], columns: [], cells: [] });
  });

  it('refuses a malformed date', async () => {
    const { errors } = await api.graphql(MATRIX, { rows: 'PARTY', columns: 'EVALUATION', filter: { from: '2024-13-45' } });
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('evaluationImpact and findingCoverage', () => {
  it('shows every document that cites IGOR, where, with what outcome and which findings', async () => {
    const impact = (await ok(`{ evaluationImpact(evaluationId: "evaluation/igor") {
      evaluation { id } municipalities { name } motions { title } timeline { year count }
      documents { document { id kind } date municipality { name } cases { role motion { title } }
        evidence { quote } findings { polarity evidence { quote } }
        proposedOutcomes { outcome fromBody { name } toBody { name } evidence { quote } } finalOutcomes { outcome } } } }`)).evaluationImpact;
    expect(impact.municipalities.map((m: any) => m.name).sort()).toEqual(['Botkyrka kommun', 'Huddinge kommun']);
    expect(impact.motions.map((m: any) => m.title).sort()).toEqual(['Stärk arbetet mot våld i nära relationer', 'Trygghet i Botkyrka']);
    const seed = impact.documents.find((d: any) => d.document.id === 'document/e4e9a755acc28eba');
    expect(seed.findings).toHaveLength(5);
    expect(seed.proposedOutcomes).toEqual([{ outcome: 'approved', fromBody: { name: 'Kommunstyrelsen' }, toBody: { name: 'Kommunfullmäktige' }, evidence: { quote: 'Motionen bifalls.' } }]);
    expect(seed.finalOutcomes).toEqual([]);
    expect(impact.timeline).toEqual([{ year: null, count: 1 }, { year: 2024, count: 1 }]);
  });

  it('lists at most `first` documents and motions, earliest documents first, and counts and dates them all', async () => {
    const impactOf = async (selection: string) => (await ok(`{ evaluationImpact(evaluationId: "evaluation/igor") { ${selection} } }`)).evaluationImpact;
    const whole = await impactOf('documentCount motionCount documents { document { id date } } motions { id } timeline { year count } municipalities { id }');
    expect(whole.documentCount).toBe(whole.documents.length);
    expect(whole.documentCount).toBeGreaterThan(1);
    expect(whole.motionCount).toBe(whole.motions.length);
    expect(whole.motionCount).toBeGreaterThan(1);
    // earliest first, undated last; motions by id
    const dates = whole.documents.map((d: any) => d.document.date);
    expect(dates).toEqual([...dates.filter(Boolean).sort(), ...dates.filter((d: unknown) => !d)]);
    expect(whole.motions.map((m: any) => m.id)).toEqual(whole.motions.map((m: any) => m.id).sort());
    // one of each listed: the counts, the timeline and the municipalities still cover every citing document
    const one = await impactOf('documentCount motionCount documents(first: 1) { document { id date } } motions(first: 1) { id } timeline { year count } municipalities { id }');
    expect(one).toEqual({ ...whole, documents: whole.documents.slice(0, 1), motions: whole.motions.slice(0, 1) });
    expect(whole.timeline.reduce((sum: number, y: any) => sum + y.count, 0)).toBe(whole.documentCount);
    // aliases asking for different numbers each get their own
    const aliased = await impactOf('a: documents(first: 1) { document { id } } b: documents(first: 10) { document { id } } m: motions(first: 1) { id }');
    expect(aliased.a).toEqual(whole.documents.slice(0, 1).map((d: any) => ({ document: { id: d.document.id } })));
    expect(aliased.b).toEqual(whole.documents.map((d: any) => ({ document: { id: d.document.id } })));
    expect(aliased.m).toEqual(whole.motions.slice(0, 1));
    // listing nothing still counts everything
    expect(await impactOf('documentCount motionCount')).toEqual({ documentCount: whole.documentCount, motionCount: whole.motionCount });
    for (const field of ['documents(first: 0) { date }', 'motions(first: 1001) { id }']) {
      const { errors } = await api.graphql(`{ evaluationImpact(evaluationId: "evaluation/igor") { ${field} } }`);
      expect(errors?.[0]?.extensions, field).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
    }
  });

  it("reads a proposal's document and words only when asked for, and lists the same proposals whatever is asked", async () => {
    const PARTS: Record<string, string> = { outcome: 'outcome', fromBody: 'fromBody { name }', document: 'document { id kind }', evidence: 'evidence { quote start }' };
    const impact = async (proposed: string[], final: string[]) =>
      (
        await ok(`{ evaluationImpact(evaluationId: "evaluation/igor") { documents { document { id }
          proposedOutcomes { ${proposed.map((f) => PARTS[f]).join(' ')} } finalOutcomes { ...F } } } }
          fragment F on Proposal { ${final.map((f) => PARTS[f]).join(' ')} }`)
      ).evaluationImpact.documents;
    const whole = await impact(Object.keys(PARTS), Object.keys(PARTS));
    const proposals = whole.flatMap((d: any) => [...d.proposedOutcomes, ...d.finalOutcomes]);
    // both lists have proposals to lose (the seed's proposal; the Botkyrka council's decision)
    expect(whole.some((d: any) => d.proposedOutcomes.length > 0) && whole.some((d: any) => d.finalOutcomes.length > 0)).toBe(true);
    expect(proposals.every((p: any) => p.document.id && p.evidence.quote)).toBe(true);
    const asked: Array<[string[], string[]]> = [[['outcome'], ['outcome']], [['outcome', 'fromBody'], ['document']], [['evidence'], ['outcome']], [['document', 'outcome'], ['evidence', 'document']]];
    for (const [proposed, final] of asked)
      expect(await impact(proposed, final)).toEqual(
        whole.map((d: any) => ({ document: d.document, proposedOutcomes: d.proposedOutcomes.map(pick(proposed)), finalOutcomes: d.finalOutcomes.map(pick(final)) })),
      );
  });

  it('sends the evidence of citations, findings and cases only when asked for, and only what is asked of it', async () => {
    const EVIDENCE = 'factId documentId document { id } start end quote extractor confidence status';
    const impact = async (citation: string, finding: string, membership: string) =>
      (
        await ok(`{ evaluationImpact(evaluationId: "evaluation/igor") { documents { document { id }
          ${citation && `evidence { ${citation} }`} findings { id ${finding && `evidence { ${finding} }`} }
          cases { ...C } } } }
          fragment C on CaseMembership { role ${membership && `evidence { ${membership} }`} }`)
      ).evaluationImpact.documents;
    const whole = await impact(EVIDENCE, EVIDENCE, EVIDENCE);
    // within a citation a finding's evidence is the citing document's own words, not every place it is stated
    const findings = whole.flatMap((d: any) => d.findings.map((f: any) => ({ document: d.document.id, evidence: f.evidence })));
    expect(findings.length).toBeGreaterThan(5);
    expect(findings.every((f: any) => f.evidence.length === 1 && f.evidence[0].documentId === f.document && f.evidence[0].quote)).toBe(true);
    expect(whole.every((d: any) => d.cases.every((c: any) => c.evidence.documentId === d.document.id && c.evidence.factId && c.evidence.extractor))).toBe(true);
    expect(whole.some((d: any) => d.evidence.length > 0)).toBe(true);

    const asked: Array<[string, string, string]> = [
      ['start end quote status', '', ''],
      ['', 'quote', 'end'],
      ['factId confidence', 'status document { id }', ''],
      ['', '', 'quote extractor'],
    ];
    for (const [citation, finding, membership] of asked)
      expect(await impact(citation, finding, membership)).toEqual(
        whole.map((d: any) => ({
          document: d.document,
          ...(citation && { evidence: d.evidence.map(pick(keysOf(citation))) }),
          findings: d.findings.map((f: any) => ({ id: f.id, ...(finding && { evidence: f.evidence.map(pick(keysOf(finding))) }) })),
          cases: d.cases.map((c: any) => ({ role: c.role, ...(membership && { evidence: pick(keysOf(membership))(c.evidence) }) })),
        })),
      );
  });

  it('sends of each citing document only what is asked of it, and still dates and places it', async () => {
    const impact = async (document: string) =>
      (await ok(`{ evaluationImpact(evaluationId: "evaluation/igor") { timeline { year count } municipalities { name }
        documents { date municipality { name } document { ${document} } } } }`)).evaluationImpact;
    const whole = await impact('id title kind date sha256 municipality { name } cases { role }');
    expect(whole.documents.every((d: any) => d.document.sha256 && d.document.cases.length > 0 && d.municipality?.name)).toBe(true);
    const cut = (fields: string[]) => ({
      ...whole,
      documents: whole.documents.map((d: any) => ({ ...d, document: pick(fields)(d.document) })),
    });
    // the timeline, the municipalities and each document's date and place come from properties nobody asked of it
    expect(await impact('id')).toEqual(cut(['id']));
    expect(await impact('kind cases { role }')).toEqual(cut(['kind', 'cases']));
  });

  it('covers the five findings of the seed, each cited once, and lists curated findings nobody cites', async () => {
    const igor = (await ok(`{ findingCoverage(evaluationId: "evaluation/igor") { findings { citationCount finding { polarity } citedBy { document { id } parties { abbreviation } evidence { quote } } } uncited { id } } }`)).findingCoverage;
    expect(igor.findings).toHaveLength(5);
    expect(igor.findings[0].citationCount).toBe(2); // the samverkan finding: the seed and Botkyrka
    // the parties of the authors of each citing document's motion: the seed's four SD councillors, Botkyrka's two S
    expect(igor.findings[0].citedBy.map((c: any) => c.parties.map((p: any) => p.abbreviation)).sort()).toEqual([['S'], ['SD']]);
    expect(igor.findings.slice(1).map((f: any) => f.citationCount)).toEqual([1, 1, 1, 1]);
    expect(igor.uncited).toEqual([]);
    const bra = (await ok(`{ findingCoverage(evaluationId: "evaluation/bra-sluta-skjut-2023") { findings { citationCount } uncited { text polarity } } }`)).findingCoverage;
    expect(bra.uncited).toHaveLength(2);
  });

  it('lists at most `first` citations of a finding, earliest first, each selection its own, and counts them all', async () => {
    const covered = async (selection: string) =>
      (await ok(`{ findingCoverage(evaluationId: "evaluation/igor") { findings { finding { id } citationCount ${selection} } } }`)).findingCoverage.findings;
    const whole = await covered('citedBy { document { id date } evidence { start } }');
    const cited = whole.find((f: any) => f.citationCount === 2);
    expect(cited.citedBy).toHaveLength(2);
    // earliest first: by the citing document's date, undated last
    const dates = cited.citedBy.map((c: any) => c.document.date);
    expect(dates.filter(Boolean)).toEqual([...dates.filter(Boolean)].sort());
    if (dates.includes(null)) expect(dates.indexOf(null)).toBeGreaterThanOrEqual(dates.filter(Boolean).length);
    // two selections asking for different numbers each get their own; the count is of all citations either way
    const both = await covered('one: citedBy(first: 1) { document { id date } evidence { start } } all: citedBy(first: 5) { document { id date } evidence { start } }');
    for (const [i, f] of both.entries()) {
      expect(f.citationCount).toBe(whole[i].citationCount);
      expect(f.one).toEqual(whole[i].citedBy.slice(0, 1));
      expect(f.all).toEqual(whole[i].citedBy);
    }
    // not asking for citations still counts them
    expect((await covered('')).map((f: any) => f.citationCount)).toEqual(whole.map((f: any) => f.citationCount));
    for (const first of [0, -1, 1001]) {
      const { errors } = await api.graphql(`{ findingCoverage(evaluationId: "evaluation/igor") { findings { citedBy(first: ${first}) { document { id } } } } }`);
      expect(errors?.[0]?.extensions, String(first)).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
    }
  });

  it("sends of each citing document only what is asked of it, and the answer is the whole one cut down", async () => {
    const coverage = async (document: string, citation: string) =>
      (await ok(`{ findingCoverage(evaluationId: "evaluation/igor") { findings { finding { id } citedBy { document { ${document} } ${citation} } } } }`)).findingCoverage.findings;
    const whole = await coverage('id title kind date url language agendaItem sha256 ingestedAt municipality { name } cases { role } rawText', 'municipality { name }');
    const citations = whole.flatMap((f: any) => f.citedBy);
    expect(citations.length).toBeGreaterThan(1);
    expect(citations.every((c: any) => c.document.kind && c.document.sha256 && c.document.rawText.length > 0 && c.document.cases.length > 0 && c.municipality?.name)).toBe(true);
    const cut = (documentFields: string[], citationFields: string[]) =>
      whole.map((f: any) => ({
        finding: f.finding,
        citedBy: f.citedBy.map((c: any) => ({
          document: pick(documentFields)(c.document),
          ...pick(citationFields)(c),
        })),
      }));
    expect(await coverage('id', '')).toEqual(cut(['id'], []));
    // the citation's municipality comes from its document's, which the document's own fields do not ask for
    expect(await coverage('id', 'municipality { name }')).toEqual(cut(['id'], ['municipality']));
    expect(await coverage('kind municipality { name } cases { role }', '')).toEqual(cut(['kind', 'municipality', 'cases'], []));
    expect(await coverage('rawText date', '')).toEqual(cut(['rawText', 'date'], []));
  });

  it("sends of each citation's parties only what is asked of them, and the answer is the whole one cut down", async () => {
    const partiesOf = async (fields: string) =>
      (await ok(`{ findingCoverage(evaluationId: "evaluation/igor") { findings { citedBy { parties { ${fields} } } } } }`)).findingCoverage.findings.flatMap(
        (f: any) => f.citedBy.map((c: any) => c.parties),
      );
    const whole = await partiesOf('id abbreviation name members { id } motions(first: 5) { totalCount edges { node { id } } }');
    const parties = whole.flat();
    expect(parties.length).toBeGreaterThan(1);
    expect(parties.every((p: any) => p.id && p.abbreviation && p.name && p.members.length > 0 && p.motions.totalCount > 0)).toBe(true);
    const cut = (fields: string[]) => whole.map((list: any[]) => list.map(pick(fields)));
    for (const fields of [['abbreviation'], ['name'], ['id'], ['members'], ['motions'], ['name', 'motions']]) {
      const selection = fields.map((f) => ({ members: 'members { id }', motions: 'motions(first: 5) { totalCount edges { node { id } } }' })[f as 'members'] ?? f);
      expect(await partiesOf(selection.join(' ')), fields.join(' ')).toEqual(cut(fields));
    }
  });

  it("sends of each citation's evidence only what is asked of it, and the answer is the whole one cut down", async () => {
    const evidenceOf = async (fields: string) =>
      (await ok(`{ findingCoverage(evaluationId: "evaluation/igor") { findings { citedBy { evidence { ${fields} } } } } }`)).findingCoverage.findings.flatMap(
        (f: any) => f.citedBy.map((c: any) => c.evidence),
      );
    const all = ['factId', 'documentId', 'start', 'end', 'quote', 'extractor', 'confidence', 'status'];
    const whole = await evidenceOf(`${all.join(' ')} document { id }`);
    expect(whole.length).toBeGreaterThan(1);
    expect(whole.every((e: any) => e.factId && e.quote && e.end > e.start && e.extractor && e.status && e.document.id === e.documentId)).toBe(true);
    const cut = (fields: string[]) => whole.map(pick(fields));
    for (const fields of [['quote'], ['start', 'end', 'quote', 'status'], ['factId', 'confidence'], ['document'], ['status', 'extractor']])
      expect(await evidenceOf(fields.map((f) => (f === 'document' ? 'document { id }' : f)).join(' ')), fields.join(' ')).toEqual(cut(fields));
  });

  it('NOT_FOUND for an unknown evaluation', async () => {
    const { errors } = await api.graphql('{ findingCoverage(evaluationId: "evaluation/none") { uncited { id } } }');
    expect(errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('selective citation and attribution', () => {
  const SELECTIVE = `{ selectiveCitations { totalCount edges { node { document { id } evaluation { id } citedFindings { polarity evidence { quote } } omittedFindings { polarity text } } } } }`;

  it('flags Botkyrka, which cites one positive IGOR finding and leaves the risk out, but not the seed, which cites the risk too', async () => {
    const s = (await ok(SELECTIVE)).selectiveCitations;
    expect(s.totalCount).toBe(1);
    const node = s.edges[0].node;
    expect(node.document.id).not.toBe('document/e4e9a755acc28eba');
    expect(node.evaluation.id).toBe('evaluation/igor');
    expect(node.citedFindings.map((f: any) => f.polarity)).toEqual(['positive']);
    expect(node.omittedFindings).toEqual([{ polarity: 'risk', text: expect.stringContaining('rollsammanblandning') }]);
  });

  it('finds the seed attribution mismatch: Brå in the document, Marie Cederschiöld högskola in the curated record, with both sources', async () => {
    const m = (await ok(`{ attributionMismatches(filter: { municipalityId: "municipality/huddinge" }) { totalCount edges { node {
      document { id } evaluation { id } attributedTo { name } attributionEvidence { quote } publishedBy { name } publisherSource { url } } } } }`)).attributionMismatches;
    expect(m.totalCount).toBe(1);
    expect(m.edges[0].node).toEqual({
      document: { id: 'document/e4e9a755acc28eba' },
      evaluation: { id: 'evaluation/igor' },
      attributedTo: { name: 'Brottsförebyggande rådet' },
      attributionEvidence: { quote: 'Brottsférebyggande radet nyligen utvarderat IGOR-projektet' },
      publishedBy: { name: 'Marie Cederschiöld högskola' },
      publisherSource: { url: expect.stringContaining('mchs.se') },
    });
  });

  it('suggests the curated record whose findings match, and a curator link makes its risk count', async () => {
    const suggestions = (await ok('{ suggestEvaluationLinks(evaluationId: "evaluation/sluta-skjut") { curatedEvaluation { id } score linked matches { similarity bestMatch { id } } } }')).suggestEvaluationLinks;
    expect(suggestions[0]).toMatchObject({ curatedEvaluation: { id: 'evaluation/bra-sluta-skjut-2023' }, score: 1, linked: false });
    const LINK = 'mutation($input: LinkEvaluationInput!) { linkEvaluation(input: $input) { evaluation { id } curatedEvaluation { id } error { code message } } }';
    const curator = await api.key('curator');
    const linked = (await api.graphql(LINK, { input: { evaluationId: 'evaluation/sluta-skjut', curatedEvaluationId: 'evaluation/bra-sluta-skjut-2023', score: 1 } }, curator)).data;
    expect(linked.linkEvaluation.error).toBeNull();
    const again = (await ok('{ suggestEvaluationLinks(evaluationId: "evaluation/sluta-skjut") { linked } }')).suggestEvaluationLinks;
    expect(again[0].linked).toBe(true);
    const s = (await ok(SELECTIVE)).selectiveCitations;
    expect(s.edges.map((e: any) => e.node.evaluation.id).sort()).toEqual(['evaluation/bra-sluta-skjut-2023', 'evaluation/igor']);
    const bad = (await api.graphql(LINK, { input: { evaluationId: 'evaluation/sluta-skjut', curatedEvaluationId: 'evaluation/none' } }, curator)).data;
    expect(bad.linkEvaluation.error.code).toBe('NOT_FOUND');
  });
});

describe('evidenceChain and connection', () => {
  it('lays out the seed motion as paths from the document through claims and findings to IGOR and who runs it', async () => {
    const chain = (await ok(`query($id: ID!) { evidenceChain(motionId: $id) { motion { title } paths { nodes { label } hops { type status evidence { quote } source } } } }`, { id: huddingeMotionId })).evidenceChain;
    const shapes = chain.paths.map((p: any) => p.nodes.map((n: any) => n.label).join('>'));
    expect(shapes).toContain('Motion>Document>Claim>Finding>Evaluation>Project>Organization');
    expect(shapes).toContain('Motion>Document>Evaluation>Project>Organization');
    for (const p of chain.paths) for (const h of p.hops) expect(h.evidence?.quote ?? h.source).toBeTruthy();
  });

  it('answers NOT_FOUND for a motion id nobody stored and BAD_USER_INPUT for an id that is not a motion id', async () => {
    const missing = await api.graphql('{ evidenceChain(motionId: "motion/huddinge/ingen-sadan-motion") { paths { hops { type } } } }');
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(missing.data).toBeNull();
    const documentId = (await ok('query($id: ID!) { motion(id: $id) { documents { document { id } } } }', { id: huddingeMotionId })).motion.documents[0].document.id;
    const notMotion = await api.graphql(`{ evidenceChain(motionId: "${documentId}") { paths { hops { type } } } }`);
    expect(notMotion.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('gives a motion whose case cites nothing the motion and no paths', async () => {
    const pipeline = await IngestPipeline.create();
    const text = 'Motion om trygghet i kommunen\n\nJag föreslår att kommunen ska arbeta för att alla ska känna sig trygga, och att det görs nu.\n';
    const { documentId } = await pipeline.ingest(db.executor, text, { municipality: 'Huddinge' });
    const { document } = await ok('query($id: ID!) { document(id: $id) { cases { motion { id } } } }', { id: documentId });
    const motionId = document.cases[0].motion.id;
    const chain = (await ok('query($id: ID!) { evidenceChain(motionId: $id) { motion { id title } paths { hops { type } } } }', { id: motionId })).evidenceChain;
    expect(chain).toEqual({ motion: { id: motionId, title: 'trygghet i kommunen' }, paths: [] });
  });

  it('finds the shortest connection between Sverigedemokraterna and Marie Cederschiöld högskola, with evidence on each hop', async () => {
    const c = (await ok('{ connection(fromId: "party/SD", toId: "organization/marie-cederschiold-hogskola", maxHops: 6) { found path { nodes { id } hops { type evidence { quote } source } } } }')).connection;
    expect(c.found).toBe(true);
    expect(c.path.nodes[0].id).toBe('party/SD');
    expect(c.path.nodes.at(-1).id).toBe('organization/marie-cederschiold-hogskola');
    for (const h of c.path.hops) expect(h.evidence?.quote ?? h.source).toBeTruthy();
  });

  it('says so when there is no connection within maxHops, and refuses bad arguments', async () => {
    expect((await ok('{ connection(fromId: "party/SD", toId: "organization/marie-cederschiold-hogskola", maxHops: 1) { found path { hops { type } } } }')).connection).toEqual({ found: false, path: null });
    expect((await api.graphql('{ connection(fromId: "party/SD", toId: "party/S", maxHops: 9) { found } }')).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await api.graphql('{ connection(fromId: "party/SD", toId: "party/XX") { found } }')).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('search', () => {
  const SEARCH = `query($q: String!, $types: [SearchType!], $first: Int, $after: String) { search(query: $q, types: $types, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { type score field snippet highlights { start end }
      entity { ... on Document { id } ... on Finding { id text } ... on Motion { id title } ... on Organization { id name } ... on Claim { id } } } } } }`;

  it('finds "våld i nära relationer" when typed without diacritics, in the motion title, the findings and the raw OCR text', async () => {
    const s = (await ok(SEARCH, { q: 'vald i nara relationer' })).search;
    const types = s.edges.map((e: any) => e.node.type);
    expect(types).toEqual(expect.arrayContaining(['MOTION', 'DOCUMENT', 'FINDING']));
    const motion = s.edges.find((e: any) => e.node.type === 'MOTION').node;
    expect(motion.entity.title).toBe('Stärk arbetet mot våld i nära relationer');
    const hl = motion.highlights.map((h: any) => motion.snippet.slice(h.start, h.end));
    expect(hl).toEqual(expect.arrayContaining(['våld', 'nära', 'relationer']));
    const raw = (await ok(SEARCH, { q: 'Stirk arbetet', types: ['DOCUMENT'] })).search;
    expect(raw.edges[0].node).toMatchObject({ field: 'rawText', entity: { id: 'document/e4e9a755acc28eba' } });
  });

  it('ranks, filters by type and pages', async () => {
    const all = (await ok(SEARCH, { q: 'IGOR samverkan', first: 50 })).search;
    const scores = all.edges.map((e: any) => e.node.score);
    expect([...scores].sort((a: number, b: number) => b - a)).toEqual(scores);
    const findings = (await ok(SEARCH, { q: 'IGOR samverkan', types: ['FINDING'], first: 1 })).search;
    expect(findings.edges).toHaveLength(1);
    expect(findings.pageInfo.hasNextPage).toBe(true);
    const next = (await ok(SEARCH, { q: 'IGOR samverkan', types: ['FINDING'], first: 1, after: findings.pageInfo.endCursor })).search;
    expect(next.edges[0].node.entity.id).not.toBe(findings.edges[0].node.entity.id);
  });

  it('pages through the hits exactly as one page ranks them, ties by id, and a page past the last hit keeps the count', async () => {
    const page = async (first: number, after?: string) => (await ok(SEARCH, { q: 'IGOR samverkan polisen', first, after })).search;
    const all = await page(100);
    expect(all.pageInfo.hasNextPage).toBe(false);
    const ranked = all.edges.map((e: any) => [e.node.score, e.node.entity.id ?? null]);
    expect(ranked.length).toBeGreaterThan(5);
    // equal scores come in the order of their ids (entities without an id field selected here compare as null)
    for (let i = 1; i < ranked.length; i++) if (ranked[i][0] === ranked[i - 1][0] && ranked[i][1] && ranked[i - 1][1]) expect(ranked[i][1] > ranked[i - 1][1]).toBe(true);
    for (const size of [1, 2, 3]) {
      const paged: unknown[] = [];
      let after: string | undefined;
      for (;;) {
        const p = await page(size, after);
        expect(p.totalCount).toBe(all.totalCount);
        paged.push(...p.edges.map((e: any) => [e.node.score, e.node.entity.id ?? null]));
        if (!p.pageInfo.hasNextPage) break;
        after = p.pageInfo.endCursor;
      }
      expect(paged, `pages of ${size}`).toEqual(ranked);
    }
    const past = await page(5, all.pageInfo.endCursor);
    expect(past).toMatchObject({ totalCount: all.totalCount, edges: [], pageInfo: { hasNextPage: false } });
  });

  it('says whether its count is exact: a lower bound once an index gives as many hits as it ranks', async () => {
    const q = 'IGOR samverkan polisen';
    const counted = (await ok(`query($q: String!) { search(query: $q, first: 1) { totalCount totalCountIsExact } }`, { q })).search;
    expect(counted.totalCount).toBeGreaterThan(5);
    expect(counted.totalCountIsExact).toBe(true);
    expect((await ok(`{ search(query: "zyxwvutsrq") { totalCount totalCountIsExact } }`)).search).toEqual({ totalCount: 0, totalCountIsExact: true });
    // The API ranks 1000 hits per index; the statement is asked here for fewer than this query matches.
    const statement = async (perIndex: number, labels: string[] | null = null) => (await db.executor.read<{ capped: boolean; total: number }>(SEARCH_STATEMENT, { ...searchParams(q, { labels, offset: 0, fetch: 3 }), perIndex: int(perIndex) }))[0];
    const ranked2 = await statement(2);
    expect(ranked2?.capped).toBe(true);
    expect(ranked2?.total).toBeGreaterThanOrEqual(2);
    expect(ranked2?.total).toBeLessThanOrEqual(4);
    expect(await statement(counted.totalCount + 1)).toMatchObject({ capped: false, total: counted.totalCount });
    // Hits ranked but none of the types asked for: no hit to count, and still a lower bound.
    expect(await statement(2, ['Person'])).toMatchObject({ capped: true, total: 0, page: [] });
    expect(await statement(counted.totalCount + 1, ['Person'])).toMatchObject({ capped: false, total: 0, page: [] });
  });

  it('returns nothing, cleanly, for a search with no hits; refuses one with no words; survives Lucene syntax', async () => {
    expect((await ok(SEARCH, { q: 'zyxwvutsrq' })).search).toEqual({ totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] });
    expect((await api.graphql(SEARCH, { q: '  !!! ' })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const tricky = await api.graphql(SEARCH, { q: 'IGOR AND (title:"x" OR *:*) ~2 ^3 \\ / [a TO z]' });
    expect(tricky.errors).toBeUndefined();
  });
});
