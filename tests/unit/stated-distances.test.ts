/**
 * Every distance the slides or their notes state ("about 360 km", "463 kilometres") is one the deck
 * computes from its map data (tests/distances.ts) or a weapon's nominal range (data/weapons.ts), as
 * rounded as the words say, or a sourced figure listed here with its source. A typed distance that
 * drifts from the data fails, naming the slide.
 */
import { describe, expect, it } from 'vitest'
import { DISTANCES_KM, RANGES_KM } from '../distances.ts'
import { sourceById } from '../../data/sources.ts'
import { loadDeck } from '../../scripts/deck.ts'
import { bodyText } from '../slide-text.ts'

const deck = await loadDeck()

/** Figures a slide may state that are not measured on the map: each with the source that gives it. */
const SOURCED_KM: Record<number, string> = {
  100: 'rte-2025', // the Suwałki Gap measured along the winding border
}

/** Where a stated distance may come from: a computed value (it may be rounded to 5 or 10 km) or a sourced figure. */
function matches(stated: number): boolean {
  const computed = [...Object.values(DISTANCES_KM), ...RANGES_KM]
  return computed.some(km => [1, 5, 10].some(step => Math.round(km / step) * step === stated)) || stated in SOURCED_KM
}

/** "360 km", "about 65 kilometres", "15,100 km²" (an area, not a distance, is left out). */
function statedDistances(text: string): number[] {
  return [...text.matchAll(/(\d[\d,]*)\s*(?:km|kilometres|kilometers)(?!²)/g)].map(m => Number(m[1].replace(/,/g, '')))
}

describe('distances the deck states', () => {
  it('finds the distances in words, and leaves areas alone', () => {
    expect(statedDistances('about 360 km away; 463 kilometres; 15,100 km² of land')).toEqual([360, 463])
  })

  it('are the map data\'s or a weapon\'s, as rounded as the slide says, or sourced', () => {
    const problems = deck.flatMap(s => [
      ...statedDistances(bodyText(s.content)).map(km => ({ km, where: 'on the slide' })),
      ...statedDistances(s.note).map(km => ({ km, where: 'in the notes' })),
    ].filter(({ km }) => !matches(km)).map(({ km, where }) => `slide ${s.no} "${s.title}" states ${km} km ${where}, which is neither computed (${JSON.stringify(DISTANCES_KM)}) nor a weapon's range nor a sourced figure`))
    expect(problems).toEqual([])
  })

  it('include the distance to mainland Russia and the Suwałki Gap, as the map measures them', () => {
    const all = deck.map(s => `${bodyText(s.content)} ${s.note}`).join(' ')
    expect(statedDistances(all)).toContain(Math.round(DISTANCES_KM.mainlandRussia / 10) * 10)
    expect(statedDistances(all)).toContain(Math.round(DISTANCES_KM.suwalkiGap / 5) * 5)
    for (const id of Object.values(SOURCED_KM))
      expect(() => sourceById(id)).not.toThrow()
  })
})
