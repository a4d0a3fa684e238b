import type { CodedEvent } from '../../data/escalation.ts'
import { describe, expect, it } from 'vitest'
import { chartSummary, dateText, describeEvent, essayDateText, ESCALATION_EVENTS, eventsBetween, sourceIdsOf, yearText } from '../../components/escalation/events.ts'
import { levelName } from '../../components/escalation/scales.ts'
import { eventSourceIds } from '../../data/escalation.ts'

const byId = (id: string): CodedEvent => {
  const event = ESCALATION_EVENTS.find(e => e.id === id)
  if (!event)
    throw new Error(`no record "${id}"`)
  return event
}

describe('the words the chart and the table take from the records', () => {
  it('give dates as precise as the record, in the record\'s own wording where it has one', () => {
    expect(dateText(byId('nato-1999'))).toBe('12 Mar 1999')
    expect(dateText(byId('us-missile-defence-plan'))).toBe('Jan 2007')
    expect(yearText(byId('nato-1999'))).toBe('1999')
    expect(essayDateText()).toBe('Nov 2016')
    expect(yearText({ date: '2007-01', dateText: '2007–08' })).toBe('2007–08')
    expect(dateText({ date: '2007-01', dateText: '2007–08' })).toBe('2007–08')
  })

  it('give a span its years on the chart label', () => {
    expect(yearText(byId('cables-2024'))).toBe('2024')
    expect(dateText(byId('cables-2024'))).toBe('Nov–Dec 2024')
    expect(yearText(byId('transit-2022'))).toBe('2022')
    expect(dateText(byId('transit-2022'))).toBe('18 Jun – 22 Jul 2022')
  })

  it('say a move in full for the text alternative: when, who, what, how it is coded, what it answers and on whose word, and what is disputed', () => {
    const threat = describeEvent(byId('iskander-threat-2008'))
    expect(threat).toMatch(/^5 Nov 2008 — Russia: Medvedev’s Iskander threat\. /)
    expect(threat).toContain('Coded: Statement or threat → level 1 (Words); offence.')
    expect(threat).toContain('It answers “US missile-defence plan” (2007), as its maker said.')
    const bastion = describeEvent(byId('bastion-2016'))
    expect(bastion).toContain('It answers “NATO agrees battlegroups” (2016), in the essay’s reading.')
    expect(bastion).toContain('Disputed: what it answered.')
    expect(describeEvent(byId('finland-2023'))).toContain('Coded: Accession to NATO → not on the scale.')
    expect(describeEvent(byId('nato-1999'))).not.toContain('answers')
  })

  it('sum the chart up as our coding, with how many of the spoken moves are labelled now', () => {
    const moves = eventsBetween('1997', '2008')
    const n = moves.length
    expect(chartSummary(moves, 6, 0)).toMatch(new RegExp(`^Escalation chart: ${n} moves, 1997 to 2008, each numbered as in the record\\. `))
    expect(chartSummary(moves, 6, 2)).toContain(`2 of the 6 moves the speaker talks about are labelled. All ${n} moves are listed below.`)
    expect(chartSummary(moves, 0, 0)).toMatch(new RegExp(`All ${n} moves are listed below\\.$`))
    expect(chartSummary(moves, 6, 6)).toContain('its level on the deck\'s own coding, by kind of move, from 1 (Words) to 6 (Use of force)')
    expect(chartSummary(moves, 6, 6)).toContain('Diamonds beside the centre line are not on the scale')
    expect(chartSummary([], 0, 0)).toBe('Escalation chart with no moves.')
  })

  it('list the sources of every move a period can show, each once', () => {
    const moves = eventsBetween('2013', '2016-11')
    const ids = sourceIdsOf(moves)
    expect(ids).toEqual([...new Set(ids)])
    for (const move of moves)
      expect(ids, move.id).toEqual(expect.arrayContaining(eventSourceIds(move)))
    expect(ids).toContain('essay')
    expect(sourceIdsOf(eventsBetween('2022', '2025'))).not.toContain('essay')
  })

  it('name a level, and the off-scale one', () => {
    expect(levelName(4)).toBe('Forces to stay')
    expect(levelName(null)).toBe('Not on the scale')
  })
})
