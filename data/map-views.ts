/**
 * The areas a map figure can fit (data/figures.ts `view`), by what each must show: places, and
 * the whole reach of weapons from anywhere in Kaliningrad Oblast. components/baltic-map/view-bounds.ts
 * turns a view into the box Leaflet fits.
 */
import type { PlaceId } from './places.ts'
import type { WeaponId } from './weapons.ts'

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

const views = {
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
    title: 'the southern Baltic within the anti-ship missiles’ nominal range of Kaliningrad, west to the approaches of the Danish straits',
    places: ['gdansk', 'riga', 'copenhagen'],
    reach: ['bastion-p'],
    marginKm: 40,
  },
  suwalki: {
    title: 'Kaliningrad, the Suwałki Gap and western Belarus',
    places: ['baltiysk', 'klaipeda', 'hrodna', 'vilnius'],
    marginKm: 20,
  },
} as const satisfies Record<string, ViewSpec>

/** A view, by its id. */
export type ViewId = keyof typeof views

export const VIEWS: Readonly<Record<ViewId, ViewSpec>> = views
