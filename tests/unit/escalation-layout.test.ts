import type { CodedEvent, Level } from '../../data/escalation.ts'
import type { ChartLayout, Mark } from '../../components/escalation/layout.ts'
import { describe, expect, it } from 'vitest'
import { ARROW_DEFAULTS, clearanceOf } from '../../components/escalation/arrows.ts'
import { dodge } from '../../components/escalation/dodge.ts'
import { eventsBetween, eventTime, linkBasesAmong } from '../../components/escalation/events.ts'
import { CHART_DEFAULTS, diamondPoints, layoutChart, reachOf } from '../../components/escalation/layout.ts'
import { levelScale, timeScale } from '../../components/escalation/scales.ts'
import { FIGURES } from '../../data/figures.ts'

/** The chart's box on the slides, measured in the built deck (CSS px): the narrowest and the tallest. */
const SLIDE_BOXES = [{ width: 882, height: 302 }, { width: 882, height: 315 }, { width: 882, height: 341 }]
/** The chart slides' periods, as data/figures.ts gives them. */
const PERIODS: readonly (readonly [string, string])[] = Object.values(FIGURES).flatMap(f => (f.component === 'EscalationChart' ? [[f.from, f.to] as const] : []))
const periodMoves = (period: readonly [string, string]): CodedEvent[] => eventsBetween(...period)
const name = (period: readonly [string, string]): string => period.join('–')

/** Label text is 15 px; its box is taken as 1.2 em high, centred on its row. */
const LABEL_BOX_PX = 18

/** A deterministic random number generator (mulberry32), so a failing case can be run again. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6D2B79F5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Everything a reader would call a collision, as sentences naming the moves. */
function collisions(layout: ChartLayout): string[] {
  const problems: string[] = []
  const name = (m: Mark) => `"${m.event.id}"`
  const reach = (m: Mark) => reachOf(m)
  for (const [i, a] of layout.marks.entries()) {
    const box = { top: a.label.y - LABEL_BOX_PX / 2, bottom: a.label.y + LABEL_BOX_PX / 2 }
    if (box.top < layout.header.y + 4 || box.bottom > layout.height)
      problems.push(`the label of ${name(a)} leaves the chart (${box.top.toFixed(1)}–${box.bottom.toFixed(1)} in 0–${layout.height})`)
    if (a.side < 0 ? a.label.x < CHART_DEFAULTS.labelColumnPx : layout.width - a.label.x < CHART_DEFAULTS.labelColumnPx)
      problems.push(`the label column of ${name(a)} is narrower than ${CHART_DEFAULTS.labelColumnPx} px`)
    if (Math.abs(a.x - layout.spineX) >= Math.abs(a.label.x - layout.spineX) - reach(a))
      problems.push(`the marker of ${name(a)} reaches into its label column`)
    for (const b of layout.marks.slice(i + 1)) {
      if (a.side === b.side && Math.abs(a.label.y - b.label.y) < LABEL_BOX_PX)
        problems.push(`the labels of ${name(a)} and ${name(b)} overlap (rows ${a.label.y.toFixed(1)} and ${b.label.y.toFixed(1)})`)
      if (Math.hypot(a.x - b.x, a.y - b.y) < reach(a) + reach(b))
        problems.push(`the markers of ${name(a)} and ${name(b)} overlap`)
    }
    for (const b of layout.marks) {
      const [x1, x2] = [Math.min(a.leader.x1, a.leader.x2), Math.max(a.leader.x1, a.leader.x2)]
      if (b !== a && b.x + reach(b) > x1 && b.x - reach(b) < x2 && Math.abs(b.y - a.leader.y) < reach(b))
        problems.push(`the leader of ${name(a)} runs through the marker of ${name(b)}`)
    }
  }
  return problems
}

describe('the scales', () => {
  it('put the first and last dates of each period on the plot\'s top and bottom edges', () => {
    for (const period of PERIODS) {
      const era = name(period)
      const moves = periodMoves(period)
      const time = timeScale(moves, [34, 290])
      expect(time(new Date(eventTime(moves[0]))), `${era}: first date`).toBeCloseTo(34, 6)
      expect(time(new Date(eventTime(moves[moves.length - 1]))), `${era}: last date`).toBeCloseTo(290, 6)
      expect(time.domain().map(d => d.toISOString().slice(0, 10))).toEqual([moves[0].date, moves[moves.length - 1].date].map(d => new Date(eventTime({ date: d })).toISOString().slice(0, 10)))
    }
  })

  it('run time down: a later date sits lower', () => {
    const moves = eventsBetween('1999', '2016-11')
    const time = timeScale(moves, [0, 100])
    const ys = moves.map(e => time(new Date(eventTime(e))))
    expect(ys).toEqual([...ys].sort((a, b) => a - b))
  })

  it('put level 1 nearest the spine and level 6 farthest, evenly', () => {
    const level = levelScale(20, 120)
    expect([1, 2, 3, 4, 5, 6].map(l => level(l))).toEqual([20, 40, 60, 80, 100, 120])
  })

  it('need at least one event for a time domain', () => {
    expect(() => timeScale([], [0, 100])).toThrow('at least one event')
  })
})

describe('dodging along one axis', () => {
  it('leaves positions that are already far enough apart where they are', () => {
    expect(dodge([0, 30, 70], 20, [0, 100])).toEqual([0, 30, 70])
  })

  it('spreads a crowd around where it wants to be, and pushes it back inside the bounds', () => {
    expect(dodge([50, 50, 50], 10, [0, 100])).toEqual([40, 50, 60])
    expect(dodge([10, 12, 13], 20, [0, 100])).toEqual([0, 20, 40])
    expect(dodge([95, 99, 100], 20, [0, 100])).toEqual([60, 80, 100])
  })

  it('takes a gap for each neighbouring pair', () => {
    expect(dodge([0, 0, 0], [5, 30], [0, 100])).toEqual([0, 5, 35])
  })

  it('keeps order, gaps and bounds for any input that fits (500 random cases)', () => {
    const next = random(7)
    for (let run = 0; run < 500; run++) {
      const n = 1 + Math.floor(next() * 25)
      const gaps = Array.from({ length: n - 1 }, () => 5 + next() * 20)
      const room = gaps.reduce((a, b) => a + b, 0) + next() * 200
      const wanted = Array.from({ length: n }, () => next() * room).sort((a, b) => a - b)
      const out = dodge(wanted, gaps, [0, room])
      expect(out).toHaveLength(n)
      for (let i = 0; i < n; i++) {
        expect(out[i], `case ${run}: item ${i} inside the bounds`).toBeGreaterThanOrEqual(-1e-9)
        expect(out[i], `case ${run}: item ${i} inside the bounds`).toBeLessThanOrEqual(room + 1e-9)
        if (i > 0)
          expect(out[i] - out[i - 1], `case ${run}: gap ${i}`).toBeGreaterThanOrEqual(gaps[i - 1] - 1e-9)
      }
    }
  })

  it('says how much room it needed when the gaps do not fit', () => {
    expect(() => dodge([0, 1, 2], 60, [0, 100])).toThrow('3 items need 120 px but the bounds give 100 px')
  })

  it('names a position out of order', () => {
    expect(() => dodge([5, 1], 2, [0, 10])).toThrow('#2 (1) comes before #1 (5)')
  })
})

describe('the chart layout', () => {
  it('fits each period\'s moves in the chart\'s boxes on the slides, with nothing colliding', () => {
    for (const period of PERIODS) {
      for (const box of SLIDE_BOXES)
        expect(collisions(layoutChart(periodMoves(period), box)), `${name(period)} in ${box.width} × ${box.height}`).toEqual([])
    }
  })

  it('puts the first and last moves on the plot\'s edges and the rest in date order', () => {
    for (const period of PERIODS) {
      const layout = layoutChart(periodMoves(period), { width: 882, height: 500 })
      const ys = layout.marks.map(m => m.y)
      expect(ys[0]).toBeCloseTo(layout.top, 6)
      expect(ys[ys.length - 1]).toBeCloseTo(layout.bottom, 6)
      expect(ys).toEqual([...ys].sort((a, b) => a - b))
    }
  })

  it('puts the West left and Russia right, each level farther out than the one below, and moves off the scale on the spine', () => {
    const layout = layoutChart(eventsBetween('2022', '2023'), { width: 882, height: 315 })
    for (const m of layout.marks) {
      if (m.event.level === null) {
        expect(m.x, m.event.id).toBeCloseTo(layout.spineX, 6)
        expect(m.shape, m.event.id).toBe('diamond')
        expect(m.side, m.event.id).toBe(m.event.actor === 'russia' ? 1 : -1)
        continue
      }
      expect(Math.sign(m.x - layout.spineX), m.event.id).toBe(m.event.actor === 'west' ? -1 : 1)
      expect(m.shape, m.event.id).toBe(m.event.actor === 'west' ? 'square' : 'circle')
      const guide = layout.guides.find(g => g.side === m.side && g.level === m.event.level)!
      expect(m.x, m.event.id).toBeCloseTo(guide.x, 6)
    }
    expect(layout.marks.filter(m => m.shape === 'diamond').map(m => m.event.id)).toEqual(['corps-to-ukraine-2022', 'nord-stream-2022', 'finland-2023', 'balticconnector-2023'])
    const left = layout.guides.filter(g => g.side < 0).map(g => g.x)
    expect(left).toEqual([...left].sort((a, b) => b - a))
  })

  it('draws an arrow for each answer it shows, clear of every other marker and inside the level zone', () => {
    for (const period of PERIODS) {
      const era = name(period)
      for (const box of SLIDE_BOXES) {
        const layout = layoutChart(periodMoves(period), box)
        const answers = layout.marks.filter(m => m.event.respondsTo && layout.marks.some(o => o.event.id === m.event.respondsTo!.id))
        expect(layout.arrows.map(a => layout.marks[a.to].event.id)).toEqual(answers.map(m => m.event.id))
        const obstacles = layout.marks.map(m => ({ x: m.x, y: m.y, r: reachOf(m) }))
        for (const arrow of layout.arrows) {
          const [from, to] = [layout.marks[arrow.from], layout.marks[arrow.to]]
          const where = `${era} ${box.height}: ${from.event.id} → ${to.event.id}`
          expect(clearanceOf(arrow.points, obstacles, [from, to]), where).toBeGreaterThanOrEqual(ARROW_DEFAULTS.clearancePx)
          expect(arrow.points.every(p => p.x >= layout.zone.left && p.x <= layout.zone.right && p.y <= layout.height), where).toBe(true)
          expect(arrow.basis).toBe(to.event.respondsTo!.basis)
        }
      }
    }
  })

  it('keeps labels apart in a dense case: twenty moves on one day, most of them on one side', () => {
    const day = Array.from({ length: 20 }, (_, i) => ({
      ...eventsBetween('1999', '2012')[0],
      id: `move-${i}`,
      actor: i % 5 === 0 ? 'russia' : 'west',
      level: (1 + (i % 6)) as Level,
    }) as CodedEvent)
    const { margin, labelRowGapPx, rowGapPx } = CHART_DEFAULTS
    const sideChanges = day.filter((e, i) => i > 0 && e.actor !== day[i - 1].actor).length
    const needed = sideChanges * rowGapPx + (day.length - 1 - sideChanges) * labelRowGapPx
    const height = margin.top + needed + margin.bottom
    expect(collisions(layoutChart(day, { width: 882, height }))).toEqual([])
    expect(() => layoutChart(day, { width: 882, height: height - 1 })).toThrow(`cannot fit 20 moves in ${Math.floor(needed - 1)} px of height`)
  })

  it('keeps labels apart for random moves in a box with room for them (200 random cases)', () => {
    const next = random(42)
    const base = eventsBetween('1999', '2012')[0]
    for (let run = 0; run < 200; run++) {
      const n = 2 + Math.floor(next() * 16)
      const start = Date.UTC(2000, 0, 1)
      const span = (1 + next() * 20) * 365 * 86400_000
      const times = Array.from({ length: n }, () => start + Math.floor(next() * span)).sort((a, b) => a - b)
      const moves = times.map((t, i) => ({
        ...base,
        id: `m-${i}`,
        date: new Date(t).toISOString().slice(0, 10),
        actor: next() < 0.5 ? 'west' : 'russia',
        level: (1 + Math.floor(next() * 6)) as Level,
        respondsTo: i > 0 && next() < 0.3 ? { id: `m-${Math.floor(next() * i)}`, basis: 'reported' } : undefined,
      }) as CodedEvent)
      const height = CHART_DEFAULTS.margin.top + CHART_DEFAULTS.margin.bottom + n * 45
      expect(collisions(layoutChart(moves, { width: 882, height })), `case ${run}`).toEqual([])
    }
  }, 30_000)

  it('says how much room it needs in a box too narrow', () => {
    expect(() => layoutChart(eventsBetween('1999', '2012'), { width: 700, height: 315 })).toThrow(/needs \d+ px of width for its levels and labels; it has 700 px/)
  })
})

describe('the legend and the markers\' shapes', () => {
  it('lists a kind of link only when an arrow of that kind lies within the period, reported first', () => {
    for (const period of PERIODS) {
      const moves = periodMoves(period)
      const drawn = new Set(layoutChart(moves, SLIDE_BOXES[0]).arrows.map(arrow => arrow.basis))
      expect(linkBasesAmong(moves), name(period)).toEqual((['reported', 'essay'] as const).filter(basis => drawn.has(basis)))
    }
  })

  it('draws a diamond as its four corners: top, right, bottom, left', () => {
    expect(diamondPoints(10, 20, 5)).toBe('10,15 15,20 10,25 5,20')
  })
})
