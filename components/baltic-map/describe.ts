/**
 * The map in words, for screen readers and for anyone who cannot see it: what the current click
 * shows, built from the same records the map draws. Numbers are computed, never typed in.
 */
import type { Cohort } from '../../data/alliances.ts'
import type { Weapon } from '../../data/weapons.ts'
import type { LayerId } from './layers.ts'
import type { MapDistances } from './reach.ts'
import type { ViewId } from './views.ts'
import { COHORT_LABELS, memberships } from '../../data/alliances.ts'
import { scenarioById } from '../../data/scenarios.ts'
import { weaponById } from '../../data/weapons.ts'
import { formatPartialDate } from '../../lib/dates.ts'
import { roundKm } from '../../lib/geo.ts'
import { baseShades, cohortShade, LAYERS } from './layers.ts'
import { placeById } from '../../data/places.ts'
import { VIEWS } from './views.ts'

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

/** A measured place's distance to the oblast as the map labels it: "463 km, inside" (of `rangeKm`). */
export function reachLabel(distanceKm: number, rangeKm: number): string {
  return `${Math.round(distanceKm)} km, ${distanceKm <= rangeKm ? 'inside' : 'outside'}`
}

export interface MapDescription {
  view: ViewId
  /** The day the alliance shading is for (the map's `date`), as YYYY-MM-DD. */
  date?: string
  steps: readonly LayerId[]
  /** The layers shown now (the first k steps). */
  visible: readonly LayerId[]
  /** Ids of the countries the view shows. */
  countriesShown: ReadonlySet<string>
  /** The distances the map measures on its geodata (reach.ts), in km. */
  distances: MapDistances
}

const roleWords: Record<Weapon['role'], string> = { 'land-attack': 'land-attack', 'anti-ship': 'anti-ship', 'air-defence': 'air-defence' }

function layerSentence(layer: LayerId, distances: MapDistances): string | undefined {
  const spec = LAYERS[layer]
  const names = (ids: readonly string[]) => ids.map(id => placeById(id).name)
  if (spec.weaponId) {
    const weapon = weaponById(spec.weaponId)
    const base = weapon.basePlaceId ? ` Its base, ${placeById(weapon.basePlaceId).name}, is marked.` : ''
    const ids = spec.measuredPlaces ?? []
    const allInside = ids.every(id => distances.places[id] <= weapon.rangeKm)
    const measured = ids.map(id => `${placeById(id).name} ${Math.round(distances.places[id])} km${allInside || distances.places[id] <= weapon.rangeKm ? '' : ' (outside)'}`)
    return `A line shows how far the ${weapon.name} reaches, at its nominal maximum range of about ${weapon.rangeKm} km, from anywhere in the oblast: a nominal maximum, not a wall.${base}${measured.length ? ` Distances to the oblast's nearest point: ${listWords(measured)}${allInside ? ', all inside' : ''}.` : ''}`
  }
  if (spec.scenarioId) {
    const scenario = scenarioById(spec.scenarioId)
    const shape = scenario.shape
    const whose = scenario.authorship === 'our-sketch' ? `our sketch, not the essay's plan` : `the essay's argument`
    if (shape.kind === 'zone') {
      const reaches = shape.weaponIds.map(weaponById).map(w => `the ${w.name} ${roleWords[w.role]} missiles' reach of about ${w.rangeKm} km`)
      return `${scenario.name}, ${whose}: shaded, ${listWords(reaches)}, each from anywhere in the oblast. These are nominal maximum ranges: such rings overstate denial. Bastion-P has also been fired at land targets.`
    }
    if (shape.kind === 'cordon')
      return `${scenario.name}, ${whose}: a line across the sea approaches ${shape.radiusKm} km from ${placeById(shape.centrePlaceId).name}, inside the missiles' reach.`
    return `${scenario.name}, ${whose}: an arrow from ${placeById(shape.fromPlaceId).name} to ${placeById(shape.toPlaceId).name}.`
  }
  switch (layer) {
    case 'exclave': return `Kaliningrad Oblast, Russia's exclave, is highlighted, with ${listWords(spec.places.map(id => placeById(id)).map(p => p.name))}.`
    case 'cities': return `Cities marked: ${listWords(names(spec.places))}; the Baltic Sea is named.`
    case 'mainland': return `A line shows the shortest distance from the oblast to mainland Russia, about ${Math.round(distances.mainlandRussia)} km, across ${listWords(distances.mainlandCrosses)}.`
    case 'suwalki': return `The Suwałki Gap is highlighted: the Polish–Lithuanian border between Kaliningrad and Belarus, about ${roundKm(distances.suwalkiGap, 5)} km across in a straight line, near the town of Suwałki.`
    default: return undefined
  }
}

/** What the map shows now, in a few sentences. */
export function describeMap(d: MapDescription): string {
  const sentences = [`Map of ${VIEWS[d.view].title}.`]
  const cohorts = new Map<Cohort, string[]>()
  const shades = baseShades(d.date, d.steps)
  for (const m of memberships) {
    const shownByStep = d.visible.some(layer => LAYERS[layer].cohort === m.cohort)
    if (d.countriesShown.has(m.id) && (shades.get(m.id) === cohortShade(m.cohort) || shownByStep))
      cohorts.set(m.cohort, [...(cohorts.get(m.cohort) ?? []), m.country])
  }
  if (cohorts.size) {
    const groups = [...cohorts].map(([cohort, countries]) => `${COHORT_LABELS[cohort]}, ${listWords(countries)}`)
    sentences.push(`${d.date ? `NATO members on ${formatDate(d.date)}` : 'NATO members'}${d.visible.some(l => LAYERS[l].cohort) ? ' and those joining at this step' : ''} are shaded by when they joined: ${groups.join('; ')}.`)
  }
  if (d.date !== undefined)
    sentences.push('Russia, with its Kaliningrad exclave, and Belarus are shaded in fills of their own.')
  for (const layer of d.visible) {
    const sentence = layerSentence(layer, d.distances)
    if (sentence)
      sentences.push(sentence)
  }
  if (d.steps.length)
    sentences.push(`Step ${d.visible.length} of ${d.steps.length}.`)
  return sentences.join(' ')
}
