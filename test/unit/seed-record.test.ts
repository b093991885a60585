/** The curated seed against the provenance contract and the expected extraction, without a database. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planProblems } from '../../src/ingest/plan/graph-plan.js';
import { planDocument } from '../../src/ingest/plan/from-record.js';
import { spanProblems } from '../../src/ingest/record.js';
import { readSeed } from '../../src/seed/load-seed.js';

const expected = JSON.parse(readFileSync(new URL('../fixtures/huddinge-ks-arende-18-igor.expected.json', import.meta.url), 'utf8'));

describe('the seed record', async () => {
  const { documents, curated } = await readSeed();
  const seed = documents[0]!;

  it('carries the normalized text of the same OCR repair the pipeline uses', () => {
    expect(seed.text).toContain('Stärk arbetet mot våld i nära relationer');
    expect(seed.record.normalization.changedTokens).toBeGreaterThan(70);
  });

  it('is the seed text byte for byte, OCR errors and all', () => {
    expect(seed.rawText).toContain('Stirk arbetet mot vald i nira relationer');
    expect(seed.rawText).toContain('|GOR forefaller');
  });

  it('keeps the provenance contract: every quote equals its span of the raw text', () => {
    expect(spanProblems(seed.record, seed.rawText)).toEqual([]);
  });

  it('agrees with the expected extraction on every field it shares with it', () => {
    for (const field of ['document', 'motion', 'authors', 'decision', 'agencies', 'projects', 'evaluations', 'findings'] as const) {
      const ours: unknown = JSON.parse(JSON.stringify(seed.record[field]));
      expect(ours, field).toMatchObject(expected[field]);
    }
  });

  it('plans a graph in which every relationship carries evidence or a curated source', () => {
    const plan = planDocument(seed);
    expect(planProblems({ nodes: [...plan.nodes, ...curated.flatMap((c) => c.nodes)], relationships: [...plan.relationships, ...curated.flatMap((c) => c.relationships)] })).toEqual([]);
    expect(plan.relationships.filter((r) => r.evidence.status !== 'CURATED').every((r) => 'quote' in r.evidence && seed.rawText.slice(r.evidence.start, r.evidence.end) === r.evidence.quote)).toBe(true);
  });

  it('catches a quote that does not match its span', () => {
    const broken = structuredClone(seed.record);
    broken.findings[0]!.evidence.start += 1;
    broken.findings[0]!.evidence.end += 1;
    expect(spanProblems(broken, seed.rawText)).toEqual([expect.stringMatching(/^findings\[0\]: quote/)]);
  });

  it('gives the party the "(SD)" of each author line as its evidence', () => {
    const mentions = planDocument(seed).relationships.filter((r) => r.type === 'MENTIONS' && r.to.id === 'party/SD');
    expect(mentions.map((m) => ('quote' in m.evidence ? m.evidence.quote : ''))).toEqual(['(SD)', '(SD)', '(SD)', '(SD)']);
  });
});
