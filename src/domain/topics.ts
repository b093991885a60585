/**
 * The controlled vocabulary of policy areas (topics.json), checked once at start. The extractor tags documents
 * with it; the API resolves a topic argument through it, so a name outside the vocabulary is a user error
 * rather than an empty answer.
 */
import { z } from 'zod';
import topicsJson from './topics.json' with { type: 'json' };
import { ids } from './ids.js';

const term = z.string().trim().min(2).regex(/^[\p{Ll}\p{N} *-]+$/u, 'terms are lower case words, * only as a word ending');
const vocabularySchema = z.object({
  topics: z.array(
    z.object({
      name: z.string().min(2),
      description: z.string().min(1),
      terms: z.array(term).min(1),
      weakTerms: z.array(term).default([]),
      exclude: z.array(term).default([]),
    }),
  ),
}).refine((v) => new Set(v.topics.map((t) => t.name)).size === v.topics.length, { message: 'topic names must be unique' });

export type VocabularyTopic = z.infer<typeof vocabularySchema>['topics'][number] & { id: string };

export const topicVocabulary: VocabularyTopic[] = vocabularySchema
  .parse(topicsJson)
  .topics.map((t) => ({ ...t, id: ids.topic(t.name) }));

/** A topic by its name (any case) or its id ("topic/trygghet"). */
export function findTopic(nameOrId: string): VocabularyTopic | undefined {
  const key = nameOrId.trim().toLocaleLowerCase('sv');
  return topicVocabulary.find((t) => t.id === key || t.name === key);
}
