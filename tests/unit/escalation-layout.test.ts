import type { CodedEvent, Level } from '../../data/escalation.ts'
import type { ChartFigure } from '../../data/figures.ts'
import type { ChartMove } from '../../components/escalation/chart-move.ts'
import type { ChartInput, ChartLayout, Mark } from '../../components/escalation/layout.ts'
import { describe, expect, it } from 'vitest'
import { markerBox, numberWidth, placeNumbers, TEXT_SIZES } from '../../components/escalation/annotations.ts'
import { clearanceOf } from '../../components/escalation/arrows.ts'
import { CHART_BOXES, CHART_DEFAULTS } from '../../components/escalation/chart-options.ts'
import { dodge } from '../../components/escalation/dodge.ts'
import { ESCALATION_EVENTS } from '../../components/escalation/events.ts'
import { eventTime } from '../../components/escalation/scales.ts'
import { layoutChart } from '../../components/escalation/layout.ts'
import { levelScale, periodBounds, timeScale } from '../../components/escalation/scales.ts'
import { diamondPoints, reachOf } from '../../components/escalation/shapes.ts'
import { overlap, pickSpot, spotAt } from '../../components/escalation/text-spots.ts'
import { FIGURES } from '../../data/figures.ts'
import { chartInput, chartMove } from '../../scripts/figures/chart-spec.ts'

const CHARTS = Object.entries(FIGURES).flatMap(([name, f]) => (f.component === 'EscalationChart' ? [{ name, figure: f as ChartFigure }] : []))

/** Each chart's plotting box on its slide (CSS px), by its key; the end-to-end tests measure the built deck's against it. */
const boxOf = (figure: ChartFigure) => CHART_BOXES[figure.key ?? 'short']
/** What the figure compiler hands the layout for a chart (scripts/figures/chart-spec.ts). */
const inputFor = (figure: ChartFigure): ChartInput => chartInput(figure)

/** A label is 14 px text (17 px high) with a disputed move's ? raised 6 px above it: 23 px, centred on its row as near as matters. */
const LABEL_BOX_PX = 22

/** A deterministic random number generator (mulberry32), so a failing case can be run again. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6D2B79F5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const id = (m: Mark): string => `#${m.no} "${m.event.id}"`

/** The box a quiet move's number's glyphs cover: its text box less 1 px each side (the glyphs' side bearings and the line's leading). */
function numberBox(m: Mark) {
  const { left, right, top, bottom } = spotAt(m.number.x, m.number.y, m.number.anchor, numberWidth(m.no, m.event.disputed), TEXT_SIZES.numberPx + 1).box
  return { left: left + 1, right: right - 1, top: top + 1, bottom: bottom - 1 }
}

/** Everything a reader would call a collision, as sentences naming the moves. */
function collisions(layout: ChartLayout): string[] {
  const problems: string[] = []
  const { marks, labels } = layout
  for (const [i, a] of marks.entries()) {
    if (a.y < layout.top - 0.01 || a.y > layout.bottom + 0.01)
      problems.push(`the marker of ${id(a)} lies outside the plot (${a.y.toFixed(1)} in ${layout.top}–${layout.bottom})`)
    for (const b of marks.slice(i + 1)) {
      if (overlap(markerBox(a), markerBox(b)) > 0.01)
        problems.push(`the markers of ${id(a)} and ${id(b)} overlap`)
      if (a.click === undefined && b.click === undefined && overlap(numberBox(a), numberBox(b)) > 0)
        problems.push(`the numbers of ${id(a)} and ${id(b)} overlap`)
    }
  }
  for (const [i, label] of labels.entries()) {
    const m = marks[label.mark]
    if (label.y - LABEL_BOX_PX / 2 < layout.header.y + 4 || label.y + LABEL_BOX_PX / 2 > layout.height)
      problems.push(`the label of ${id(m)} leaves the chart (row ${label.y.toFixed(1)} in 0–${layout.height})`)
    if (Math.abs(m.x - layout.spineX) >= Math.abs(label.x - layout.spineX) - reachOf(m))
      problems.push(`the marker of ${id(m)} reaches into its label column`)
    for (const other of labels.slice(i + 1)) {
      if (marks[other.mark].side === m.side && Math.abs(label.y - other.y) < LABEL_BOX_PX)
        problems.push(`the labels of ${id(m)} and ${id(marks[other.mark])} overlap (rows ${label.y.toFixed(1)} and ${other.y.toFixed(1)})`)
    }
  }
  return problems
}

describe('the scales', () => {
  it('put the start of the period on the plot\'s top edge and its end on the bottom edge', () => {
    const time = timeScale('2009', '2016', [30, 390])
    expect(time(new Date(Date.UTC(2009, 0, 1)))).toBeCloseTo(30, 6)
    expect(time(new Date(Date.UTC(2017, 0, 1)))).toBeCloseTo(390, 6)
    const monthly = timeScale('2016-11', '2016-12', [0, 61])
    expect(monthly(new Date(Date.UTC(2016, 11, 1)))).toBeCloseTo(30, 6)
  })

  it('give every year the same height (a true time scale), a leap year a day more', () => {
    const time = timeScale('1997', '2008', [0, 1000])
    const heights = Array.from({ length: 12 }, (_, i) => time(new Date(Date.UTC(1998 + i, 0, 1))) - time(new Date(Date.UTC(1997 + i, 0, 1))))
    for (const h of heights)
      expect(h).toBeCloseTo(1000 / 12, 0)
    expect(heights[3] - heights[2], '2000 has a day more than 1999').toBeCloseTo(1000 / (4383) * 1, 3)
  })

  it('refuse a period that is not a year or a month, or ends before it starts', () => {
    expect(() => periodBounds('2016/11')).toThrow('not "2016/11"')
    expect(() => timeScale('2016', '2015', [0, 1])).toThrow('must end after it starts: 2016 to 2015')
  })

  it('put level 1 nearest the spine and level 6 farthest, evenly', () => {
    const level = levelScale(20, 120)
    expect([1, 2, 3, 4, 5, 6].map(l => level(l))).toEqual([20, 40, 60, 80, 100, 120])
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

describe('small print beside a mark', () => {
  const box = (left: number, top: number) => ({ left, right: left + 10, top, bottom: top + 10 })

  it('takes the first spot that touches nothing, else the one that touches least', () => {
    const outward = spotAt(0, 5, 'end', 10, 10)
    const inward = spotAt(20, 5, 'start', 10, 10)
    expect(pickSpot([outward, inward], [])).toBe(outward)
    expect(pickSpot([outward, inward], [box(-6, 0)])).toBe(inward)
    expect(pickSpot([outward, inward], [box(-6, 0), box(22, 0)])).toBe(outward)
  })

  it('puts a number outward from the spine, and inward when a neighbour\'s marker is in the way', () => {
    const marks = [{ x: 100, y: 50, r: 5, shape: 'square' as const, out: -1 as const, no: 12, disputed: false }]
    expect(placeNumbers(marks, [markerBox(marks[0])])[0].anchor).toBe('end')
    const blocked = placeNumbers(marks, [markerBox(marks[0]), markerBox({ x: 88, y: 50, r: 5 })])[0]
    expect(blocked.anchor).toBe('start')
    expect(blocked.x).toBeGreaterThan(105)
  })
})

describe('the chart layout, for every chart on the slides', () => {
  it('fits every move, label and number of each period in the slide\'s box with nothing colliding', () => {
    for (const { name, figure } of CHARTS) {
      const box = boxOf(figure)
      expect(collisions(layoutChart(inputFor(figure), box)), `${name} in ${box.width} × ${box.height}`).toEqual([])
    }
  })

  it('draws every move of the period, each with its number in the record, and labels exactly the spoken ones', () => {
    for (const { name, figure } of CHARTS) {
      const layout = layoutChart(inputFor(figure), boxOf(figure))
      // Independently of the compiler: the record's moves dated within the chart's years, numbered by their place in the record.
      const inYears = ESCALATION_EVENTS.flatMap((e, i) => e.date.slice(0, 4) >= figure.from.slice(0, 4) && e.date.slice(0, 4) <= figure.to.slice(0, 4) ? [{ id: e.id, no: i + 1 }] : [])
      expect(layout.marks.map(m => m.event.id), name).toEqual(inYears.map(e => e.id))
      expect(layout.marks.map(m => m.no), name).toEqual(inYears.map(e => e.no))
      expect(layout.labels.map(l => layout.marks[l.mark].event.id), name).toEqual([...(figure.spoken ?? [])])
    }
  })

  it('puts each move at its date, moved only as far as its column\'s neighbours need', () => {
    for (const { name, figure } of CHARTS) {
      const layout = layoutChart(inputFor(figure), boxOf(figure))
      const time = timeScale(figure.from, figure.to, [layout.top, layout.bottom])
      const columns = new Map<number, Mark[]>()
      for (const m of layout.marks)
        columns.set(Math.round(m.x), [...(columns.get(Math.round(m.x)) ?? []), m])
      for (const column of columns.values()) {
        const ys = column.map(m => m.y)
        expect(ys, `${name}: a column keeps date order`).toEqual([...ys].sort((a, b) => a - b))
        for (const [k, m] of column.entries()) {
          const wanted = time(new Date(eventTime(m.event)))
          const neighbours = column.filter((o, j) => j !== k && Math.abs(time(new Date(eventTime(o.event))) - wanted) < 60)
          if (!neighbours.length)
            expect(m.y, `${name}: ${id(m)} has no other move within 60 px of its date in its column, so it sits at its date`).toBeCloseTo(wanted, 6)
        }
      }
    }
  })

  it('puts the West left and Russia right at their levels, and a move off the scale beside the spine on its maker\'s side', () => {
    for (const { name, figure } of CHARTS) {
      const layout = layoutChart(inputFor(figure), boxOf(figure))
      for (const m of layout.marks) {
        const where = `${name}: ${id(m)}`
        if (m.event.level === null) {
          expect(m.shape, where).toBe('diamond')
          const offset = m.event.actor === 'neither' ? 0 : (m.event.actor === 'west' ? -1 : 1) * CHART_DEFAULTS.offScalePx
          expect(m.x - layout.spineX, where).toBeCloseTo(offset, 6)
          continue
        }
        expect(Math.sign(m.x - layout.spineX), where).toBe(m.event.actor === 'west' ? -1 : 1)
        expect(m.shape, where).toBe(m.event.actor === 'west' ? 'square' : 'circle')
        expect(m.x, where).toBeCloseTo(layout.guides.find(g => g.side === m.side && g.level === m.event.level)!.x, 6)
      }
      const left = layout.guides.filter(g => g.side < 0).map(g => g.x)
      expect(left, name).toEqual([...left].sort((a, b) => b - a))
    }
  })

  it('draws an arrow into each spoken move from each move of the period it answers, through no other marker and inside the level zone', () => {
    for (const { name, figure } of CHARTS) {
      {
        const box = boxOf(figure)
        const layout = layoutChart(inputFor(figure), box)
        const ids = new Set(layout.marks.map(m => m.event.id))
        const wanted = layout.marks.filter(m => m.click !== undefined).flatMap(m => (m.event.answers ?? []).filter(a => ids.has(a.id)).map(a => `${a.id} → ${m.event.id} (${a.basis})`))
        expect(layout.arrows.map(a => `${layout.marks[a.from].event.id} → ${layout.marks[a.to].event.id} (${a.basis})`).sort(), name).toEqual(wanted.sort())
        const obstacles = layout.marks.map(m => ({ x: m.x, y: m.y, r: reachOf(m) }))
        for (const arrow of layout.arrows) {
          const [from, to] = [layout.marks[arrow.from], layout.marks[arrow.to]]
          const where = `${name} ${box.height}: ${id(from)} → ${id(to)}`
          // The router aims for ARROW_DEFAULTS.clearancePx; where a dense year leaves no such path, the
          // arrow may graze a marker (drawn over it), but never run into it.
          expect(clearanceOf(arrow.points, obstacles, [from, to]), `${where}: the arrow runs into a marker`).toBeGreaterThanOrEqual(0)
          expect(arrow.points.every(p => p.x >= layout.zone.left && p.x <= layout.zone.right && p.y <= layout.height), where).toBe(true)
        }
      }
    }
  })

  it('gives a spoken move that answers moves before the period one stub naming their numbers, and the key the kinds of link drawn', () => {
    for (const { name, figure } of CHARTS) {
      const layout = layoutChart(inputFor(figure), boxOf(figure))
      const ids = new Set(layout.marks.map(m => m.event.id))
      const wanted = layout.marks.flatMap(m => {
        const outside = m.click === undefined ? [] : (m.event.answers ?? []).filter(a => !ids.has(a.id))
        return outside.length ? [`${m.event.id}: ${outside.map(a => `#${ESCALATION_EVENTS.findIndex(e => e.id === a.id) + 1}`).join(', ')}`] : []
      })
      expect(layout.stubs.map(s => `${layout.marks[s.to].event.id}: ${s.text}`), name).toEqual(wanted)
      const bases = new Set([...layout.arrows, ...layout.stubs].map(a => a.basis))
      expect(layout.bases, name).toEqual((['maker', 'essay'] as const).filter(b => bases.has(b)))
    }
  })
})

describe('the chart layout, for moves it has not seen', () => {
  const base = ESCALATION_EVENTS.find(e => e.level !== null)!
  const move = (i: number, date: string, actor: CodedEvent['actor'], level: Level | null): ChartMove => chartMove({ ...base, id: `m-${i}`, label: `Move ${i}`, date, actor, level, answers: undefined, disputes: undefined }, i + 1, [])
  const earlier = new Map<string, number>()

  it('keeps labels, markers and numbers apart for random periods and spoken moves (200 random cases)', () => {
    const next = random(42)
    for (let run = 0; run < 200; run++) {
      const n = 4 + Math.floor(next() * 60)
      const years = 1 + Math.floor(next() * 8)
      const times = Array.from({ length: n }, () => Date.UTC(2000, 0, 1) + Math.floor(next() * years * 365 * 86400_000)).sort((a, b) => a - b)
      const moves = times.map((t, i) => move(i, new Date(t).toISOString().slice(0, 10), next() < 0.5 ? 'west' : 'russia', next() < 0.1 ? null : (1 + Math.floor(next() * 6)) as Level))
      const spoken = moves.filter(() => next() < 0.1).slice(0, 8).map(m => m.id)
      const input = { moves, earlier, spoken, from: '2000', to: String(2000 + years - 1) }
      const problems = collisions(layoutChart(input, CHART_BOXES.short)).filter(p => !p.includes('numbers of'))
      expect(problems, `case ${run}: ${n} moves over ${years} years`).toEqual([])
    }
  }, 30_000)

  it('says how much room it needs in a box too narrow, when one side has more labels than rows, and which label is too long', () => {
    const moves = Array.from({ length: 30 }, (_, i) => move(i, '2001-05-01', 'west', 2))
    const input = { moves, earlier, spoken: moves.map(m => m.id), from: '2001', to: '2001' }
    expect(() => layoutChart({ ...input, spoken: [] }, { width: 700, height: 376 })).toThrow(/needs \d+ px of width for its levels and labels; it has 700 px/)
    expect(() => layoutChart(input, { width: 884, height: 300 })).toThrow(/cannot fit 30 labels on one side in \d+ px/)
    const wordy = [{ ...moves[0], label: 'A label far too long for the column' }]
    expect(() => layoutChart({ ...input, moves: wordy, spoken: [wordy[0].id] }, CHART_BOXES.short)).toThrow('holds 26 characters: shorten "A label far too long for the column" (m-0, 35)')
  })

  it('draws a diamond as its four corners: top, right, bottom, left', () => {
    expect(diamondPoints(10, 20, 5)).toBe('10,15 15,20 10,25 5,20')
  })
})
