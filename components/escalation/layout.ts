/**
 * Where everything on the escalation chart goes, in CSS px, for a box of a given size: data →
 * scales → marks. The component only draws what this returns.
 *
 * Time runs down a central spine, at its true scale (a year is as tall as any other); NATO and the
 * West on the left, Russia on the right; a move's distance from the spine is its level, and a move
 * off the scale sits just beside the spine on its maker's side (on it, for neither side). Every move
 * of the period is drawn: the few the speaker talks about (`spoken`) are labelled in a column on
 * their side, joined to their mark by a leader; the others are drawn quietly, each with its number
 * in the record (the appendix tables use the same numbers). Marks that would touch in one column
 * are moved apart in time order. Arrows run from a move to the move that answers it; an answer to
 * a move outside the period is a stub that names it.
 *
 *   const layout = layoutChart({ moves, earlier, spoken: ['crimea-2014'], from: '2013', to: '2016' }, { width: 884, height: 360 })
 */
import type { Actor, Answer } from '../../data/escalation.ts'
import type { ChartMove } from './chart-move.ts'
import type { ArrowGeometry, Obstacle } from './arrows.ts'
import type { ChartOptions } from './chart-options.ts'
import type { Shape } from './shapes.ts'
import type { Box } from './text-spots.ts'
import { markerBox, placeNumbers, placeStubText } from './annotations.ts'
import { ESSAY_HORIZON } from '../../data/escalation.ts'
import { routeArrows } from './arrows.ts'
import { dodge } from './dodge.ts'
import { CHART_DEFAULTS } from './chart-options.ts'
import { eventTime, levelName, levelScale, periodBounds, RUBRIC_LEVELS, timeScale } from './scales.ts'
import { reachOf, round } from './shapes.ts'

/**
 * Which way from the spine each actor's marks and labels lie: the West to the left, Russia to the
 * right. A move by neither side sits on the spine with its label on the left, in grey italics, so it
 * reads as no one's: on Russia's side it would read as an accusation no source makes.
 */
const SIDE: Record<Actor, -1 | 1> = { west: -1, russia: 1, neither: -1 }

export interface ChartInput {
  /** The period's moves, in date order, each with its number in the record. */
  moves: readonly ChartMove[]
  /** The numbers in the record of moves before the period that its moves answer, by id. */
  earlier: ReadonlyMap<string, number>
  /** The moves the speaker talks about, labelled and revealed one per click in this order; none in an appendix chart. */
  spoken: readonly string[]
  /** The period: its first and last year or month, both included. */
  from: string
  to: string
}

export interface Mark {
  event: ChartMove
  /** The move's number in the record. */
  no: number
  side: -1 | 1
  /** Squares for the West, circles for Russia, diamonds beside the spine for a move off the scale. */
  shape: Shape
  x: number
  y: number
  /** Half the square's side, the circle's radius, or half the diamond's diagonal, in CSS px. */
  r: number
  ringR: number
  /** Its place in the speaker's order (0 = the first click), or undefined for a quiet move. */
  click?: number
  /** Where its number goes (quiet moves). */
  number: { x: number, y: number, anchor: 'start' | 'end' }
}

interface Label {
  /** The index of its mark in `marks`. */
  mark: number
  click: number
  x: number
  y: number
  anchor: 'start' | 'end'
  /** From the label's inner end to the mark. */
  leader: { x1: number, y1: number, x2: number, y2: number }
}

interface ArrowMark {
  /** Indexes (in `marks`) of the move answered and the move that answers it. */
  from: number
  to: number
  basis: Answer['basis']
  d: string
  head: string
  points: ArrowGeometry['points']
}

/** A spoken move's answers to moves outside the period: one short arrow into its mark from above (they are earlier), with their numbers in the record. */
interface Stub {
  to: number
  basis: Answer['basis']
  /** "#6, #23". */
  text: string
  /** The ids of the moves answered. */
  answered: string[]
  d: string
  head: string
  textX: number
  textY: number
  anchor: 'start' | 'end'
}

export interface ChartLayout {
  width: number
  height: number
  spine: { x: number, top: number, bottom: number, head: string }
  guideSpan: { top: number, bottom: number }
  spineX: number
  top: number
  bottom: number
  zone: { left: number, right: number }
  marks: Mark[]
  labels: Label[]
  arrows: ArrowMark[]
  stubs: Stub[]
  /** The kinds of link the arrows and stubs drawn rest on, the maker's first (for the key). */
  bases: Answer['basis'][]
  guides: { level: number, name: string, side: -1 | 1, x: number }[]
  /** One line a year, at 1 January; its year is written on the spine. */
  years: { year: number, y: number }[]
  header: { y: number, westX: number, russiaX: number }
  /** Where the essay's era ends, when the period spans it. */
  eraBreakY?: number
}

/**
 * Lays out the period's moves in a box of `width` × `height` CSS px. Throws, saying how much room it
 * needs, for a box too narrow for the levels and labels, or too short for a column's marks or a
 * side's labels.
 */
export function layoutChart(input: ChartInput, size: { width: number, height: number }, options: ChartOptions = CHART_DEFAULTS): ChartLayout {
  const { width, height } = size
  const { margin } = options
  const { moves, earlier, spoken } = input

  const tooLong = moves.filter(e => spoken.includes(e.id) && [...e.label].length > options.labelChars)
  if (tooLong.length)
    throw new Error(`The escalation chart's label column holds ${options.labelChars} characters: shorten ${tooLong.map(e => `"${e.label}" (${e.id}, ${[...e.label].length})`).join(', ')}`)

  // Horizontal: label column | level zone | spine | level zone | label column.
  const innerWidth = width - margin.left - margin.right
  const spineX = margin.left + innerWidth / 2
  const zoneHalf = innerWidth / 2 - options.labelColumnPx - options.labelGapPx
  const farthest = zoneHalf - options.spokenMarkerPx
  const least = options.level1Px + (RUBRIC_LEVELS.length - 1) * options.markerPx * 2.2
  if (farthest < least)
    throw new Error(`The escalation chart needs ${Math.ceil(width + 2 * (least - farthest))} px of width for its levels and labels; it has ${Math.floor(width)} px`)
  const level = levelScale(options.level1Px, farthest)

  // Vertical: the period at its true scale.
  const top = margin.top
  const bottom = height - margin.bottom
  const time = timeScale(input.from, input.to, [top, bottom])
  const [start, end] = time.domain()
  const years: ChartLayout['years'] = []
  for (let y = start.getUTCFullYear(); y <= end.getUTCFullYear(); y++) {
    const at = new Date(Date.UTC(y, 0, 1))
    if (at >= start && at <= end)
      years.push({ year: y, y: time(at) })
  }

  const sideOf = (e: ChartMove): -1 | 1 => SIDE[e.actor]
  const shapeOf = (e: ChartMove): Mark['shape'] => (e.level === null ? 'diamond' : sideOf(e) < 0 ? 'square' : 'circle')
  const xOf = (e: ChartMove): number => {
    if (e.level === null)
      return e.actor === 'neither' ? spineX : spineX + sideOf(e) * options.offScalePx
    return spineX + sideOf(e) * level(e.level)
  }
  const sizeOf = (e: ChartMove): number => (spoken.includes(e.id) ? options.spokenMarkerPx : options.markerPx)
  const rOf = (e: ChartMove, shape: Mark['shape']): number => {
    const s = sizeOf(e)
    return shape === 'square' ? s / 2 : shape === 'circle' ? s / Math.sqrt(Math.PI) : s / Math.SQRT2
  }

  // Marks: at their dates, moved apart within each column (same x), in date order.
  const ys = moves.map(e => time(new Date(eventTime(e))))
  const columns = new Map<number, number[]>()
  moves.forEach((e, i) => columns.set(round(xOf(e)), [...(columns.get(round(xOf(e))) ?? []), i]))
  for (const members of columns.values()) {
    // Neighbours keep their markers' half-heights apart, and a gap (a diamond is taller than a square of its size).
    const halfHeight = (i: number): number => rOf(moves[i], shapeOf(moves[i]))
    const wanted = members.slice(1).map((m, k) => halfHeight(members[k]) + halfHeight(m) + options.markGapPx)
    // A column denser than its height allows shares the height out: its marks then overlap, in order.
    const needed = wanted.reduce((a, b) => a + b, 0)
    const squeeze = needed > bottom - top ? (bottom - top) / needed : 1
    const placed = dodge(members.map(m => ys[m]), wanted.map(g => g * squeeze), [top, bottom])
    members.forEach((m, k) => { ys[m] = placed[k] })
  }
  const marks: Mark[] = moves.map((event, i) => {
    const side = sideOf(event)
    const shape = shapeOf(event)
    const x = xOf(event)
    const r = rOf(event, shape)
    const click = spoken.indexOf(event.id)
    return {
      event,
      no: event.no,
      side,
      shape,
      x,
      y: ys[i],
      r,
      ringR: r + options.ringGapPx,
      click: click >= 0 ? click : undefined,
      number: { x, y: ys[i], anchor: 'start' },
    }
  })
  // What is drawn before the small print: the markers and the years written on the spine.
  const taken: Box[] = [
    ...marks.map(markerBox),
    ...years.map(y => ({ left: spineX - options.yearHalfWidthPx, right: spineX + options.yearHalfWidthPx, top: y.y - 6, bottom: y.y + 6 })),
  ]
  const numberSpots = placeNumbers(marks.map(m => ({ ...m, out: m.event.actor === 'neither' ? 0 : m.side, disputed: m.event.disputed })), taken)
  marks.forEach((m, i) => { m.number = { x: numberSpots[i].x, y: numberSpots[i].y, anchor: numberSpots[i].anchor === 'end' ? 'end' : 'start' } })

  // Labels of the spoken moves: a column on each side, level with their marks where they can be.
  const labelOffset = zoneHalf + options.labelGapPx
  const labels: Label[] = []
  for (const side of [-1, 1] as const) {
    const mine = marks.map((m, i) => ({ m, i })).filter(({ m }) => m.click !== undefined && m.side === side).sort((a, b) => a.m.y - b.m.y)
    if (!mine.length)
      continue
    let placed: number[]
    try {
      placed = dodge(mine.map(({ m }) => m.y), options.labelRowGapPx, [top, bottom])
    }
    catch (error) {
      throw new Error(`The escalation chart cannot fit ${mine.length} labels on one side in ${Math.floor(bottom - top)} px: ${(error as Error).message}`)
    }
    mine.forEach(({ m, i }, k) => {
      const x = spineX + side * labelOffset
      labels.push({ mark: i, click: m.click!, x, y: placed[k], anchor: side < 0 ? 'end' : 'start', leader: { x1: x - side * 4, y1: placed[k], x2: m.x + side * (m.r + 3), y2: m.y } })
    })
  }
  labels.sort((a, b) => a.click - b.click)

  // Arrows between moves of the period: into a spoken move (with its click); in an appendix chart, all.
  const zone = { left: spineX - zoneHalf, right: spineX + zoneHalf }
  const obstacles: Obstacle[] = marks.map(m => ({ x: m.x, y: m.y, r: reachOf(m) }))
  const showsArrowsInto = (m: Mark): boolean => spoken.length === 0 || m.click !== undefined
  const links = marks.flatMap((mark, to) => showsArrowsInto(mark)
    ? (mark.event.answers ?? []).flatMap((answer) => {
        const from = marks.findIndex(m => m.event.id === answer.id)
        return from >= 0 ? [{ from, to, basis: answer.basis }] : []
      })
    : [])
  const placed = routeArrows(marks, links, obstacles, { left: zone.left, right: zone.right, top: top - options.markerPx, bottom: height - 3 })
  const pts = (points: readonly { x: number, y: number }[]): string => points.map(p => `${round(p.x)},${round(p.y)}`).join(' ')
  const arrows: ArrowMark[] = links.map((link, k) => ({ ...link, d: placed[k].d, head: pts(placed[k].head), points: placed[k].points }))

  // Stubs: a spoken move's answers to moves outside the period (earlier ones: one short arrow from
  // above, with the answered moves' numbers; the appendix names them).
  const stubs: Stub[] = marks.flatMap((mark, to) => {
    if (mark.click === undefined)
      return []
    const outside = (mark.event.answers ?? []).filter(answer => !marks.some(m => m.event.id === answer.id) && earlier.has(answer.id))
    if (!outside.length)
      return []
    const tipY = mark.y - mark.r - 2
    const startY = Math.max(top - options.markerPx, tipY - options.stubPx)
    const x = mark.x
    const head = [[0, 0], [-3.5, -7], [3.5, -7]].map(([dx, dy]) => ({ x: x + dx, y: tipY + dy }))
    // Only the maker's word draws a solid stub; a stub that mixes bases is dashed, like the essay's.
    const basis = outside.every(a => a.basis === 'maker') ? 'maker' : 'essay'
    const text = outside.map(a => `#${earlier.get(a.id)}`).join(', ')
    const spot = placeStubText(x, startY, mark.side < 0 ? 1 : -1, text, taken)
    return [{ to, basis, text, answered: outside.map(a => a.id), d: `M${round(x)},${round(startY)}V${round(tipY - 7)}`, head: pts(head), textX: spot.x, textY: startY, anchor: spot.anchor === 'end' ? 'end' : 'start' }]
  })

  const guides = ([-1, 1] as const).flatMap(side => RUBRIC_LEVELS.map(l => ({ level: l, name: levelName(l), side, x: spineX + side * level(l) })))
  const [, horizonEnd] = periodBounds(ESSAY_HORIZON)
  const eraBreakY = horizonEnd > start && horizonEnd < end ? time(horizonEnd) : undefined
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
    marks,
    labels,
    arrows,
    stubs,
    bases: (['maker', 'essay'] as const).filter(basis => [...arrows, ...stubs].some(a => a.basis === basis)),
    guides,
    years,
    header: { y: options.headerBaselinePx, westX: spineX - labelOffset, russiaX: spineX + labelOffset },
    eraBreakY,
  }
}
