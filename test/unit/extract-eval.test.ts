/**
 * The labelled evaluation set: it is well-formed (real texts, expected strings verbatim in them), and the
 * extractor meets the targets on it. These assertions fail when a rule change makes extraction worse.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { findParty, parties } from '../../src/domain/gazetteer/index.js';
import { evaluateCorpus, type Evaluation } from '../../scripts/eval-extract.js';
import { CORPUS } from './extract-support.js';

interface Expected { documentTitle: string | null; motionTitle: string | null; municipality: string | null; authors: Array<{ name: string; party: string | null }>; projects: string[]; findings: string[]; decision: string | null }
const texts = readdirSync(`${CORPUS}texts`).filter((f) => f.endsWith('.txt'));

describe('the labelled corpus', () => {
  it('has at least 20 real texts with expected records, and OCR-degraded copies of some', () => {
    expect(texts.length).toBeGreaterThanOrEqual(20);
    for (const f of texts) expect(() => readFileSync(`${CORPUS}expected/${f.replace(/\.txt$/, '.json')}`)).not.toThrow();
    expect(readdirSync(`${CORPUS}ocr`).filter((f) => f.endsWith('.ocr.txt')).length).toBeGreaterThanOrEqual(10);
  });

  it('states only what the text states: names, titles, projects and findings occur verbatim, parties are written there', () => {
    for (const f of texts.filter((x) => !x.includes('.ocr.'))) {
      const text = readFileSync(`${CORPUS}texts/${f}`, 'utf8');
      const e = JSON.parse(readFileSync(`${CORPUS}expected/${f.replace(/\.txt$/, '.json')}`, 'utf8')) as Expected;
      const verbatim = [e.documentTitle, e.motionTitle, e.municipality, ...e.authors.map((a) => a.name), ...e.projects, ...e.findings];
      for (const s of verbatim) if (s !== null) expect(text, `${f}: ${s}`).toContain(s);
      for (const a of e.authors) {
        if (a.party === null) continue;
        const party = parties.find((p) => p.abbreviation === a.party);
        // the abbreviation itself, an old form the gazetteer maps to it ("(fp)", "(kds)"), or the party's name
        const written = [...text.matchAll(/\((?:båda |alla )?([\p{L}]{1,6})(?:-gruppen)?\)|\b([\p{L}]+)\b/gu)].some(
          (m) => (m[1] ?? m[2] ?? '').toUpperCase() === a.party || findParty(m[1] ?? m[2] ?? '')?.abbreviation === a.party,
        );
        expect(written || (party && text.includes(party.name)), `${f}: party ${a.party}`).toBeTruthy();
      }
    }
  });
});

describe('the extractor on the labelled corpus', () => {
  let e: Evaluation;
  beforeAll(async () => {
    e = await evaluateCorpus();
  }, 180_000);

  it('meets the targets: authors with party, outcome ≥ 0.95 F1; agencies, projects, findings ≥ 0.90 F1', () => {
    const f = e.all.fields;
    expect(f.authors.f1).toBeGreaterThanOrEqual(0.95);
    expect(f.outcome.f1).toBeGreaterThanOrEqual(0.95);
    expect(f.agencies.f1).toBeGreaterThanOrEqual(0.9);
    expect(f.projects.f1).toBeGreaterThanOrEqual(0.9);
    expect(f.findings.f1).toBeGreaterThanOrEqual(0.9);
  });

  it('every evidence span is valid', () => {
    expect(e.all.spans.total).toBeGreaterThan(300);
    expect(e.all.spans.valid).toBe(e.all.spans.total);
  });

  it('scores every field on every document, held-out splits included', () => {
    expect(e.all.documents).toBeGreaterThanOrEqual(50);
    expect(Object.keys(e.splits).sort()).toEqual(['development', 'heldOut', 'heldOut2']);
  });
});
