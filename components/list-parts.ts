/**
 * How a long list is cut over several slides: each item has a weight (roughly the room it takes),
 * and the cuts fall where the parts take about the same room, in order. The references, the
 * codebook and the record's tables all split this way.
 *
 *   partOfEach([3, 1, 1, 3], 2)   // [1, 1, 2, 2]
 */

/** The part (from 1) each item falls in, when items of these weights are cut into `parts` in order. */
export function partOfEach(weights: readonly number[], parts: number): number[] {
  const total = weights.reduce((a, b) => a + b, 0)
  const partOf: number[] = []
  let running = 0
  for (const w of weights) {
    partOf.push(Math.min(parts, Math.floor((running + w / 2) / (total / parts)) + 1))
    running += w
  }
  return partOf
}

/** The items of part `part` (from 1) of `parts`, cut by weight. */
export function weightedPart<T>(items: readonly T[], weightOf: (item: T, index: number) => number, part: number, parts: number): T[] {
  const partOf = partOfEach(items.map(weightOf), parts)
  return items.filter((_, i) => partOf[i] === part)
}
