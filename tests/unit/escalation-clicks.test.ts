import type { ChartMode } from '../../components/escalation/choreography.ts'
import type { ChartEra } from '../../components/escalation/events.ts'
import { describe, expect, it } from 'vitest'
import { stepAt } from '../../components/escalation/choreography.ts'
import { eventsOf } from '../../components/escalation/events.ts'
import { loadDeck } from '../../lib/deck.ts'

/** Slidev's click count in print and overview (CLICKS_MAX in @slidev/client/constants). */
const CLICKS_MAX = 999999

describe('which moves show at click k', () => {
  it('shows the empty frame at click 0, then one more move per click, the latest emphasised', () => {
    expect(stepAt(15, 0, 'step')).toEqual({ shown: 0, newest: undefined })
    expect(stepAt(15, 1, 'step')).toEqual({ shown: 1, newest: 0 })
    expect(stepAt(15, 7, 'step')).toEqual({ shown: 7, newest: 6 })
    expect(stepAt(15, 15, 'step')).toEqual({ shown: 15, newest: 14 })
  })

  it('hides the latest move again when the presenter goes back a click', () => {
    expect(stepAt(15, 6, 'step').shown).toBe(stepAt(15, 7, 'step').shown - 1)
  })

  it('clamps the huge click count of print and overview, and nonsense counts', () => {
    expect(stepAt(15, CLICKS_MAX, 'step')).toEqual({ shown: 15, newest: 14 })
    expect(stepAt(15, Number.POSITIVE_INFINITY, 'step').shown).toBe(15)
    expect(stepAt(15, -3, 'step')).toEqual({ shown: 0, newest: undefined })
    expect(stepAt(15, Number.NaN, 'step').shown).toBe(0)
    expect(stepAt(15, 2.7, 'step').shown).toBe(2)
  })

  it('shows every move from the start in mode "all", none emphasised', () => {
    expect(stepAt(15, 0, 'all')).toEqual({ shown: 15, newest: undefined })
    expect(stepAt(15, 4, 'all')).toEqual({ shown: 15, newest: undefined })
  })

  it('names an unknown mode', () => {
    expect(() => stepAt(15, 0, 'slow' as ChartMode)).toThrow('Unknown mode "slow"')
  })
})

describe('the chart slides', async () => {
  const deck = await loadDeck()
  const charts = deck.filter(s => s.content.includes('<EscalationChart')).map((slide) => {
    const tag = /<EscalationChart\b([^>]*)\/?>/.exec(slide.content)![1]
    const era = /\bera="(\w+)"/.exec(tag)?.[1] as ChartEra
    const mode = (/\bmode="(\w+)"/.exec(tag)?.[1] ?? 'step') as ChartMode
    return { slide, era, mode }
  })

  it('are in the deck: the essay\'s moves step by step and all at once, and the moves after it', () => {
    expect(charts.map(c => `${c.era} ${c.mode}`)).toEqual(expect.arrayContaining(['essay step', 'essay all', 'after step']))
  })

  it('each hold one chart', () => {
    for (const { slide } of charts)
      expect(slide.content.match(/<EscalationChart\b/g), `slide ${slide.no} "${slide.title}"`).toHaveLength(1)
  })

  it('declare one click per move of their era when they reveal step by step, and none when they show all', () => {
    const problems = charts.flatMap(({ slide, era, mode }) => {
      const wanted = mode === 'step' ? eventsOf(era).length : 0
      return slide.clicks === wanted ? [] : [`slide ${slide.no} "${slide.title}" (era "${era}", mode "${mode}") declares clicks: ${slide.clicks}, but should declare ${wanted}`]
    })
    expect(problems).toEqual([])
  })
})
