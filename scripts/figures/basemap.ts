/**
 * What the figure compiler reads from data/geo/baltic.json (made by scripts/build-geodata.ts), and
 * the facts it derives from it: the countries, the Suwałki Gap, which countries a view shows.
 */
import type { BalticGeodata, BorderFeature, CountryFeature } from '../../data/geodata.ts'
import type { LatLon } from '../../components/baltic-map/map-spec-types.ts'
import bbox from '@turf/bbox'
import length from '@turf/length'
import { distanceKm, fromPosition } from './geodesy.ts'

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
  const line = border.geometry.coordinates.map(fromPosition)
  const ends: [LatLon, LatLon] = [line[0], line.at(-1)!]
  return { line, ends, widthKm: distanceKm(...ends), lengthKm: length(border, { units: 'kilometers' }) }
}

/** Ids of the countries whose bounding box meets `bounds` (Leaflet's `[[south, west], [north, east]]`). */
export function countriesInBounds(data: BalticGeodata, bounds: readonly [readonly [number, number], readonly [number, number]]): Set<string> {
  const [[south, west], [north, east]] = bounds
  return new Set(countryFeatures(data).filter((f) => {
    const [w, s, e, n] = bbox(f.geometry)
    return w <= east && e >= west && s <= north && n >= south
  }).map(f => f.properties.id))
}
