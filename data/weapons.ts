/**
 * Missile systems in Kaliningrad Oblast whose reach the map draws. All are road-mobile, so the map
 * draws a weapon's reach from ANY point of the oblast (components/baltic-map/reach.ts), and marks
 * the place its unit is based at, where a source names one. Every range is a nominal maximum:
 * what the missile can fly, not where it can find and hit a target.
 */
import type { PlaceId } from './places.ts'
import { byId } from './by-id.ts'

type WeaponRole = 'land-attack' | 'anti-ship' | 'air-defence'

export interface Weapon {
  /** Stable id, used by the map's range layers. */
  id: string
  /** The system's name as the slide shows it. */
  name: string
  /** What it is, in a few words, for the map's text alternative. */
  kind: string
  role: WeaponRole
  /** Declared or reported nominal maximum range, in km. */
  rangeKm: number
  /** The place (data/places.ts) the unit is based at, if a source names one: the map marks it. */
  basePlaceId?: PlaceId
  /** The source of the range (and of the base, where there is one). */
  sourceId: string
  /** Sources for what else the map says of the weapon (its presence in Kaliningrad, other uses). */
  alsoSourceIds?: readonly string[]
}

export const weapons = [
  { id: 'iskander-m', name: 'Iskander-M', kind: 'nuclear-capable short-range ballistic missile', role: 'land-attack', rangeKm: 500, basePlaceId: 'chernyakhovsk', sourceId: 'csis-iskander', alsoSourceIds: ['afp-2011', 'ria-2013-iskander'] },
  { id: 'bastion-p', name: 'Bastion-P', kind: 'coastal anti-ship missile system (P-800 Oniks), also used against land targets', role: 'anti-ship', rangeKm: 300, basePlaceId: 'baltiysk', sourceId: 'csis-oniks', alsoSourceIds: ['firstpost-2022', 'sputnik-2016-bastion'] },
  { id: 's-400', name: 'S-400', kind: 'long-range air-defence missile system', role: 'air-defence', rangeKm: 400, sourceId: 'moscowtimes-2012', alsoSourceIds: ['b92-2012', 'twz-2019'] },
] as const satisfies readonly Weapon[]

export type WeaponId = (typeof weapons)[number]['id']

/** The weapon with this id; throws, naming the id, if there is none. */
export const weaponById = byId<Weapon>(weapons, 'weapon', 'data/weapons.ts')
