import type { EscalationEvent } from '../../data/escalation.ts'
import { describe, expect, it } from 'vitest'
import { chartSummary, dateText, describeEvent, essayDateText, ESCALATION_EVENTS, eventsOf, levelName, sourceIdsOf, yearText } from '../../components/escalation/events.ts'
import type { ChartEra } from '../../components/escalation/events.ts'

const byId = (id: string): EscalationEvent => ESCALATION_EVENTS.find(e => e.id === id)!

describe('the words the chart and the table take from the records', () => {
  it('give dates as precise as the record, in the record\'s own wording where it has one', () => {
    expect(dateText(byId('nato-1999'))).toBe('12 Mar 1999')
    expect(dateText(byId('us-drops-plan-2009'))).toBe('Sep 2009')
    expect(dateText(byId('us-missile-defence-plan'))).toBe('2007–08')
    expect(yearText(byId('nato-1999'))).toBe('1999')
    expect(yearText(byId('us-missile-defence-plan'))).toBe('2007–08')
    expect(essayDateText()).toBe('Nov 2016')
  })

  it('say a move in full for the text alternative: who, what, how far up, and what it answers', () => {
    expect(describeEvent(byId('iskander-threat-2008'))).toBe(
      '5 Nov 2008 — Russia: Medvedev threatens Iskanders. President Medvedev says Russia will deploy Iskander missiles in Kaliningrad against the US plan. Diplomatic, level 1 (Words). It answers “US missile-defence plan” (2007–08), as reported.',
    )
    expect(describeEvent(byId('bastion-2016'))).toContain('It answers “Warsaw summit: four battlegroups” (2016), in the essay’s reading.')
    expect(describeEvent(byId('nato-1999'))).not.toContain('answers')
  })

  it('sum the chart up, with how many moves show now', () => {
    const essay = eventsOf('essay')
    expect(chartSummary(essay, 0)).toMatch(/^Escalation chart: 15 moves, 1999 to 2016\. .* 0 of 15 moves shown\.$/)
    expect(chartSummary(essay, 4)).toContain('4 of 15 moves shown, listed below.')
    expect(chartSummary(essay, 15)).toContain('All 15 moves shown, listed below.')
    expect(chartSummary(essay, 15)).toContain('from 1 (Words) to 5 (Nuclear-capable, to stay)')
  })

  it('list the sources of every move an era can show, with the sources of the links, each once', () => {
    const ids = sourceIdsOf(eventsOf('essay'))
    expect(ids).toEqual([...new Set(ids)])
    expect(ids).toEqual(expect.arrayContaining(['rferl-1999', 'ap-2016', 'ap-2016-warsaw', 'essay']))
    expect(sourceIdsOf(eventsOf('after'))).not.toContain('essay')
  })

  it('choose moves by era, and name an unknown era or level', () => {
    expect(eventsOf('essay').every(e => e.era === 'essay')).toBe(true)
    expect(eventsOf('after').every(e => e.era === 'after')).toBe(true)
    expect(eventsOf('all')).toHaveLength(ESCALATION_EVENTS.length)
    expect(() => eventsOf('future' as ChartEra)).toThrow('Unknown era "future"')
    expect(levelName(4)).toBe('Lasting change')
    expect(() => levelName(0)).toThrow('Level 0 is not on the escalation rubric')
  })
})
