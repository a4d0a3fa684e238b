/**
 * What the map reads from data/geo/baltic.json (made by scripts/build-geodata.ts), and the facts
 * it derives from it. The file is loaded with a dynamic import, so only the map slides fetch it.
 */
import type { BalticGeodata, BorderFeature, CountryFeature } from '../../data/geodata.ts'
import type { LatLon } from '../../lib/geo.ts'
import { greatCircleKm } from '../../lib/geo.ts'
import { positionToLatLon, shapeBBox } from '../../lib/shapes.ts'

/** The map's geodata, fetched on first use (a separate chunk of the build). */
export async function loadGeodata(): Promise<BalticGeodata> {
  const module = await import('../../data/geo/baltic.json')
  return module.default as unknown as BalticGeodata
}

export function countryFeatures(data: BalticGeodata): CountryFeature[] {
  return data.features.filter((f): f is CountryFeature => f.properties.kind !== 'border')
}

export function countryFeature(data: BalticGeodata, id: string): CountryFeature {
  const found = countryFeatures(data).find(f => f.properties.id === id)
  if (!found)
    throw new Error(`The geodata has no country "${id}": run npm run geodata, or fix the id`)
  return found
}

export interface SuwalkiGap {
  /** The border line, from the tripoint with Kaliningrad to the tripoint with Belarus. */
  line: LatLon[]
  /** The two tripoints. */
  ends: [LatLon, LatLon]
  /** Straight-line (great-circle) distance between the tripoints, in km. */
  widthKm: number
  /** Length along the border as drawn, in km. */
  lengthKm: number
}

/** The Suwałki Gap as the geodata draws it: the Poland–Lithuania border and its width. */
export function suwalkiGap(data: BalticGeodata): SuwalkiGap {
  const border = data.features.find((f): f is BorderFeature => f.properties.id === 'suwalki-gap')
  if (!border || border.geometry.type !== 'LineString' || border.geometry.coordinates.length < 2)
    throw new Error('The geodata has no "suwalki-gap" line: run npm run geodata')
  const line = border.geometry.coordinates.map(positionToLatLon)
  const ends: [LatLon, LatLon] = [line[0], line.at(-1)!]
  let lengthKm = 0
  for (let i = 1; i < line.length; i++)
    lengthKm += greatCircleKm(line[i - 1], line[i])
  return { line, ends, widthKm: greatCircleKm(...ends), lengthKm }
}

/** Ids of the countries whose bounding box meets `bounds` (Leaflet's `[[south, west], [north, east]]`). */
export function countriesInBounds(data: BalticGeodata, bounds: readonly [readonly [number, number], readonly [number, number]]): Set<string> {
  const [[south, west], [north, east]] = bounds
  return new Set(countryFeatures(data).filter((f) => {
    const [w, s, e, n] = shapeBBox(f.geometry)
    return w <= east && e >= west && s <= north && n >= south
  }).map(f => f.properties.id))
}
