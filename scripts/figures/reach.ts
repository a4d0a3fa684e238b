/**
 * Distances and reach measured on the map's own shapes (data/geo/baltic.json), with turf's
 * geodesy (geodesy.ts). A road-mobile launcher can fire from anywhere in Kaliningrad Oblast, so a
 * weapon's reach is the area within its range of ANY point of the oblast (the oblast's buffer, an
 * envelope), and a city's distance is to the oblast's nearest point, not to one base.
 */
import type { BalticGeodata } from '../../data/geodata.ts'
import type { LatLon } from '../../components/baltic-map/map-spec-types.ts'
import type { Nearest } from './geodesy.ts'
import { bearingDeg, bufferRing, destination, fromPosition, inside, nearestOnOutline, ringsOf } from './geodesy.ts'
import { countryFeature, countryFeatures } from './basemap.ts'

/** The shortest great-circle line between two shapes. */
export interface Link {
  from: LatLon
  to: LatLon
  distanceKm: number
}

const oblast = (data: BalticGeodata) => countryFeature(data, 'kaliningrad').geometry

/** The oblast's centre: the mean of its outline's positions, the point its envelopes' bearings are taken from. */
function oblastCentre(data: BalticGeodata): LatLon {
  const points = ringsOf(oblast(data)).flat().map(fromPosition)
  return { lat: points.reduce((s, p) => s + p.lat, 0) / points.length, lon: points.reduce((s, p) => s + p.lon, 0) / points.length }
}

const envelopes = new WeakMap<BalticGeodata, Map<number, LatLon[]>>()

/**
 * The outer edge of everything within `rangeKm` of any point of the oblast (its buffer): where a
 * launcher anywhere in the oblast reaches at its nominal maximum range. Computed once per geodata
 * and range.
 */
export function reachEnvelope(data: BalticGeodata, rangeKm: number): LatLon[] {
  let byRange = envelopes.get(data)
  if (!byRange)
    envelopes.set(data, byRange = new Map())
  let ring = byRange.get(rangeKm)
  if (!ring)
    byRange.set(rangeKm, ring = bufferRing(oblast(data), rangeKm))
  return ring
}

/** The envelope's position nearest to a bearing from the oblast's centre (where a label on the ring may sit). */
export function atBearing(data: BalticGeodata, envelope: readonly LatLon[], bearing: number): LatLon {
  const centre = oblastCentre(data)
  const off = (p: LatLon) => Math.abs(((bearingDeg(centre, p) - bearing + 540) % 360) - 180)
  return envelope.reduce((best, p) => (off(p) < off(best) ? p : best))
}

/** The oblast's point nearest to `p` and its great-circle distance (0 if `p` is in the oblast). */
export function nearestInOblast(data: BalticGeodata, p: LatLon): Nearest {
  return inside(oblast(data), p) ? { point: p, distanceKm: 0 } : nearestOnOutline(oblast(data), p)
}

/**
 * The shortest great-circle line from the oblast to mainland Russia, as the map's shapes draw them.
 * Two outlines that do not cross come closest at a vertex of one of them, so each vertex of each is
 * tried against the other's outline (turf's nearest point on a line); no library takes two shapes.
 */
export function mainlandLink(data: BalticGeodata): Link {
  const mainland = countryFeature(data, 'russia').geometry
  let best: Link | undefined
  for (const p of ringsOf(oblast(data)).flat().map(fromPosition)) {
    const found = nearestOnOutline(mainland, p)
    if (!best || found.distanceKm < best.distanceKm)
      best = { from: p, to: found.point, distanceKm: found.distanceKm }
  }
  for (const p of ringsOf(mainland).flat().map(fromPosition)) {
    const found = nearestOnOutline(oblast(data), p)
    if (found.distanceKm < best!.distanceKm)
      best = { from: found.point, to: p, distanceKm: found.distanceKm }
  }
  return best!
}

/**
 * The countries a great-circle line crosses, in order from its start, as the map's shapes draw
 * them (sampled every `stepKm`; the line's own ends, on the oblast and on Russia, are left out).
 */
export function countriesCrossed(data: BalticGeodata, link: Link, stepKm = 1): string[] {
  const countries = countryFeatures(data).filter(f => f.properties.id !== 'kaliningrad' && f.properties.id !== 'russia')
  const n = Math.max(2, Math.ceil(link.distanceKm / stepKm))
  const bearing = bearingDeg(link.from, link.to)
  const crossed: string[] = []
  for (let i = 1; i < n; i++) {
    const p = destination(link.from, bearing, (link.distanceKm * i) / n)
    const hit = countries.find(c => inside(c.geometry, p))
    if (hit && crossed.at(-1) !== hit.properties.id)
      crossed.push(hit.properties.id)
  }
  return crossed
}
