/**
 * Where a short piece of text beside a mark goes: of a few candidate spots, the first that touches
 * nothing already on the chart, else the one that touches least. The chart's quiet moves' numbers
 * and its stubs' numbers are placed this way, so that a dense column does not print a number over
 * its neighbour's marker.
 *
 *   const taken: Box[] = markers.map(boxAround)
 *   const spot = pickSpot([outward, inward], taken)   // then taken.push(spot.box)
 */

/** An axis-aligned rectangle, in CSS px; `weight` says how much covering it costs (1 unless given). */
export interface Box { left: number, right: number, top: number, bottom: number, weight?: number }

/** A text anchored at (x, y) and its rectangle. */
export interface Spot { x: number, y: number, anchor: 'start' | 'end' | 'middle', box: Box }

/** How much two rectangles overlap, in square px (0 when they do not). */
export function overlap(a: Box, b: Box): number {
  const w = Math.min(a.right, b.right) - Math.max(a.left, b.left)
  const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top)
  return w > 0 && h > 0 ? w * h : 0
}

/** A text of `width` × `height` px anchored at (x, y), vertically centred on y unless `top` is given. */
export function spotAt(x: number, y: number, anchor: Spot['anchor'], width: number, height: number, top = y - height / 2): Spot {
  const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2
  return { x, y, anchor, box: { left, right: left + width, top, bottom: top + height } }
}

/** The first candidate that overlaps nothing in `taken`, or else the one whose overlaps cost least (the earliest of equals). */
export function pickSpot(candidates: readonly Spot[], taken: readonly Box[]): Spot {
  if (!candidates.length)
    throw new Error('pickSpot needs at least one candidate spot')
  let best = candidates[0]
  let bestCost = Infinity
  for (const candidate of candidates) {
    const cost = taken.reduce((sum, box) => sum + overlap(candidate.box, box) * (box.weight ?? 1), 0)
    if (cost === 0)
      return candidate
    if (cost < bestCost) {
      best = candidate
      bestCost = cost
    }
  }
  return best
}

/** The width of a short run of digits and punctuation at `fontPx` (tabular figures are about 0.6 em wide). */
export function digitsWidth(text: string, fontPx: number): number {
  return text.length * fontPx * 0.6
}
