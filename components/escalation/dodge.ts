/**
 * One-dimensional dodging: moves positions along one axis so that neighbours keep a minimum gap,
 * their order is kept, and all of them stay inside bounds, moving each as little as it can.
 *
 *   dodge([10, 12, 13], 20, [0, 100])   // → [0, 20, 40]: centred on them it would start at −8.3,
 *                                       //   so the group is pushed back inside the bounds
 *
 * This is isotonic regression in disguise: with c_i the sum of the gaps before item i, the
 * positions z_i = y_i − c_i must not decrease, and the closest such z to the wanted p_i − c_i
 * is found by pooling adjacent violators (PAVA). Clamping that solution to the bounds keeps it
 * optimal, and it keeps the first and last items at the bounds when they want to be there.
 */

/**
 * Positions at least `gaps` apart (a number for every pair, or one per neighbouring pair: gaps[i]
 * lies between item i and item i + 1), in the same order as `wanted`, inside [min, max], each as
 * close to its wanted position as the others allow (least squares). `wanted` must be in order.
 * Throws a RangeError, naming both numbers, when the gaps need more room than the bounds give.
 */
export function dodge(wanted: readonly number[], gaps: number | readonly number[], bounds: readonly [number, number]): number[] {
  const n = wanted.length
  if (n === 0)
    return []
  const gap = (i: number): number => (typeof gaps === 'number' ? gaps : gaps[i])
  if (typeof gaps !== 'number' && gaps.length < n - 1)
    throw new RangeError(`dodge: ${n} positions need ${n - 1} gaps, got ${gaps.length}`)
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(wanted[i]))
      throw new RangeError(`dodge: position #${i + 1} is not a finite number (${wanted[i]})`)
    if (i > 0 && wanted[i] < wanted[i - 1])
      throw new RangeError(`dodge: positions must be in order, but #${i + 1} (${wanted[i]}) comes before #${i} (${wanted[i - 1]})`)
    if (i < n - 1 && !(gap(i) >= 0))
      throw new RangeError(`dodge: gap #${i + 1} must be a number ≥ 0, got ${gap(i)}`)
  }

  // Offsets: the room the gaps take up to each item.
  const offset: number[] = [0]
  for (let i = 1; i < n; i++)
    offset.push(offset[i - 1] + gap(i - 1))
  const [min, max] = bounds
  const room = max - min
  const needed = offset[n - 1]
  if (needed > room + 1e-9)
    throw new RangeError(`dodge: ${n} items need ${round(needed)} px but the bounds give ${round(room)} px`)

  // Pool adjacent violators on z = wanted − offset: blocks of items that share one value.
  const blocks: { sum: number, count: number }[] = []
  for (let i = 0; i < n; i++) {
    blocks.push({ sum: wanted[i] - offset[i], count: 1 })
    while (blocks.length > 1) {
      const last = blocks[blocks.length - 1]
      const before = blocks[blocks.length - 2]
      if (before.sum / before.count <= last.sum / last.count)
        break
      before.sum += last.sum
      before.count += last.count
      blocks.pop()
    }
  }

  const low = min
  const high = max - needed
  const out: number[] = []
  for (const block of blocks) {
    const z = Math.min(high, Math.max(low, block.sum / block.count))
    for (let k = 0; k < block.count; k++)
      out.push(z + offset[out.length])
  }
  return out
}

function round(x: number): number {
  return Math.round(x * 10) / 10
}
