import type { GeometryCollection, GeometryObject, MultiPolygon as TopoMultiPolygon, Topology } from 'topojson-specification'
import type { BalticGeodata } from '../../data/geodata.ts'
import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { countryFeature, countryFeatures, suwalkiGap } from '../../scripts/figures/basemap.ts'
import { memberships } from '../../data/alliances.ts'
import { places } from '../../data/places.ts'
import { buildBalticGeodata, containsPoint, generateGeodata, OUTPUT, readWorldAtlas, simplifyArc, splitKaliningrad } from '../../scripts/build-geodata.ts'

const committed = readFileSync(OUTPUT, 'utf8')
const geodata = JSON.parse(committed) as BalticGeodata
const { topology } = readWorldAtlas()
const place = (id: string) => places.find(p => p.id === id)!

type Country = GeometryObject<{ name?: string }>

/** A copy of the world-atlas topology whose countries `change` has edited: bad input for the build. */
function withCountries(change: (countries: Country[]) => Country[]): Topology {
  const copy = structuredClone(topology)
  const countries = copy.objects.countries as GeometryCollection<{ name?: string }>
  countries.geometries = change(countries.geometries)
  return copy
}

const nameOf = (g: Country) => (g.properties as { name?: string } | undefined)?.name
const named = (countries: Country[], name: string): Country => countries.find(g => nameOf(g) === name)!

describe('the committed geodata', () => {
  it('is what the script makes from the installed Natural Earth data (regenerate with npm run geodata)', () => {
    expect(generateGeodata() === committed, 'data/geo/baltic.json differs from a fresh build').toBe(true)
  })

  it('is the same every time it is built', () => {
    expect(generateGeodata()).toBe(generateGeodata())
  })

  it('is small: under 150 KB gzipped', () => {
    expect(gzipSync(committed).length).toBeLessThan(150 * 1024)
  })

  it('has Kaliningrad Oblast as its own feature, holding the city and cut from Russia', () => {
    const kaliningrad = countryFeature(geodata, 'kaliningrad')
    expect(kaliningrad.properties).toMatchObject({ kind: 'exclave', partOf: 'russia' })
    const city = place('kaliningrad')
    expect(containsPoint(kaliningrad.geometry, city.lon, city.lat)).toBe(true)
    expect(containsPoint(countryFeature(geodata, 'russia').geometry, city.lon, city.lat)).toBe(false)
    expect(containsPoint(countryFeature(geodata, 'russia').geometry, place('st-petersburg').lon, place('st-petersburg').lat)).toBe(true)
  })

  it('puts each capital in its own country', () => {
    // Stockholm is left out: among its islands the 1:50m coast puts the city's point just offshore.
    const capitals = { warsaw: 'poland', vilnius: 'lithuania', riga: 'latvia', tallinn: 'estonia', minsk: 'belarus', helsinki: 'finland', berlin: 'germany' }
    for (const [city, country] of Object.entries(capitals))
      expect(containsPoint(countryFeature(geodata, country).geometry, place(city).lon, place(city).lat), `${city} in ${country}`).toBe(true)
  })

  it('has a fill for every country it draws: a NATO membership, or Russia, its exclave, Belarus or Ukraine', () => {
    const known = new Set<string>([...memberships.map(m => m.id), 'russia', 'kaliningrad', 'belarus', 'ukraine'])
    expect(countryFeatures(geodata).map(f => f.properties.id).filter(id => !known.has(id))).toEqual([])
  })

  it('measures the Suwałki Gap at about 65 km (±10 %), from the tripoint with Kaliningrad to the one with Belarus', () => {
    const gap = suwalkiGap(geodata)
    expect(Math.abs(gap.widthKm - 65) / 65, `width ${gap.widthKm.toFixed(1)} km`).toBeLessThan(0.1)
    expect(gap.lengthKm).toBeGreaterThan(gap.widthKm)
    const [kaliningradEnd, belarusEnd] = gap.ends
    const onRing = (id: string, end: { lat: number, lon: number }) => {
      const g = countryFeature(geodata, id).geometry
      const rings = g.type === 'Polygon' ? g.coordinates : g.coordinates.flat()
      return rings.some(ring => ring.some(([lon, lat]) => lon === end.lon && lat === end.lat))
    }
    expect(onRing('kaliningrad', kaliningradEnd), 'the first end is on Kaliningrad\'s border').toBe(true)
    expect(onRing('belarus', belarusEnd), 'the last end is on Belarus\'s border').toBe(true)
  })
})

describe('the geodata script fails loudly on bad input, naming it', () => {
  it('a topology without countries', () => {
    expect(() => buildBalticGeodata({ ...topology, objects: {} })).toThrow(/no "countries" GeometryCollection/)
  })

  it('a missing country', () => {
    const t = withCountries(countries => countries.filter(g => nameOf(g) !== 'Poland'))
    expect(() => buildBalticGeodata(t)).toThrow(/no country named "Poland"/)
  })

  it('Russia without its Kaliningrad part', () => {
    const t = withCountries(countries => countries.map(g => nameOf(g) === 'Russia'
      ? { ...g, arcs: splitKaliningrad(topology, g as TopoMultiPolygon).mainland } as Country
      : g))
    expect(() => buildBalticGeodata(t)).toThrow(/no part wholly west of 24°E: Kaliningrad Oblast is missing/)
  })

  it('a region the countries do not reach', () => {
    expect(() => buildBalticGeodata(topology, { region: [100, 10, 101, 11] })).toThrow(/Belarus \("belarus"\) is empty once clipped to the region \[100, 10, 101, 11\]/)
  })

  it('a country in the region that the script does not know', () => {
    const t = withCountries(countries => [...countries, { ...named(countries, 'Latvia'), properties: { name: 'Atlantis' } }])
    expect(() => buildBalticGeodata(t)).toThrow(/"Atlantis" reaches into the region .* but is not in COUNTRIES/)
  })

  it('Poland and Lithuania with no common border', () => {
    // Lithuania drawn with Latvia's shape: it then shares no arc with Poland.
    const t = withCountries(countries => countries.map(g => nameOf(g) === 'Lithuania' ? { ...named(countries, 'Latvia'), properties: { name: 'Lithuania' } } : g))
    expect(() => buildBalticGeodata(t)).toThrow(/Poland and Lithuania share no border arcs/)
  })
})

describe('arc simplification', () => {
  it('keeps both ends and every point farther than the tolerance from the line', () => {
    expect(simplifyArc([[0, 0], [1, 0.001], [2, 0.002], [3, 0.001], [4, 0]], 0.01, 1)).toEqual([[0, 0], [4, 0]])
    expect(simplifyArc([[0, 0], [1, 0.25], [2, 0.5], [3, 0.25], [4, 0]], 0.01, 1)).toEqual([[0, 0], [2, 0.5], [4, 0]])
    expect(simplifyArc([[0, 0], [1, 1]], 5, 1)).toEqual([[0, 0], [1, 1]])
  })
})
