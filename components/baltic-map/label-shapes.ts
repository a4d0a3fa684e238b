/**
 * Where on a shape a label may go, in container pixels: the deepest visible points of a country
 * (for its name), and a territory's name on its shape where the shape can hold it, otherwise
 * beside it with a leader line back to a point inside it (`nameOnShape` builds such a request for
 * labels.ts `placeLabels`; `leader` draws the line).
 */
import type { LabelRequest, Placement, Point, Rect, Size } from './labels.ts'
import inside from 'point-in-polygon-hao'

/** A polygon in container pixels: rings of points, the first of each polygon its outer ring. */
export type PixelPolygon = readonly (readonly Point[])[]

function distanceToSegment(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x
  const dy = b.y - a.y
  const length2 = dx * dx + dy * dy
  const t = length2 ? Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2)) : 0
  return Math.hypot(p.x - a.x - t * dx, p.y - a.y - t * dy)
}

export interface Pole extends Point {
  /** How far the point is from the shape's edge or the map's edge, whichever is nearer, in pixels. */
  clearancePx: number
}

/**
 * Points deep inside the part of a shape the map shows, best first: a grid search for the points
 * farthest from both the shape's outline and the map's edges (the "pole of inaccessibility" of the
 * visible part). Used to put a country's name where there is room for it. Only grid points at least
 * `minClearancePx` inside are returned, and no two within `spacingPx` of each other.
 */
export function visiblePoles(polygons: readonly PixelPolygon[], box: Size, options: { stepPx?: number, minClearancePx?: number, spacingPx?: number, limit?: number } = {}): Pole[] {
  const step = options.stepPx ?? 6
  const minClearance = options.minClearancePx ?? 6
  const spacing = options.spacingPx ?? 40
  const limit = options.limit ?? 8
  const all = polygons.flat()
  const edges: [Point, Point][] = all.flatMap(ring => ring.slice(1).map((b, i): [Point, Point] => [ring[i], b]))
  // Only edges that reach into the map can come closer to a point in it than the map's own edge.
  const nearEdges = edges.filter(([a, b]) => Math.max(a.x, b.x) >= 0 && Math.min(a.x, b.x) <= box.width && Math.max(a.y, b.y) >= 0 && Math.min(a.y, b.y) <= box.height)
  const candidates: Pole[] = []
  for (let y = step / 2; y < box.height; y += step) {
    // Where this row crosses the outline, left to right: between the 1st and 2nd crossing is
    // inside, between the 2nd and 3rd outside, and so on (even–odd, holes included).
    const crossings = edges
      .filter(([a, b]) => (a.y > y) !== (b.y > y))
      .map(([a, b]) => a.x + ((y - a.y) * (b.x - a.x)) / (b.y - a.y))
      .sort((u, v) => u - v)
    let passed = 0
    for (let x = step / 2; x < box.width; x += step) {
      while (passed < crossings.length && crossings[passed] < x)
        passed++
      if (passed % 2 === 0)
        continue
      const p = { x, y }
      let clearance = Math.min(x, y, box.width - x, box.height - y)
      for (let i = 0; i < nearEdges.length && clearance >= minClearance; i++)
        clearance = Math.min(clearance, distanceToSegment(p, nearEdges[i][0], nearEdges[i][1]))
      if (clearance >= minClearance)
        candidates.push({ x, y, clearancePx: clearance })
    }
  }
  // Best first; ties go to the upper, then the left, point, so the order never depends on the sort.
  candidates.sort((a, b) => b.clearancePx - a.clearancePx || a.y - b.y || a.x - b.x)
  const poles: Pole[] = []
  for (const c of candidates) {
    if (poles.length >= limit)
      break
    if (poles.every(p => Math.hypot(p.x - c.x, p.y - c.y) >= spacing))
      poles.push(c)
  }
  return poles
}

/** Nine points of a box, `insetPx` inside it: corners, edge middles and centre. */
export function samplePoints(rect: Rect, insetPx = 2): Point[] {
  const xs = [rect.x + insetPx, rect.x + rect.width / 2, rect.x + rect.width - insetPx]
  const ys = [rect.y + insetPx, rect.y + rect.height / 2, rect.y + rect.height - insetPx]
  return ys.flatMap(y => xs.map(x => ({ x, y })))
}

/** Each polygon as point-in-polygon-hao takes it (closed rings of [x, y]), made once per polygon. */
const asRings = new WeakMap<PixelPolygon, number[][][]>()

/** Whether `p` is inside a polygon in pixels (its rings: the first outer, the rest holes); on the edge counts as inside. */
export function insidePolygon(rings: PixelPolygon, p: Point): boolean {
  let closed = asRings.get(rings)
  if (!closed)
    asRings.set(rings, closed = rings.map(ring => [...ring, ring[0]].map(q => [q.x, q.y])))
  return inside([p.x, p.y], closed) !== false
}

/** Whether the whole box lies on the shape: its nine sample points all inside one of its polygons. */
export function fitsInside(rect: Rect, polygons: readonly PixelPolygon[], insetPx = 2): boolean {
  return samplePoints(rect, insetPx).every(p => polygons.some(rings => insidePolygon(rings, p)))
}

/** Placements for a name beside its shape, nearest the reader's habit first (above, to the left). */
const BESIDE_A_SHAPE: readonly Placement[] = ['top-left', 'top', 'left', 'top-right', 'bottom-left', 'right', 'bottom', 'bottom-right']

/**
 * Where a territory's name may go: on the shape, centred on one of its deepest points, if the
 * whole label fits inside it; otherwise beside it, on ground `beside` accepts (the sea, say),
 * with a leader line from that deepest point. Returns the parts of a `LabelRequest` that say so.
 */
export function nameOnShape(polygons: readonly PixelPolygon[], box: Size, options: { beside: (rect: Rect) => boolean, gapsPx?: readonly number[], fallback?: Point }): Pick<LabelRequest, 'anchors' | 'placements' | 'gapPx' | 'accepts' | 'leader'> {
  const poles = visiblePoles(polygons, box, { minClearancePx: 3, limit: 3, spacingPx: 20 })
  return {
    anchors: poles.length ? poles : options.fallback ? [options.fallback] : [],
    placements: ['center', ...BESIDE_A_SHAPE],
    gapPx: options.gapsPx ?? [20, 32, 48, 64],
    accepts: (rect, placement) => placement === 'center' ? fitsInside(rect, polygons) : options.beside(rect),
    leader: true,
  }
}
