import { describe, expect, it } from 'vitest'
import { stepAt } from '../../components/escalation/choreography.ts'
import { ESCALATION_EVENTS, eventsBetween } from '../../components/escalation/events.ts'
import { loadDeck } from '../../scripts/deck.ts'
import { chartsIn } from '../deck-figures.ts'

describe('what the chart labels at click k', () => {
  it('labels nothing at click 0, then one more spoken move per click, the latest emphasised', () => {
    expect(stepAt(6, 0)).toEqual({ labelled: 0, newest: undefined })
    expect(stepAt(6, 1)).toEqual({ labelled: 1, newest: 0 })
    expect(stepAt(6, 4)).toEqual({ labelled: 4, newest: 3 })
    expect(stepAt(6, 6)).toEqual({ labelled: 6, newest: 5 })
  })

  it('labels every spoken move once the clicks run out (print, overview, a slide already passed)', () => {
    expect(stepAt(6, 1e6)).toEqual({ labelled: 6, newest: 5 })
    expect(stepAt(0, 3)).toEqual({ labelled: 0, newest: undefined })
  })
})

describe('the chart slides', async () => {
  const deck = await loadDeck()
  const charts = chartsIn(deck)

  it('together draw every move of the record once, in date order', () => {
    expect(charts.flatMap(c => c.moves.map(m => m.id))).toEqual(ESCALATION_EVENTS.map(e => e.id))
  })

  it('label only moves of their own period, each once, in date order, at most seven a slide so the clicks stay few', () => {
    for (const chart of charts) {
      const where = `slide ${chart.slide.no} (${chart.from}–${chart.to})`
      const ids = chart.moves.map(m => m.id)
      const outside = chart.spoken.filter(id => !ids.includes(id))
      expect(outside, `${where}: spoken moves outside its period`).toEqual([])
      expect(new Set(chart.spoken).size, `${where}: a spoken move named twice`).toBe(chart.spoken.length)
      const order = chart.spoken.map(id => ids.indexOf(id))
      expect(order, `${where}: spoken moves in date order`).toEqual([...order].sort((a, b) => a - b))
      expect(chart.spoken.length, `${where}: spoken moves`).toBeLessThanOrEqual(7)
    }
  })

  it('choose moves by period, with both bounds included', () => {
    const moves = eventsBetween('2016', '2016-11')
    expect(moves.length).toBeGreaterThan(0)
    expect(moves.every(e => e.date >= '2016' && e.date.slice(0, 7) <= '2016-11')).toBe(true)
    expect(ESCALATION_EVENTS.filter(e => e.date.startsWith('2016') && e.date.slice(0, 7) <= '2016-11')).toEqual(moves)
  })
})
