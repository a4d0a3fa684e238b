/**
 * Missile systems in Kaliningrad Oblast whose reach the map draws. A range ring is centred on the
 * place the unit is based; the missile's reach from any other launch point moves with it.
 */
import type { PlaceId } from './places.ts'
import { byId } from '../lib/validate.ts'

export interface Weapon {
  /** Stable id, used by the map's range layers. */
  id: string
  /** The system's name as the slide shows it. */
  name: string
  /** What it is, in a few words, for the map's text alternative. */
  kind: string
  /** Declared or reported range, in km. */
  rangeKm: number
  /** The place (data/places.ts) the unit is based at: the centre of its range ring. */
  basePlaceId: PlaceId
  sourceId: string
}

export const weapons = [
  { id: 'iskander-m', name: 'Iskander-M', kind: 'nuclear-capable short-range ballistic missile', rangeKm: 500, basePlaceId: 'chernyakhovsk', sourceId: 'csis-iskander' },
  { id: 'bastion-p', name: 'Bastion-P', kind: 'coastal anti-ship missile system (P-800 Oniks)', rangeKm: 300, basePlaceId: 'baltiysk', sourceId: 'csis-oniks' },
] as const satisfies readonly Weapon[]

export type WeaponId = (typeof weapons)[number]['id']

/** The weapon with this id; throws, naming the id, if there is none. */
export const weaponById = byId<Weapon>(weapons, 'weapon', 'data/weapons.ts')
