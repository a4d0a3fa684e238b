/**
 * Places the map labels and the geodesy measures from. Coordinates are WGS84 degrees from the
 * GeoNames gazetteer, rounded to 0.01° (about 1 km), which is finer than any figure the deck states.
 */
import { byId } from './by-id.ts'

type PlaceKind = 'exclave-city' | 'base' | 'capital' | 'city' | 'sea'

export interface Place {
  /** Stable id, used by weapons (launch points) and the map's layers. */
  id: string
  /** The name as the slide shows it. */
  name: string
  kind: PlaceKind
  /** Latitude in degrees north. */
  lat: number
  /** Longitude in degrees east. */
  lon: number
  /** Why the deck needs it, shown in the map's text alternative. */
  role?: string
  sourceId: string
}

export const places = [
  { id: 'kaliningrad', name: 'Kaliningrad', kind: 'exclave-city', lat: 54.71, lon: 20.51, role: 'regional capital', sourceId: 'geonames' },
  { id: 'baltiysk', name: 'Baltiysk', kind: 'base', lat: 54.65, lon: 19.91, role: 'Baltic Fleet base', sourceId: 'geonames' },
  { id: 'chernyakhovsk', name: 'Chernyakhovsk', kind: 'base', lat: 54.63, lon: 21.82, role: '152nd Guards Missile Brigade', sourceId: 'geonames' },
  { id: 'suwalki', name: 'Suwałki', kind: 'city', lat: 54.11, lon: 22.93, sourceId: 'geonames' },
  { id: 'gdansk', name: 'Gdańsk', kind: 'city', lat: 54.35, lon: 18.65, sourceId: 'geonames' },
  { id: 'warsaw', name: 'Warsaw', kind: 'capital', lat: 52.23, lon: 21.01, sourceId: 'geonames' },
  { id: 'vilnius', name: 'Vilnius', kind: 'capital', lat: 54.69, lon: 25.28, sourceId: 'geonames' },
  { id: 'riga', name: 'Riga', kind: 'capital', lat: 56.95, lon: 24.11, sourceId: 'geonames' },
  { id: 'tallinn', name: 'Tallinn', kind: 'capital', lat: 59.44, lon: 24.75, sourceId: 'geonames' },
  { id: 'minsk', name: 'Minsk', kind: 'capital', lat: 53.90, lon: 27.57, sourceId: 'geonames' },
  { id: 'st-petersburg', name: 'St Petersburg', kind: 'city', lat: 59.94, lon: 30.31, sourceId: 'geonames' },
  { id: 'helsinki', name: 'Helsinki', kind: 'capital', lat: 60.17, lon: 24.94, sourceId: 'geonames' },
  { id: 'stockholm', name: 'Stockholm', kind: 'capital', lat: 59.33, lon: 18.07, sourceId: 'geonames' },
  { id: 'copenhagen', name: 'Copenhagen', kind: 'capital', lat: 55.68, lon: 12.57, sourceId: 'geonames' },
  { id: 'klaipeda', name: 'Klaipėda', kind: 'city', lat: 55.71, lon: 21.14, role: 'Lithuanian port', sourceId: 'geonames' },
  { id: 'hrodna', name: 'Hrodna', kind: 'city', lat: 53.68, lon: 23.83, role: 'Belarusian city near the Suwałki Gap', sourceId: 'geonames' },
  { id: 'berlin', name: 'Berlin', kind: 'capital', lat: 52.52, lon: 13.41, sourceId: 'geonames' },
] as const satisfies readonly Place[]

export type PlaceId = (typeof places)[number]['id']

/** The place with this id; throws, naming the id, if there is none. */
export const placeById = byId<Place>(places, 'place', 'data/places.ts')
