/**
 * Every distance the deck states about the map, computed from the map's own shapes
 * (data/geo/baltic.json, Natural Earth) by components/baltic-map/reach.ts: the same functions the
 * map draws with, so a slide, the map and its text alternative cannot disagree. Rounded to the km;
 * nothing here is typed in. The weapons' ranges are their records' (data/weapons.ts).
 *
 * For the tests, which hold the slides' words to these values; the map computes the same values
 * from the geodata it loads lazily.
 */
import type { BalticGeodata } from '../data/geodata.ts'
import type { MeasuredPlaceId } from '../components/baltic-map/reach.ts'
import type { WeaponId } from '../data/weapons.ts'
import { mapDistances, MEASURED_PLACES } from '../components/baltic-map/reach.ts'
import basemap from '../data/geo/baltic.json' with { type: 'json' }
import { weapons } from '../data/weapons.ts'

const measured = mapDistances(basemap as unknown as BalticGeodata)

/**
 * In km, rounded: from Kaliningrad Oblast to mainland Russia (shortest great circle between the
 * two shapes), across the Suwałki Gap (tripoint to tripoint), and from Vilnius, Warsaw and Berlin
 * to the oblast's nearest point.
 */
export const DISTANCES_KM = {
  mainlandRussia: Math.round(measured.mainlandRussia),
  suwalkiGap: Math.round(measured.suwalkiGap),
  ...Object.fromEntries(MEASURED_PLACES.map(id => [id, Math.round(measured.places[id])])) as Record<MeasuredPlaceId, number>,
} as const

/** Each weapon's nominal maximum range, in km, from data/weapons.ts. */
export const RANGES_KM = Object.fromEntries(weapons.map(w => [w.id, w.rangeKm])) as Record<WeaponId, number>

/** Whether each measured place lies within each weapon's range of the oblast's nearest point. */
export const IN_REACH = Object.fromEntries(weapons.map(w => [
  w.id,
  Object.fromEntries(MEASURED_PLACES.map(id => [id, measured.places[id] <= w.rangeKm])) as Record<MeasuredPlaceId, boolean>,
])) as Record<WeaponId, Record<MeasuredPlaceId, boolean>>
