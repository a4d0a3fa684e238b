/**
 * The tests' own geodesy, written out so that the map's numbers (computed with turf when the figures
 * are compiled, scripts/figures/geodesy.ts) are checked against an independent reckoning: the
 * haversine formula on the same sphere, and brute force over densely sampled outlines instead of
 * nearest-point algorithms. Slow and plain on purpose; a test oracle, never used by the deck.
 */
import type { MultiPolygon, Polygon } from 'geojson'

export interface LatLon {
  lat: number
  lon: number
}

const EARTH_KM = 6371.0088
const RAD = Math.PI / 180

/** Great-circle distance by the haversine formula, in km. */
export function haversineKm(a: LatLon, b: LatLon): number {
  const h = Math.sin(((b.lat - a.lat) * RAD) / 2) ** 2 + Math.cos(a.lat * RAD) * Math.cos(b.lat * RAD) * Math.sin(((b.lon - a.lon) * RAD) / 2) ** 2
  return 2 * EARTH_KM * Math.asin(Math.sqrt(h))
}

/** A shape's outline (every ring) sampled every `stepKm` or closer, straight in degrees between vertices as the map draws it. */
export function sampledOutline(shape: Polygon | MultiPolygon, stepKm = 0.5): LatLon[] {
  const rings = shape.type === 'Polygon' ? shape.coordinates : shape.coordinates.flat()
  return rings.flatMap(ring => ring.slice(1).flatMap(([lon, lat], i) => {
    const [lon0, lat0] = ring[i]
    const n = Math.max(1, Math.ceil(haversineKm({ lat: lat0, lon: lon0 }, { lat, lon }) / stepKm))
    return Array.from({ length: n }, (_, k) => ({ lat: lat0 + ((lat - lat0) * k) / n, lon: lon0 + ((lon - lon0) * k) / n }))
  }))
}

/** The least distance from `p` to any of `points`, in km. */
export const nearestKm = (p: LatLon, points: readonly LatLon[]): number => Math.min(...points.map(q => haversineKm(p, q)))

/** Whether `p` is inside the shape: a ray cast along its parallel, counting crossings (even–odd, holes included). */
export function insideShape(shape: Polygon | MultiPolygon, p: LatLon): boolean {
  const rings = shape.type === 'Polygon' ? shape.coordinates : shape.coordinates.flat()
  let crossings = 0
  for (const ring of rings) {
    for (let i = 1; i < ring.length; i++) {
      const [[x1, y1], [x2, y2]] = [ring[i - 1], ring[i]]
      if ((y1 > p.lat) !== (y2 > p.lat) && p.lon < x1 + ((p.lat - y1) * (x2 - x1)) / (y2 - y1))
        crossings++
    }
  }
  return crossings % 2 === 1
}
