/**
 * Geodesy on a spherical Earth, for the map and its tests: great-circle distance, bearings, the
 * point at a distance and bearing, and geodesic rings (true circles on the globe, which a flat
 * Leaflet `L.circle` is not once the map is projected).
 *
 * Positions here are `{ lat, lon }` in degrees, the shape of the records in data/places.ts.
 * GeoJSON stores `[lng, lat]`, Leaflet wants `[lat, lng]`: `lngLatToLatLng` is the one place that
 * swaps them.
 */

/** A position in WGS84 degrees: latitude north, longitude east. */
export interface LatLon {
  lat: number
  lon: number
}

/** Leaflet's `[lat, lng]` tuple (what `L.LatLngExpression` accepts), in degrees. */
export type LatLngTuple = [lat: number, lng: number]

/** GeoJSON's `[lng, lat]` position, in degrees (a third value, altitude, is ignored). */
export type LngLatPosition = readonly number[]

/** The mean Earth radius (IUGG), in km: the sphere every function here works on. */
export const EARTH_RADIUS_KM = 6371.0088

const RAD = Math.PI / 180

function checkPosition(name: string, p: LatLon): void {
  if (!Number.isFinite(p.lat) || !Number.isFinite(p.lon) || Math.abs(p.lat) > 90 || Math.abs(p.lon) > 180)
    throw new RangeError(`${name} is not a position in degrees: (${p.lat}, ${p.lon})`)
}

/** Great-circle distance between two positions, in km (haversine formula). */
export function greatCircleKm(from: LatLon, to: LatLon): number {
  checkPosition('from', from)
  checkPosition('to', to)
  const dLat = (to.lat - from.lat) * RAD
  const dLon = (to.lon - from.lon) * RAD
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(from.lat * RAD) * Math.cos(to.lat * RAD) * Math.sin(dLon / 2) ** 2
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)))
}

/** Initial bearing from one position towards another, in degrees clockwise from north, in [0, 360). */
export function bearingDeg(from: LatLon, to: LatLon): number {
  checkPosition('from', from)
  checkPosition('to', to)
  const φ1 = from.lat * RAD
  const φ2 = to.lat * RAD
  const Δλ = (to.lon - from.lon) * RAD
  const y = Math.sin(Δλ) * Math.cos(φ2)
  const x = Math.cos(φ1) * Math.sin(φ2) - Math.sin(φ1) * Math.cos(φ2) * Math.cos(Δλ)
  return (Math.atan2(y, x) / RAD + 360) % 360
}

/** The position `distanceKm` from `from` along the great circle that starts at `bearing` degrees. */
export function destination(from: LatLon, bearing: number, distanceKm: number): LatLon {
  checkPosition('from', from)
  if (!Number.isFinite(bearing))
    throw new RangeError(`bearing must be a number of degrees, not ${bearing}`)
  if (!Number.isFinite(distanceKm) || distanceKm < 0)
    throw new RangeError(`distanceKm must be a distance in km of 0 or more, not ${distanceKm}`)
  const δ = distanceKm / EARTH_RADIUS_KM
  const θ = bearing * RAD
  const φ1 = from.lat * RAD
  const λ1 = from.lon * RAD
  const φ2 = Math.asin(Math.sin(φ1) * Math.cos(δ) + Math.cos(φ1) * Math.sin(δ) * Math.cos(θ))
  const λ2 = λ1 + Math.atan2(Math.sin(θ) * Math.sin(δ) * Math.cos(φ1), Math.cos(δ) - Math.sin(φ1) * Math.sin(φ2))
  return { lat: φ2 / RAD, lon: ((λ2 / RAD + 540) % 360) - 180 }
}

/**
 * An arc of the geodesic circle of `radiusKm` around `centre`, from bearing `fromDeg` clockwise to
 * `toDeg` (degrees from north), as `segments + 1` positions, ends included.
 */
export function geodesicArc(centre: LatLon, radiusKm: number, fromDeg: number, toDeg: number, segments = 64): LatLon[] {
  if (!Number.isFinite(radiusKm) || radiusKm <= 0)
    throw new RangeError(`radiusKm must be a distance in km above 0, not ${radiusKm}`)
  if (!Number.isInteger(segments) || segments < 1)
    throw new RangeError(`segments must be a whole number of 1 or more, not ${segments}`)
  let sweep = (toDeg - fromDeg) % 360
  if (sweep <= 0)
    sweep += 360
  return Array.from({ length: segments + 1 }, (_, i) => destination(centre, fromDeg + (sweep * i) / segments, radiusKm))
}

/**
 * The geodesic circle of `radiusKm` around `centre`: every position is `radiusKm` from the centre by
 * great-circle distance. A closed ring of `segments` positions (the first is not repeated at the end;
 * Leaflet's polygons close themselves).
 */
export function geodesicCircle(centre: LatLon, radiusKm: number, segments = 128): LatLon[] {
  return geodesicArc(centre, radiusKm, 0, 360, segments).slice(0, segments)
}

/** A GeoJSON `[lng, lat]` position as Leaflet's `[lat, lng]`. */
export function lngLatToLatLng(position: LngLatPosition): LatLngTuple {
  const [lng, lat] = position
  if (!Number.isFinite(lng) || !Number.isFinite(lat))
    throw new RangeError(`not a GeoJSON [lng, lat] position: ${JSON.stringify(position)}`)
  return [lat, lng]
}

/** A `{ lat, lon }` record as Leaflet's `[lat, lng]`. */
export function toLatLng(p: LatLon): LatLngTuple {
  return [p.lat, p.lon]
}
