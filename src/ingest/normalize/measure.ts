/**
 * Word accuracy of a text against a hand-corrected truth, for measuring the normalizer (scripts/eval-normalize.ts
 * and the unit tests). Words are whitespace-separated chunks with their punctuation, so "|IGOR" vs "IGOR" and
 * "e" vs "•" count as wrong words. The texts are aligned word by word (edit distance), so a repair that drops
 * or adds a word cannot shift every later word out of step.
 */

export interface WordMiss {
  truth: string;
  raw: string | undefined;
  normalized: string | undefined;
}

export interface WordAccuracy {
  words: number;
  rawCorrect: number;
  normalizedCorrect: number;
  /** Wrong in raw, right after normalization. */
  fixed: number;
  /** Right in raw, wrong after normalization. */
  broken: number;
  rawAccuracy: number;
  normalizedAccuracy: number;
  /** Truth words the normalized text still gets wrong, and the words it broke. */
  misses: WordMiss[];
}

const words = (text: string) => text.split(/\s+/).filter((w) => w.length > 0);

/** For each truth word, the word of `other` aligned with it (undefined where `other` has none). */
export function alignToTruth(truth: readonly string[], other: readonly string[]): (string | undefined)[] {
  const n = truth.length;
  const m = other.length;
  const cols = m + 1;
  const cost = new Uint32Array((n + 1) * cols);
  for (let i = 0; i <= n; i++) cost[i * cols] = i;
  for (let j = 0; j <= m; j++) cost[j] = j;
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const sub = cost[(i - 1) * cols + j - 1]! + (truth[i - 1] === other[j - 1] ? 0 : 1);
      cost[i * cols + j] = Math.min(sub, cost[(i - 1) * cols + j]! + 1, cost[i * cols + j - 1]! + 1);
    }
  }
  const aligned: (string | undefined)[] = new Array<string | undefined>(n).fill(undefined);
  let i = n;
  let j = m;
  while (i > 0 && j > 0) {
    const here = cost[i * cols + j]!;
    if (here === cost[(i - 1) * cols + j - 1]! + (truth[i - 1] === other[j - 1] ? 0 : 1)) {
      aligned[i - 1] = other[j - 1];
      i--;
      j--;
    } else if (here === cost[(i - 1) * cols + j]! + 1) i--;
    else j--;
  }
  return aligned;
}

export function wordAccuracy(raw: string, normalized: string, truth: string): WordAccuracy {
  const t = words(truth);
  const r = alignToTruth(t, words(raw));
  const z = alignToTruth(t, words(normalized));
  let rawCorrect = 0;
  let normalizedCorrect = 0;
  let fixed = 0;
  let broken = 0;
  const misses: WordMiss[] = [];
  t.forEach((word, i) => {
    const rawOk = r[i] === word;
    const normOk = z[i] === word;
    if (rawOk) rawCorrect++;
    if (normOk) normalizedCorrect++;
    if (!rawOk && normOk) fixed++;
    if (rawOk && !normOk) broken++;
    if (!normOk) misses.push({ truth: word, raw: r[i], normalized: z[i] });
  });
  const ratio = (k: number) => (t.length === 0 ? 1 : k / t.length);
  return {
    words: t.length,
    rawCorrect,
    normalizedCorrect,
    fixed,
    broken,
    rawAccuracy: ratio(rawCorrect),
    normalizedAccuracy: ratio(normalizedCorrect),
    misses,
  };
}
