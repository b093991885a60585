/**
 * The generator's scales. L (a hundred times S) draws more politicians than there are names and more evaluations
 * than programme × municipality pairs; it must still give each a unique id, and the smaller scales must stay as they
 * were (the stored benchmark corpora, and every published figure, were made from them at this GENERATOR_VERSION).
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/generate/corpus.js';
import { DEFAULT_SEED, GENERATOR_VERSION, scales } from '../../bench/generate/scale.js';
import { buildWorld } from '../../bench/generate/world.js';
import { ids } from '../../src/domain/ids.js';

const personsOf = (world: ReturnType<typeof buildWorld>) => world.places.flatMap((p) => [...p.persons.values()].flat());

describe('generator scales', () => {
  it('gives L 78,048 politicians with unique names and 50,000 unique evaluations', () => {
    const world = buildWorld(scales.L, DEFAULT_SEED);
    const persons = personsOf(world);
    expect(persons).toHaveLength(78_048);
    expect(new Set(persons).size).toBe(persons.length);
    expect(new Set(world.evaluations.map((e) => e.id)).size).toBe(50_000);
    expect(world.evaluations.at(-1)?.project).toMatch(/ etapp \d+$/);
  });

  it('numbers repeated motion titles in L without repeating an id', { timeout: 60_000 }, () => {
    const titles = new Set<string>();
    let cases = 0;
    let numbered = false;
    for (const c of generateCorpus(scales.L, DEFAULT_SEED)) {
      const record = c.documents[0]?.record;
      // the motion's id, as the loader makes it: titles repeat across municipalities, ids must not
      const title = String(record?.motion?.title);
      numbered ||= / \(\d+\)$/.test(title);
      const id = ids.motion(record?.document.municipality ?? 'riksdagen', title);
      expect(titles.has(id), id).toBe(false);
      titles.add(id);
      if (++cases === 10_000) break;
    }
    // repeated titles were met, and numbered
    expect(numbered).toBe(true);
  });

  it('keeps the corpora of XS to M as they were at this generator version', () => {
    expect(GENERATOR_VERSION).toBe('bench-generator@1.2.0');
    const digest = (name: 'XS' | 'S' | 'M', cases: number) => {
      const h = createHash('sha256');
      h.update(JSON.stringify(buildWorld(scales[name], DEFAULT_SEED), (_k, v) => (v instanceof Map ? [...v] : v)));
      let n = 0;
      for (const c of generateCorpus(scales[name], DEFAULT_SEED)) {
        h.update(JSON.stringify(c));
        if (++n === cases) break;
      }
      return h.digest('hex').slice(0, 16);
    };
    // Digests taken from the generator before L was added (2a7a6e2); a change to the corpus must bump the version.
    expect({ XS: digest('XS', 60), S: digest('S', 3000), M: digest('M', 3000) }).toEqual({ XS: '163a1f044c723980', S: '1af1eb063e5a6219', M: '440083376a6238be' });
  });
});
