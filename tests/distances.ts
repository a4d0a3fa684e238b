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
import type { MeasuredPlaceId } from '../data/map-layers.ts'
import type { WeaponId } from '../data/weapons.ts'
import { suwalkiGap } from '../components/baltic-map/basemap.ts'
import { countriesCrossed, mainlandLink, nearestInOblast } from '../components/baltic-map/reach.ts'
import basemap from '../data/geo/baltic.json' with { type: 'json' }
import { MEASURED_PLACES } from '../data/map-layers.ts'
import { placeById } from '../data/places.ts'
import { missileOn, weapons } from '../data/weapons.ts'

/** Every distance the map draws and the slides state, in km, unrounded, from the geodata. */
interface MapDistances {
  /** Shortest great-circle distance from the oblast to mainland Russia. */
  mainlandRussia: number
  /** Straight-line width of the Suwałki Gap, tripoint to tripoint. */
  suwalkiGap: number
  /** Distance from each measured place to the oblast's nearest point. */
  places: Record<MeasuredPlaceId, number>
  /** The names of the countries the shortest line to mainland Russia crosses, in order. */
  mainlandCrosses: string[]
}

function mapDistances(data: BalticGeodata): MapDistances {
  const link = mainlandLink(data)
  const names = new Map(data.features.map(f => [f.properties.id, f.properties.name]))
  return {
    mainlandRussia: link.distanceKm,
    mainlandCrosses: countriesCrossed(data, link).map(id => names.get(id)!),
    suwalkiGap: suwalkiGap(data).widthKm,
    places: Object.fromEntries(MEASURED_PLACES.map(id => [id, nearestInOblast(data, placeById(id)).distanceKm])) as Record<MeasuredPlaceId, number>,
  }
}

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

/** Every nominal maximum range a weapon's missiles have had, in km, from data/weapons.ts (the slides may state any). */
export const RANGES_KM = weapons.flatMap(w => w.missiles.map(m => m.rangeKm))

/** Whether each measured place lies within each weapon's range of the oblast's nearest point, on `date` (YYYY-MM-DD). */
export function inReach(date: string): Record<WeaponId, Record<MeasuredPlaceId, boolean>> {
  return Object.fromEntries(weapons.map(w => [
    w.id,
    Object.fromEntries(MEASURED_PLACES.map(id => [id, measured.places[id] <= missileOn(w, date).rangeKm])) as Record<MeasuredPlaceId, boolean>,
  ])) as Record<WeaponId, Record<MeasuredPlaceId, boolean>>
}
