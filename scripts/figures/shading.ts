/**
 * The map's layers (data/map-layers.ts) on a slide: how countries are filled before any step, and
 * which sources the layers rest on. A slide's figure lists its layers in `steps`; click k shows the
 * first k of them (figure-steps.ts). Everything here is data and arithmetic, tested without a
 * browser.
 */
import type { Cohort } from '../../data/alliances.ts'
import type { LayerId } from '../../data/map-layers.ts'
import type { Missile, Weapon } from '../../data/weapons.ts'
import { isMemberOn, memberships } from '../../data/alliances.ts'
import { BASEMAP_SOURCE_ID } from '../../data/geodata.ts'
import { LAYERS } from '../../data/map-layers.ts'
import { scenarioById } from '../../data/scenarios.ts'
import { baseOn, missileOn, weaponById } from '../../data/weapons.ts'

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

/**
 * The missile a map of `date` draws for `weapon`, by the layer that draws it. Throws, naming the
 * layer, for a map without a date: a range depends on the missile in service then.
 */
export function drawnMissile(weapon: Weapon, date: string | undefined, step: LayerId): Missile {
  if (date === undefined)
    throw new Error(`BalticMap: the layer "${step}" draws the ${weapon.name}'s reach, which depends on the missile in service: give the map's figure a date (data/figures.ts)`)
  return missileOn(weapon, date)
}

/** A weapon's sources on a map of `date`: its missile's range and name, its base, and what else the map says of it (its presence, its land use). */
function weaponSourceIds(weapon: Weapon, date: string | undefined, step: LayerId): string[] {
  const missile = drawnMissile(weapon, date, step)
  return [missile.sourceId, ...(missile.nameSourceId ? [missile.nameSourceId] : []), ...(baseOn(weapon, date) ? [weapon.base!.sourceId] : []), ...(weapon.alsoSourceIds ?? [])]
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
      ids.push(...weaponSourceIds(weaponById(spec.weaponId), date, step))
    if (spec.scenarioId) {
      const scenario = scenarioById(spec.scenarioId)
      ids.push(scenario.sourceId, ...(scenario.alsoSourceIds ?? []))
      if (scenario.shape.kind === 'zone')
        ids.push(...scenario.shape.weaponIds.flatMap(id => weaponSourceIds(weaponById(id), date, step)))
    }
  }
  return [...new Set(ids)]
}
