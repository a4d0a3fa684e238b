import { describe, expect, it } from 'vitest'
import { formatDate, hostOf, orderedReferences, referenceEntry, referencePart } from '../../components/reference-list.ts'
import { sources } from '../../data/sources.ts'
import { loadDeck } from '../../scripts/deck.ts'
import { partsIn } from '../deck-figures.ts'

describe('the reference list', () => {
  it('lists the essay first, then its citations, then the deck\'s sources by publisher', () => {
    const ordered = orderedReferences()
    expect(ordered[0].id).toBe('essay')
    expect(ordered.slice(1, 4).every(s => s.role === 'essay-citation')).toBe(true)
    const publishers = ordered.filter(s => s.role === 'deck').map(s => s.publisher)
    expect(publishers).toEqual([...publishers].sort((a, b) => a.localeCompare(b, 'en')))
  })

  it('shows every source exactly once across the references slides the deck has', async () => {
    const deck = await loadDeck()
    const parts = partsIn(deck, 'References')
    const total = parts[0].parts
    expect(parts.map(p => p.part), 'one references slide per part, in order').toEqual(Array.from({ length: total }, (_, i) => i + 1))
    expect(parts.map(p => p.parts), 'every part counts the same parts').toEqual(parts.map(() => total))
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
    const entry = referenceEntry(sources.find(s => s.id === 'rferl-1999')!)
    expect(entry.url).toBe('https://www.rferl.org/a/1090798.html')
    expect(entry.host).toBe('rferl.org')
  })

})
