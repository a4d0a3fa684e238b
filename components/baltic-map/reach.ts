/**
 * Distances and reach measured on the map's own shapes (data/geo/baltic.json), with the spherical
 * geodesy of lib/geo.ts. A road-mobile launcher can fire from anywhere in Kaliningrad Oblast, so
 * a weapon's reach is the area within its range of ANY point of the oblast (an envelope), and a
 * city's distance is to the oblast's nearest point, not to one base.
 *
 * Everything here takes the geodata as an argument, so the map computes it from the data it has
 * loaded (the file stays out of the first slide's bundle), and the tests from the same file.
 */
import type { LatLon, Link, Nearest } from '../../lib/geo.ts'
import type { BalticGeodata } from '../../data/geodata.ts'
import { bearingDeg, densifyRing, destination, envelopeRing, nearestOnRing, shortestLink } from '../../lib/geo.ts'
import { insideRings, shapeRings } from '../../lib/shapes.ts'
import { countryFeature, countryFeatures } from './basemap.ts'

/** Spacing of the points on the oblast's outline that an envelope is traced around, in km. */
const ENVELOPE_SAMPLE_KM = 2

/** Positions in an envelope's ring: one per degree of bearing. */
const ENVELOPE_SEGMENTS = 360

/** Kaliningrad Oblast's outline as the map draws it. */
export function oblastRings(data: BalticGeodata): LatLon[][] {
  return shapeRings(countryFeature(data, 'kaliningrad').geometry)
}

/** Mainland Russia's outline as the map draws it (the Russia feature, without the exclave, clipped to the map's region). */
export function mainlandRings(data: BalticGeodata): LatLon[][] {
  return shapeRings(countryFeature(data, 'russia').geometry)
}

/** The point of an envelope (one position per degree, from north) at a bearing from the oblast. */
export function atBearing(envelope: readonly LatLon[], bearing: number): LatLon {
  return envelope[Math.round((((bearing % 360) + 360) % 360) * envelope.length / 360) % envelope.length]
}

/** The mean of the oblast's outline positions: a point inside it, from which its envelopes are traced. */
export function oblastCentre(data: BalticGeodata): LatLon {
  const points = oblastRings(data).flat()
  return { lat: points.reduce((s, p) => s + p.lat, 0) / points.length, lon: points.reduce((s, p) => s + p.lon, 0) / points.length }
}

const envelopes = new WeakMap<BalticGeodata, Map<number, LatLon[]>>()

/**
 * The outer edge of everything within `rangeKm` of any point of the oblast (its geodesic buffer):
 * where a launcher anywhere in the oblast reaches at its nominal maximum range. A closed ring of
 * ENVELOPE_SEGMENTS positions; computed once per geodata and range.
 */
export function reachEnvelope(data: BalticGeodata, rangeKm: number): LatLon[] {
  let byRange = envelopes.get(data)
  if (!byRange)
    envelopes.set(data, byRange = new Map())
  let ring = byRange.get(rangeKm)
  if (!ring) {
    const outline = oblastRings(data).flatMap(r => densifyRing(r, ENVELOPE_SAMPLE_KM))
    ring = envelopeRing(outline, oblastCentre(data), rangeKm, ENVELOPE_SEGMENTS)
    byRange.set(rangeKm, ring)
  }
  return ring
}

/** The oblast's point nearest to `p` and its great-circle distance (0 if `p` is in the oblast). */
export function nearestInOblast(data: BalticGeodata, p: LatLon): Nearest {
  const rings = oblastRings(data)
  if (insideRings(rings, p))
    return { point: p, distanceKm: 0 }
  return rings.map(ring => nearestOnRing(p, ring)).reduce((a, b) => (b.distanceKm < a.distanceKm ? b : a))
}

/** The shortest great-circle line from the oblast to mainland Russia, as the map's shapes draw them. */
export function mainlandLink(data: BalticGeodata): Link {
  return shortestLink(oblastRings(data), mainlandRings(data))
}

/**
 * The countries a great-circle line crosses, in order from its start, as the map's shapes draw
 * them (sampled every `stepKm`; the line's own ends, on the oblast and on Russia, are left out).
 */
export function countriesCrossed(data: BalticGeodata, link: Link, stepKm = 1): string[] {
  const countries = countryFeatures(data).filter(f => f.properties.id !== 'kaliningrad' && f.properties.id !== 'russia')
    .map(f => ({ id: f.properties.id, rings: shapeRings(f.geometry) }))
  const n = Math.max(2, Math.ceil(link.distanceKm / stepKm))
  const bearing = bearingDeg(link.from, link.to)
  const crossed: string[] = []
  for (let i = 1; i < n; i++) {
    const p = destination(link.from, bearing, (link.distanceKm * i) / n)
    const hit = countries.find(c => insideRings(c.rings, p))
    if (hit && crossed.at(-1) !== hit.id)
      crossed.push(hit.id)
  }
  return crossed
}
