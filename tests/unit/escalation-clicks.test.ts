import { describe, expect, it } from 'vitest'
import { stepAt } from '../../components/escalation/choreography.ts'
import { ESCALATION_EVENTS, eventsBetween } from '../../components/escalation/events.ts'
import { loadDeck } from '../../scripts/deck.ts'
import { chartsIn } from '../deck-figures.ts'

describe('which moves show at click k', () => {
  it('shows the empty frame at click 0, then one more move per click, the latest emphasised', () => {
    expect(stepAt(15, 0, 'step')).toEqual({ shown: 0, newest: undefined })
    expect(stepAt(15, 1, 'step')).toEqual({ shown: 1, newest: 0 })
    expect(stepAt(15, 7, 'step')).toEqual({ shown: 7, newest: 6 })
    expect(stepAt(15, 15, 'step')).toEqual({ shown: 15, newest: 14 })
  })

  it('shows every move from the start in mode "all", none emphasised', () => {
    expect(stepAt(15, 0, 'all')).toEqual({ shown: 15, newest: undefined })
    expect(stepAt(15, 4, 'all')).toEqual({ shown: 15, newest: undefined })
  })
})

describe('the chart slides', async () => {
  const deck = await loadDeck()
  const charts = chartsIn(deck)

  it('together show every move once, each slide at most seven, so a viewer can follow them click by click', () => {
    expect(charts.flatMap(c => c.moves.map(m => m.id))).toEqual(ESCALATION_EVENTS.map(e => e.id))
    const crowded = charts.filter(c => c.moves.length > 7).map(c => `slide ${c.slide.no} (${c.from}–${c.to}) shows ${c.moves.length} moves`)
    expect(crowded).toEqual([])
    const thin = charts.filter(c => c.moves.length < 4).map(c => `slide ${c.slide.no} (${c.from}–${c.to}) shows only ${c.moves.length} moves`)
    expect(thin, 'a period with fewer than four moves belongs with its neighbour').toEqual([])
  })

  it('choose moves by period, with both bounds included', () => {
    expect(eventsBetween('2016', '2016-11').map(e => e.id)).toEqual(['aegis-2016', 'warsaw-summit-2016', 'iskanders-2016', 'bastion-2016'])
  })
})
