/**
 * The map's geodesy, from turf (spherical Earth, radius 6,371.0088 km): distances, bearings, the
 * point at a distance and bearing, arcs, the nearest point of an outline, point-in-shape, and a
 * shape's buffer. Thin wrappers only, so the figure compiler speaks in `{ lat, lon }` (the shape
 * of data/places.ts) and never in GeoJSON's `[lon, lat]`: `toPosition` and `fromPosition` are the
 * one place that swaps them. Runs at build time (scripts/figures/compile.ts); nothing here reaches
 * the browser.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson'
import type { LatLon } from '../../components/baltic-map/map-spec-types.ts'
import turfBearing from '@turf/bearing'
import booleanPointInPolygon from '@turf/boolean-point-in-polygon'
import turfBuffer from '@turf/buffer'
import turfDestination from '@turf/destination'
import turfDistance from '@turf/distance'
import lineArc from '@turf/line-arc'
import nearestPointOnLine from '@turf/nearest-point-on-line'

/** A record's position alone (a place's other fields do not go into a spec). */
export const latLonOf = ({ lat, lon }: LatLon): LatLon => ({ lat, lon })

/** `{ lat, lon }` as GeoJSON's `[lon, lat]`. */
export const toPosition = (p: LatLon): Position => [p.lon, p.lat]

/** GeoJSON's `[lon, lat]` as `{ lat, lon }` (a third value, altitude, is ignored). */
export const fromPosition = ([lon, lat]: Position): LatLon => ({ lat, lon })

/** Great-circle distance, in km. */
export const distanceKm = (from: LatLon, to: LatLon): number => turfDistance(toPosition(from), toPosition(to), { units: 'kilometers' })

/** Initial bearing from one position towards another, in degrees clockwise from north, in [0, 360). */
export const bearingDeg = (from: LatLon, to: LatLon): number => (turfBearing(toPosition(from), toPosition(to)) + 360) % 360

/** The position `km` from `from` along the great circle that starts at `bearing` degrees. */
export const destination = (from: LatLon, bearing: number, km: number): LatLon =>
  fromPosition(turfDestination(toPosition(from), km, bearing, { units: 'kilometers' }).geometry.coordinates)

/** The position a fraction `f` of the way along the great circle from `from` to `to`. */
export const partWay = (from: LatLon, to: LatLon, f: number): LatLon => destination(from, bearingDeg(from, to), distanceKm(from, to) * f)

/** An arc of the circle of `radiusKm` around `centre`, clockwise from bearing `fromDeg` to `toDeg`, as `segments + 1` positions. */
export function arc(centre: LatLon, radiusKm: number, fromDeg: number, toDeg: number, segments: number): LatLon[] {
  return lineArc(toPosition(centre), radiusKm, fromDeg, toDeg, { steps: segments, units: 'kilometers' }).geometry.coordinates.map(fromPosition)
}

/** A shape's rings (outer and holes, of every polygon), closed as GeoJSON closes them. */
export function ringsOf(shape: Polygon | MultiPolygon): Position[][] {
  return shape.type === 'Polygon' ? shape.coordinates : shape.coordinates.flat()
}

/** Whether `p` is inside the shape (holes excluded). */
export const inside = (shape: Polygon | MultiPolygon, p: LatLon): boolean => booleanPointInPolygon(toPosition(p), shape)

/** Where a point's nearest approach to an outline is, and how far it is. */
export interface Nearest {
  point: LatLon
  distanceKm: number
}

/** The point of a shape's outline (any of its rings) nearest to `p`. */
export function nearestOnOutline(shape: Polygon | MultiPolygon, p: LatLon): Nearest {
  const found = nearestPointOnLine({ type: 'MultiLineString', coordinates: ringsOf(shape) }, toPosition(p), { units: 'kilometers' })
  return { point: fromPosition(found.geometry.coordinates), distanceKm: found.properties.pointDistance }
}

/**
 * Everything within `km` of the shape (its buffer), as one closed ring of positions. turf buffers in
 * an azimuthal equidistant projection centred on the shape; with 32 steps a quarter circle, every
 * vertex lies within 0.2 km inside the true geodesic buffer of the oblast at 250–500 km (measured
 * against the nearest-point distance above), far below a line's width on the map.
 */
export function bufferRing(shape: Polygon | MultiPolygon, km: number): LatLon[] {
  const buffered = turfBuffer({ type: 'Feature', properties: {}, geometry: shape }, km, { units: 'kilometers', steps: 32 })
  if (!buffered || buffered.geometry.type !== 'Polygon')
    throw new Error(`The buffer of ${km} km is not one polygon`)
  return buffered.geometry.coordinates[0].slice(0, -1).map(fromPosition)
}

