/**
 * The map's layers: what each one shows, which show at click k, and which sources they rest on.
 * A slide lists its layers in `steps`; click k shows the first k of them. Everything here is data
 * and arithmetic, so the choreography is tested without a browser.
 */
import type { Cohort } from '../../data/alliances.ts'
import type { PlaceId } from '../../data/places.ts'
import type { ScenarioId } from '../../data/scenarios.ts'
import type { Weapon, WeaponId } from '../../data/weapons.ts'
import type { LatLon } from '../../lib/geo.ts'
import type { MeasuredPlaceId } from './reach.ts'
import { isMemberOn, memberships } from '../../data/alliances.ts'
import { scenarioById } from '../../data/scenarios.ts'
import { weaponById } from '../../data/weapons.ts'
import { BASEMAP_SOURCE_ID } from '../../data/geodata.ts'
import { MEASURED_PLACES } from './reach.ts'

export const LAYER_IDS = [
  'exclave',
  'cities',
  'mainland',
  'nato-1999',
  'nato-2004',
  'nato-2023',
  'iskander',
  'bastion',
  'a2ad',
  'blockade',
  'suwalki',
  'corridor',
] as const

export type LayerId = (typeof LAYER_IDS)[number]

export interface LayerSpec {
  /** Places marked and named by the layer. */
  places: readonly PlaceId[]
  /** A NATO cohort the layer shades as it joins. */
  cohort?: Cohort
  /** A weapon whose reach from anywhere in the oblast (an envelope) the layer draws, marking its base. */
  weaponId?: WeaponId
  /** Places labelled with their great-circle distance to the oblast's nearest point, and whether the weapon reaches them. */
  measuredPlaces?: readonly MeasuredPlaceId[]
  /** An essay scenario the layer sketches. */
  scenarioId?: ScenarioId
  /** A territory the layer fills and outlines: its geodata id, its name in the key, and its name and what it is in the text alternative. */
  territory?: { country: string, key: string, name: string, what: string }
  /** A sea the layer names, at the first of these spots that is free (open water in every view that shows the sea). */
  sea?: { name: string, anchors: readonly LatLon[] }
  /** The shortest line from the oblast to mainland Russia (reach.ts `mainlandLink`): its words on the map and its name in the key. */
  link?: { label: string, key: string }
  /** The Suwałki Gap's border as the geodata draws it, and its width: its name on the map and in the key. */
  border?: { label: string, key: string }
}

/**
 * What each layer shows. Records (weapons, scenarios, memberships) bring their own sources; the
 * exclave and the Suwałki Gap are drawn from the basemap, which every map cites.
 */
export const LAYERS: Record<LayerId, LayerSpec> = {
  'exclave': { places: ['kaliningrad', 'baltiysk', 'chernyakhovsk'], territory: { country: 'kaliningrad', key: 'Kaliningrad Oblast (Russia)', name: 'Kaliningrad Oblast', what: 'Russia\'s exclave' } },
  'cities': {
    places: ['gdansk', 'warsaw', 'vilnius', 'riga', 'minsk', 'tallinn', 'stockholm', 'helsinki', 'st-petersburg', 'berlin'],
    sea: { name: 'Baltic Sea', anchors: [{ lat: 55.55, lon: 18.2 }, { lat: 57.3, lon: 20.1 }, { lat: 56.1, lon: 19.3 }] },
  },
  'mainland': { places: [], link: { label: 'to mainland Russia', key: 'Shortest line to mainland Russia' } },
  'nato-1999': { places: [], cohort: '1999' },
  'nato-2004': { places: [], cohort: '2004' },
  'nato-2023': { places: [], cohort: '2023-24' },
  'iskander': { places: ['chernyakhovsk'], weaponId: 'iskander-m', measuredPlaces: MEASURED_PLACES },
  'bastion': { places: ['baltiysk'], weaponId: 'bastion-p' },
  'a2ad': { places: ['baltiysk'], scenarioId: 'a2ad' },
  'blockade': { places: ['baltiysk'], scenarioId: 'blockade' },
  'suwalki': { places: ['suwalki'], border: { label: 'Suwałki Gap', key: 'Suwałki Gap border' } },
  'corridor': { places: ['hrodna'], scenarioId: 'corridor' },
}

/** The slide's `steps`, checked: known layer ids, each once. Throws, naming the bad id. */
export function checkSteps(steps: readonly string[]): LayerId[] {
  const seen = new Set<string>()
  for (const step of steps) {
    if (!(LAYER_IDS as readonly string[]).includes(step))
      throw new Error(`BalticMap: unknown layer "${step}" in steps; known layers: ${LAYER_IDS.join(', ')}`)
    if (seen.has(step))
      throw new Error(`BalticMap: layer "${step}" appears twice in steps`)
    seen.add(step)
  }
  return steps as LayerId[]
}

/**
 * How many steps show at `clicks`: one per click, clamped to [0, steps]. Slidev passes a huge value
 * (CLICKS_MAX) in print and overview, and for slides already passed; that shows every step.
 */
export function shownCount(stepCount: number, clicks: number): number {
  if (Number.isNaN(clicks))
    return 0
  return Math.min(stepCount, Math.max(0, Math.floor(clicks)))
}

/** The layers shown at `clicks`, in step order. */
export function visibleLayers(steps: readonly LayerId[], clicks: number): LayerId[] {
  return steps.slice(0, shownCount(steps.length, clicks))
}

/** The fill of NATO members by cohort. */
export type CohortShade = `nato-${Cohort}`

/** How a country is filled. */
export type Shade = CohortShade | 'russia' | 'belarus' | 'neutral'

export function cohortShade(cohort: Cohort): CohortShade {
  return `nato-${cohort}`
}

/**
 * How each country is filled before any step: with `date`, NATO members on that day by cohort
 * (except cohorts a step will add) and Russia (with Kaliningrad) and Belarus in their own fills;
 * without `date`, every country neutral. Countries not named are neutral.
 */
export function baseShades(date: string | undefined, steps: readonly LayerId[]): Map<string, Shade> {
  const shades = new Map<string, Shade>()
  if (date === undefined)
    return shades
  const stepCohorts = new Set(steps.map(s => LAYERS[s].cohort).filter(Boolean))
  for (const m of memberships) {
    if (!stepCohorts.has(m.cohort) && isMemberOn(m, date))
      shades.set(m.id, cohortShade(m.cohort))
  }
  shades.set('russia', 'russia')
  shades.set('kaliningrad', 'russia')
  shades.set('belarus', 'belarus')
  return shades
}

/** Countries a cohort layer shades, by id. */
export function cohortMembers(cohort: Cohort): string[] {
  return memberships.filter(m => m.cohort === cohort).map(m => m.id)
}

/** A weapon's sources in the A2/AD sketch: its range's, and those of what else the sketch says of it (its presence, its land use). */
function weaponSourceIds(weapon: Weapon): string[] {
  return [weapon.sourceId, ...(weapon.alsoSourceIds ?? [])]
}

/**
 * Every source the map can show on a slide: the basemap and gazetteer, the memberships shaded at
 * `date`, and each step's records. The slide's bottom line lists them.
 */
export function mapSourceIds(date: string | undefined, steps: readonly LayerId[]): string[] {
  const ids = [BASEMAP_SOURCE_ID, 'geonames']
  if (date !== undefined)
    ids.push(...memberships.filter(m => isMemberOn(m, date)).map(m => m.sourceId))
  for (const step of steps) {
    const spec = LAYERS[step]
    if (spec.cohort)
      ids.push(...memberships.filter(m => m.cohort === spec.cohort).map(m => m.sourceId))
    if (spec.weaponId)
      ids.push(weaponById(spec.weaponId).sourceId)
    if (spec.scenarioId) {
      const scenario = scenarioById(spec.scenarioId)
      ids.push(scenario.sourceId, ...(scenario.alsoSourceIds ?? []))
      if (scenario.shape.kind === 'zone')
        ids.push(...scenario.shape.weaponIds.flatMap(id => weaponSourceIds(weaponById(id))))
    }
  }
  return [...new Set(ids)]
}
