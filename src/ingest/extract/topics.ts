/**
 * Policy areas from the controlled vocabulary (src/domain/topics.json) that a document is about. A topic is
 * assigned when one of its terms occurs in the normalized text, or when its weak terms (words with everyday
 * senses too, like "trygg" or "skolan") occur at least twice; a word inside an excluded phrase does not count
 * ("Brottsförebyggande rådet" names the agency, not crime prevention). The evidence is ONE span per topic: the
 * first mention of a term, else the first weak mention, so a reader sees where the text first takes the topic up.
 */
import { topicVocabulary } from '../../domain/topics.js';
import type { Ctx } from './context.js';
import type { Span } from './spans.js';
import { matches, sv } from './sv.js';

export interface TopicFound {
  name: string;
  span: Span;
}

/** Weak terms need this many mentions: one "trygg" is everyday Swedish, two make the document about it. */
const WEAK_MENTIONS = 2;

/** A vocabulary term as an OCR-tolerant whole-word pattern; "*" is any word ending. */
function termSource(term: string): string {
  return term.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[\\p{L}\\p{N}]*');
}

function anyOf(terms: string[]): RegExp | null {
  return terms.length ? sv(`\\b(?:${terms.map(termSource).join('|')})\\b`, 'giu') : null;
}

const compiled = topicVocabulary.map((t) => ({
  name: t.name,
  strong: anyOf(t.terms),
  weak: anyOf(t.weakTerms),
  exclude: anyOf(t.exclude),
}));

function spans(re: RegExp | null, text: string): Span[] {
  return re ? [...matches(re, text)].map((m) => ({ start: m.index, end: m.index + m[0].length })) : [];
}

export function topics(ctx: Ctx): TopicFound[] {
  const found: TopicFound[] = [];
  for (const t of compiled) {
    const excluded = spans(t.exclude, ctx.t);
    const counts = (s: Span) => !excluded.some((x) => x.start < s.end && s.start < x.end);
    const strong = spans(t.strong, ctx.t).filter(counts);
    const weak = spans(t.weak, ctx.t).filter(counts);
    const first = strong[0] ?? (weak.length >= WEAK_MENTIONS ? weak[0] : undefined);
    if (first) found.push({ name: t.name, span: first });
  }
  return found.sort((a, b) => a.span.start - b.span.start || a.name.localeCompare(b.name, 'sv'));
}
