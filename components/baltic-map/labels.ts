/**
 * Where the map's words go. Everything here works in container pixels (Leaflet's container
 * points: x to the right, y down, from the map's top-left corner), so it can be tested without a
 * browser: the component projects anchors with `map.latLngToContainerPoint` and measures labels.
 *
 * `placeLabels` is greedy: requests are placed in the order given (most important first); each takes
 * the first of its candidate spots that stays inside the map and covers nothing placed before it,
 * markers and controls included. A label that must show takes the least-bad spot if none is free;
 * an optional one (a country name) is left out instead.
 *
 * Where on a shape a label may go (a country's deepest visible points, a territory's name on or
 * beside it) is in label-shapes.ts.
 */

/** A point in container pixels: x to the right, y down. */
export interface Point {
  x: number
  y: number
}

export interface Size {
  width: number
  height: number
}

/** An axis-aligned box in container pixels. */
export interface Rect extends Point, Size {}

/** Where a label sits relative to its anchor: `center` covers it, the others keep `gapPx` away. */
export type Placement = 'center' | 'right' | 'left' | 'top' | 'bottom' | 'top-right' | 'top-left' | 'bottom-right' | 'bottom-left'

export const AROUND_A_POINT: readonly Placement[] = ['right', 'left', 'top', 'bottom', 'top-right', 'bottom-right', 'top-left', 'bottom-left']

export interface LabelRequest {
  /** Unique among the requests. */
  id: string
  /** The label's measured size, in pixels. */
  size: Size
  /** Candidate anchor points, best first. */
  anchors: readonly Point[]
  /** Candidate placements around each anchor, best first. */
  placements: readonly Placement[]
  /**
   * Distance between the anchor and the label's box for every placement but `center`, in pixels;
   * several are tried in order, nearest first, for each anchor.
   */
  gapPx: number | readonly number[]
  /** An optional label is dropped when no candidate is free; a required one takes the least-bad spot. */
  optional?: boolean
  /** How far a candidate may be moved to stay inside the map, in pixels (default 0). */
  nudgePx?: number
  /** Candidates this rejects are never taken (a country's name must not sit on its neighbour). */
  accepts?: (rect: Rect, placement: Placement) => boolean
  /** Off its anchor (any placement but `center`), the label gets a leader line back to the anchor. */
  leader?: boolean
}

/** A leader line, from the anchor to the label's box, in container pixels. */
export interface Leader {
  from: Point
  to: Point
}

export interface PlacedLabel {
  id: string
  anchor: Point
  placement: Placement
  /** The label's box; for a required label that found no free spot, moved inside the map. */
  rect: Rect
  /** Drawn for a `leader` request placed off its anchor. */
  leader?: Leader
}

export interface PlacementOptions {
  /** The map's size; labels stay inside it. */
  box: Size
  /** Space kept free along the map's edges, in pixels. */
  marginPx?: number
  /** Boxes no label may cover: markers, lines, controls. */
  obstacles?: readonly Rect[]
}

/** The box of a label of `size` placed at `placement` from `anchor`. */
export function labelRect(anchor: Point, size: Size, placement: Placement, gapPx: number): Rect {
  const { width, height } = size
  const left = anchor.x - gapPx - width
  const right = anchor.x + gapPx
  const centreX = anchor.x - width / 2
  const top = anchor.y - gapPx - height
  const bottom = anchor.y + gapPx
  const centreY = anchor.y - height / 2
  // Diagonal placements keep the label's near corner `gapPx` from the anchor along both axes, a
  // little closer than a full gap in each direction would put it.
  const d = gapPx * Math.SQRT1_2
  switch (placement) {
    case 'center': return { x: centreX, y: centreY, width, height }
    case 'right': return { x: right, y: centreY, width, height }
    case 'left': return { x: left, y: centreY, width, height }
    case 'top': return { x: centreX, y: top, width, height }
    case 'bottom': return { x: centreX, y: bottom, width, height }
    case 'top-right': return { x: anchor.x + d, y: anchor.y - d - height, width, height }
    case 'top-left': return { x: anchor.x - d - width, y: anchor.y - d - height, width, height }
    case 'bottom-right': return { x: anchor.x + d, y: anchor.y + d, width, height }
    case 'bottom-left': return { x: anchor.x - d - width, y: anchor.y + d, width, height }
  }
}

/** The area two boxes share, in square pixels (0 if they do not meet). */
export function overlapArea(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)
  return w > 0 && h > 0 ? w * h : 0
}

/** The part of `rect` that lies outside `inner` (the box less its margins), in square pixels. */
function outsideArea(rect: Rect, inner: Rect): number {
  return rect.width * rect.height - overlapArea(rect, inner)
}

/** `rect` moved the least distance that puts it inside `inner` (or centred on it, if it is larger). */
export function clampInside(rect: Rect, inner: Rect): Rect {
  const fit = (pos: number, size: number, start: number, span: number) =>
    size >= span ? start + (span - size) / 2 : Math.min(Math.max(pos, start), start + span - size)
  return { ...rect, x: fit(rect.x, rect.width, inner.x, inner.width), y: fit(rect.y, rect.height, inner.y, inner.height) }
}

/** Places labels in order; see the module comment. Dropped optional labels map to undefined. */
export function placeLabels(requests: readonly LabelRequest[], options: PlacementOptions): Map<string, PlacedLabel | undefined> {
  const margin = options.marginPx ?? 4
  const inner: Rect = { x: margin, y: margin, width: options.box.width - 2 * margin, height: options.box.height - 2 * margin }
  const taken: Rect[] = [...(options.obstacles ?? [])]
  const placed = new Map<string, PlacedLabel | undefined>()
  for (const request of requests) {
    if (placed.has(request.id))
      throw new Error(`Two labels share the id "${request.id}"`)
    if (!request.anchors.length)
      throw new Error(`Label "${request.id}" has no anchor`)
    const gaps = typeof request.gapPx === 'number' ? [request.gapPx] : request.gapPx
    const search = (honourAccepts: boolean) => {
      let best: { label: PlacedLabel, cost: number } | undefined
      for (const anchor of request.anchors) {
        for (const [g, gapPx] of gaps.entries()) {
          for (const placement of request.placements) {
            if (placement === 'center' && g > 0)
              continue
            let rect = labelRect(anchor, request.size, placement, gapPx)
            const nudged = clampInside(rect, inner)
            if (Math.hypot(nudged.x - rect.x, nudged.y - rect.y) <= (request.nudgePx ?? 0))
              rect = nudged
            if (honourAccepts && request.accepts && !request.accepts(rect, placement))
              continue
            const leader = request.leader && placement !== 'center' ? leaderTo(anchor, rect) : undefined
            // Leaving the map costs more than covering a neighbour: a cut-off word is worse. A
            // leader must not cross what is already placed either.
            const boxes = [rect, ...(leader ? lineObstacles([leader.from, leader.to], 1.5) : [])]
            const cost = 4 * outsideArea(rect, inner) + taken.reduce((sum, t) => sum + boxes.reduce((s, b) => s + overlapArea(b, t), 0), 0)
            if (!best || cost < best.cost)
              best = { label: { id: request.id, anchor, placement, rect, ...(leader ? { leader } : {}) }, cost }
            if (cost === 0)
              return best
          }
        }
      }
      return best
    }
    // A required label that `accepts` rules out everywhere still shows, at its least-bad spot.
    const best = search(true) ?? (request.optional ? undefined : search(false))
    if (!best || (best.cost > 0 && request.optional)) {
      placed.set(request.id, undefined)
      continue
    }
    let label = best.label
    if (best.cost > 0) {
      const rect = clampInside(label.rect, inner)
      label = { ...label, rect, ...(label.leader ? { leader: leaderTo(label.anchor, rect) } : {}) }
    }
    placed.set(request.id, label)
    taken.push(label.rect)
    if (label.leader)
      taken.push(...lineObstacles([label.leader.from, label.leader.to], 1.5))
  }
  return placed
}

/** Small boxes along a line (every `stepPx`), so labels keep off it. */
export function lineObstacles(points: readonly Point[], halfWidthPx = 3, stepPx = 8): Rect[] {
  const out: Rect[] = []
  const box = (p: Point): Rect => ({ x: p.x - halfWidthPx, y: p.y - halfWidthPx, width: 2 * halfWidthPx, height: 2 * halfWidthPx })
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]
    const b = points[i]
    const n = Math.max(1, Math.ceil(Math.hypot(b.x - a.x, b.y - a.y) / stepPx))
    for (let k = 0; k < n; k++)
      out.push(box({ x: a.x + ((b.x - a.x) * k) / n, y: a.y + ((b.y - a.y) * k) / n }))
  }
  if (points.length)
    out.push(box(points.at(-1)!))
  return out
}

/**
 * A leader from `anchor` to the nearest point of `rect`'s edge, stopping `gapPx` short of the box
 * so the line does not touch the words.
 */
export function leaderTo(anchor: Point, rect: Rect, gapPx = 2): Leader {
  const edge = {
    x: Math.min(Math.max(anchor.x, rect.x), rect.x + rect.width),
    y: Math.min(Math.max(anchor.y, rect.y), rect.y + rect.height),
  }
  const length = Math.hypot(edge.x - anchor.x, edge.y - anchor.y)
  const keep = length > gapPx ? (length - gapPx) / length : 0
  return { from: anchor, to: { x: anchor.x + (edge.x - anchor.x) * keep, y: anchor.y + (edge.y - anchor.y) * keep } }
}
