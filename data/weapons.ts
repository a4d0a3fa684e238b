/**
 * Missile systems in Kaliningrad Oblast whose reach the map draws. All are road-mobile, so the map
 * draws a weapon's reach from ANY point of the oblast (components/baltic-map/reach.ts), and marks
 * the place its unit is based at, where a source names one, from the date it was based there. Every range is a nominal maximum:
 * what the missile can fly, not where it can find and hit a target.
 *
 * A weapon's reach depends on the missile it fires, and missiles change: the S-400's 400 km needs
 * the 40N6, which entered service only in 2018. So a weapon lists its missiles in order of service,
 * and a map draws the one in service on its date (`missileOn`), never a later one.
 */
import type { PlaceId } from './places.ts'
import { byId } from './by-id.ts'

export type WeaponRole = 'land-attack' | 'anti-ship' | 'air-defence'

/** A missile a weapon fires, with its range and from when it serves. */
export interface Missile {
  /** The missile as its sources name it: "9M723", "48N6 family". */
  name: string
  /** Declared or reported nominal maximum range, in km. */
  rangeKm: number
  /** The first month (YYYY-MM) the missile serves, where a later missile replaced an earlier one; absent for a weapon's first missile. */
  from?: string
  /** The source of the range. A map may draw it only if the source is dated no later than the map, or ... */
  sourceId: string
  /**
   * ... where the only source is later (it looks back), the date by which it shows this missile in
   * service: the map's date must not be earlier. Its reason is in the source's note.
   */
  inServiceBy?: string
  /** A source for the missile's name, where the range's source does not give it. */
  nameSourceId?: string
}

export interface Weapon {
  /** Stable id, used by the map's range layers. */
  id: string
  /** The system's name as the slide shows it. */
  name: string
  /** What it is, in a few words, for the map's text alternative. */
  kind: string
  role: WeaponRole
  /** The missiles it has fired in Kaliningrad, in order of service: the first has no `from`. */
  missiles: readonly Missile[]
  /**
   * Where the unit is based, where a source names it, and from when (YYYY-MM: the month the record
   * codes the weapon placed there to stay): a map of an earlier date marks no base. A unit test
   * holds `from` to the record (data/escalation-events.ts).
   */
  base?: { placeId: PlaceId, from: string, sourceId: string }
  /** Sources for what else the map says of the weapon (its presence in Kaliningrad, other uses). */
  alsoSourceIds?: readonly string[]
}

export const weapons = [
  {
    id: 'iskander-m',
    name: 'Iskander-M',
    kind: 'nuclear-capable short-range ballistic missile',
    role: 'land-attack',
    missiles: [{ name: '9M723', rangeKm: 500, sourceId: 'afp-2011', nameSourceId: 'ria-2013-iskander' }],
    base: { placeId: 'chernyakhovsk', from: '2018-02', sourceId: 'uawire-2018' },
  },
  {
    // The unit's base in the oblast is not named in any source we could read: the map marks none.
    id: 'bastion-p',
    name: 'Bastion-P',
    kind: 'coastal anti-ship missile system, also used against land targets',
    role: 'anti-ship',
    missiles: [{ name: 'P-800 Oniks', rangeKm: 300, sourceId: 'sputnik-2016-bastion' }],
    alsoSourceIds: ['ap-2016', 'firstpost-2022'],
  },
  {
    id: 's-400',
    name: 'S-400',
    kind: 'long-range air-defence missile system',
    role: 'air-defence',
    missiles: [
      { name: '48N6 family', rangeKm: 250, sourceId: 'twz-2019', inServiceBy: '2012-04' },
      { name: '40N6', rangeKm: 400, from: '2018-10', sourceId: 'twz-2019' },
    ],
    alsoSourceIds: ['moscowtimes-2012', 'b92-2012'],
  },
] as const satisfies readonly Weapon[]

export type WeaponId = (typeof weapons)[number]['id']

/** The weapon with this id; throws, naming the id, if there is none. */
export const weaponById = byId<Weapon>(weapons, 'weapon', 'data/weapons.ts')

/** The missile `weapon` fires on `date` (YYYY-MM-DD): the last whose service has begun. */
export function missileOn(weapon: Weapon, date: string): Missile {
  return weapon.missiles.findLast(m => m.from === undefined || m.from <= date.slice(0, m.from.length)) ?? weapon.missiles[0]
}

/** The weapon's base on `date` (YYYY-MM-DD), if it has one by then. */
export function baseOn(weapon: Weapon, date: string | undefined): Weapon['base'] {
  return weapon.base && date !== undefined && weapon.base.from <= date.slice(0, weapon.base.from.length) ? weapon.base : undefined
}

/** The farthest any of the weapon's missiles reaches, in km: what a view must leave room for. */
export function longestRangeKm(weapon: Weapon): number {
  return Math.max(...weapon.missiles.map(m => m.rangeKm))
}
