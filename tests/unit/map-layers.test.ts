import type { BalticGeodata } from '../../data/geodata.ts'
import type { LayerId } from '../../data/map-layers.ts'
import type { ViewId } from '../../data/map-views.ts'
import { describe, expect, it } from 'vitest'
import { describeMap } from '../../scripts/figures/map-description.ts'
import { baseShades, mapSourceIds } from '../../scripts/figures/shading.ts'
import { legendEntries } from '../../scripts/figures/map-key.ts'
import { mapModels } from '../../scripts/figures/map-spec.ts'
import { viewBounds } from '../../scripts/figures/view-bounds.ts'
import { formatDate, listWords } from '../../scripts/figures/words.ts'
import { VIEWS } from '../../data/map-views.ts'
import { reachEnvelope } from '../../scripts/figures/reach.ts'
import { DISTANCES_KM } from '../distances.ts'
import basemap from '../../data/geo/baltic.json'
import { placeById } from '../../data/places.ts'
import { longestRangeKm, weaponById } from '../../data/weapons.ts'
import { sourceById } from '../../data/sources.ts'
import { loadDeck } from '../../scripts/deck.ts'
import { mapsIn } from '../deck-figures.ts'

const deck = await loadDeck()
const geodata = basemap as unknown as BalticGeodata
/** Every map the slides show, with its settings from data/figures.ts. */
const maps = mapsIn(deck)

describe('the slides that place the map', () => {
  it('are found by the parser', () => {
    expect(maps.length, 'no slide places <BalticMap />').toBeGreaterThan(0)
  })

  for (const { slide, date, steps } of maps) {
    it(`slide ${slide.no} reveals each of its layers once, at a real date`, () => {
      expect(new Set(steps).size, `slide ${slide.no}'s steps: ${steps.join(', ')}`).toBe(steps.length)
      if (date !== undefined)
        expect(() => baseShades(date, steps)).not.toThrow()
    })

    it(`slide ${slide.no}'s map cites sources that exist`, () => {
      const ids = mapSourceIds(date, steps)
      expect(ids).toContain('natural-earth')
      for (const id of ids)
        expect(() => sourceById(id)).not.toThrow()
    })
  }
})

describe('how countries are filled', () => {
  it('without a date, not at all', () => {
    expect(baseShades(undefined, ['exclave', 'cities']).size).toBe(0)
  })

  it('on 1 January 1999: the members before 1999 only, and Russia and Belarus apart', () => {
    const shades = baseShades('1999-01-01', ['nato-1999', 'nato-2004'])
    expect(shades.get('germany')).toBe('nato-before-1999')
    expect(shades.has('poland')).toBe(false)
    expect(shades.has('lithuania')).toBe(false)
    expect(shades.get('russia')).toBe('russia')
    expect(shades.get('kaliningrad')).toBe('russia')
    expect(shades.get('belarus')).toBe('belarus')
  })

  it('in November 2016: 1999 and 2004 cohorts, not yet Finland or Sweden', () => {
    const shades = baseShades('2016-11-21', ['iskander'])
    expect(shades.get('poland')).toBe('nato-1999')
    expect(shades.get('lithuania')).toBe('nato-2004')
    expect(shades.has('finland')).toBe(false)
  })

  it('leaves a cohort to the step that adds it, even if it had joined by the date', () => {
    expect(baseShades('2016-11-21', ['nato-1999']).has('poland')).toBe(false)
  })
})

/** The map's models for a date and steps, on the deck's own geodata. */
const modelsOf = (date: string | undefined, steps: LayerId[]) => mapModels({ date, steps, data: geodata })

describe('the key', () => {
  const everything = new Set(['germany', 'poland', 'lithuania', 'finland', 'sweden', 'russia', 'kaliningrad', 'belarus'])

  it('lists what shows from the start first, then each step\'s entry in step order', () => {
    const entries = legendEntries(modelsOf('1999-01-01', ['nato-1999', 'nato-2004']), everything)
    expect(entries.map(e => e.label)).toEqual(['Russia', 'Belarus', 'NATO, joined', 'before 1999', '1999', '2004'])
    expect(entries.map(e => e.layer)).toEqual([undefined, undefined, undefined, undefined, 'nato-1999', 'nato-2004'])
  })

  it('explains only fills the view shows', () => {
    const entries = legendEntries(modelsOf('2016-11-21', []), new Set(['poland', 'russia']))
    expect(entries.map(e => e.id)).toEqual(['russia', 'nato', 'nato-1999'])
  })

  it('names lines and sketches, and says whose sketch it is', () => {
    expect(legendEntries(modelsOf('2016-11-21', ['iskander', 'bastion', 'mainland', 'blockade', 'blockade-distant', 'corridor']), everything).filter(e => e.layer).map(e => e.label))
      .toEqual(['Iskander-M (9M723), 500 km', 'Bastion-P (P-800 Oniks), 300 km', 'Shortest line to mainland Russia', 'Close blockade (our sketch)', 'Distant blockade (our sketch, beyond Bastion’s reach)', 'Push from Belarus (our illustration)'])
  })

  it('gives the A2/AD layer one entry per weapon, with its role, the missile in service on the map\'s date and its range, and Bastion\'s land-attack use', () => {
    const entries = legendEntries(modelsOf('2016-11-21', ['a2ad']), everything).filter(e => e.layer)
    expect(entries.map(e => [e.swatch, e.label, e.layer])).toEqual([
      ['a2ad', 'Bastion-P anti-ship (also fired at land targets), P-800 Oniks, 300 km', 'a2ad'],
      ['air-defence', 'S-400 air defence, 48N6 family, 250 km', 'a2ad'],
    ])
    expect(legendEntries(modelsOf('2019-01-01', ['a2ad']), everything).filter(e => e.layer)[1].label).toBe('S-400 air defence, 40N6, 400 km')
  })
})

describe('the text alternative', () => {
  const countries = new Set(['germany', 'denmark', 'poland', 'lithuania', 'latvia', 'estonia', 'russia', 'kaliningrad', 'belarus'])
  const text = (date: string | undefined, steps: LayerId[], clicks: number, view: ViewId = 'baltic') =>
    describeMap({ view, date, map: modelsOf(date, steps), visible: steps.slice(0, clicks), countriesShown: countries })

  it('says what the current click shows, and no more', () => {
    const before = text('2016-11-21', ['iskander', 'bastion'], 1, 'reach')
    expect(before).toContain('how far the Iskander-M reaches with its 9M723 missile, at a nominal maximum range of about 500 km, from anywhere in the oblast: a nominal maximum, not a wall.')
    expect(before, 'in 2016 the Iskanders came and went; their base is marked only from 2018, when the record has them based').not.toContain('Its base')
    expect(text('2019-01-01', ['iskander'], 1, 'reach')).toContain('Its base, Chernyakhovsk, is marked.')
    // The key says what the text alternative says: the base where it is marked, and not before.
    const keyOf = (date: string) => legendEntries(modelsOf(date, ['iskander']), countries).filter(e => e.layer).map(e => e.label).join(' ')
    expect(keyOf('2016-11-21')).not.toContain('base')
    expect(keyOf('2019-01-01')).toContain('base: Chernyakhovsk')
    expect(before).toContain(`Distances to the oblast's nearest point: Vilnius ${DISTANCES_KM.vilnius} km, Warsaw ${DISTANCES_KM.warsaw} km and Berlin ${DISTANCES_KM.berlin} km, all inside.`)
    expect(before).not.toContain('Bastion-P')
    expect(before).toContain('Step 1 of 2.')
    const after = text('2016-11-21', ['iskander', 'bastion'], 2, 'reach')
    expect(after).toContain('how far the Bastion-P reaches with its P-800 Oniks missile, at a nominal maximum range of about 300 km, from anywhere in the oblast')
    expect(after, 'no source names where the Bastion unit is based').not.toMatch(/Bastion-P[^.]*Its base/)
  })

  it('gives the distance to mainland Russia from the map data, and the countries the line crosses', () => {
    expect(text(undefined, ['exclave', 'cities', 'mainland'], 3)).toContain(`the shortest distance from the oblast to mainland Russia, about ${DISTANCES_KM.mainlandRussia} km, across Lithuania, Latvia and Belarus.`)
  })

  it('says the A2/AD rings are nominal maxima that overstate denial, the close blockade is our sketch inside reach and the distant one beyond it', () => {
    const words = text('2016-11-21', ['a2ad', 'blockade', 'blockade-distant'], 3, 'a2ad')
    expect(words).toContain('Anti-access / area denial, the essay\'s argument: shaded, the Bastion-P anti-ship missiles\' reach (P-800 Oniks) of about 300 km and the S-400 air-defence missiles\' reach (48N6 family) of about 250 km, each from anywhere in the oblast. These are nominal maximum ranges: such rings overstate denial. Bastion-P has also been fired at land targets.')
    expect(words).toContain('Close blockade, our sketch, not the essay\'s plan: a line across the sea approaches 110 km from Baltiysk, inside the missiles\' reach.')
    expect(words).toContain('Distant blockade, our sketch, not the essay\'s plan: a line across the western Baltic, from Rügen to Skåne, that ships bound for the Danish straits must cross, beyond the reach of the anti-ship missiles in the oblast.')
  })

  it('names the members by cohort, with the date', () => {
    expect(text('1999-01-01', ['nato-1999', 'nato-2004'], 0)).toContain('NATO members on 1 January 1999 are shaded by when they joined: before 1999, Denmark and Germany.')
    expect(text('1999-01-01', ['nato-1999', 'nato-2004'], 2)).toContain('before 1999, Denmark and Germany; 1999, Poland; 2004, Estonia, Latvia and Lithuania')
  })

  it('marks the push from Belarus as our illustration, not the essay\'s scenario', () => {
    const words = text('2016-11-21', ['suwalki', 'corridor'], 2, 'suwalki')
    expect(words).toMatch(/about 65 km across.*Push from Belarus, our illustration, not the essay's plan: an arrow from Hrodna to Kaliningrad/)
    expect(words).not.toMatch(/essay's scenario/)
  })

  it('formats dates and lists as a person would', () => {
    expect(formatDate('2016-11-21')).toBe('21 November 2016')
    expect(() => formatDate('2016-11')).toThrow(/"2016-11" is not a date/)
    expect(listWords(['a'])).toBe('a')
    expect(listWords(['a', 'b', 'c'])).toBe('a, b and c')
  })
})

describe('the views', () => {
  for (const [view, spec] of Object.entries(VIEWS)) {
    it(`"${view}" holds its places`, () => {
      const [[south, west], [north, east]] = viewBounds(view as ViewId, geodata)
      for (const id of spec.places) {
        const p = placeById(id)
        expect(p.lat > south && p.lat < north && p.lon > west && p.lon < east, id).toBe(true)
      }
    })
  }

  for (const [view, weapon] of [['reach', 'iskander-m'], ['a2ad', 'bastion-p']] as const) {
    it(`"${view}" holds the whole ${weapon} reach from the oblast`, () => {
      const [[south, west], [north, east]] = viewBounds(view, geodata)
      for (const p of reachEnvelope(geodata, longestRangeKm(weaponById(weapon))))
        expect(p.lat > south && p.lat < north && p.lon > west && p.lon < east, `${p.lat}, ${p.lon}`).toBe(true)
    })
  }

  it('refuse an unknown place, naming it', () => {
    expect(() => placeById('atlantis')).toThrow(/Unknown place id "atlantis"/)
  })
})
