import type { EscalationEvent } from '../../data/escalation.ts'
import { describe, expect, it } from 'vitest'
import { rubric } from '../../data/escalation.ts'
import { sourceById, sources } from '../../data/sources.ts'
import { escalationProblems, eraProblems, fieldProblems, levelProblems, linkSourceProblems, responseProblems } from '../../components/escalation/checks.ts'
import { ESCALATION_EVENTS, eventsOf } from '../../components/escalation/events.ts'
import { dateProblems, sourceProblems } from '../../lib/validate.ts'

const all: readonly EscalationEvent[] = ESCALATION_EVENTS
const essayDate = sourceById('essay').date!

/** A well-formed event to break one field at a time. */
function event(id: string, date: string, more: Partial<EscalationEvent> = {}): EscalationEvent {
  return { id, date, actor: 'west', kind: 'diplomatic', level: 1, label: 'A move', detail: 'A move is made.', sourceId: 'essay', era: 'essay', ...more }
}

describe('the escalation records', () => {
  it('pass every check', () => {
    expect(escalationProblems(all, sources, essayDate)).toEqual([])
  })

  it('are in date order', () => {
    expect(dateProblems('event', all, { required: true, ordered: true })).toEqual([])
  })

  it('have levels on the rubric, from 1 to 5', () => {
    expect(rubric.map(s => s.level)).toEqual([1, 2, 3, 4, 5])
    expect(levelProblems(all)).toEqual([])
  })

  it('answer only earlier events', () => {
    expect(responseProblems(all)).toEqual([])
    for (const e of all.filter(e => e.respondsTo)) {
      const answered = all.findIndex(other => other.id === e.respondsTo!.id)
      expect(answered, `"${e.id}" answers "${e.respondsTo!.id}"`).toBeGreaterThanOrEqual(0)
      expect(answered, `"${e.id}" answers an earlier event`).toBeLessThan(all.indexOf(e))
    }
  })

  it('cite sources that exist, for the events and for the links between them', () => {
    expect(sourceProblems('event', all, sources)).toEqual([])
    expect(linkSourceProblems(all, sources)).toEqual([])
  })

  it('hold at least 12 moves from 1999 to 2016, and mark the later ones as after the essay', () => {
    const essay = eventsOf('essay')
    expect(essay.length).toBeGreaterThanOrEqual(12)
    expect(essay[0].date.slice(0, 4)).toBe('1999')
    expect(essay[essay.length - 1].date.slice(0, 4)).toBe('2016')
    expect(all.filter(e => e.date > '2017').every(e => e.era === 'after')).toBe(true)
    expect(eventsOf('after').length).toBeGreaterThan(0)
    expect(eraProblems(all, essayDate)).toEqual([])
  })

  it('give both sides moves, each kind a name and each label room on the chart', () => {
    expect(new Set(all.map(e => e.actor))).toEqual(new Set(['west', 'russia']))
    expect(fieldProblems(all)).toEqual([])
  })
})

describe('a broken record fails its check, named by its id', () => {
  it('an event out of date order', () => {
    expect(dateProblems('event', [event('late', '2004-03-29'), event('early', '1999-03-12')], { ordered: true }))
      .toEqual(['event "early" (1999-03-12) is out of order: it comes after "late" (2004-03-29)'])
  })

  it('a level off the rubric', () => {
    expect(levelProblems([event('too-high', '2020', { level: 6 as EscalationEvent['level'] })])).toEqual(['event "too-high" has level 6, which is not on the rubric (1, 2, 3, 4, 5)'])
  })

  it('an answer to an event that does not exist, comes later, or is itself', () => {
    const first = event('first', '2001')
    expect(responseProblems([first, event('ghost-answer', '2002', { respondsTo: { id: 'nowhere', basis: 'reported' } })]))
      .toEqual(['event "ghost-answer" answers "nowhere", which is not an event'])
    expect(responseProblems([event('too-soon', '2001', { respondsTo: { id: 'later', basis: 'essay' } }), event('later', '2002')]))
      .toEqual(['event "too-soon" answers "later", which is not an earlier event'])
    expect(responseProblems([event('echo', '2001', { respondsTo: { id: 'echo', basis: 'essay' } })]))
      .toEqual(['event "echo" answers "echo", which is not an earlier event'])
    expect(responseProblems([first, event('vague', '2002', { respondsTo: { id: 'first', basis: 'rumour' as 'essay' } })]))
      .toEqual(['event "vague" answers "first" on an unknown basis "rumour" (use "reported" or "essay")'])
  })

  it('an event or a link citing a source that does not exist', () => {
    expect(sourceProblems('event', [event('unsourced', '2001', { sourceId: 'made-up' })], sources))
      .toEqual(['event "unsourced" cites an unknown source "made-up"'])
    const linked = [event('first', '2001'), event('linked', '2002', { respondsTo: { id: 'first', basis: 'reported', sourceId: 'no-such-report' } })]
    expect(linkSourceProblems(linked, sources)).toEqual(['link "linked → first" cites an unknown source "no-such-report"'])
    expect(escalationProblems(linked, sources, essayDate)).toEqual(['link "linked → first" cites an unknown source "no-such-report"'])
  })

  it('an event on the wrong side of the essay', () => {
    expect(eraProblems([event('prophecy', '2018-02')], '2016-11')).toEqual(['event "prophecy" (2018-02) comes after the essay (2016-11) but is marked era "essay"'])
    expect(eraProblems([event('hindsight', '2016-11-21', { era: 'after' })], '2016-11')).toEqual(['event "hindsight" (2016-11-21) comes before the essay (2016-11) but is marked era "after"'])
  })

  it('a label too long for the chart, an unknown actor, no detail', () => {
    expect(fieldProblems([event('wordy', '2001', { label: 'A label far too long to fit its column on the chart' })]))
      .toEqual(['event "wordy" has a label of 51 characters (at most 34): "A label far too long to fit its column on the chart"'])
    expect(fieldProblems([event('stranger', '2001', { actor: 'china' as 'west', detail: '' })]))
      .toEqual(['event "stranger" has an unknown actor "china"', 'event "stranger" has no detail sentence'])
  })
})
