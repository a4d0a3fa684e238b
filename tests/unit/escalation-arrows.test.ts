import type { ArrowOptions, Point } from '../../components/escalation/arrows.ts'
import { describe, expect, it } from 'vitest'
import { ARROW_DEFAULTS, arrowBetween, crossingsWith } from '../../components/escalation/arrows.ts'

const OPTIONS: ArrowOptions = { ...ARROW_DEFAULTS, obstacles: [], markerRadiusPx: 7, left: -1000, right: 1000, top: -1000, bottom: 1000 }
const distance = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y)
/** The start of the path `M x,y …`. */
const start = (d: string): Point => {
  const [x, y] = /^M([\d.-]+),([\d.-]+)/.exec(d)!.slice(1).map(Number)
  return { x, y }
}

describe('an arrow from one move to the move that answers it', () => {
  const from = { x: 0, y: 0 }
  const to = { x: 200, y: 60 }

  it('leaves a gap at the marker it leaves, and stops its tip just short of the marker it reaches', () => {
    const arrow = arrowBetween(from, to, OPTIONS)
    expect(distance(start(arrow.d), from)).toBeCloseTo(OPTIONS.markerRadiusPx + OPTIONS.startGapPx, 1)
    expect(distance(arrow.head[0], to)).toBeCloseTo(OPTIONS.markerRadiusPx + OPTIONS.endGapPx, 3)
  })

  it('points its head at the marker it reaches, with the head\'s length and width', () => {
    const arrow = arrowBetween(from, to, OPTIONS)
    const [tip, a, b] = arrow.head
    const back = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 }
    expect(distance(tip, back)).toBeCloseTo(OPTIONS.headLengthPx, 3)
    expect(distance(a, b)).toBeCloseTo(OPTIONS.headWidthPx, 3)
    expect(distance(back, to)).toBeGreaterThan(distance(tip, to))
  })

  it('bends gently when nothing is in the way', () => {
    expect(Math.abs(arrowBetween(from, to, OPTIONS).bend - OPTIONS.preferredBend)).toBeLessThanOrEqual(0.05)
  })

  it('bends around a marker in its way', () => {
    const inTheWay = { x: 100, y: 30, r: 7 }
    const arrow = arrowBetween(from, to, { ...OPTIONS, obstacles: [inTheWay] })
    expect(arrow.clearance).toBeGreaterThanOrEqual(OPTIONS.clearancePx)
    expect(Math.abs(arrow.bend)).toBeGreaterThanOrEqual(0.08)
  })

  it('stays inside its box, and avoids crossing an arrow already drawn where it can', () => {
    const boxed = arrowBetween(from, to, { ...OPTIONS, top: -5, bottom: 65 })
    expect(boxed.inside).toBe(true)
    const across = [{ x: 100, y: -40 }, { x: 100, y: 10 }]
    const arrow = arrowBetween(from, to, { ...OPTIONS, drawn: [across] })
    expect(arrow.crossings).toBe(0)
  })

  it('bends between markers too close for a straight one, and names them when even a bend will not do', () => {
    expect(arrowBetween({ x: 0, y: 0 }, { x: 22, y: 20 }, OPTIONS).bend).not.toBe(0)
    expect(() => arrowBetween({ x: 0, y: 0 }, { x: 5, y: 5 }, OPTIONS)).toThrow('Markers at (0,0) and (5,5) are too close for an arrow between them')
  })
})

describe('crossings between polylines', () => {
  it('counts each line crossed once, and not lines that only touch or run beside', () => {
    const line = [{ x: 0, y: 0 }, { x: 10, y: 0 }, { x: 20, y: 0 }]
    expect(crossingsWith(line, [[{ x: 5, y: -5 }, { x: 5, y: 5 }], [{ x: 0, y: 3 }, { x: 20, y: 3 }], [{ x: 15, y: -5 }, { x: 15, y: 5 }, { x: 16, y: -5 }]])).toBe(2)
    expect(crossingsWith(line, [[{ x: 20, y: 0 }, { x: 30, y: 10 }]])).toBe(0)
  })
})
