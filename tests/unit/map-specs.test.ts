/**
 * The maps as the deck draws them: their compiled specs (data/figure-specs/<id>.json), read as the
 * browser reads them, checked against the tests' own geodesy (tests/geo-oracle.ts: haversine and
 * brute force, not turf) and against words written out here. What a user sees on a map slide (its
 * numbers, captions, key and text alternative) is checked here, fast and without a browser; the
 * end-to-end tests check that the browser draws the spec (tests/e2e/map.spec.ts).
 */
import type { MapShape, MapSpec } from '../../components/baltic-map/map-spec-types.ts'
import type { LatLon } from '../geo-oracle.ts'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { FIGURES } from '../../data/figures.ts'
import { LAYERS } from '../../data/map-layers.ts'
import { scenarioById } from '../../data/scenarios.ts'
import { missileOn, weaponById, weapons } from '../../data/weapons.ts'
import { SPEC_DIR } from '../../scripts/figures/compile.ts'
import { countryShape, DISTANCES_KM, OBLAST_OUTLINE } from '../distances.ts'
import { haversineKm, insideShape, nearestKm } from '../geo-oracle.ts'

const MAP_IDS = Object.entries(FIGURES).filter(([, f]) => f.component === 'BalticMap').map(([id]) => id)
const specs: MapSpec[] = MAP_IDS.map(id => JSON.parse(readFileSync(join(SPEC_DIR, `${id}.json`), 'utf8')) as MapSpec)
const spec = (id: string) => specs.find(s => s.figure === id)!

/** The spec that reveals a layer, with the figure's date. */
function withLayer(layer: string): { spec: MapSpec, date: string } {
  const found = specs.find(s => s.steps.includes(layer as never))
  expect(found, `some map should reveal the "${layer}" layer`).toBeTruthy()
  return { spec: found!, date: (FIGURES[found!.figure as keyof typeof FIGURES] as { date?: string }).date! }
}

const shapes = (s: MapSpec, owner: string, cls: string) => s.shapes.filter(f => f.properties.owner === owner && f.properties.className.split(' ').includes(cls))
const positions = (f: MapShape): LatLon[] => {
  const g = f.geometry
  const list = g.type === 'Point' ? [g.coordinates] : g.type === 'LineString' ? g.coordinates : g.type === 'Polygon' ? g.coordinates.flat() : g.coordinates.flat(2)
  return list.map(([lon, lat]) => ({ lat, lon }))
}
const labelText = (s: MapSpec, id: string) => s.labels.find(l => l.id === id)?.lines.map(l => l.text).join(' ')
const keyText = (s: MapSpec) => s.key.map(e => e.label).join(' | ')
/** Every third vertex: enough to see a ring's shape, cheap enough for brute force. */
const sample = <T>(list: readonly T[]) => list.filter((_, i) => i % 3 === 0)

describe('every map', () => {
  for (const s of specs) {
    it(`${s.figure}: draws something for each of its layers, belongs every shape and label to the base map or one of them, and says "Step k of n" at each click`, () => {
      const owners = new Set(['base', ...s.steps])
      expect(s.shapes.filter(f => !owners.has(f.properties.owner)).map(f => f.properties.className)).toEqual([])
      expect(s.labels.filter(l => !owners.has(l.owner)).map(l => l.id)).toEqual([])
      expect(s.steps.filter(step => !s.shapes.some(f => f.properties.owner === step) && !s.labels.some(l => l.owner === step))).toEqual([])
      expect(s.descriptions).toHaveLength(s.steps.length + 1)
      s.descriptions.forEach((d, k) => expect(d, `click ${k}`).toMatch(new RegExp(`^${s.title}\\. .*Step ${k} of ${s.steps.length}\\.$`)))
      expect(new Set(s.key.map(e => e.id)).size, 'key entries are told apart by id').toBe(s.key.length)
    })
  }
})

describe('a weapon\'s reach, as drawn: every point of its edge is its range from the oblast\'s nearest point (brute force, within 1 %)', () => {
  for (const s of specs) {
    const date = (FIGURES[s.figure as keyof typeof FIGURES] as { date?: string }).date
    const rings = s.shapes.filter(f => /\b(range-ring|zone-fill|air-defence-line)\b/.test(f.properties.className))
    for (const ring of rings) {
      it(`${s.figure}: "${ring.properties.className}"`, () => {
        const km = sample(positions(ring)).map(p => nearestKm(p, OBLAST_OUTLINE))
        const ranges = weapons.map(w => missileOn(w, date!).rangeKm)
        const range = ranges.reduce((a, b) => (Math.abs(b - km[0]) < Math.abs(a - km[0]) ? b : a))
        expect(Math.max(...km.map(d => Math.abs(d - range) / range)), `${ring.properties.className} at ${range} km`).toBeLessThan(0.01)
        // The ring fits in the view it is fitted to.
        const [[south, west], [north, east]] = s.bounds
        expect(positions(ring).every(p => p.lat >= south && p.lat <= north && p.lon >= west && p.lon <= east), 'the ring fits in the view').toBe(true)
      })
    }
  }

  it('the reach of each weapon on a 2016 map is its missile\'s of 2016: Iskander-M 500 km, Bastion-P 300 km, S-400 250 km (the 40N6\'s 400 km came in 2018)', () => {
    expect(keyText(withLayer('iskander').spec)).toContain('Iskander-M (9M723), 500 km')
    expect(keyText(withLayer('bastion').spec)).toContain('Bastion-P (P-800 Oniks), 300 km')
    expect(keyText(withLayer('a2ad').spec)).toContain('S-400 air defence, 48N6 family, 250 km')
  })
})

describe('what the map measures and whose picture it is', () => {
  it('Berlin, Warsaw and Vilnius carry their distance to the oblast\'s nearest point, inside the Iskander-M\'s reach, each with a line to that point', () => {
    const { spec: s } = withLayer('iskander')
    expect(labelText(s, 'place:vilnius')).toBe(`Vilnius · ${DISTANCES_KM.vilnius} km, inside`)
    expect(labelText(s, 'place:warsaw')).toBe(`Warsaw · ${DISTANCES_KM.warsaw} km, inside`)
    expect(labelText(s, 'place:berlin')).toBe(`Berlin · ${DISTANCES_KM.berlin} km, inside`)
    const lines = shapes(s, 'iskander', 'measure-line')
    expect(lines).toHaveLength(3)
    for (const line of lines) {
      const [from, to] = positions(line)
      expect(nearestKm(to, OBLAST_OUTLINE), 'the line ends on the oblast').toBeLessThan(0.5)
      expect(Math.abs(haversineKm(from, to) - nearestKm(from, OBLAST_OUTLINE)), 'at its nearest point').toBeLessThan(1)
    }
  })

  it('every reach is captioned as a nominal maximum range, not a wall', () => {
    for (const layer of ['iskander', 'bastion'])
      expect(labelText(withLayer(layer).spec, `ring:${layer}`), layer).toContain('nominal maximum range, not a wall')
  })

  it('the A2/AD layer says rings overstate denial; the blockade and the push from Belarus are ours', () => {
    const a2ad = withLayer('a2ad').spec
    expect(labelText(a2ad, 'scenario:a2ad')).toContain('rings overstate denial')
    expect(labelText(a2ad, 'scenario:blockade')).toContain('our sketch')
    expect(labelText(a2ad, 'scenario:blockade')).toContain('inside the missiles’ reach')
    expect(keyText(a2ad)).toContain('also fired at land targets')
    const corridor = withLayer('corridor').spec
    expect(labelText(corridor, 'scenario:corridor')).toContain('our illustration')
    expect(labelText(corridor, 'scenario:corridor')).not.toContain('essay’s scenario')
    expect(keyText(corridor)).toContain('Push from Belarus (our illustration)')
  })

  it('the exclave map draws the shortest line to mainland Russia, about 364 km, across Lithuania, Latvia and Belarus', () => {
    const { spec: s } = withLayer('mainland')
    const [line] = shapes(s, 'mainland', 'mainland-line')
    const [from, to] = positions(line)
    expect(Math.abs(haversineKm(from, to) - DISTANCES_KM.mainlandRussia), 'its length, against brute force').toBeLessThan(1)
    expect(insideShape(countryShape('kaliningrad'), from) || nearestKm(from, OBLAST_OUTLINE) < 0.5, 'it starts on the oblast').toBe(true)
    expect(DISTANCES_KM.mainlandRussia).toBe(364)
    expect(labelText(s, 'link:mainland')).toBe('~364 km to mainland Russia')
    expect(s.descriptions.at(-1)).toContain('the shortest distance from the oblast to mainland Russia, about 364 km, across Lithuania, Latvia and Belarus.')
  })

  it('the Suwałki Gap is about 65 km across, tripoint to tripoint', () => {
    const { spec: s } = withLayer('suwalki')
    expect(Math.round(DISTANCES_KM.suwalkiGap / 5) * 5).toBe(65)
    expect(labelText(s, 'gap:suwalki')).toBe('Suwałki Gap ~65 km across')
    const [chord] = shapes(s, 'suwalki', 'gap-chord')
    expect(Math.abs(haversineKm(...(positions(chord) as [LatLon, LatLon])) - DISTANCES_KM.suwalkiGap)).toBeLessThan(1)
  })

  it('tells a screen reader, click by click, what the missiles map shows', () => {
    const { spec: s } = withLayer('iskander')
    expect(s.descriptions[0]).not.toContain('Iskander-M')
    expect(s.descriptions[1]).toContain('how far the Iskander-M reaches with its 9M723 missile, at a nominal maximum range of about 500 km, from anywhere in the oblast: a nominal maximum, not a wall')
    expect(s.descriptions[1]).toContain(`Vilnius ${DISTANCES_KM.vilnius} km, Warsaw ${DISTANCES_KM.warsaw} km and Berlin ${DISTANCES_KM.berlin} km, all inside`)
    expect(s.descriptions[1]).not.toContain('Bastion-P')
    expect(s.descriptions[2]).toContain('Bastion-P')
  })
})

describe('the blockade sketches, as drawn', () => {
  const date = withLayer('blockade').date
  it('put the close blockade where one would have to sit: inside the reach of every missile in the oblast on the map\'s date', () => {
    const shortest = Math.min(...weapons.map(w => missileOn(w, date).rangeKm))
    const [cordon] = shapes(withLayer('blockade').spec, 'blockade', 'cordon-line')
    for (const p of positions(cordon))
      expect(nearestKm(p, OBLAST_OUTLINE), `${p.lat.toFixed(2)}, ${p.lon.toFixed(2)}`).toBeLessThan(shortest)
  })

  it('put the distant blockade beyond the reach of the anti-ship missiles, at every point of its line', () => {
    const bastion = missileOn(weaponById('bastion-p'), date).rangeKm
    const shape = scenarioById('blockade-distant').shape
    expect(shape.kind).toBe('barrier')
    const [line] = shapes(withLayer('blockade-distant').spec, 'blockade-distant', 'barrier-line')
    const [from, to] = positions(line)
    for (let i = 0; i <= 20; i++) {
      const p = { lat: from.lat + ((to.lat - from.lat) * i) / 20, lon: from.lon + ((to.lon - from.lon) * i) / 20 }
      expect(nearestKm(p, OBLAST_OUTLINE), `${p.lat.toFixed(2)}, ${p.lon.toFixed(2)}`).toBeGreaterThan(bastion)
    }
  })

  it('each scenario layer names its scenario record', () => {
    for (const layer of ['a2ad', 'blockade', 'blockade-distant', 'corridor'] as const)
      expect(LAYERS[layer].scenarioId, layer).toBeDefined()
  })
})

describe('the measured distances, by the tests\' own reckoning', () => {
  it('come out as they did, rounded: a change to the shapes shows up here', () => {
    expect(DISTANCES_KM).toEqual({ mainlandRussia: 364, suwalkiGap: 66, vilnius: 158, warsaw: 241, berlin: 463 })
  })

  it('put Berlin, Warsaw and Vilnius inside the Iskander-M\'s 500 km though Berlin is over 500 km from Chernyakhovsk, and Berlin beyond the Bastion-P\'s 300 km', () => {
    expect(DISTANCES_KM.berlin).toBeLessThan(500)
    expect(haversineKm({ lat: 54.63, lon: 21.81 }, { lat: 52.52, lon: 13.405 })).toBeGreaterThan(500)
    expect(DISTANCES_KM.berlin).toBeGreaterThan(300)
    expect(DISTANCES_KM.warsaw).toBeLessThan(300)
  })

  it('the maps in the deck are these four', () => {
    expect(spec('exclave-1991').steps).toEqual(['exclave', 'cities', 'mainland'])
    expect(MAP_IDS).toEqual(['exclave-1991', 'missiles-2016', 'denial-and-blockade', 'push-from-belarus'])
  })
})
