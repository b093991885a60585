/**
 * Makes an OCR-damaged copy of a clean text the way the seed document was damaged (å→a; ä→a, sometimes i, é or
 * "dé"; ö→o, sometimes é, 6 or d; a line-initial I read as '|'; a bullet read as 'e'), so the normalizer can be
 * measured on texts it was not tuned on. Deterministic for a given seed. Used by tests and the eval script only.
 */

export interface DamageOptions {
  seed: number;
  /** Share of words with å/ä/ö that lose their diacritics (the seed document: nearly all). */
  wordRate: number;
}

/** mulberry32: a small, well-mixed 32-bit PRNG, so damaged fixtures are reproducible. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(random: () => number, weighted: readonly (readonly [T, number])[]): T {
  let r = random();
  for (const [value, weight] of weighted) {
    if (r < weight) return value;
    r -= weight;
  }
  return weighted[weighted.length - 1]![0];
}

const LOSSES: Readonly<Record<string, readonly (readonly [string, number])[]>> = {
  å: [['a', 1]],
  ä: [['a', 0.85], ['i', 0.05], ['é', 0.06], ['dé', 0.04]],
  ö: [['o', 0.8], ['é', 0.1], ['6', 0.05], ['d', 0.05]],
};

function damageWord(word: string, random: () => number): string {
  let out = '';
  for (const c of word) {
    const lower = c.toLowerCase();
    const losses = LOSSES[lower];
    if (!losses) {
      out += c;
      continue;
    }
    const to = pick(random, losses);
    // Capitals lose their diacritics to the plain capital only (Ä→A, Ö→O): OCR's other confusions are of lower case.
    out += c === lower ? to : c === 'Å' || c === 'Ä' ? 'A' : 'O';
  }
  return out;
}

export function simulateOcrDamage(clean: string, options: DamageOptions): string {
  const random = prng(options.seed);
  return clean
    .split('\n')
    .map((line) =>
      line
        .replace(/^(\s*)•(?=\s)/, '$1e')
        .replace(/^(\s*)I(?=[\s\p{Lu}])/u, '$1|')
        .replace(/\p{L}+/gu, (w) => (/[åäöÅÄÖ]/.test(w) && random() < options.wordRate ? damageWord(w, random) : w)),
    )
    .join('\n');
}
