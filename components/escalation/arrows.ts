/**
 * Arrow geometry, from an action's marker to the reaction's: a gently bent curve (a quadratic
 * Bézier) that leaves a little room at both markers, bends around every other marker it would
 * cross, stays between the label columns, and ends in a triangular head. Pure numbers in CSS px;
 * the component only draws them.
 */
import type { Shape } from './shapes.ts'
import { reachOf } from './shapes.ts'

export interface Point {
  x: number
  y: number
}

/** A marker the arrow must keep clear of: the circle it fits in. */
export interface Obstacle extends Point {
  /** In CSS px. */
  r: number
}

export interface ArrowOptions {
  /** Markers the arrow must not cross (its own two ends may be among them; they are skipped). */
  obstacles: readonly Obstacle[]
  /** Arrows already drawn, as polylines: crossing one costs `crossingCost`. */
  drawn: readonly (readonly Point[])[]
  /** Radius of the two markers the arrow joins, in CSS px (the gaps are measured from it). */
  markerRadiusPx: number
  /**
   * Space the curve's centre line must keep from any other marker's outline, in CSS px: half the
   * arrow's stroke (1.75 px) and half a marker's outline (1.4 px) come to 1.6 px, so at this the
   * two do not touch ...
   */
  clearancePx: number
  /** ... and the space it is given where it can be, in CSS px: each px less costs `tightCost`. */
  comfortPx: number
  tightCost: number
  /** Space between the curve and the marker it leaves, in CSS px. */
  startGapPx: number
  /** Space between the head's tip and the marker it reaches, in CSS px. */
  endGapPx: number
  /** Length and width of the head, in CSS px. */
  headLengthPx: number
  headWidthPx: number
  /** The curve stays within this box (the level zone, the plot's height), in CSS px. */
  left: number
  right: number
  top: number
  bottom: number
  /**
   * Bends to try: the sideways offset of the curve's middle, as a fraction of the distance between
   * the two markers; on screen, positive bends to the right of the direction of travel.
   */
  bends: readonly number[]
  /** Where along the chord the curve's control point sits (0.5: a symmetric bend; less: the bend comes early). */
  skews: readonly number[]
  /** The bend that looks best when nothing is in the way. */
  preferredBend: number
  /** What crossing an arrow already drawn costs, against 100 for a whole unit of bend away from the preferred one. */
  crossingCost: number
  /** Closer than this to an arrow already drawn, in CSS px, the curve runs alongside it ... */
  alongsidePx: number
  /** ... which costs this much for the whole curve (less for a part of it), away from the two markers. */
  alongsideCost: number
}

export const ARROW_DEFAULTS = {
  drawn: [],
  clearancePx: 1.75,
  comfortPx: 8,
  tightCost: 6,
  startGapPx: 3,
  endGapPx: 2,
  headLengthPx: 9,
  headWidthPx: 8,
  bends: [0, 0.02, -0.02, 0.04, -0.04, 0.06, -0.06, 0.08, -0.08, 0.1, -0.1, 0.12, -0.12, 0.15, -0.15, 0.2, -0.2, 0.25, -0.25, 0.35, -0.35, 0.5, -0.5, 0.7, -0.7, 0.9, -0.9],
  skews: [0.5, 0.35, 0.65, 0.2, 0.8],
  preferredBend: 0.12,
  crossingCost: 40,
  alongsidePx: 7,
  alongsideCost: 80,
} as const satisfies Partial<ArrowOptions>

export interface ArrowGeometry {
  /** The shaft as an SVG path (`M … Q …`), ending where the head begins. */
  d: string
  /** The head: tip, then its two back corners. */
  head: readonly [Point, Point, Point]
  /** The curve from where it leaves the first marker to the tip, as a polyline (to test crossings). */
  points: readonly Point[]
  /** The bend that was chosen (see ArrowOptions.bends). */
  bend: number
  /** Closest approach, in CSS px, of the curve to the edge of any marker other than its ends. */
  clearance: number
  /** How many arrows already drawn it crosses. */
  crossings: number
  /** The share of the curve (away from its markers) that runs alongside an arrow already drawn. */
  alongside: number
  /** Whether it stays inside its box. */
  inside: boolean
}

interface Quad {
  p0: Point
  p1: Point
  p2: Point
}

const at = ({ p0, p1, p2 }: Quad, t: number): Point => ({
  x: (1 - t) ** 2 * p0.x + 2 * (1 - t) * t * p1.x + t ** 2 * p2.x,
  y: (1 - t) ** 2 * p0.y + 2 * (1 - t) * t * p1.y + t ** 2 * p2.y,
})

const tangent = ({ p0, p1, p2 }: Quad, t: number): Point => ({
  x: 2 * ((1 - t) * (p1.x - p0.x) + t * (p2.x - p1.x)),
  y: 2 * ((1 - t) * (p1.y - p0.y) + t * (p2.y - p1.y)),
})

const distance = (a: Point, b: Point): number => Math.hypot(a.x - b.x, a.y - b.y)

/** The parameter t at which the curve is `radius` away from `centre`, searching from `inside` (within) to `outside`. */
function crossing(q: Quad, centre: Point, radius: number, inside: number, outside: number): number {
  let [a, b] = [inside, outside]
  for (let i = 0; i < 40; i++) {
    const mid = (a + b) / 2
    if (distance(at(q, mid), centre) < radius)
      a = mid
    else
      b = mid
  }
  return (a + b) / 2
}

/** The piece of a quadratic Bézier between t0 and t1, itself a quadratic Bézier (blossoming). */
function piece(q: Quad, t0: number, t1: number): Quad {
  const { p0, p1, p2 } = q
  const w0 = (1 - t0) * (1 - t1)
  const w1 = (1 - t0) * t1 + t0 * (1 - t1)
  const w2 = t0 * t1
  return {
    p0: at(q, t0),
    p1: { x: w0 * p0.x + w1 * p1.x + w2 * p2.x, y: w0 * p0.y + w1 * p1.y + w2 * p2.y },
    p2: at(q, t1),
  }
}

const SAMPLES = 48

/** Whether segments ab and cd cross (touching at an end does not count). */
function segmentsCross(a: Point, b: Point, c: Point, d: Point): boolean {
  const side = (p: Point, q: Point, r: Point): number => Math.sign((q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x))
  return side(a, b, c) * side(a, b, d) < 0 && side(c, d, a) * side(c, d, b) < 0
}

/** How many of the polylines `drawn` the polyline `line` crosses (each counted once). */
export function crossingsWith(line: readonly Point[], drawn: readonly (readonly Point[])[]): number {
  return drawn.filter(other => line.some((p, i) => i > 0 && other.some((q, j) => j > 0 && segmentsCross(line[i - 1], p, other[j - 1], q)))).length
}

/** Closest approach of `points` to the edge of any obstacle that is not one of `ends`. */
export function clearanceOf(points: readonly Point[], obstacles: readonly Obstacle[], ends: readonly Point[]): number {
  const others = obstacles.filter(o => !ends.some(e => distance(e, o) < 0.5))
  let clearance = Number.POSITIVE_INFINITY
  for (const p of points) {
    for (const o of others)
      clearance = Math.min(clearance, distance(p, o) - o.r)
  }
  return clearance
}

/**
 * The share of `points` farther than `awayPx` from both `ends` that lie within `nearPx` of a point
 * of an arrow already drawn (arrows that share a marker are bound to meet close to it).
 */
function alongsideShare(points: readonly Point[], drawn: readonly (readonly Point[])[], ends: readonly Point[], awayPx: number, nearPx: number): number {
  const counted = points.filter(p => ends.every(e => distance(p, e) > awayPx))
  if (!counted.length)
    return 0
  return counted.filter(p => drawn.some(line => line.some(q => distance(p, q) < nearPx))).length / counted.length
}

const round = (x: number): number => Math.round(x * 100) / 100
const pt = (p: Point): string => `${round(p.x)},${round(p.y)}`

/**
 * The arrow from the marker centred at `from` to the marker centred at `to`. Of the bends that
 * leave room for a shaft and a head, takes the one that costs least: leaving the box or passing
 * closer than `clearancePx` to another marker costs most; then passing closer than `comfortPx`,
 * crossing or running alongside arrows already drawn, and bending away from the preferred bend. Throws, naming both points, if no bend leaves room
 * for the head (the markers are too close).
 */
export function arrowBetween(from: Point, to: Point, options: ArrowOptions): ArrowGeometry {
  const length = distance(from, to)
  const r = options.markerRadiusPx
  const startAt = r + options.startGapPx
  const tipAt = r + options.endGapPx
  const normal = { x: (from.y - to.y) / length, y: (to.x - from.x) / length }
  let best: { geometry: ArrowGeometry, cost: number } | undefined
  // The symmetric bends first; the skewed ones only while no route yet keeps its clearance.
  const shapes = length > 0 ? options.skews.flatMap(skew => options.bends.map(bend => ({ skew, bend }))) : []
  for (const [k, { skew, bend }] of shapes.entries()) {
    if (k > 0 && skew !== shapes[k - 1].skew && best && best.geometry.inside && best.geometry.clearance >= options.clearancePx)
      break
    // The control point: `skew` of the way along the chord, moved off it by the bend.
    const along = { x: from.x + (to.x - from.x) * skew, y: from.y + (to.y - from.y) * skew }
    const q: Quad = { p0: from, p1: { x: along.x + normal.x * bend * length * 2, y: along.y + normal.y * bend * length * 2 }, p2: to }
    // Skip a bend that leaves no room, between the two markers' gaps, for a shaft and a head.
    if (distance(at(q, 0.5), from) <= startAt || distance(at(q, 0.5), to) <= tipAt)
      continue
    const t0 = crossing(q, from, startAt, 0, 0.5)
    const tTip = crossing(q, to, tipAt, 1, 0.5)
    const tip = at(q, tTip)
    if (distance(at(q, t0), tip) < options.headLengthPx + 3)
      continue
    const tBase = crossing(q, tip, options.headLengthPx, tTip, t0)
    const points = Array.from({ length: SAMPLES + 1 }, (_, i) => at(q, t0 + (tTip - t0) * (i / SAMPLES)))
    const inside = points.every(p => p.x >= options.left && p.x <= options.right && p.y >= options.top && p.y <= options.bottom)
    const clearance = clearanceOf(points, options.obstacles, [from, to])
    const crossings = crossingsWith(points, options.drawn)
    const alongside = alongsideShare(points, options.drawn, [from, to], startAt + 10, options.alongsidePx)
    const shaft = piece(q, t0, tBase)
    const dir = tangent(q, tTip)
    const norm = Math.hypot(dir.x, dir.y) || 1
    const [ux, uy] = [dir.x / norm, dir.y / norm]
    const back = { x: tip.x - ux * options.headLengthPx, y: tip.y - uy * options.headLengthPx }
    const half = options.headWidthPx / 2
    const geometry: ArrowGeometry = {
      d: `M${pt(shaft.p0)}Q${pt(shaft.p1)} ${pt(shaft.p2)}`,
      head: [tip, { x: back.x - uy * half, y: back.y + ux * half }, { x: back.x + uy * half, y: back.y - ux * half }],
      points,
      bend,
      clearance,
      crossings,
      alongside,
      inside,
    }
    const cost = (inside ? 0 : 1e6)
      + (clearance < options.clearancePx ? 1e4 + (options.clearancePx - clearance) * 100 : 0)
      + Math.max(0, options.comfortPx - clearance) * options.tightCost
      + crossings * options.crossingCost
      + alongside * options.alongsideCost
      + Math.abs(bend - options.preferredBend) * 100
      + Math.abs(skew - 0.5) * 40
    if (!best || cost < best.cost)
      best = { geometry, cost }
  }
  if (!best)
    throw new Error(`Markers at (${pt(from)}) and (${pt(to)}) are too close for an arrow between them (${round(length)} px apart)`)
  return best.geometry
}

/** A link to draw: indexes of the move answered and of the move that answers it. */
export interface Link { from: number, to: number }

/**
 * Routes every link's arrow, each avoiding the markers and the arrows already routed: a few rounds,
 * each re-routing every arrow against the others' latest routes, until no bend changes.
 */
export function routeArrows(
  marks: readonly (Point & { r: number, shape: Shape })[],
  links: readonly Link[],
  obstacles: readonly Obstacle[],
  box: Pick<ArrowOptions, 'left' | 'right' | 'top' | 'bottom'>,
): ArrowGeometry[] {
  const placed: (ArrowGeometry | undefined)[] = links.map(() => undefined)
  for (let round = 0; round < 4; round++) {
    let changed = false
    links.forEach((link, k) => {
      const drawn = placed.flatMap((g, j) => (g && j !== k ? [g.points] : []))
      const geometry = arrowBetween(marks[link.from], marks[link.to], {
        ...ARROW_DEFAULTS,
        ...box,
        obstacles,
        drawn,
        markerRadiusPx: Math.max(reachOf(marks[link.from]), reachOf(marks[link.to])),
      })
      changed ||= geometry.bend !== placed[k]?.bend
      placed[k] = geometry
    })
    if (!changed)
      break
  }
  return placed as ArrowGeometry[]
}
