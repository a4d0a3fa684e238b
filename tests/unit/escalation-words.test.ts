import type { CodedEvent } from '../../data/escalation.ts'
import { describe, expect, it } from 'vitest'
import { chartSummary, dateText, describeEvent, essayDateText, ESCALATION_EVENTS, eventsBetween, levelName, sourceIdsOf, yearText } from '../../components/escalation/events.ts'

const byId = (id: string): CodedEvent => ESCALATION_EVENTS.find(e => e.id === id)!

describe('the words the chart and the table take from the records', () => {
  it('give dates as precise as the record, in the record\'s own wording where it has one', () => {
    expect(dateText(byId('nato-1999'))).toBe('12 Mar 1999')
    expect(dateText(byId('patriot-morag-2010'))).toBe('May 2010')
    expect(dateText(byId('us-missile-defence-plan'))).toBe('2007–08')
    expect(yearText(byId('nato-1999'))).toBe('1999')
    expect(yearText(byId('us-missile-defence-plan'))).toBe('2007–08')
    expect(essayDateText()).toBe('Nov 2016')
  })

  it('give a span its years on the chart label', () => {
    expect(yearText(byId('cables-2024'))).toBe('2024')
    expect(dateText(byId('cables-2024'))).toBe('Nov–Dec 2024')
    expect(yearText(byId('transit-2022'))).toBe('2022')
    expect(dateText(byId('transit-2022'))).toBe('18 Jun – 22 Jul 2022')
  })

  it('say a move in full for the text alternative: who, what, how it is coded, and what it answers', () => {
    expect(describeEvent(byId('iskander-threat-2008'))).toBe(
      '5 Nov 2008 — Russia: Medvedev threatens Iskanders. President Medvedev says Russia will deploy Iskander missiles in Kaliningrad against the US plan. Coded: Statement or threat → level 1 (Words). It answers “US missile-defence plan” (2007–08), as reported.',
    )
    expect(describeEvent(byId('bastion-2016'))).toContain('It answers “Warsaw: four battlegroups agreed” (2016), in the essay’s reading.')
    expect(describeEvent(byId('finland-2023'))).toContain('Coded: Accession to NATO → not on the scale.')
    expect(describeEvent(byId('nato-1999'))).not.toContain('answers')
  })

  it('sum the chart up as our coding, with how many moves show now', () => {
    const early = eventsBetween('1999', '2008-08')
    expect(chartSummary(early, 0)).toMatch(/^Escalation chart: 7 moves, 1999 to 2008\. .* 0 of 7 moves shown\.$/)
    expect(chartSummary(early, 4)).toContain('4 of 7 moves shown, listed below.')
    expect(chartSummary(early, 7)).toContain('All 7 moves shown, listed below.')
    expect(chartSummary(early, 7)).toContain('its level on the deck\'s own coding, from 1 (Words) to 6 (Use of force)')
    expect(chartSummary(early, 7)).toContain('Diamonds on the centre line are not on the scale')
  })

  it('list the sources of every move a period can show, with the sources of the links, each once', () => {
    const ids = sourceIdsOf(eventsBetween('2013', '2016-11'))
    expect(ids).toEqual([...new Set(ids)])
    expect(ids).toEqual(expect.arrayContaining(['ap-2016', 'ap-2016-warsaw', 'essay', 'newscityhub-2016']))
    expect(sourceIdsOf(eventsBetween('2022', '2025'))).not.toContain('essay')
  })

  it('name a level, and the off-scale one', () => {
    expect(levelName(4)).toBe('Forces to stay')
    expect(levelName(null)).toBe('Not on the scale')
  })
})
