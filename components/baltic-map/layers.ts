/**
 * The map's layers (data/map-layers.ts) on a slide: how countries are filled before any step, and
 * which sources the layers rest on. A slide's figure lists its layers in `steps`; click k shows the
 * first k of them (figure-steps.ts). Everything here is data and arithmetic, tested without a
 * browser.
 */
import type { Cohort } from '../../data/alliances.ts'
import type { LayerId } from '../../data/map-layers.ts'
import type { Weapon } from '../../data/weapons.ts'
import { isMemberOn, memberships } from '../../data/alliances.ts'
import { BASEMAP_SOURCE_ID } from '../../data/geodata.ts'
import { LAYERS } from '../../data/map-layers.ts'
import { scenarioById } from '../../data/scenarios.ts'
import { weaponById } from '../../data/weapons.ts'

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
 * Every source the map can show on a slide: the basemap and gazetteer (every place's coordinates),
 * the memberships shaded at `date`, and the records each step draws. The one place a map's sources
 * are worked out: the slide's bottom line lists them, and the models carry none of their own.
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
