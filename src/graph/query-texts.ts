/**
 * Query texts built from fixed fragments per set of parts a request asks for (party positions, evaluation impact,
 * finding coverage, a page of citations): each text is built once and kept, keyed by the parts. The keys come from closed lists, so no
 * request can put its own words into a text; but the subsets of those lists multiply (an impact statement's document
 * properties, proposal parts and three kinds of evidence), so the texts kept are the most recently used, not all
 * that a stream of differently shaped requests could make. In practice a handful are in use.
 */
import { LRUCache } from 'lru-cache';

const built = new LRUCache<string, string>({ max: 1000 });

/** The text for `key`, built by `build` when it is not kept. */
export function builtOnce(key: string, build: () => string): string {
  let text = built.get(key);
  if (text === undefined) built.set(key, (text = build()));
  return text;
}

/** The members of a closed list that are in `chosen`, in the list's order: the same key for the same set. */
export const subsetKey = <T>(all: readonly T[], chosen: ReadonlySet<T>) => all.filter((x) => chosen.has(x)).join(',');

/** A set of properties (of `all` there are), all of them, or none (null: not sent), as part of a statement's cache key. */
export const propertiesKey = <P>(all: readonly P[], properties: ReadonlySet<P> | 'all' | null) =>
  properties === null ? 'none' : properties === 'all' ? 'all' : subsetKey(all, properties);
