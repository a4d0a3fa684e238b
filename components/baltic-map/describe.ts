/**
 * The map in words, for screen readers and for anyone who cannot see it: what the current click
 * shows, read off the same models the map draws (models.ts), by kind. Numbers are computed, never
 * typed in.
 */
import type { Cohort } from '../../data/alliances.ts'
import type { Scenario } from '../../data/scenarios.ts'
import type { Weapon } from '../../data/weapons.ts'
import type { LayerId } from '../../data/map-layers.ts'
import type { AreaModel, LayerModel } from './models.ts'
import type { ViewId } from '../../data/map-views.ts'
import { COHORT_LABELS, memberships } from '../../data/alliances.ts'
import { weaponById } from '../../data/weapons.ts'
import { formatPartialDate } from '../../lib/dates.ts'
import { roundKm } from '../../lib/geo.ts'
import { cohortShade } from './layers.ts'
import { placeById } from '../../data/places.ts'
import { VIEWS } from '../../data/map-views.ts'

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
  /** The map's models (models.ts), for all its steps. */
  models: readonly LayerModel[]
  /** How many steps the slide has. */
  stepCount: number
  /** The layers shown now (the first k steps). */
  visible: readonly LayerId[]
  /** Ids of the countries the view shows. */
  countriesShown: ReadonlySet<string>
}

const roleWords: Record<Weapon['role'], string> = { 'land-attack': 'land-attack', 'anti-ship': 'anti-ship', 'air-defence': 'air-defence' }

const names = (ids: readonly string[]) => ids.map(id => placeById(id).name)

/** What one model says of its layer, by its kind and record; undefined if another model of the layer speaks for it. */
function modelSentence(model: LayerModel, layerModels: readonly LayerModel[]): string | undefined {
  const record = model.record
  switch (model.kind) {
    case 'area':
      return record.type === 'territory' ? `${record.territory.name}, ${record.territory.what}, is highlighted, with ${listWords(names(record.places))}.` : undefined
    case 'envelope':
      if (record.type === 'weapon') {
        const weapon = record.weapon
        const base = weapon.basePlaceId ? ` Its base, ${placeById(weapon.basePlaceId).name}, is marked.` : ''
        const km = new Map(layerModels.flatMap(m => m.record.type === 'measure' ? [[m.record.place.id, m.record.nearest.distanceKm] as const] : []))
        const allInside = record.measured.every(id => km.get(id)! <= weapon.rangeKm)
        const measured = record.measured.map(id => `${placeById(id).name} ${Math.round(km.get(id)!)} km${allInside || km.get(id)! <= weapon.rangeKm ? '' : ' (outside)'}`)
        return `A line shows how far the ${weapon.name} reaches, at its nominal maximum range of about ${weapon.rangeKm} km, from anywhere in the oblast: a nominal maximum, not a wall.${base}${measured.length ? ` Distances to the oblast's nearest point: ${listWords(measured)}${allInside ? ', all inside' : ''}.` : ''}`
      }
      return record.type === 'scenario' ? scenarioSentence(record.scenario) : undefined
    case 'line':
      if (record.type === 'link')
        return `A line shows the shortest distance from the oblast to mainland Russia, about ${Math.round(record.link.distanceKm)} km, across ${listWords(record.crosses)}.`
      if (record.type === 'gap')
        return `The Suwałki Gap is highlighted: the Polish–Lithuanian border between Kaliningrad and Belarus, about ${roundKm(record.gap.widthKm, 5)} km across in a straight line, near the town of Suwałki.`
      return record.type === 'scenario' ? scenarioSentence(record.scenario) : undefined
    case 'arrow':
      return record.type === 'scenario' ? scenarioSentence(record.scenario) : undefined
    case 'label':
      return record.type === 'sea' ? `Cities marked: ${listWords(names(record.places))}; the ${record.name} is named.` : undefined
    default:
      return undefined
  }
}

function scenarioSentence(scenario: Scenario): string {
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

/** What the map shows now, in a few sentences, read off its models. */
export function describeMap(d: MapDescription): string {
  const sentences = [`Map of ${VIEWS[d.view].title}.`]
  const areas = d.models.filter((m): m is AreaModel => m.kind === 'area')
  const shades = new Map(areas.filter(m => m.owner === 'base').flatMap(m => m.countries).map(c => [c.feature.properties.id, c.shade]))
  const visibleCohorts = new Set(areas.flatMap(m => m.record.type === 'cohort' && d.visible.includes(m.owner as LayerId) ? [m.record.cohort] : []))
  const cohorts = new Map<Cohort, string[]>()
  for (const m of memberships) {
    if (d.countriesShown.has(m.id) && (shades.get(m.id) === cohortShade(m.cohort) || visibleCohorts.has(m.cohort)))
      cohorts.set(m.cohort, [...(cohorts.get(m.cohort) ?? []), m.country])
  }
  if (cohorts.size) {
    const groups = [...cohorts].map(([cohort, countries]) => `${COHORT_LABELS[cohort]}, ${listWords(countries)}`)
    sentences.push(`${d.date ? `NATO members on ${formatDate(d.date)}` : 'NATO members'}${visibleCohorts.size ? ' and those joining at this step' : ''} are shaded by when they joined: ${groups.join('; ')}.`)
  }
  if (d.date !== undefined)
    sentences.push('Russia, with its Kaliningrad exclave, and Belarus are shaded in fills of their own.')
  for (const layer of d.visible) {
    const layerModels = d.models.filter(m => m.owner === layer)
    const sentence = layerModels.map(m => modelSentence(m, layerModels)).find(Boolean)
    if (sentence)
      sentences.push(sentence)
  }
  if (d.stepCount)
    sentences.push(`Step ${d.visible.length} of ${d.stepCount}.`)
  return sentences.join(' ')
}
