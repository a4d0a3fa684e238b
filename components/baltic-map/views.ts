/**
 * The areas a slide can fit the map to, derived from what they must show: places, and the reach
 * of weapons from anywhere in Kaliningrad Oblast (their envelopes, reach.ts).
 */
import type { PlaceId } from '../../data/places.ts'
import type { WeaponId } from '../../data/weapons.ts'
import type { LatLon } from '../../lib/geo.ts'
import type { BalticGeodata } from '../../data/geodata.ts'
import { placeById } from '../../data/places.ts'
import { weaponById } from '../../data/weapons.ts'
import { reachEnvelope } from './reach.ts'

export type ViewId = 'baltic' | 'reach' | 'a2ad' | 'suwalki'

export interface ViewSpec {
  /** What the view shows, for the map's text alternative. */
  title: string
  /** Places the view must show. */
  places: readonly PlaceId[]
  /** Weapons whose whole reach from the oblast the view must show. */
  reach?: readonly WeaponId[]
  /** Room kept around those, in km. */
  marginKm: number
}

export const VIEWS: Record<ViewId, ViewSpec> = {
  baltic: {
    title: 'the Baltic Sea region',
    places: ['berlin', 'warsaw', 'minsk', 'st-petersburg', 'helsinki', 'stockholm', 'tallinn', 'riga', 'vilnius', 'gdansk', 'kaliningrad'],
    marginKm: 25,
  },
  reach: {
    title: 'the southern Baltic around Kaliningrad',
    places: ['berlin'],
    reach: ['iskander-m'],
    marginKm: 40,
  },
  a2ad: {
    title: 'the southern Baltic within the S-400’s nominal range of Kaliningrad',
    places: ['gdansk', 'riga'],
    reach: ['s-400'],
    marginKm: 40,
  },
  suwalki: {
    title: 'Kaliningrad, the Suwałki Gap and western Belarus',
    places: ['baltiysk', 'klaipeda', 'hrodna', 'vilnius'],
    marginKm: 20,
  },
}

/** Leaflet's `[[south, west], [north, east]]`, in degrees. */
export type BoundsTuple = [[south: number, west: number], [north: number, east: number]]

/**
 * The smallest box around the view's places and envelopes, widened by its margin. A view with
 * envelopes needs the geodata; throws on an unknown view, or on envelopes without geodata.
 */
export function viewBounds(view: ViewId, data?: BalticGeodata): BoundsTuple {
  const spec = VIEWS[view]
  if (!spec)
    throw new Error(`BalticMap: unknown view "${view}"; known views: ${Object.keys(VIEWS).join(', ')}`)
  const points: LatLon[] = spec.places.map(placeById)
  for (const id of spec.reach ?? []) {
    if (!data)
      throw new Error(`BalticMap: view "${view}" shows the reach of ${id}, which needs the geodata`)
    points.push(...reachEnvelope(data, weaponById(id).rangeKm))
  }
  const lats = points.map(p => p.lat)
  const lons = points.map(p => p.lon)
  const [south, north] = [Math.min(...lats), Math.max(...lats)]
  const marginLat = spec.marginKm / 111.2
  const marginLon = marginLat / Math.cos((((south + north) / 2) * Math.PI) / 180)
  return [[south - marginLat, Math.min(...lons) - marginLon], [north + marginLat, Math.max(...lons) + marginLon]]
}
