import type { CodedEvent, EscalationEvent } from '../../data/escalation.ts'
import type { Candidate, LoggedQuery } from '../../data/search-log.ts'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DECK_ROOT } from '../../scripts/deck.ts'
import { DIGEST_FILE, digestText } from '../../scripts/log-digest.ts'
import { clauses } from '../../data/codebook.ts'
import { codeEvent, codingReason, levelFor, OFF_SCALE_KINDS, postureFor, rubric } from '../../data/escalation.ts'
import { codedEvents, events } from '../../data/escalation-events.ts'
import { candidates, queries } from '../../data/search-log.ts'
import { sources } from '../../data/sources.ts'
import { answerProblems, codebookProblems, codingProblems, dateProblems, disputeProblems, escalationProblems, fieldProblems, logProblems, orderProblems, reasonProblems, sideProblems, sourceProblems, tieProblems } from '../record-checks.ts'

const all: readonly EscalationEvent[] = events
const coded: readonly CodedEvent[] = codedEvents
const byId = (id: string): CodedEvent => coded.find(e => e.id === id)!

/** A well-formed event to break one field at a time. */
function event(id: string, date: string, more: Partial<EscalationEvent> = {}): EscalationEvent {
  return {
    id,
    date,
    actor: 'west',
    kind: 'statement',
    capability: ['strike'],
    ground: 'own',
    label: 'A move',
    detail: 'A move is made.',
    reason: { text: 'A reason.', by: 'A minister', sourceId: 'essay' },
    otherReading: { none: 'none found in the sources read' },
    tie: { text: 'It is about Kaliningrad.', sourceId: 'essay' },
    sourceId: 'essay',
    ...more,
  }
}

describe('the level: a move\'s kind, not its size or its side', () => {
  it('puts words at 1, plans and measures at 2, forces for a while at 3, forces to stay at 4, nuclear-capable ones at 5, force used at 6', () => {
    expect(rubric.map(s => s.level)).toEqual([1, 2, 3, 4, 5, 6])
    expect(levelFor({ kind: 'statement' })).toBe(1)
    expect(levelFor({ kind: 'plan' })).toBe(2)
    expect(levelFor({ kind: 'measure' })).toBe(2)
    expect(levelFor({ kind: 'incursion' })).toBe(3)
    expect(levelFor({ kind: 'deployment', lasting: false })).toBe(3)
    expect(levelFor({ kind: 'deployment', lasting: false, nuclearCapable: true })).toBe(3)
    expect(levelFor({ kind: 'deployment', lasting: true })).toBe(4)
    expect(levelFor({ kind: 'deployment', lasting: true, nuclearCapable: true })).toBe(5)
    expect(levelFor({ kind: 'use-of-force' })).toBe(6)
  })

  it('keeps step-backs, accessions, forces leaving, damage at sea and civil steps off the scale', () => {
    for (const kind of OFF_SCALE_KINDS)
      expect(levelFor({ kind }), kind).toBeNull()
    expect(codingReason({ kind: 'accession' })).toBe('Accession to NATO → not on the scale')
    expect(codingReason({ kind: 'deployment', lasting: true, nuclearCapable: true })).toBe('Deployment, to stay, nuclear-capable → level 5')
  })

  it('holds for every record: use of force above every peacetime move, plans below deployments', () => {
    expect(codingProblems(all)).toEqual([])
    expect(orderProblems(coded)).toEqual([])
  })
})

describe('the posture: offence or defence, derived from what a force can do and where it stands', () => {
  it('makes anything across a border offence, strike offence, ground forces both, defences defence, no force neither', () => {
    expect(postureFor({ capability: ['air-defence'], ground: 'across' })).toBe('offence')
    expect(postureFor({ capability: ['strike'], ground: 'own' })).toBe('offence')
    expect(postureFor({ capability: ['strike', 'air-defence'], ground: 'allied' })).toBe('both')
    expect(postureFor({ capability: ['manoeuvre'], ground: 'allied' })).toBe('both')
    expect(postureFor({ capability: ['manoeuvre', 'strike'], ground: 'own' })).toBe('offence')
    expect(postureFor({ capability: ['air-defence'], ground: 'own' })).toBe('defence')
    expect(postureFor({ capability: ['barrier'], ground: 'own' })).toBe('defence')
    expect(postureFor({ capability: ['policing'], ground: 'international' })).toBe('defence')
    expect(postureFor({ capability: ['electronic'], ground: 'own' })).toBe('neither')
    expect(postureFor({ capability: ['command'], ground: 'own' })).toBe('neither')
    expect(postureFor({ capability: ['none'], ground: 'own' })).toBe('neither')
  })

  it('gives every move off the scale no force, so no posture', () => {
    for (const e of coded.filter(e => e.level === null))
      expect(e.posture, e.id).toBe('neither')
  })

  it('tells the air-defence missions, the strike missiles, the ground forces and the sensors of both sides apart', () => {
    const postures = (actor: string) => new Set(coded.filter(e => e.actor === actor && e.kind === 'deployment').map(e => e.posture))
    expect(postures('west')).toEqual(new Set(['offence', 'defence', 'both', 'neither']))
    expect(postures('russia')).toEqual(new Set(['offence', 'defence', 'both', 'neither']))
    const sensors = coded.filter(e => e.kind === 'deployment' && e.posture === 'neither')
    expect(sensors.length, 'a deployment coded neither').toBeGreaterThan(0)
    for (const e of sensors)
      expect(e.capability, `"${e.id}" is coded neither: only a sensor or command post, which can neither strike nor hold ground, is`).toEqual(expect.arrayContaining([expect.stringMatching(/^(surveillance|command)$/)]))
  })
})

describe('one rule for both sides', () => {
  it('gives every two records with the same inputs the same level and posture, whichever side moved', () => {
    expect(sideProblems(coded)).toEqual([])
  })

  it('names the records when a side gets a coding of its own', () => {
    const west = { ...codeEvent(event('west-patrol', '2001', { kind: 'deployment', lasting: false })), level: 3 } as CodedEvent
    const east = { ...codeEvent(event('east-patrol', '2002', { kind: 'deployment', lasting: false, actor: 'russia' })), posture: 'defence' } as CodedEvent
    expect(sideProblems([west, east])).toEqual([
      'same inputs ["deployment",false,false,["strike"],"own"], coded apart: "west-patrol" (west) at level 3, offence; "east-patrol" (russia) at level 3, defence',
    ])
  })

  it('codes both sides in every kind where the sources show both moving', () => {
    const kindsBy = (actor: string) => new Set(coded.filter(e => e.actor === actor).map(e => e.kind))
    for (const kind of ['statement', 'step-back', 'plan', 'measure', 'deployment', 'civil'] as const) {
      expect(kindsBy('west').has(kind), `the West has a move of kind "${kind}"`).toBe(true)
      expect(kindsBy('russia').has(kind), `Russia has a move of kind "${kind}"`).toBe(true)
    }
  })

  it('gives every record its maker\'s stated reason or says none was found, and the other side\'s reading or none', () => {
    expect(reasonProblems(all, sources)).toEqual([])
    const stated = (actor: string) => coded.filter(e => e.actor === actor && !('none' in e.reason)).length
    expect(stated('west')).toBeGreaterThan(0)
    expect(stated('russia')).toBeGreaterThan(0)
  })

  it('draws an arrow only where the maker named the earlier move (or the essay links them), for both sides', () => {
    expect(answerProblems(all, sources)).toEqual([])
    const maker = (actor: string) => coded.filter(e => e.actor === actor && e.answers?.some(a => a.basis === 'maker')).length
    expect(maker('west')).toBeGreaterThan(0)
    expect(maker('russia')).toBeGreaterThan(0)
  })
})

describe('the tie to the region', () => {
  it('gives every record a tie that names a place of the region, from a cited source', () => {
    expect(tieProblems(all, sources)).toEqual([])
  })

  it('names a record with no such tie', () => {
    expect(tieProblems([event('far-away', '2001', { tie: { text: 'A move in Syria.', sourceId: 'essay' } })], sources))
      .toEqual(['event "far-away" has a tie that names no place of the region: "A move in Syria."'])
    expect(tieProblems([event('hearsay', '2001', { tie: { text: 'About the Baltic.', sourceId: 'nobody' } })], sources))
      .toEqual(['event "hearsay" rests its tie on an unknown source "nobody"'])
  })
})

describe('the escalation records', () => {
  it('pass every check', () => {
    expect(escalationProblems(all, sources)).toEqual([])
  })

  it('show their disputes with both readings, each sourced', () => {
    expect(disputeProblems(all, sources)).toEqual([])
    expect(coded.some(e => e.actor === 'west' && e.disputes?.length)).toBe(true)
    expect(coded.some(e => e.actor === 'russia' && e.disputes?.length)).toBe(true)
  })

  it('give each kind a name and each label room on the chart', () => {
    expect(fieldProblems(all)).toEqual([])
    expect(codedEvents).toHaveLength(all.length)
  })

  it('mark the moves after November 2016 as after the essay, by their date alone', () => {
    expect(coded.filter(e => e.date > '2017').every(e => e.era === 'after')).toBe(true)
    expect(byId('bastion-2016').era).toBe('essay')
  })
})

describe('the search log', () => {
  it('holds an entry for every record, a decision for every candidate, and a clause and a source for every one kept out', () => {
    expect(logProblems({ queries, candidates }, all, clauses)).toEqual([])
  })

  it('logs the queries of both searches, and candidates of both sides kept out as well as in', () => {
    for (const by of ['first', 'second'] as const)
      expect(queries.filter(q => q.by === by).length, `queries of the ${by} search`).toBeGreaterThan(0)
    for (const actor of ['west', 'russia'] as const) {
      expect(candidates.some(c => c.actor === actor && c.decision.in), `${actor} in`).toBe(true)
      expect(candidates.some(c => c.actor === actor && !c.decision.in), `${actor} out`).toBe(true)
    }
  })

  it('fails a record with no entry, an entry with no decision, clause or source, and a query that says nothing', () => {
    const q: LoggedQuery = { id: 'q-1', text: 'Kaliningrad 2014', aim: { years: '2014', side: 'both', kinds: ['deployment'], family: 'wire' }, results: 8, by: 'first' }
    const undecided = { id: 'cand-undecided', date: '2014', actor: 'west', what: 'Something.', foundBy: ['q-1'], by: 'first' } as unknown as Candidate
    const noClause: Candidate = { id: 'cand-no-clause', date: '2014', actor: 'russia', what: 'Something.', decision: { in: false, clause: '' as 'tie', why: 'no tie' }, sources: [{ url: 'https://example.org/a', publisher: 'X', date: '2014', family: 'press' }], foundBy: ['q-1'], by: 'first' }
    const noSource: Candidate = { id: 'cand-no-source', date: '2014', actor: 'russia', what: 'Something.', decision: { in: false, clause: 'tie', why: 'no tie' }, foundBy: ['nowhere'], by: 'first' }
    expect(logProblems({ queries: [q, { ...q, id: 'q-2', text: '' }], candidates: [undecided, noClause, noSource] }, [{ id: 'unlogged' }], clauses)).toEqual([
      'query "q-2" does not say what it sent',
      'candidate "cand-undecided" has no decision',
      'candidate "cand-no-clause" is out with no clause of the codebook (none given)',
      'candidate "cand-no-source" is out with no source',
      'candidate "cand-no-source" was found by "nowhere", which is neither a logged query nor a named origin',
      'record "unlogged" has no entry in the search log (data/search-log.json)',
    ])
  })
})

describe('the search log\'s digest', () => {
  it('is what the log counts to (npm run log-digest), so the deck shows the log\'s own figures', () => {
    expect(readFileSync(resolve(DECK_ROOT, DIGEST_FILE), 'utf8'), `${DIGEST_FILE} is stale: run npm run log-digest`).toBe(digestText())
  })
})

describe('the codebook', () => {
  it('gives every clause a test and an example from each side, or says why there is none, and admits every record by one of its clauses', () => {
    expect(codebookProblems(clauses, coded, candidates)).toEqual([])
  })

  it('names an example that is not a move of the side it stands for', () => {
    const clause = { id: 'x', group: 'kind', name: 'X', test: 'A test.', examples: { west: { id: 'iskander-threat-2008' }, russia: { id: 'no-such-move' } } } as const
    expect(codebookProblems([...clauses, clause], coded, candidates)).toEqual([
      'clause "x" gives "iskander-threat-2008" as its west example, but it is a move by "russia"',
      'clause "x" gives "no-such-move" as its russia example, which is neither a record nor a logged candidate',
    ])
  })
})

describe('a broken record fails its check, named by its id', () => {
  it('an event out of date order', () => {
    expect(dateProblems('event', [event('late', '2004-03-29'), event('early', '1999-03-12')], { ordered: true }))
      .toEqual(['event "early" (1999-03-12) is out of order: it comes after "late" (2004-03-29)'])
  })

  it('a level, a posture or an era typed by hand', () => {
    expect(fieldProblems([{ ...event('self-coded', '2001'), level: 4, posture: 'defence' } as EscalationEvent]))
      .toEqual([
        'event "self-coded" types its level by hand: remove it, it follows from the record\'s inputs (data/escalation.ts)',
        'event "self-coded" types its posture by hand: remove it, it follows from the record\'s inputs (data/escalation.ts)',
      ])
  })

  it('a deployment that does not say whether it stays, a move off the scale that names a force', () => {
    expect(codingProblems([event('vague', '2001', { kind: 'deployment' })]))
      .toEqual(['event "vague" is a deployment but does not say whether it is lasting'])
    expect(codingProblems([event('joiner', '2001', { kind: 'accession', capability: ['manoeuvre'] })]))
      .toEqual(['event "joiner" is a "accession", marked apart from the scale, but names a force (manoeuvre): give it capability [\'none\']'])
    expect(() => levelFor({ ...event('no-lasting', '2001', { kind: 'deployment' }) })).toThrow('Event "no-lasting" is a deployment that does not say whether it is lasting')
  })

  it('a reason left pending, an arrow "as its maker said" with no stated reason, a dispute with one reading', () => {
    expect(reasonProblems([event('pending', '2001', { reason: { none: 'PENDING' } })], sources))
      .toEqual(['event "pending"\'s stated reason is "none found" without saying what was searched'])
    const first = event('first', '2001')
    const unsaid = event('unsaid', '2002', { reason: { none: 'searched X and Y' }, answers: [{ id: 'first', basis: 'maker', sourceId: 'essay' }] })
    expect(answerProblems([first, unsaid], sources)).toEqual(['event "unsaid" answers "first" as its maker said, but gives no stated reason of its maker'])
    expect(answerProblems([event('too-soon', '2001', { answers: [{ id: 'later', basis: 'essay', sourceId: 'essay' }] }), event('later', '2002')], sources))
      .toEqual(['event "too-soon" answers "later", which is not an earlier event'])
    const lonely = event('lonely', '2001', { disputes: [{ about: 'fact', readings: [{ text: 'It happened.', sourceId: 'essay' }] as unknown as readonly [never, never] }] })
    expect(disputeProblems([lonely], sources)).toEqual(['event "lonely"\'s dispute #1 gives 1 reading(s): a dispute needs both'])
  })

  it('an event citing a source that does not exist', () => {
    expect(sourceProblems('event', [event('unsourced', '2001', { sourceId: 'made-up' })], sources))
      .toEqual(['event "unsourced" cites an unknown source "made-up"'])
  })

  it('a label too long for the chart, an unknown actor, no detail', () => {
    expect(fieldProblems([event('wordy', '2001', { label: 'A label far too long to fit its column on the chart' })]))
      .toEqual(['event "wordy" has a label of 51 characters (at most 34): "A label far too long to fit its column on the chart"'])
    expect(fieldProblems([event('stranger', '2001', { actor: 'china' as 'west', detail: '' })]))
      .toEqual(['event "stranger" has an unknown actor "china"', 'event "stranger" has no detail sentence'])
  })
})
