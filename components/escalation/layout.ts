/**
 * Where everything on the escalation chart goes, in CSS px, for a box of a given size: data →
 * scales → marks. The component only draws what this returns.
 *
 * Time runs down a central spine; NATO and the West on the left, Russia on the right. A move's
 * distance from the spine is its escalation level (level scale). Each move has its own row: rows
 * start where the time scale puts their dates and are then dodged apart (keeping date order) so
 * that markers never touch and labels on one side never overlap. That stretches the dense years
 * (four moves in 2016) and leaves the sparse ones on the time scale; the first and last moves stay
 * on the plot's edges. Labels sit in a column on their own side, level with their row, joined to
 * the marker by a leader line. Arrows run from a move to the move that answers it.
 *
 *   const layout = layoutChart(eventsBetween('1999', '2012'), { width: 884, height: 340 })
 */
import type { ScaleTime } from 'd3-scale'
import type { Actor, CodedEvent, Response } from '../../data/escalation.ts'
import type { ArrowGeometry, Obstacle } from './arrows.ts'
import { arrowBetween, ARROW_DEFAULTS } from './arrows.ts'
import { dodge } from './dodge.ts'
import { eventTime, levelName } from './events.ts'
import { levelScale, RUBRIC_LEVELS, timeScale } from './scales.ts'

export interface ChartOptions {
  /** From the SVG's edges to the plot, in CSS px. The plot holds the centres of the rows; the top margin also holds the side names and level numbers. */
  margin: { top: number, right: number, bottom: number, left: number }
  /** Width of each side's label column, in CSS px: room for a 34-character label and its year at 15 px, in bold. */
  labelColumnPx: number
  /** Between a label column and the outermost level, in CSS px (the leader line's shortest stretch). */
  labelGapPx: number
  /** Distance of level 1 from the spine, in CSS px; the higher levels share the rest of the zone evenly. */
  level1Px: number
  /** Marker size, in CSS px: the side of the West's squares; Russia's circles have the same area. */
  markerPx: number
  /** Least vertical distance between the rows of consecutive moves on opposite sides, in CSS px. */
  rowGapPx: number
  /** Least vertical distance between the rows of consecutive moves on the same side (their labels stack), in CSS px. */
  labelRowGapPx: number
  /** Least distance between the markers of two consecutive moves when one answers the other, so the arrow between them shows, in CSS px. */
  linkedMarkersPx: number
  /** Extra room where the essay's era ends and the years after it begin (a period that spans the essay's date), in CSS px. */
  eraBreakPx: number
  /** Baseline of the side names and level numbers above the plot, from the SVG's top, in CSS px. */
  headerBaselinePx: number
  /** How far the level guides and the spine reach above the first row, in CSS px. */
  guideOverhangPx: number
  /** Space between a marker and the ring that marks the newest move, in CSS px. */
  ringGapPx: number
}

/** The chart's defaults, sized for Slidev's 980 × 551 canvas and the component's 15 px labels. */
export const CHART_DEFAULTS: ChartOptions = {
  margin: { top: 34, right: 0, bottom: 12, left: 0 },
  labelColumnPx: 300,
  labelGapPx: 12,
  level1Px: 20,
  markerPx: 13,
  rowGapPx: 15,
  labelRowGapPx: 19,
  linkedMarkersPx: 44,
  eraBreakPx: 16,
  headerBaselinePx: 16,
  guideOverhangPx: 12,
  ringGapPx: 5,
}

/**
 * Which way from the spine each actor's labels lie: West to the left, Russia to the right. A move
 * by neither side sits on the spine with its label on the left, in grey italics (the chart's
 * stylesheet), so it reads as no one's: on Russia's side it would read as an accusation no source
 * makes.
 */
const SIDE: Record<Actor, -1 | 1> = { west: -1, russia: 1, neither: -1 }

export interface Mark {
  event: CodedEvent
  /** Position in the period's date order (0 = first). */
  index: number
  side: -1 | 1
  /** Squares for the West, circles for Russia, diamonds on the spine for a move not on the scale. */
  shape: 'square' | 'circle' | 'diamond'
  /** Centre of the marker. */
  x: number
  y: number
  /** Half the square's side, the circle's radius, or half the diamond's diagonal, in CSS px. */
  r: number
  /** The same for the ring around the newest move. */
  ringR: number
  /** Where the label's text is anchored (its inner end, next to the level zone). */
  label: { x: number, y: number, anchor: 'start' | 'end' }
  /** The leader line from the label column to the marker, level with the row. */
  leader: { x1: number, x2: number, y: number }
}

interface ArrowMark {
  /** Indexes (in `marks`) of the move answered and the move that answers it. */
  from: number
  to: number
  basis: Response['basis']
  /** The shaft, an SVG path. */
  d: string
  /** The head, as an SVG `points` list. */
  head: string
  /** The curve as a polyline, from the first marker to the tip. */
  points: ArrowGeometry['points']
}

interface LevelGuide {
  level: number
  name: string
  side: -1 | 1
  x: number
}

export interface ChartLayout {
  width: number
  height: number
  /** The spine, from above the first row down to an arrowhead (time runs down); the head as an SVG `points` list. */
  spine: { x: number, top: number, bottom: number, head: string }
  /** How far the level guides run. */
  guideSpan: { top: number, bottom: number }
  spineX: number
  /** Top and bottom of the plot: the centres of the first and last rows. */
  top: number
  bottom: number
  /** The level zone between the two label columns, where markers and arrows go. */
  zone: { left: number, right: number }
  /** The scale that places each date before rows are dodged. */
  time: ScaleTime<number, number>
  marks: Mark[]
  arrows: ArrowMark[]
  guides: LevelGuide[]
  /** Side names and level numbers above the plot. */
  header: { y: number, westX: number, russiaX: number }
  /** Where the essay's era ends, when the period spans it. */
  eraBreakY?: number
}

const sideOf = (event: CodedEvent): -1 | 1 => SIDE[event.actor]

/**
 * Lays out `shown` (one period's events, in date order; their records are checked by the unit
 * tests and their types, not here) in a box of `width` × `height` CSS px. Throws, saying how much
 * room it needs, for a box too small for the moves' rows or the label columns.
 */
export function layoutChart(shown: readonly CodedEvent[], size: { width: number, height: number }, options: ChartOptions = CHART_DEFAULTS): ChartLayout {
  const { width, height } = size
  const { margin } = options

  // Horizontal: label column | level zone | spine | level zone | label column.
  const innerWidth = width - margin.left - margin.right
  const spineX = margin.left + innerWidth / 2
  const zoneHalf = innerWidth / 2 - options.labelColumnPx - options.labelGapPx
  const farthest = zoneHalf - options.markerPx / 2
  const least = options.level1Px + (RUBRIC_LEVELS.length - 1) * options.markerPx * 1.5
  if (farthest < least)
    throw new Error(`The escalation chart needs ${Math.ceil(width + 2 * (least - farthest))} px of width for its levels and labels; it has ${Math.floor(width)} px`)
  const level = levelScale(options.level1Px, farthest)

  // Each move's marker: its side and shape, and its distance from the spine (level scale).
  const r = { square: options.markerPx / 2, circle: options.markerPx / Math.sqrt(Math.PI), diamond: options.markerPx / Math.SQRT2 }
  const shapeOf = (event: CodedEvent): Mark['shape'] => (event.level === null ? 'diamond' : sideOf(event) < 0 ? 'square' : 'circle')
  const xOf = (event: CodedEvent): number => (event.level === null ? spineX : spineX + sideOf(event) * level(event.level))

  // Vertical: the time scale, then rows dodged apart in date order. Labels on one side stack, and
  // a move that answers the move just before it stays far enough away for the arrow to show.
  const top = margin.top
  const bottom = height - margin.bottom
  const time = timeScale(shown, [top, bottom])
  const gaps = shown.slice(1).map((event, i) => {
    const before = shown[i]
    let gap = sideOf(before) === sideOf(event) ? options.labelRowGapPx : options.rowGapPx
    if (event.respondsTo?.id === before.id) {
      const dx = Math.abs(xOf(event) - xOf(before))
      gap = Math.max(gap, Math.sqrt(Math.max(0, options.linkedMarkersPx ** 2 - dx ** 2)))
    }
    return gap + (before.era !== event.era ? options.eraBreakPx : 0)
  })
  let rows: number[]
  try {
    rows = dodge(shown.map(e => time(new Date(eventTime(e)))), gaps, [top, bottom])
  }
  catch (error) {
    throw new Error(`The escalation chart cannot fit ${shown.length} moves in ${Math.floor(bottom - top)} px of height: ${(error as Error).message}`)
  }

  const labelOffset = zoneHalf + options.labelGapPx
  const marks: Mark[] = shown.map((event, index) => {
    const side = sideOf(event)
    const shape = shapeOf(event)
    const x = xOf(event)
    const y = rows[index]
    return {
      event,
      index,
      side,
      shape,
      x,
      y,
      r: r[shape],
      ringR: r[shape] + options.ringGapPx,
      label: { x: spineX + side * labelOffset, y, anchor: side < 0 ? 'end' : 'start' },
      leader: { x1: spineX + side * (labelOffset - 5), x2: x + side * (r[shape] + 3), y },
    }
  })

  // Arrows: each keeps clear of the markers and, where it can, of the other arrows. Placed in
  // date order first, then each placed again knowing all the others, until none changes.
  const zone = { left: spineX - zoneHalf, right: spineX + zoneHalf }
  const obstacles: Obstacle[] = marks.map(m => ({ x: m.x, y: m.y, r: reachOf(m) }))
  const links = marks.flatMap((mark) => {
    const answer = mark.event.respondsTo
    const from = answer ? marks.findIndex(m => m.event.id === answer.id) : -1
    return answer && from >= 0 ? [{ from, to: mark.index, basis: answer.basis }] : []
  })
  const placed: (ArrowGeometry | undefined)[] = links.map(() => undefined)
  for (let round = 0; round < ARROW_ROUNDS; round++) {
    let changed = false
    links.forEach((link, k) => {
      const drawn = placed.flatMap((g, j) => (g && j !== k ? [g.points] : []))
      const geometry = arrowBetween(marks[link.from], marks[link.to], {
        ...ARROW_DEFAULTS,
        obstacles,
        drawn,
        markerRadiusPx: r.circle,
        left: zone.left,
        right: zone.right,
        top: top - options.markerPx,
        bottom: height - 3,
      })
      changed ||= geometry.bend !== placed[k]?.bend
      placed[k] = geometry
    })
    if (!changed)
      break
  }
  const arrows: ArrowMark[] = links.map((link, k) => {
    const geometry = placed[k]!
    return { ...link, d: geometry.d, head: geometry.head.map(p => `${round(p.x)},${round(p.y)}`).join(' '), points: geometry.points }
  })

  const guides: LevelGuide[] = ([-1, 1] as const).flatMap(side => RUBRIC_LEVELS.map(l => ({ level: l, name: levelName(l), side, x: spineX + side * level(l) })))

  const breakAt = shown.findIndex((e, i) => i > 0 && e.era !== shown[i - 1].era)
  const head = [[-5, 1], [5, 1], [0, 10]].map(([dx, dy]) => `${round(spineX + dx)},${round(bottom + dy)}`).join(' ')
  return {
    width,
    height,
    spine: { x: spineX, top: top - options.guideOverhangPx, bottom: bottom + 2, head },
    guideSpan: { top: top - options.guideOverhangPx, bottom: bottom + options.guideOverhangPx - 4 },
    spineX,
    top,
    bottom,
    zone,
    time,
    marks,
    arrows,
    guides,
    header: { y: options.headerBaselinePx, westX: spineX - labelOffset, russiaX: spineX + labelOffset },
    eraBreakY: breakAt > 0 ? (rows[breakAt - 1] + rows[breakAt]) / 2 : undefined,
  }
}

const round = (x: number): number => Math.round(x * 100) / 100

/** The radius of the circle a marker fits in, in CSS px (for clearances). */
export function reachOf(mark: Pick<Mark, 'shape' | 'r'>): number {
  return mark.shape === 'square' ? mark.r * Math.SQRT2 : mark.r
}

/** A diamond centred on (x, y) with half-diagonal r, as an SVG `points` list. */
export function diamondPoints(x: number, y: number, r: number): string {
  return `${x},${y - r} ${x + r},${y} ${x},${y + r} ${x - r},${y}`
}

/** How many times the arrows are placed again, each knowing all the others, before they settle. */
const ARROW_ROUNDS = 4
