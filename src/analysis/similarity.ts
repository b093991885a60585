/**
 * How alike two findings are, for suggesting which curated evaluation a cited one is: the overlap of their
 * content words (folded, so "förbättrad" and OCR's "forbattrad" meet; crudely stemmed, so "samverkan" and
 * "samverkans" do). Deterministic and explainable; a curator confirms every link.
 */
import { slugify } from '../domain/ids.js';

/** Words that say nothing about a finding's content. */
const FUNCTION_WORDS = new Set(
  'och att i en ett det som på pa för for av till med om är ar den de har inte kan vid mellan samt också ocksa eller'.split(' '),
);

function contentWords(text: string): Set<string> {
  return new Set(
    slugify(text)
      .split('-')
      .filter((w) => w.length > 2 && !FUNCTION_WORDS.has(w))
      .map((w) => w.slice(0, 7)),
  );
}

/** Dice coefficient of the content words: 1 for the same words, 0 for none in common. */
export function findingSimilarity(a: string, b: string): number {
  const x = contentWords(a);
  const y = contentWords(b);
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return (2 * shared) / (x.size + y.size);
}

export interface FindingText {
  id: string;
  text: string;
}

/** For each cited finding its best match among the candidate's findings, and the mean of those best scores. */
export function matchFindings(cited: FindingText[], candidate: FindingText[]) {
  const matches = cited.map((f) => {
    let best: FindingText | null = null;
    let similarity = 0;
    for (const g of candidate) {
      const s = findingSimilarity(f.text, g.text);
      if (s > similarity) [best, similarity] = [g, s];
    }
    return { finding: f, bestMatch: best, similarity: Math.round(similarity * 1000) / 1000 };
  });
  const score = matches.length ? matches.reduce((sum, m) => sum + m.similarity, 0) / matches.length : 0;
  return { score: Math.round(score * 1000) / 1000, matches };
}
