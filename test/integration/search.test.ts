/**
 * Search snippets of long documents. A hit's texts are read only up to SNIPPET_PREFIX_CHARS for its snippet; the
 * hits whose words lie further on read the rest in a second statement (the whole text, if the document changed in
 * between). Either way a snippet must be the one the whole text gives (makeSnippet over all of it).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDocument } from '../../src/ingest/load/load-document.js';
import type { Executor, Params } from '../../src/db/executor.js';
import { hitSnippets } from '../../src/search/hit-snippets.js';
import { SEARCH as SEARCH_STATEMENT, SEARCH_HIT_TEXTS, SNIPPET_PREFIX_CHARS, SNIPPET_READ_CHARS } from '../../src/search/search.repo.js';
import { type HitRow, searchParams } from '../../src/search/search.resolvers.js';
import { makeSnippet, queryWords } from '../../src/search/snippet.js';
import { startTestApi, type TestApi } from '../support/api.js';
import { resetGraph, testDatabase } from '../support/database.js';
import { citesNothing, documentInput, spanOf } from '../support/fixture-documents.js';

const db = testDatabase();
let api: TestApi;

/** Paragraphs of ordinary council prose, each numbered so no two are alike, up to `chars` characters. */
function prose(chars: number, seed: string): string {
  const paragraphs: string[] = [];
  for (let i = 0, length = 0; length < chars; i++) {
    const p = `Stycke ${seed}-${i}: Nämnden redovisar verksamhetens kostnader och planerar för kommande år.\n\n`;
    paragraphs.push(p);
    length += p.length;
  }
  return paragraphs.join('').slice(0, chars);
}

/** A motion whose text puts `words` at about `at` characters into a document of about `length` characters. */
function longMotion(title: string, words: string, at: number, length: number) {
  const head = `Motion: ${title}\nav Eva Ek (MP)\n\nHuddinge kommun bör utreda saken.\n\n`;
  const text = `${head}${prose(at - head.length, title)}\n\n${words}. ${prose(length - at, `${title}-slut`)}`;
  const input = documentInput(text, {
    extractor: 'test-fixture@1.0.0',
    document: { title: `Motion: ${title}`, kind: 'motion', municipality: 'Huddinge', municipalityEvidence: spanOf(text, 'Huddinge kommun'), body: 'Kommunfullmäktige', agendaItem: null, date: '2025-02-01' },
    motion: { title, evidence: spanOf(text, title) },
    authors: [{ name: 'Eva Ek', party: 'MP', evidence: spanOf(text, 'Eva Ek (MP)') }],
    decision: null,
    ...citesNothing,
  });
  return { input, text, title: `Motion: ${title}` };
}

const early = longMotion('Badhus i Flemingsberg', 'Fjällräddningsprojektet och Tallbacksmodellen', 400, 40_000);
const middle = longMotion('Cykelbana i Visättra', 'Fjällräddningsprojektet', SNIPPET_PREFIX_CHARS + 5_000, 30_000);
const late = longMotion('Bibliotek i Stuvsta', 'Fjällräddningsprojektet i Tallbacksmodellen', 60_000, 70_000);
// Its word ends right at the end of what is read first: the window around it runs past.
const atTheEdge = longMotion('Konstgräs i Sjödalen', 'Fjällräddningsprojektet', SNIPPET_PREFIX_CHARS - 40, 20_000);

// Short, with an inflected word spelt with its diacritics, and the same word in a text whose OCR lost them.
const inflected = longMotion('Ungdomsarbete i Flemingsberg', 'Fältsekreterarna möter ungdomarna', 300, 600);
const ocrLostDiacritics = longMotion('Ungdomar i Visättra', 'Faltsekreterarna moter ungdomarna', 300, 600);

beforeAll(async () => {
  await resetGraph(db.executor);
  for (const m of [early, middle, late, atTheEdge, inflected, ocrLostDiacritics]) await loadDocument(db.executor, m.input);
  api = await startTestApi(db.executor);
});
afterAll(async () => {
  await api.close();
  await db.close();
});

const SEARCH = `query($q: String!) { search(query: $q, types: [DOCUMENT], first: 10) {
  totalCount edges { node { field snippet highlights { start end } entity { ... on Document { id title } } } } } }`;

async function search(q: string) {
  const { data, errors } = await api.graphql(SEARCH, { q });
  expect(errors).toBeUndefined();
  return data.search;
}

/** The snippet of a whole document, as the API must give it. */
function wholeSnippet(m: { text: string; title: string }, q: string) {
  const s = makeSnippet({ text: m.text, rawText: m.text, title: m.title, name: null, description: null }, queryWords(q));
  return s && { field: s.field, snippet: s.snippet, highlights: s.highlights };
}

describe('search words with diacritics', () => {
  const titles = async (q: string) => (await search(q)).edges.map((e: any) => e.node.entity.title).sort();

  it('finds other forms of a word typed with its diacritics, in texts that have them and in OCR text that lost them', async () => {
    const both = [inflected.title, ocrLostDiacritics.title].sort();
    // "fältsekreterare", typed as spelt, finds "Fältsekreterarna" through the Swedish stemmer, and "Faltsekreterarna"
    // through its folded form, stemmed too
    expect(await titles('fältsekreterare')).toEqual(both);
    expect(await titles('fältsekreteraren')).toEqual(both);
    // typed without diacritics, it finds both as well
    expect(await titles('faltsekreterarna')).toEqual(both);
    const hit = (await search('fältsekreterare')).edges.find((e: any) => e.node.entity.title === inflected.title).node;
    expect(hit.highlights.map((h: any) => hit.snippet.slice(h.start, h.end))).toContain('Fältsekreterarna');
  });
});

describe('search snippets in long documents', () => {
  it('finds the words wherever they are in the text: near its start, past what is read first, and at the edge of it', async () => {
    const q = 'Fjällräddningsprojektet';
    const s = await search(q);
    expect(s.totalCount).toBe(4);
    const byTitle = new Map(s.edges.map((e: any) => [e.node.entity.title, e.node]));
    for (const m of [early, middle, late, atTheEdge]) {
      const hit = byTitle.get(m.title) as any;
      expect({ title: m.title, field: hit.field, snippet: hit.snippet, highlights: hit.highlights }).toEqual({ title: m.title, ...wholeSnippet(m, q) });
      expect(hit.highlights.map((h: any) => hit.snippet.slice(h.start, h.end))).toEqual(['Fjällräddningsprojektet']);
    }
    expect((byTitle.get(middle.title) as any).snippet.startsWith('…')).toBe(true);
  });

  it('chooses the place where most of the words are, found in a text read whole', async () => {
    // "Tallbacksmodellen" is in the title of no document; in the early one it is next to the first match, in the
    // late one 60,000 characters in.
    const q = 'Fjällräddningsprojektet Tallbacksmodellen';
    const s = await search(q);
    for (const m of [early, late]) {
      const hit = s.edges.find((e: any) => e.node.entity.title === m.title).node;
      expect({ field: hit.field, snippet: hit.snippet, highlights: hit.highlights }).toEqual(wholeSnippet(m, q));
      expect(hit.highlights.map((h: any) => hit.snippet.slice(h.start, h.end))).toEqual(['Fjällräddningsprojektet', 'Tallbacksmodellen']);
    }
  });

  it('reads only the rest of a text whose start it has, and the whole text of a document changed since', async () => {
    const words = queryWords('Fjällräddningsprojektet');
    const [row] = await db.executor.read<{ page: HitRow[] }>(SEARCH_STATEMENT, searchParams('Fjällräddningsprojektet', { labels: ['Document'], offset: 0, fetch: 10 }));
    const hit = row?.page.find((h) => h.node.title === late.title);
    if (!hit) throw new Error('the late document is not a hit');
    expect(hit.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(hit.fields.text).toBe(late.text.slice(0, SNIPPET_READ_CHARS));
    // the real executor, noting what the second statement sends back
    const received: Array<{ rest: boolean; text: string | null }> = [];
    const noting: Pick<Executor, 'read'> = {
      read: async <T>(query: string, params?: Params) => {
        const rows = await db.executor.read<T>(query, params);
        if (query === SEARCH_HIT_TEXTS) received.push(...(rows as Array<{ rest: boolean; text: string | null }>));
        return rows;
      },
    };
    const expected = makeSnippet({ text: late.text, rawText: null, title: late.title, name: null, description: null }, words);

    expect(await hitSnippets(noting, [hit], words)).toEqual([expected]);
    expect(received).toEqual([expect.objectContaining({ rest: true, text: late.text.slice(SNIPPET_READ_CHARS) })]);

    // A start read from another version of the document (re-ingested between the two reads) is not joined to this
    // version's rest: the text is read whole again.
    received.length = 0;
    const fromAnotherVersion = { ...hit, fingerprint: 'f'.repeat(64), fields: { ...hit.fields, text: 'Ett tidigare utkast. '.repeat(500) } };
    expect(await hitSnippets(noting, [fromAnotherVersion], words)).toEqual([expected]);
    expect(received).toEqual([expect.objectContaining({ rest: false, text: late.text })]);
  });
});
