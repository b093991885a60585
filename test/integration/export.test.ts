/**
 * Exports read back: JSON counts equal the graph's, GraphML validates against the GraphML 1.0 schema, CSV
 * re-imports into a fresh Neo4j with the same nodes, relationships and properties, Popolo carries the seed's
 * persons and memberships with their evidence; an empty selection is a valid empty file in every format; and
 * the HTTP routes and the CLI serve the same bytes.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Executor } from '../../src/db/executor.js';
import type { Format } from '../../src/export/export.js';
import { parseSelection, type Selection } from '../../src/export/selection.js';
import { IngestPipeline } from '../../src/ingest/pipeline.js';
import { loadSeed } from '../../src/seed/load-seed.js';
import { startTestApi, type TestApi } from '../support/api.js';
import { importAdminCsv } from '../support/csv-import.js';
import { resetGraph, testDatabase } from '../support/database.js';
import { countsBy, exported as exportedFrom, graphCounts } from '../support/export.js';
import { DUMP_NODES, DUMP_RELATIONSHIPS, RAW_TEXTS } from '../support/export.repo.js';
import { type FreshNeo4j, startFreshNeo4j } from '../support/fresh-neo4j.js';
import { validateGraphml, xpathString } from '../support/xmllint.js';

const db = testDatabase();
const corpus = ['07_bra-uppfoljning-sluta-skjut.txt', '28_c-malmo-huskurage-motion.txt', '13_tyreso-sd-trygghetsberedning.txt'];
const SEED_DOCUMENT = 'document/e4e9a755acc28eba';
const tmp = mkdtempSync(path.join(tmpdir(), 'belagg-export-test-'));
let api: TestApi;

// biome-ignore lint/suspicious/noExplicitAny: exports are read back by path, as a client would
type Json = any;

const exported = (format: Format, selection?: Selection, pageSize?: number) => exportedFrom(db.executor, format, selection, pageSize);
const exportedJson = async (s?: Selection) => JSON.parse((await exported('json', s))['graph.json'] ?? '') as Json;

beforeAll(async () => {
  await resetGraph(db.executor);
  await loadSeed(db.executor);
  const pipeline = await IngestPipeline.create();
  for (const f of corpus) await pipeline.ingest(db.executor, readFileSync(new URL(`../fixtures/corpus/texts/${f}`, import.meta.url)));
  api = await startTestApi(db.executor);
});
afterAll(async () => {
  await api.close();
  await db.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe('JSON', () => {
  it('holds every node and relationship of the graph, per label and per type, with the evidence in place', async () => {
    const graph = await exportedJson();
    const counts = await graphCounts(db.executor);
    expect(countsBy(graph.nodes.map((n: Json) => n.labels[0]))).toEqual(counts.nodes);
    expect(countsBy(graph.relationships.map((r: Json) => r.type))).toEqual(counts.relationships);
    const raw = new Map(graph.nodes.filter((n: Json) => n.labels[0] === 'Document').map((n: Json) => [n.id, n.properties.rawText]));
    const evidenced = graph.relationships.filter((r: Json) => r.properties.documentId);
    expect(evidenced.length).toBeGreaterThan(50);
    for (const r of evidenced) {
      expect(r.id).toBe(r.properties.factId);
      expect(String(raw.get(r.properties.documentId)).slice(r.properties.start, r.properties.end)).toBe(r.properties.quote);
    }
  });

  it('is the same, byte for byte, whatever the page size (every page boundary is crossed with pages of 2)', async () => {
    expect((await exported('json', { kind: 'all' }, 2))['graph.json']).toBe((await exported('json'))['graph.json']);
    const filter: Selection = { kind: 'roots', roots: ['party/SD'], hops: 2 };
    expect(await exported('graphml', filter, 3)).toEqual(await exported('graphml', filter));
  });
});

describe('selections', () => {
  it('a neighbourhood is the induced subgraph around its roots', async () => {
    expect((await exportedJson({ kind: 'roots', roots: ['party/SD'], hops: 0 })).nodes.map((n: Json) => n.id)).toEqual(['party/SD']);
    const g = await exportedJson({ kind: 'roots', roots: ['party/SD'], hops: 1 });
    const ids = new Set(g.nodes.map((n: Json) => n.id));
    expect([...ids]).toEqual(expect.arrayContaining(['party/SD', 'person/felix-bystrom', SEED_DOCUMENT]));
    for (const r of g.relationships) expect(ids.has(r.from) && ids.has(r.to)).toBe(true);
  });

  it('--citations gives the nodes behind the citations, with the MENTIONS that evidence the cited findings', async () => {
    const g = await exportedJson(parseSelection({ evaluationId: 'evaluation/igor', partyAbbreviation: 'sd' }));
    const byLabel = countsBy(g.nodes.map((n: Json) => n.labels[0]));
    expect(byLabel).toMatchObject({ Document: 1, Evaluation: 1, Motion: 1, Finding: 5, Person: 4, Party: 1 });
    const findingMentions = g.relationships.filter((r: Json) => r.type === 'MENTIONS' && r.to.startsWith('finding/'));
    expect(findingMentions).toHaveLength(5);
    for (const m of findingMentions) expect(m.properties).toMatchObject({ documentId: SEED_DOCUMENT, quote: expect.any(String) });
    expect((await exportedJson(parseSelection({ citations: true, partyAbbreviation: 'KD' }))).nodes).toEqual([]);
  });
});

describe('GraphML', () => {
  it('is valid against the GraphML 1.0 schema, with every node and edge, and quotes that read back exactly', async () => {
    const file = path.join(tmp, 'graph.graphml');
    writeFileSync(file, (await exported('graphml'))['graph.graphml'] ?? '');
    const check = validateGraphml(file);
    expect(check.messages).toMatch(/validates/);
    expect(check.valid).toBe(true);
    const counts = await graphCounts(db.executor);
    const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
    expect(Number(xpathString(file, "count(//*[local-name()='node'])"))).toBe(sum(counts.nodes));
    expect(Number(xpathString(file, "count(//*[local-name()='edge'])"))).toBe(sum(counts.relationships));
    const [seed] = (await db.executor.read<{ id: string; rawText: string }>(RAW_TEXTS)).filter((d) => d.id === SEED_DOCUMENT);
    const seedNode = "//*[local-name()='node'][@id='document:e4e9a755acc28eba']";
    expect(xpathString(file, `${seedNode}/*[@key='np.rawText']`)).toBe(seed?.rawText);
    expect(xpathString(file, `${seedNode}/*[@key='n.labels']`)).toBe(':Document');
  });
});

describe('CSV', () => {
  let fresh: FreshNeo4j | undefined;
  beforeAll(async () => {
    fresh = await startFreshNeo4j(path.join(tmp, 'fresh-neo4j'));
  });
  afterAll(() => fresh?.stop());

  it('re-imports into a fresh database with the same nodes, relationships and properties', async () => {
    const files = await exported('csv');
    expect(files['nodes.csv']?.split('\n')[0]).toMatch(/^id:ID,:LABEL,.*aliases:string\[\],.*rawText:string,/);
    expect(files['relationships.csv']?.split('\n')[0]).toMatch(/^:START_ID,:END_ID,:TYPE,.*quote:string.*start:double/);
    const target = fresh?.executor as Executor;
    await importAdminCsv(target, files['nodes.csv'] ?? '', files['relationships.csv'] ?? '');
    expect(await graphCounts(target)).toEqual(await graphCounts(db.executor));
    const dump = async (e: Executor) => ({
      nodes: (await e.read<{ props: Record<string, unknown> }>(DUMP_NODES)).map(({ props: { fingerprint, ...props }, ...n }) => ({ ...n, props })),
      relationships: await e.read(DUMP_RELATIONSHIPS),
    });
    expect(await dump(target)).toEqual(await dump(db.executor));
  });
});

describe('Popolo', () => {
  it('has the seed motion, its four SD authors, their party and memberships with the evidence', async () => {
    const p = JSON.parse((await exported('popolo', parseSelection({ evaluationId: 'evaluation/igor' })))['popolo.json'] ?? '');
    expect(p.persons.map((x: Json) => x.name)).toEqual(['Alexandra Ghialamas', 'Anki Blomqvist', 'Felix Byström', 'Sven Pernils']);
    expect(p.organizations).toContainEqual(expect.objectContaining({ id: 'party/SD', name: 'Sverigedemokraterna', classification: 'party' }));
    expect(p.memberships).toHaveLength(4);
    const raw = (await db.executor.read<{ id: string; rawText: string }>(RAW_TEXTS)).find((d) => d.id === SEED_DOCUMENT)?.rawText ?? '';
    for (const m of p.memberships) {
      expect(m).toMatchObject({ organization_id: 'party/SD', role: 'member', evidence: { documentId: SEED_DOCUMENT } });
      expect(m.evidence.quote).toMatch(/\(SD\)$/);
      expect(raw.slice(m.evidence.start, m.evidence.end)).toBe(m.evidence.quote);
    }
    const [motion] = p.motions;
    expect(motion).toMatchObject({ text: 'Stärk arbetet mot våld i nära relationer', result: 'pass', creator_id: 'person/felix-bystrom' });
    expect(motion.creator_ids).toHaveLength(4);
    expect(motion.outcomes[0]).toMatchObject({ outcome: 'approved', quote: 'Motionen bifalls.' });
  });
});

describe('an empty selection', () => {
  it('is a valid, empty file in every format', async () => {
    const none = parseSelection({ root: 'motion/does-not-exist', hops: '3' });
    expect(JSON.parse((await exported('json', none))['graph.json'] ?? '')).toEqual({ nodes: [], relationships: [] });
    expect(await exported('csv', none)).toEqual({ 'nodes.csv': 'id:ID,:LABEL\n', 'relationships.csv': ':START_ID,:END_ID,:TYPE\n' });
    expect(JSON.parse((await exported('popolo', none))['popolo.json'] ?? '')).toEqual({ persons: [], organizations: [], memberships: [], motions: [] });
    const file = path.join(tmp, 'empty.graphml');
    writeFileSync(file, (await exported('graphml', none))['graph.graphml'] ?? '');
    expect(validateGraphml(file).valid).toBe(true);
    expect(xpathString(file, "count(//*[local-name()='node'])")).toBe('0');
  });
});

describe('doors', () => {
  it.each([
    ['graph.json', 'application/json; charset=utf-8'],
    ['nodes.csv', 'text/csv; charset=utf-8'],
    ['relationships.csv', 'text/csv; charset=utf-8'],
    ['graph.graphml', 'application/graphml+xml; charset=utf-8'],
    ['popolo.json', 'application/json; charset=utf-8'],
  ])('GET /export/%s streams the export as %s', async (file, type) => {
    const res = await fetch(`${api.url}/export/${file}?root=party/SD&root=project/igor&hops=1`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(type);
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="${file}"`);
    const format = { 'graph.json': 'json', 'nodes.csv': 'csv', 'relationships.csv': 'csv', 'graph.graphml': 'graphml', 'popolo.json': 'popolo' } as const;
    expect(await res.text()).toBe((await exported(format[file as keyof typeof format], { kind: 'roots', roots: ['party/SD', 'project/igor'], hops: 1 }))[file]);
  });

  it.each(['hops=2', 'root=party/SD&hops=9', 'root=party/SD&hops=two', 'rot=party/SD', 'root=party/SD&evaluationId=evaluation/igor', 'partyAbbreviation=S%20D'])(
    'refuses ?%s with 400 BAD_USER_INPUT',
    async (query) => {
      const res = await fetch(`${api.url}/export/graph.json?${query}`);
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringMatching(/^Invalid export selection: /) });
    },
  );

  it('`belagg export --format csv --out <dir>` writes both files', async () => {
    const env = { ...process.env, NEO4J_URI: inject('neo4jUri'), NEO4J_USER: inject('neo4jUser'), NEO4J_PASSWORD: inject('neo4jPassword') || 'unused', LOG_LEVEL: 'warn' };
    const out = path.join(tmp, 'cli-csv');
    const args = ['--import', 'tsx', 'src/cli/main.ts', 'export', '--format', 'csv', '--out', out, '--citations', '--evaluation-id', 'evaluation/igor'];
    const { stderr } = await promisify(execFile)(process.execPath, args, { env });
    expect(stderr).toMatch(/nodes\.csv: \d+ nodes, \d+ bytes\n.*relationships\.csv: \d+ relationships/s);
    const files = await exported('csv', parseSelection({ evaluationId: 'evaluation/igor' }));
    expect(readFileSync(path.join(out, 'nodes.csv'), 'utf8')).toBe(files['nodes.csv']);
    expect(readFileSync(path.join(out, 'relationships.csv'), 'utf8')).toBe(files['relationships.csv']);
  });
});
