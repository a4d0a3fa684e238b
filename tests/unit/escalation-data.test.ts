import type { CodedEvent, EscalationEvent } from '../../data/escalation.ts'
import { describe, expect, it } from 'vitest'
import { codedEvents, codingReason, codingWords, ESSAY_HORIZON, events, levelFor, OFF_SCALE_KINDS, rubric } from '../../data/escalation.ts'
import { sources } from '../../data/sources.ts'
import { ESCALATION_EVENTS } from '../../components/escalation/events.ts'
import { codingProblems, dateProblems, eraProblems, escalationProblems, fieldProblems, linkSourceProblems, orderProblems, responseProblems, selectionProblems, sourceProblems } from '../record-checks.ts'

const all: readonly EscalationEvent[] = events
const coded: readonly CodedEvent[] = ESCALATION_EVENTS
const essayDate = ESSAY_HORIZON
const byId = (id: string): CodedEvent => coded.find(e => e.id === id)!

/** A well-formed event to break one field at a time. */
function event(id: string, date: string, more: Partial<EscalationEvent> = {}): EscalationEvent {
  return { id, date, actor: 'west', kind: 'statement', label: 'A move', detail: 'A move is made.', link: { text: 'It is about Kaliningrad.', sourceId: 'essay' }, sourceId: 'essay', era: 'essay', ...more }
}

describe('the coding rules: a move\'s level follows from its kind and attributes', () => {
  it('put words at 1, plans and measures at 2, forces for a while at 3, forces to stay at 4, nuclear-capable ones at 5, force used at 6', () => {
    expect(rubric.map(s => s.level)).toEqual([1, 2, 3, 4, 5, 6])
    expect(levelFor({ kind: 'statement' })).toBe(1)
    expect(levelFor({ kind: 'step-back' })).toBe(1)
    expect(levelFor({ kind: 'plan' })).toBe(2)
    expect(levelFor({ kind: 'measure' })).toBe(2)
    expect(levelFor({ kind: 'incursion' })).toBe(3)
    expect(levelFor({ kind: 'deployment', lasting: false })).toBe(3)
    expect(levelFor({ kind: 'deployment', lasting: false, nuclearCapable: true })).toBe(3)
    expect(levelFor({ kind: 'deployment', lasting: true })).toBe(4)
    expect(levelFor({ kind: 'deployment', lasting: true, nuclearCapable: true })).toBe(5)
    expect(levelFor({ kind: 'use-of-force' })).toBe(6)
  })

  it('keep a state joining NATO, forces leaving for a war elsewhere, damage at sea and civil steps off the scale', () => {
    for (const kind of OFF_SCALE_KINDS)
      expect(levelFor({ kind }), kind).toBeNull()
    expect(codingReason({ kind: 'accession' })).toBe('Accession to NATO → not on the scale')
    expect(codingReason({ kind: 'deployment', lasting: true, nuclearCapable: true })).toBe('Deployment, to stay, nuclear-capable → level 5')
  })

  it('hold for every record: use of force above every peacetime move, plans below deployments, no record carrying its own level', () => {
    expect(codingProblems(all)).toEqual([])
    expect(orderProblems(coded)).toEqual([])
    expect(coded.every(e => e.level === levelFor(e))).toBe(true)
  })

  it('code the wars as use of force, accessions apart from the scale, and decisions as plans, not deployments', () => {
    for (const id of ['georgia-2008', 'crimea-2014', 'invasion-2022'])
      expect(byId(id).level, id).toBe(6)
    const peacetime = coded.filter(e => e.kind !== 'use-of-force' && e.level !== null).map(e => e.level!)
    expect(Math.max(...peacetime)).toBeLessThan(6)
    for (const id of ['nato-1999', 'nato-2004', 'finland-2023', 'sweden-2024'])
      expect(byId(id).level, id).toBeNull()
    for (const id of ['us-missile-defence-plan', 'wales-2014', 'warsaw-summit-2016', 'madrid-2022', 'brigade-2015'])
      expect(byId(id).kind, id).toBe('plan')
    expect(byId('efp-2017').level).toBe(4)
    expect(byId('transit-2022').kind).toBe('measure')
  })

  it('name the record that breaks a rule', () => {
    expect(codingProblems([{ ...event('self-coded', '2001'), level: 4 } as EscalationEvent]))
      .toEqual(['event "self-coded" carries its own level: remove it, the level follows from its kind and attributes'])
    expect(codingProblems([event('vague', '2001', { kind: 'deployment' })]))
      .toEqual(['event "vague" is a deployment but does not say whether it is lasting'])
    expect(codingProblems([event('talk', '2001', { kind: 'statement', nuclearCapable: true })]))
      .toEqual(['event "talk" says nuclear-capable, which only a deployment can be (it is a "statement")'])
    expect(codingProblems([event('joiner', '2001', { kind: 'accession', actor: 'russia' })]))
      .toEqual(['event "joiner" is an accession by "russia": a state joining NATO is drawn on the West\'s side'])
    const war = { ...event('war', '2001', { kind: 'use-of-force', actor: 'russia' }), level: 2 } as CodedEvent
    const drill = { ...event('drill', '2002', { kind: 'incursion' }), level: 3 } as CodedEvent
    expect(orderProblems([war, drill])).toContain('use of force "war" (level 2) is not above peacetime move "drill" (level 3)')
    expect(orderProblems([war, drill])).toContain('event "war" is coded at level 2, but its kind and attributes give 6')
    expect(() => levelFor({ ...event('no-lasting', '2001', { kind: 'deployment' }) })).toThrow('Event "no-lasting" is a deployment that does not say whether it is lasting')
  })

})

/**
 * One rule for both sides: records of the same kind and attributes, grouped, each group with the
 * levels it got by side. A group whose records sit on different levels is named, with each record.
 */
function sideProblems(coded: readonly CodedEvent[]): string[] {
  const groups = new Map<string, CodedEvent[]>()
  for (const e of coded)
    groups.set(codingWords(e), [...(groups.get(codingWords(e)) ?? []), e])
  return [...groups].flatMap(([coding, group]) => new Set(group.map(e => e.level)).size <= 1
    ? []
    : [`${coding}: ${group.map(e => `"${e.id}" (${e.actor}) at level ${e.level ?? 'off the scale'}`).join(', ')}`])
}

describe('one rule for both sides', () => {
  it('puts every two records of the same kind and attributes on the same level, whichever side moved', () => {
    expect(sideProblems(coded)).toEqual([])
  })

  it('names the records when a side gets a level of its own', () => {
    const west = { ...event('west-patrol', '2001', { kind: 'deployment', lasting: false, actor: 'west' }), level: 3 } as CodedEvent
    const east = { ...event('east-patrol', '2002', { kind: 'deployment', lasting: false, actor: 'russia' }), level: 4 } as CodedEvent
    expect(sideProblems([west, east])).toEqual(['Deployment, for a while: "west-patrol" (west) at level 3, "east-patrol" (russia) at level 4'])
  })

  it('codes both sides in every kind where the sources show both moving', () => {
    const kindsBy = (actor: string) => new Set(coded.filter(e => e.actor === actor).map(e => e.kind))
    for (const kind of ['plan', 'measure', 'deployment'] as const) {
      expect(kindsBy('west').has(kind), `the West has a move of kind "${kind}"`).toBe(true)
      expect(kindsBy('russia').has(kind), `Russia has a move of kind "${kind}"`).toBe(true)
    }
  })

  it('draws the reasons each side\'s officials gave, as reported, for both sides', () => {
    const reported = (actor: string) => coded.filter(e => e.actor === actor && e.respondsTo?.basis === 'reported').map(e => e.id)
    expect(reported('russia')).toEqual(expect.arrayContaining(['iskander-threat-2011', 'iskanders-permanent-2018', 'cfe-withdrawal-2023', 'mirror-threat-2024']))
    expect(reported('west')).toEqual(expect.arrayContaining(['wales-2014', 'long-range-fires-2024', 'eastern-sentry-2025']))
  })
})

describe('the rule of selection', () => {
  it('gives every record a link to Kaliningrad or the Baltic, from a cited source', () => {
    expect(selectionProblems(all, sources)).toEqual([])
  })

  it('names a record with no such link', () => {
    expect(selectionProblems([event('far-away', '2001', { link: { text: 'A move in Syria.', sourceId: 'essay' } })], sources))
      .toEqual(['event "far-away" has a link that names neither Kaliningrad nor the Baltic: "A move in Syria."'])
    expect(selectionProblems([event('hearsay', '2001', { link: { text: 'About the Baltic.', sourceId: 'nobody' } })], sources))
      .toEqual(['event "hearsay" rests its link on an unknown source "nobody"'])
  })

  it('holds the moves the chart must show, from both sides, before and after the essay', () => {
    const ids = all.map(e => e.id)
    expect(ids).toEqual(expect.arrayContaining([
      // The West's moves the reviewers found missing, and Russia's.
      'air-policing-2004', 'patriot-morag-2010', 'epaa-2009', 'us-brigade-2017', 'redzikowo-2024', 'german-brigade-2025',
      'ivanov-threat-2007', 'ssc8-2017', 'kinzhal-2022',
      // The years to the end of 2025.
      'nord-stream-2022', 'gnss-jamming-2024', 'long-range-fires-2024', 'mirror-threat-2024', 'drones-poland-2025', 'eastern-sentry-2025', 'mig31-estonia-2025',
    ]))
    expect(ids.filter(id => /zapad|anakonda|steadfast|baltops/.test(id)), 'exercises are left out for both sides').toEqual([])
    expect(new Set(all.map(e => e.actor))).toEqual(new Set(['west', 'russia', 'neither']))
  })
})

describe('the escalation records', () => {
  it('pass every check', () => {
    expect(escalationProblems(all, sources, essayDate)).toEqual([])
  })

  it('are in date order', () => {
    expect(dateProblems('event', all, { required: true, ordered: true })).toEqual([])
  })

  it('answer only earlier events, and the accessions and the transit restriction answer the invasion', () => {
    expect(responseProblems(all)).toEqual([])
    for (const id of ['finland-2023', 'sweden-2024', 'transit-2022', 'madrid-2022'])
      expect(byId(id).respondsTo, id).toMatchObject({ id: 'invasion-2022', basis: 'reported' })
  })

  it('draw a "reported" arrow only where a source is named for the link', () => {
    for (const e of coded.filter(e => e.respondsTo))
      expect(e.respondsTo!.basis === 'essay' ? e.respondsTo!.sourceId : (e.respondsTo!.sourceId ?? e.sourceId), e.id).toBeTruthy()
    expect(coded.filter(e => e.respondsTo?.basis === 'essay').every(e => e.respondsTo!.sourceId === 'essay')).toBe(true)
  })

  it('cite sources that exist, for the events, their links and their further sources', () => {
    expect(sourceProblems('event', all, sources)).toEqual([])
    expect(linkSourceProblems(all, sources)).toEqual([])
  })

  it('mark the moves after November 2016 as after the essay', () => {
    expect(eraProblems(all, essayDate)).toEqual([])
    expect(all.filter(e => e.date > '2017').every(e => e.era === 'after')).toBe(true)
  })

  it('give each kind a name and each label room on the chart', () => {
    expect(fieldProblems(all)).toEqual([])
    expect(codedEvents).toHaveLength(all.length)
  })
})

describe('a broken record fails its check, named by its id', () => {
  it('an event out of date order', () => {
    expect(dateProblems('event', [event('late', '2004-03-29'), event('early', '1999-03-12')], { ordered: true }))
      .toEqual(['event "early" (1999-03-12) is out of order: it comes after "late" (2004-03-29)'])
  })

  it('an answer to an event that does not exist, comes later, or is itself', () => {
    const first = event('first', '2001')
    expect(responseProblems([first, event('ghost-answer', '2002', { respondsTo: { id: 'nowhere', basis: 'reported' } })]))
      .toEqual(['event "ghost-answer" answers "nowhere", which is not an event'])
    expect(responseProblems([event('too-soon', '2001', { respondsTo: { id: 'later', basis: 'essay' } }), event('later', '2002')]))
      .toEqual(['event "too-soon" answers "later", which is not an earlier event'])
    expect(responseProblems([event('echo', '2001', { respondsTo: { id: 'echo', basis: 'essay' } })]))
      .toEqual(['event "echo" answers "echo", which is not an earlier event'])
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
