/**
 * Shapes on a plane and in GeoJSON: point-in-polygon tests (in pixels, or in degrees on the map's
 * own scale), and a GeoJSON shape's rings, polygons and box as the map reads them. The spherical
 * geodesy is in geo.ts.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson'
import type { LatLon, LngLatPosition } from './geo.ts'

/** A point on a plane: x to the right, y down (a map's container pixels). */
export interface XY {
  x: number
  y: number
}

/** Even–odd point-in-polygon test on a plane, every ring counting (holes are rings too). */
function evenOdd<P>(rings: readonly (readonly P[])[], p: P, x: (q: P) => number, y: (q: P) => number): boolean {
  const [px, py] = [x(p), y(p)]
  let inside = false
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [ax, ay, bx, by] = [x(ring[i]), y(ring[i]), x(ring[j]), y(ring[j])]
      if ((ay > py) !== (by > py) && px < ((bx - ax) * (py - ay)) / (by - ay) + ax)
        inside = !inside
    }
  }
  return inside
}

/** Whether `p` is inside a polygon in pixels: rings of points, the first its outer ring (even–odd). */
export function insidePolygon(rings: readonly (readonly XY[])[], p: XY): boolean {
  return evenOdd(rings, p, q => q.x, q => q.y)
}

/**
 * Whether `p` is inside rings of `{ lat, lon }` (even–odd, in degrees taken as a plane): fine for
 * shapes of a few hundred km away from the poles and the antimeridian.
 */
export function insideRings(rings: readonly (readonly LatLon[])[], p: LatLon): boolean {
  return evenOdd(rings, p, q => q.lon, q => q.lat)
}

/** A GeoJSON `[lng, lat]` position as `{ lat, lon }`. */
export function positionToLatLon([lon, lat]: LngLatPosition): LatLon {
  return { lat, lon }
}

/** A shape's polygons, each a list of rings of GeoJSON positions (a Polygon is one polygon). */
export function polygonsOf(shape: Polygon | MultiPolygon): Position[][][] {
  return shape.type === 'Polygon' ? [shape.coordinates] : shape.coordinates
}

/** A GeoJSON ring without its repeated closing position (Leaflet's and our rings close themselves). */
export function openRing<T extends LngLatPosition>(ring: readonly T[]): T[] {
  const closed = ring.length > 1 && ring[0][0] === ring.at(-1)![0] && ring[0][1] === ring.at(-1)![1]
  return closed ? ring.slice(0, -1) : [...ring]
}

/** A shape's rings (of all its polygons) as `{ lat, lon }`, each without GeoJSON's repeated closing position. */
export function shapeRings(shape: Polygon | MultiPolygon): LatLon[][] {
  return polygonsOf(shape).flat().map(ring => openRing(ring).map(positionToLatLon))
}

/** [west, south, east, north] of a shape, in degrees. */
export function shapeBBox(shape: Polygon | MultiPolygon): [west: number, south: number, east: number, north: number] {
  const positions = polygonsOf(shape).flat(2)
  const lons = positions.map(p => p[0])
  const lats = positions.map(p => p[1])
  return [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)]
}
