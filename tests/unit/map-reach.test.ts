import type { BalticGeodata } from '../../data/geodata.ts'
import type { Weapon } from '../../data/weapons.ts'
import type { LatLon } from '../../lib/geo.ts'
import turfDistance from '@turf/distance'
import { describe, expect, it } from 'vitest'
import { countriesCrossed, mainlandLink, mainlandRings, nearestInOblast, oblastCentre, oblastRings, reachEnvelope } from '../../components/baltic-map/reach.ts'
import { MEASURED_PLACES } from '../../data/map-layers.ts'
import { DISTANCES_KM, inReach } from '../distances.ts'
import basemap from '../../data/geo/baltic.json'
import { placeById } from '../../data/places.ts'
import { scenarioById } from '../../data/scenarios.ts'
import { missileOn, weaponById, weapons } from '../../data/weapons.ts'
import { bearingDeg, destination, geodesicArc, greatCircleKm } from '../../lib/geo.ts'

const data = basemap as unknown as BalticGeodata

/** Turf's great-circle distance: an implementation independent of lib/geo. */
const turfKm = (a: LatLon, b: LatLon) => turfDistance([a.lon, a.lat], [b.lon, b.lat], { units: 'kilometers' })

/** The oblast's outline sampled every ~0.5 km (linear in degrees, as the map draws its edges). */
const outline: LatLon[] = oblastRings(data).flatMap(ring => ring.flatMap((a, i) => {
  const b = ring[(i + 1) % ring.length]
  const n = Math.max(1, Math.ceil(greatCircleKm(a, b) / 0.5))
  return Array.from({ length: n }, (_, k) => ({ lat: a.lat + ((b.lat - a.lat) * k) / n, lon: a.lon + ((b.lon - a.lon) * k) / n }))
}))

/** Brute force: the least Turf distance from `p` to any sampled point of the oblast's outline. */
const bruteKm = (p: LatLon) => Math.min(...outline.map(q => turfKm(p, q)))

describe('a weapon\'s reach from anywhere in the oblast (the envelope)', () => {
  for (const { weapon, rangeKm } of (weapons as readonly Weapon[]).flatMap(weapon => weapon.missiles.map(m => ({ weapon, rangeKm: m.rangeKm })))) {
    const envelope = reachEnvelope(data, rangeKm)
    const centre = oblastCentre(data)
    // Every 12th vertex: 30 bearings around the oblast.
    const sample = envelope.filter((_, i) => i % 12 === 0)

    it(`${weapon.name}: every point of its ${rangeKm} km edge is ${rangeKm} km from the oblast's nearest point, by brute force (within 1 %)`, () => {
      const worst = Math.max(...sample.map(p => Math.abs(bruteKm(p) - rangeKm) / rangeKm))
      expect(worst).toBeLessThan(0.01)
    })

    it(`${weapon.name}: just inside its edge is in reach, just outside is not (brute force)`, () => {
      for (const p of sample) {
        const bearing = bearingDeg(centre, p)
        const r = greatCircleKm(centre, p)
        expect(bruteKm(destination(centre, bearing, r - 0.02 * rangeKm)), `inside at ${bearing.toFixed(0)}°`).toBeLessThan(rangeKm)
        expect(bruteKm(destination(centre, bearing, r + 0.02 * rangeKm)), `outside at ${bearing.toFixed(0)}°`).toBeGreaterThan(rangeKm)
      }
    })

    it(`${weapon.name}: is wider than a circle of the same range around one base`, () => {
      const base = weapon.base ? placeById(weapon.base.placeId) : centre
      const farthest = Math.max(...envelope.map(p => greatCircleKm(base, p)))
      expect(farthest).toBeGreaterThan(rangeKm + 50)
      expect(Math.min(...envelope.map(p => greatCircleKm(base, p)))).toBeGreaterThanOrEqual(rangeKm * 0.999)
    })
  }
})

describe('distances measured on the map\'s shapes', () => {
  it('from each measured city to the oblast\'s nearest point agree with brute force (within 1 %)', () => {
    for (const id of MEASURED_PLACES) {
      const nearest = nearestInOblast(data, placeById(id))
      expect(Math.abs(nearest.distanceKm - bruteKm(placeById(id))) / nearest.distanceKm, id).toBeLessThan(0.01)
    }
  })

  it('put Berlin, Warsaw and Vilnius inside the Iskander-M\'s reach, though Berlin is over 500 km from Chernyakhovsk', () => {
    expect(inReach('2016-11-21')['iskander-m']).toEqual({ vilnius: true, warsaw: true, berlin: true })
    expect(greatCircleKm(placeById('chernyakhovsk'), placeById('berlin'))).toBeGreaterThan(500)
    expect(inReach('2016-11-21')['bastion-p']).toEqual({ vilnius: true, warsaw: true, berlin: false })
  })

  it('to mainland Russia: about 360 km (±5 %), the shortest line between the two shapes, ending near the Latvia–Russia–Belarus tripoint', () => {
    const link = mainlandLink(data)
    expect(Math.abs(link.distanceKm - 360) / 360, `${link.distanceKm.toFixed(1)} km`).toBeLessThan(0.05)
    expect(link.to.lat).toBeGreaterThan(55.8)
    expect(link.to.lon).toBeGreaterThan(27.5)
    // Brute force: no pair of densely sampled points of the two outlines is closer.
    const mainland = mainlandRings(data).flat().filter(p => p.lon < 30 && p.lat < 58)
    const brute = Math.min(...outline.filter(p => p.lon > 21.5).flatMap(p => mainland.map(q => turfKm(p, q))))
    expect(link.distanceKm).toBeLessThanOrEqual(brute * 1.0001)
    expect(Math.abs(link.distanceKm - brute) / brute).toBeLessThan(0.01)
  })

  it('the shortest line to mainland Russia crosses Lithuania, Latvia and Belarus', () => {
    expect(countriesCrossed(data, mainlandLink(data))).toEqual(['lithuania', 'latvia', 'belarus'])
  })

  it('come out as they did, rounded: a change to the shapes or the maths shows up here', () => {
    expect(DISTANCES_KM).toEqual({ mainlandRussia: 364, suwalkiGap: 66, vilnius: 158, warsaw: 241, berlin: 463 })
  })
})

describe('the blockade sketches', () => {
  const bastion = missileOn(weaponById('bastion-p'), '2016-11-21')

  it('put the close blockade where one would have to sit: inside the reach of every missile in the oblast in 2016', () => {
    const shape = scenarioById('blockade').shape
    if (shape.kind !== 'cordon')
      throw new Error('the close blockade should be a cordon')
    const arc = geodesicArc(placeById(shape.centrePlaceId), shape.radiusKm, shape.fromBearingDeg, shape.toBearingDeg, 48)
    const shortest = Math.min(...weapons.map(w => missileOn(w, '2016-11-21').rangeKm))
    for (const p of arc)
      expect(nearestInOblast(data, p).distanceKm).toBeLessThan(shortest)
  })

  it('put the distant blockade beyond the reach of the anti-ship missiles, at every point of its line', () => {
    const shape = scenarioById('blockade-distant').shape
    if (shape.kind !== 'barrier')
      throw new Error('the distant blockade should be a barrier')
    const [from, to] = shape.points
    const line = Array.from({ length: 21 }, (_, i) => destination(from, bearingDeg(from, to), greatCircleKm(from, to) * i / 20))
    for (const p of line)
      expect(nearestInOblast(data, p).distanceKm, `${p.lat.toFixed(2)}, ${p.lon.toFixed(2)}`).toBeGreaterThan(bastion.rangeKm)
  })
})
