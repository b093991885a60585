/**
 * The order in which the contenders of a cell take their measured windows in each round. Each round starts one
 * further along, so no contender always comes first (just after a warm-up, or just after the slowest one's
 * leftovers were terminated), and over three rounds each of three sits once in every place.
 */
export function inTurn<T>(contenders: readonly T[], round: number): T[] {
  const shift = contenders.length === 0 ? 0 : round % contenders.length;
  return [...contenders.slice(shift), ...contenders.slice(0, shift)];
}
