import { describe, expect, it } from 'vitest'
import { recordSourceIds } from '../../data/index.ts'
import { places } from '../../data/places.ts'
import type { Source } from '../../data/sources.ts'
import { shortCitation, sourceById, sources } from '../../data/sources.ts'
import { loadDeck } from '../../scripts/deck.ts'
import { citationProblems, coordinateProblems, dateProblems, idProblems, sourceProblems } from '../record-checks.ts'

describe('sources', () => {
  it('have unique kebab-case ids and well-formed dates', () => {
    expect(idProblems('source', sources)).toEqual([])
    expect(dateProblems('source', sources)).toEqual([])
  })

  it('can be found again: a publisher, a title, a date, and a well-formed URL or a bibliographic identifier; state media flagged', () => {
    expect(citationProblems(sources)).toEqual([])
  })

  it('say how far each of the essay\'s own citations could be identified', () => {
    const citations = sources.filter(s => s.role === 'essay-citation')
    expect(citations.map(c => c.id).sort()).toEqual(['austin-2015', 'standish-2015', 'zochowski-2016'])
    for (const c of citations as Source[]) {
      expect(c.note, `citation "${c.id}" should say whether it was identified`).toBeTruthy()
      if (c.identifiedAs)
        expect(() => sourceById(c.identifiedAs!)).not.toThrow()
    }
  })

  it('carry their state-media flag onto a slide\'s source line, not only into the references', () => {
    const flagged = (sources as readonly Source[]).filter(s => s.stateMedia)
    expect(flagged.length, 'the deck cites some state media').toBeGreaterThan(0)
    const unflagged = flagged.filter(s => !/\((?:via )?state media\)$/.test(shortCitation(s.id))).map(s => `source "${s.id}" reads "${shortCitation(s.id)}" on a source line`)
    expect(unflagged).toEqual([])
    const plain = (sources as readonly Source[]).find(s => !s.stateMedia)!
    expect(shortCitation(plain.id)).toBe(plain.short)
  })

  it('name an unknown id when asked for it', () => {
    expect(() => sourceById('no-such-source')).toThrow(/"no-such-source"/)
  })

  it('cover every id a slide cites', async () => {
    const deck = await loadDeck()
    const problems = deck.flatMap(slide => slide.sources
      .filter(id => !sources.some(s => s.id === id))
      .map(id => `slide ${slide.no} "${slide.title}" cites an unknown source "${id}"`))
    expect(problems).toEqual([])
  })

  it('are all cited somewhere (no dead references)', async () => {
    const deck = await loadDeck()
    const cited = new Set<string>([
      ...deck.flatMap(s => s.sources),
      ...places.map(p => p.sourceId),
      ...(sources as readonly Source[]).flatMap(s => (s.identifiedAs ? [s.identifiedAs] : [])),
    ])
    for (const id of recordSourceIds())
      cited.add(id)
    expect(sources.filter(s => s.role === 'deck' && !cited.has(s.id)).map(s => `source "${s.id}" is never cited`)).toEqual([])
  })
})

describe('places', () => {
  it('have ids, coordinates and sources', () => {
    expect(idProblems('place', places)).toEqual([])
    expect(coordinateProblems('place', places)).toEqual([])
    expect(sourceProblems('place', places, sources)).toEqual([])
  })
})

describe('the checks name the record that breaks them', () => {
  it('a record without a source', () => {
    expect(sourceProblems('place', [{ id: 'nowhere' }], sources)).toEqual(['place "nowhere" has no source'])
  })
  it('a record citing an unknown source', () => {
    expect(sourceProblems('event', [{ id: 'ghost', sourceId: 'made-up' }], sources)).toEqual(['event "ghost" cites an unknown source "made-up"'])
  })
  it('a place without coordinates', () => {
    expect(coordinateProblems('place', [{ id: 'atlantis' }])).toEqual(['place "atlantis" has no coordinates'])
    expect(coordinateProblems('place', [{ id: 'off-world', lat: 95, lon: 10 }])).toEqual(['place "off-world" has coordinates out of range (95, 10)'])
  })
  it('dates out of order, or malformed', () => {
    expect(dateProblems('event', [{ id: 'b', date: '2004-03-29' }, { id: 'a', date: '1999-03-12' }], { ordered: true }))
      .toEqual(['event "a" (1999-03-12) is out of order: it comes after "b" (2004-03-29)'])
    expect(dateProblems('event', [{ id: 'c', date: '12 March 1999' }])).toEqual(['event "c" has a date "12 March 1999" that is not YYYY, YYYY-MM or YYYY-MM-DD'])
  })
  it('a source with no title, no date, no link, or an unflagged state outlet', () => {
    expect(citationProblems([{ id: 'nameless', short: 'N', role: 'deck', publisher: ' ', title: 't', date: '2020', url: 'not a url' }])).toEqual([
      'source "nameless" has no publisher',
      'source "nameless" has a malformed URL "not a url"',
    ])
    expect(citationProblems([{ id: 'bare', short: 'Bare', role: 'deck', publisher: 'TASS' }])).toEqual([
      'source "bare" has no title (nor, where the copy shows none, a description)',
      'source "bare" has no date (nor a reason why it is undated)',
      'source "bare" has neither a URL nor a bibliographic identifier (citation)',
      'source "bare" (TASS) is state media but carries no stateMedia flag',
    ])
    expect(citationProblems([{ id: 'irish', short: 'RTÉ', role: 'deck', publisher: 'RTÉ News', description: 'x', date: '2025', url: 'https://www.rte.ie/' }])).toEqual([])
  })
  it('duplicate and malformed ids', () => {
    expect(idProblems('place', [{ id: 'riga' }, { id: 'riga' }, { id: 'Bad Id' }])).toEqual(['place "riga" appears twice', 'place #3 has a bad id "Bad Id" (use kebab-case)'])
  })
})
