/**
 * How the map says things in words, for its labels, its key and its text alternative: dates, lists,
 * places and distances as a person would write them.
 */
import { placeById } from '../../data/places.ts'
import { formatPartialDate } from '../../lib/dates.ts'

/** "2016-11-21" as "21 November 2016". */
export function formatDate(iso: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso))
    throw new RangeError(`"${iso}" is not a date as YYYY-MM-DD`)
  return formatPartialDate(iso, 'long')
}

/** "a", "a and b", "a, b and c". */
export function listWords(words: readonly string[]): string {
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`
}

/** The names of places, by id. */
export function placeNames(ids: readonly string[]): string[] {
  return ids.map(id => placeById(id).name)
}

/** A measured place's distance to the oblast as the map labels it: "463 km, inside" (of `rangeKm`). */
export function reachLabel(distanceKm: number, rangeKm: number): string {
  return `${Math.round(distanceKm)} km, ${distanceKm <= rangeKm ? 'inside' : 'outside'}`
}

/** A distance rounded to the nearest `step` km (the Suwałki Gap's width, measured on 1:50m shapes, to 5 km). */
export function roundKm(km: number, step = 1): number {
  return Math.round(km / step) * step
}

/** "~500 km" */
export const approxKm = (km: number) => `~${km} km`
