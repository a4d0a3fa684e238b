import type { Source } from '../../data/sources.ts'
import { describe, expect, it } from 'vitest'
import { authorLead, entryText, filedUnder, filingDate, formatDate, hostOf, orderedReferences, REFERENCE_STYLE, referenceEntry, referencePart } from '../../components/reference-list.ts'
import { shortForm, sourceById, sources } from '../../data/sources.ts'
import { loadDeck } from '../../scripts/deck.ts'
import { partsIn } from '../deck-figures.ts'

const all = sources as readonly Source[]
const entry = (id: string) => entryText(sourceById(id))

describe('the reference list', () => {
  it('lists the essay first, then its citations, then the deck\'s sources in Chicago author-date order: author (or publisher), date, title', () => {
    const ordered = orderedReferences()
    expect(ordered[0].id).toBe('essay')
    expect(ordered.slice(1, 4).every(s => s.role === 'essay-citation')).toBe(true)
    const deck = ordered.filter(s => s.role === 'deck')
    const problems = deck.slice(1).flatMap((s, i) => {
      const before = deck[i]
      const byName = filedUnder(before).localeCompare(filedUnder(s), 'en')
      const byDate = filingDate(before).localeCompare(filingDate(s))
      const byTitle = (before.title ?? before.description ?? '').localeCompare(s.title ?? s.description ?? '', 'en')
      return byName > 0 || (byName === 0 && (byDate > 0 || (byDate === 0 && byTitle > 0)))
        ? [`"${s.id}" (${filedUnder(s)}, ${s.date ?? 'n.d.'}) comes after "${before.id}" (${filedUnder(before)}, ${before.date ?? 'n.d.'})`]
        : []
    })
    expect(problems).toEqual([])
  })

  it('files a source under its author, surname first, and under its publisher where no person is named', () => {
    expect(authorLead('Jo Harper')).toBe('Harper, Jo')
    expect(authorLead('Anton Kolodyazhnyy and Tom Balmforth')).toBe('Kolodyazhnyy, Anton, and Tom Balmforth')
    expect(authorLead('Michael McFaul, Stephen Sestanovich, John J. Mearsheimer')).toBe('McFaul, Michael, Stephen Sestanovich, and John J. Mearsheimer')
    expect(filedUnder(sourceById('dw-2019'))).toBe('Harper, Jo')
    expect(filedUnder(sourceById('tass-2019-inf'))).toBe('TASS')
    // A copy without a date is filed by the year its text gives, after that year's dated copies; with none, last.
    expect(filingDate(sourceById('kyivindependent-2025-mig31'))).toBe('2025-99')
    expect(filingDate(sourceById('wikipedia-kaliningrad'))).toBe('9999')
  })

  it('reads each entry in Chicago author-date order: author. Year. "Title." Publisher, date. host', () => {
    expect(entry('dw-2019')).toBe('Harper, Jo. 2019. “Moscow boosts Kaliningrad power play.” Deutsche Welle, 22 Mar 2019. dw.com')
    expect(entry('wikipedia-kaliningrad')).toBe('Wikipedia. n.d. “Kaliningrad Oblast.” en.wikipedia.org')
    // A book: its title in italics (a separate run), its imprint where the publisher goes.
    expect(entry('waltz-1979')).toBe('Waltz, Kenneth N. 1979. Theory of International Politics. Reading, Mass.: Addison-Wesley.')
    expect(referenceEntry(sourceById('waltz-1979')).standalone).toBe(true)
    // The state-media flag and the disclosure go with the publisher; a relay says "via".
    expect(entry('tass-2016-peskov')).toMatch(/^TASS \[state media: Russian state news agency\]\. 2016[a-z]?\. /)
    expect(entry('stripes-2017')).toContain('Stars and Stripes [state media: US Defense Department–owned newspaper], 12 Jan 2017.')
    expect(entry('up-2020-mosbacher')).toContain('[via state media: relays Voice of America, US government-owned (USAGM)]')
    expect(entry('rferl-2024-oreshnik')).toMatch(/^Radio Free Europe\/Radio Liberty \[US government-funded \(USAGM\)\]\. 2024[a-z]?\. /)
  })

  it('shows each source\'s short form, letter and all, so "AP 2024b" on a slide is found as "… 2024b." in the list', () => {
    const problems = all.filter(s => s.role === 'deck').flatMap((s) => {
      const yearAndLetter = /(\d{4}[a-z]?|n\.d\.(?:-[a-z])?)$/.exec(shortForm(s.id))?.[1]
      const year = referenceEntry(s).year.replace(/^\[|\]$/g, '')
      return yearAndLetter === year ? [] : [`"${s.id}" reads "${shortForm(s.id)}" on a slide but "${referenceEntry(s).year}" in the list`]
    })
    expect(problems).toEqual([])
  })

  it('names its style on the list\'s heading', () => {
    expect(REFERENCE_STYLE).toBe('Chicago author-date')
    const headings = referencePart(1, 1).map(section => section.heading)
    expect(headings.some(h => h.includes(REFERENCE_STYLE))).toBe(true)
  })

  it('shows every source exactly once across the references slides the deck has', async () => {
    const deck = await loadDeck()
    const parts = partsIn(deck, 'References')
    const total = parts[0].parts
    expect(parts.map(p => p.part), 'one references slide per part, in order').toEqual(Array.from({ length: total }, (_, i) => i + 1))
    expect(parts.map(p => p.parts), 'every part counts the same parts').toEqual(parts.map(() => total))
    expect(parts.map(p => p.slide.title), 'each slide says which part it is').toEqual(parts.map(p => `References (${p.part} of ${total})`))
    const shown = parts.flatMap(({ part }) => referencePart(part, total).flatMap(section => section.entries.map(e => e.id)))
    expect(shown.sort()).toEqual(sources.map(s => s.id).sort())
  })

  it('formats dates as precisely as the source gives them', () => {
    expect(formatDate('2008-11-05')).toBe('5 Nov 2008')
    expect(formatDate('2016-12')).toBe('Dec 2016')
    expect(formatDate('1947')).toBe('1947')
    expect(formatDate(undefined)).toBe('n.d.')
  })

  it('links by the full address and shows the host', () => {
    expect(hostOf('https://www.rferl.org/a/1090798.html')).toBe('rferl.org')
    expect(hostOf('https://en.wikisource.org./wiki/Welles_declaration')).toBe('en.wikisource.org')
    const e = referenceEntry(sourceById('rferl-1999'))
    expect(e.url).toBe('https://www.rferl.org/a/1090798.html')
    expect(e.host).toBe('rferl.org')
  })
})
