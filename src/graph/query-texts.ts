/**
 * Query texts built from fixed fragments per set of parts a request asks for (party positions, evaluation impact,
 * finding coverage): each text is built once and kept, keyed by the parts. The keys come from closed lists, so
 * there are only ever as many texts as subsets of those lists, and in practice a handful.
 */
const built = new Map<string, string>();

/** The text for `key`, built by `build` the first time it is asked for. */
export function builtOnce(key: string, build: () => string): string {
  let text = built.get(key);
  if (text === undefined) built.set(key, (text = build()));
  return text;
}

/** The members of a closed list that are in `chosen`, in the list's order: the same key for the same set. */
export const subsetKey = <T>(all: readonly T[], chosen: ReadonlySet<T>) => all.filter((x) => chosen.has(x)).join(',');
