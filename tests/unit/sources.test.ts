import { describe, expect, it } from 'vitest'
import { recordSourceIds } from '../../data/index.ts'
import { places } from '../../data/places.ts'
import type { Source } from '../../data/sources.ts'
import { POLISH_PUBLIC_BROADCASTER_SINCE_2023, PUBLIC_SERVICE_OUTLETS, RELAYS_STATE_MEDIA, RFERL_DISCLOSURE, shortCitation, shortForm, shortForms, sourceById, sources, STATE_MEDIA_CRITERION, STATE_MEDIA_OUTLETS } from '../../data/sources.ts'
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
    expect(shortCitation(plain.id)).toBe(shortForm(plain.id))
  })

  it('never show the same short form twice: sources that share one are told apart by letters in date order', () => {
    const byForm = new Map<string, string[]>()
    for (const s of sources as readonly Source[])
      byForm.set(shortCitation(s.id), [...(byForm.get(shortCitation(s.id)) ?? []), s.id])
    const clashes = [...byForm].filter(([, ids]) => ids.length > 1).map(([form, ids]) => `short form "${form}" is shown by ${ids.map(id => `"${id}"`).join(', ')}`)
    expect(clashes).toEqual([])
  })

  it('get their letters from the sorted list, in date order (an undated copy last), Chicago fashion', () => {
    const make = (id: string, date?: string): Source => ({ id, short: 'AP 2024', role: 'deck', publisher: 'AP', title: id, date, url: 'https://apnews.com/' })
    const forms = shortForms([make('late', '2024-11-13'), make('undated'), make('early', '2024-02-26'), { ...make('alone', '2023-01-01'), short: 'AP 2023' }])
    expect(Object.fromEntries([...forms].map(([id, f]) => [id, f.short]))).toEqual({ early: 'AP 2024a', late: 'AP 2024b', undated: 'AP 2024c', alone: 'AP 2023' })
    expect(shortForms([{ ...make('x'), short: 'Wikipedia n.d.' }, { ...make('y'), short: 'Wikipedia n.d.' }]).get('y')!.short).toBe('Wikipedia n.d.-b')
  })

  it('flag state media by one written criterion, applied to every side', () => {
    expect(STATE_MEDIA_CRITERION).toMatch(/editorial control/)
    const all = sources as readonly Source[]
    const inYears = (s: Source, o: (typeof STATE_MEDIA_OUTLETS)[number]) => !s.date || ((!o.from || s.date >= o.from) && (!o.before || s.date < o.before))
    const outletsOf = (s: Source) => STATE_MEDIA_OUTLETS.filter(o => o.pattern.test(s.publisher) && inYears(s, o))
    // Every record from (or passing on) a flagged outlet carries the flag.
    const unflagged = all.filter(s => outletsOf(s).length && !s.stateMedia)
      .map(s => `source "${s.id}" (${s.publisher}, ${s.date ?? 'n.d.'}) names ${outletsOf(s).map(o => o.name).join(', ')} but carries no stateMedia flag`)
    expect(unflagged).toEqual([])
    // No flag without an outlet the criterion flags, named in the publisher.
    const unfounded = all.filter(s => s.stateMedia && !outletsOf(s).length && !/state media/.test(s.publisher))
      .map(s => `source "${s.id}" (${s.publisher}) is flagged "${s.stateMedia}" but names no outlet in STATE_MEDIA_OUTLETS`)
    expect(unfounded).toEqual([])
    // An outlet's own record carries the outlet's own flag, not a relay's.
    const relayedOwn = all.filter(s => s.stateMedia && RELAYS_STATE_MEDIA.test(s.stateMedia) && !s.stateMedia.startsWith('partly') && STATE_MEDIA_OUTLETS.some(o => inYears(s, o) && new RegExp(`^(?:${o.pattern.source})`, o.pattern.flags).test(s.publisher)))
      .map(s => `source "${s.id}" (${s.publisher}) is the outlet itself but is flagged as relaying it: "${s.stateMedia}"`)
    expect(relayedOwn).toEqual([])
    // An outlet's own record says what the outlet is in the list's words for it.
    const offWording = all.filter(s => s.stateMedia && !RELAYS_STATE_MEDIA.test(s.stateMedia) && !outletsOf(s).some(o => s.stateMedia!.startsWith(o.flag)))
      .map(s => `source "${s.id}" (${s.publisher}) is flagged "${s.stateMedia}", not as its outlet: ${outletsOf(s).map(o => `"${o.flag}"`).join(' or ')}`)
    expect(offWording).toEqual([])
  })

  it('disclose RFE/RL\'s and VOA\'s US government ties, and the Polish broadcasters\' since December 2023, as the criterion sorts them', () => {
    const all = sources as readonly Source[]
    const rferl = all.filter(s => /Radio Free Europe|RFE\/RL/.test(s.publisher))
    expect(rferl.length).toBeGreaterThan(0)
    expect(rferl.filter(s => s.disclosure !== RFERL_DISCLOSURE || s.stateMedia).map(s => `RFE/RL source "${s.id}" should carry the disclosure "${RFERL_DISCLOSURE}" and no flag`)).toEqual([])
    const voa = all.filter(s => /Voice of America|\bVOA\b/.test(s.publisher))
    expect(voa.length).toBeGreaterThan(0)
    expect(voa.filter(s => !s.stateMedia?.includes('US government-owned (USAGM)')).map(s => `VOA source "${s.id}" should be flagged "US government-owned (USAGM)"`)).toEqual([])
    const polishLate = all.filter(s => /\bTVP\b|Polskie Radio|Polish Radio|Radio Poland/.test(s.publisher) && (s.date ?? '') >= '2023-12')
    expect(polishLate.filter(s => s.stateMedia || s.disclosure !== POLISH_PUBLIC_BROADCASTER_SINCE_2023).map(s => `source "${s.id}" (${s.publisher}, ${s.date}) should carry the note "${POLISH_PUBLIC_BROADCASTER_SINCE_2023}", not a flag`)).toEqual([])
  })

  it('never flag a legally independent public broadcaster (LRT, ERR, LSM, Yle, DW, BBC) as state media itself', () => {
    const flagged = (sources as readonly Source[]).filter(s => PUBLIC_SERVICE_OUTLETS.test(s.publisher) && s.stateMedia && !RELAYS_STATE_MEDIA.test(s.stateMedia))
      .map(s => `source "${s.id}" (${s.publisher}) is flagged as state media: "${s.stateMedia}"`)
    expect(flagged).toEqual([])
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
