/**
 * The three areas a slide can fit the map to, derived from the records they must show: places,
 * and the range rings of weapons around their bases.
 */
import type { PlaceId } from '../../data/places.ts'
import type { WeaponId } from '../../data/weapons.ts'
import type { LatLon } from '../../lib/geo.ts'
import { placeById } from '../../data/places.ts'
import { weaponById } from '../../data/weapons.ts'
import { geodesicCircle } from '../../lib/geo.ts'

export type ViewId = 'baltic' | 'reach' | 'suwalki'

export interface ViewSpec {
  /** What the view shows, for the map's text alternative. */
  title: string
  /** Places the view must show. */
  places: readonly PlaceId[]
  /** Weapons whose whole range ring the view must show. */
  rings?: readonly WeaponId[]
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
    rings: ['iskander-m'],
    marginKm: 15,
  },
  suwalki: {
    title: 'Kaliningrad, the Suwałki Gap and western Belarus',
    places: ['baltiysk', 'klaipeda', 'hrodna', 'vilnius'],
    marginKm: 20,
  },
}

/** Leaflet's `[[south, west], [north, east]]`, in degrees. */
export type BoundsTuple = [[south: number, west: number], [north: number, east: number]]

/** The smallest box around the view's places and rings, widened by its margin. Throws on an unknown view. */
export function viewBounds(view: ViewId): BoundsTuple {
  const spec = VIEWS[view]
  if (!spec)
    throw new Error(`BalticMap: unknown view "${view}"; known views: ${Object.keys(VIEWS).join(', ')}`)
  const points: LatLon[] = spec.places.map(placeById)
  for (const id of spec.rings ?? []) {
    const weapon = weaponById(id)
    points.push(...geodesicCircle(placeById(weapon.basePlaceId), weapon.rangeKm, 72))
  }
  const lats = points.map(p => p.lat)
  const lons = points.map(p => p.lon)
  const [south, north] = [Math.min(...lats), Math.max(...lats)]
  const marginLat = spec.marginKm / 111.2
  const marginLon = marginLat / Math.cos((((south + north) / 2) * Math.PI) / 180)
  return [[south - marginLat, Math.min(...lons) - marginLon], [north + marginLat, Math.max(...lons) + marginLon]]
}
