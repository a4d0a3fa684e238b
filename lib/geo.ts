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
const EARTH_RADIUS_KM = 6371.0088

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

/** Where a point's nearest approach to a line or shape is, and how far it is. */
export interface Nearest {
  /** The nearest point on the segment, ring or shape. */
  point: LatLon
  /** Great-circle distance to it, in km. */
  distanceKm: number
}

/**
 * The point of the great-circle segment from `a` to `b` nearest to `p`, and its distance in km.
 * Uses the cross-track and along-track distances; where the foot of the perpendicular falls
 * outside the segment, the nearer end is the answer. Exact on the sphere for segments shorter than
 * half the Earth's circumference.
 */
export function nearestOnSegment(p: LatLon, a: LatLon, b: LatLon): Nearest {
  const ab = greatCircleKm(a, b)
  const ap = greatCircleKm(a, p)
  if (ab === 0 || ap === 0)
    return { point: a, distanceKm: ap }
  const δap = ap / EARTH_RADIUS_KM
  const Δθ = (bearingDeg(a, p) - bearingDeg(a, b)) * RAD
  const δxt = Math.asin(Math.max(-1, Math.min(1, Math.sin(δap) * Math.sin(Δθ))))
  const alongKm = Math.sign(Math.cos(Δθ)) * Math.acos(Math.max(-1, Math.min(1, Math.cos(δap) / Math.cos(δxt)))) * EARTH_RADIUS_KM
  if (alongKm <= 0)
    return { point: a, distanceKm: ap }
  if (alongKm >= ab)
    return { point: b, distanceKm: greatCircleKm(b, p) }
  return { point: destination(a, bearingDeg(a, b), alongKm), distanceKm: Math.abs(δxt) * EARTH_RADIUS_KM }
}

/** The point of a closed ring (its last position joins its first) nearest to `p`. Throws on an empty ring. */
export function nearestOnRing(p: LatLon, ring: readonly LatLon[]): Nearest {
  if (!ring.length)
    throw new RangeError('nearestOnRing needs a ring with at least one position')
  let best: Nearest = { point: ring[0], distanceKm: greatCircleKm(p, ring[0]) }
  for (let i = 0; i < ring.length; i++) {
    const found = nearestOnSegment(p, ring[i], ring[(i + 1) % ring.length])
    if (found.distanceKm < best.distanceKm)
      best = found
  }
  return best
}

/** The shortest great-circle link between two sets of closed rings (neither inside the other). */
export interface Link {
  from: LatLon
  to: LatLon
  distanceKm: number
}

/**
 * The shortest great-circle link between the outlines of two shapes that do not overlap: the
 * nearest pair of points, one on each. Two segments that do not cross come closest at an end of
 * one of them, so checking every vertex of each against the other's edges finds it exactly.
 */
export function shortestLink(a: readonly (readonly LatLon[])[], b: readonly (readonly LatLon[])[]): Link {
  let best: Link | undefined
  const consider = (from: LatLon, rings: readonly (readonly LatLon[])[], swap: boolean) => {
    for (const ring of rings) {
      const found = nearestOnRing(from, ring)
      if (!best || found.distanceKm < best.distanceKm)
        best = swap ? { from: found.point, to: from, distanceKm: found.distanceKm } : { from, to: found.point, distanceKm: found.distanceKm }
    }
  }
  for (const ring of a) {
    for (const p of ring)
      consider(p, b, false)
  }
  for (const ring of b) {
    for (const p of ring)
      consider(p, a, true)
  }
  if (!best)
    throw new RangeError('shortestLink needs two shapes with at least one position each')
  return best
}

/**
 * A closed ring with extra positions along each edge (great-circle interpolation), so no two
 * neighbours are more than `stepKm` apart. The ring's own positions are kept.
 */
export function densifyRing(ring: readonly LatLon[], stepKm: number): LatLon[] {
  if (!Number.isFinite(stepKm) || stepKm <= 0)
    throw new RangeError(`stepKm must be a distance in km above 0, not ${stepKm}`)
  const out: LatLon[] = []
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i]
    const b = ring[(i + 1) % ring.length]
    const km = greatCircleKm(a, b)
    const n = Math.max(1, Math.ceil(km / stepKm))
    const bearing = bearingDeg(a, b)
    out.push(a)
    for (let k = 1; k < n; k++)
      out.push(destination(a, bearing, (km * k) / n))
  }
  return out
}

/**
 * The outer edge of the area within `radiusKm` of any of `points`: the union of geodesic circles of
 * that radius around them, traced as a closed ring of `segments` positions by bearing from `centre`.
 *
 * Along each bearing from `centre`, every circle that holds `centre` covers one stretch starting at
 * `centre`; the union's edge is where the longest of those stretches ends. That is exact (on the
 * sphere) when `centre` is within `radiusKm` of every point, which the function checks: pass the
 * densified outline of a shape and a point inside it, with a radius larger than the shape, and the
 * ring is the shape's buffer of `radiusKm` (everything within `radiusKm` of the shape).
 */
export function envelopeRing(points: readonly LatLon[], centre: LatLon, radiusKm: number, segments = 360): LatLon[] {
  if (!points.length)
    throw new RangeError('envelopeRing needs at least one point')
  if (!Number.isFinite(radiusKm) || radiusKm <= 0)
    throw new RangeError(`radiusKm must be a distance in km above 0, not ${radiusKm}`)
  const δR = radiusKm / EARTH_RADIUS_KM
  const far = points.map(p => ({ d: greatCircleKm(centre, p) / EARTH_RADIUS_KM, θ: bearingDeg(centre, p) * RAD }))
  const worst = Math.max(...far.map(f => f.d)) * EARTH_RADIUS_KM
  if (worst >= radiusKm)
    throw new RangeError(`envelopeRing: a point is ${worst.toFixed(1)} km from the centre, not within the radius of ${radiusKm} km`)
  return Array.from({ length: segments }, (_, i) => {
    const bearing = (360 * i) / segments
    const θ = bearing * RAD
    let reach = 0
    for (const { d, θ: θp } of far) {
      // The spherical law of cosines in the triangle centre–point–x with |centre x| = r and
      // |point x| = R: cos R = cos d cos r + sin d sin r cos(θ − θp), solved for the larger r.
      const u = Math.cos(d)
      const v = Math.sin(d) * Math.cos(θ - θp)
      const r = Math.atan2(v, u) + Math.acos(Math.min(1, Math.cos(δR) / Math.hypot(u, v)))
      if (r > reach)
        reach = r
    }
    return destination(centre, bearing, reach * EARTH_RADIUS_KM)
  })
}

/** A distance rounded to the nearest `step` km (the Suwałki Gap's width, measured on 1:50m shapes, to 5 km). */
export function roundKm(km: number, step = 1): number {
  return Math.round(km / step) * step
}

/** "~500 km" */
export const approxKm = (km: number) => `~${km} km`
