/** Answers cut down to a smaller selection: what the API must answer when asked for less. */

/** An object cut down to the given keys. */
export const pick =
  (keys: readonly string[]) =>
  (x: any): Record<string, unknown> =>
    Object.fromEntries(keys.map((k) => [k, x[k]]));

/** The top-level field names of a selection written as text: `status document { id }` → status, document. */
export const keysOf = (selection: string) =>
  selection
    .replace(/\{[^{}]*\}/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
