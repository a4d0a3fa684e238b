/**
 * The map's key: one entry for each fill, pattern and line a slide can show. Entries for the
 * slide's steps are listed from the start and shown as their step is reached, so the key never
 * changes size between clicks; what shows from the start comes first, so entries still to come
 * leave no gaps. NATO's cohorts share one heading ("NATO, joined") and are named by year.
 */
import type { Cohort } from '../../data/alliances.ts'
import type { LayerId, Shade } from './layers.ts'
import { COHORT_LABELS } from '../../data/alliances.ts'
import { scenarioById } from '../../data/scenarios.ts'
import type { Weapon } from '../../data/weapons.ts'
import { weaponById } from '../../data/weapons.ts'
import { baseShades, cohortShade, LAYERS } from './layers.ts'

/** How an entry's sample is drawn; the component styles each with the same classes as the map. */
export type Swatch = Exclude<Shade, 'neutral'> | 'exclave' | 'mainland' | 'ring-iskander' | 'ring-bastion' | 'a2ad' | 'air-defence' | 'blockade' | 'suwalki' | 'corridor'

/** Swatches drawn as a line in the key; the others are filled boxes. */
export const LINE_SWATCHES: readonly Swatch[] = ['mainland', 'ring-iskander', 'ring-bastion', 'air-defence', 'blockade', 'suwalki', 'corridor']

export interface LegendEntry {
  key: string
  /** The sample; a heading (the NATO group's) has none. */
  swatch?: Swatch
  label: string
  /** The step that brings the entry; undefined for what the map shows from the start. */
  layer?: LayerId
}

export const NATO_HEADING = 'NATO, joined'

const COHORT_ORDER: Cohort[] = ['before-1999', '1999', '2004', '2023-24']

function cohortEntry(cohort: Cohort, layer?: LayerId): LegendEntry {
  return { key: `nato-${cohort}`, swatch: cohortShade(cohort), label: COHORT_LABELS[cohort], layer }
}

/** "Bastion-P, 300 km from anywhere in the oblast" */
const envelopeLabel = (weapon: Weapon) => `${weapon.name}, ${weapon.rangeKm} km from anywhere in the oblast`

/** The entries for the lines and fills a step adds (its cohort fills go under the NATO heading). */
function stepEntries(layer: LayerId): LegendEntry[] {
  const spec = LAYERS[layer]
  if (spec.weaponId) {
    const weapon = weaponById(spec.weaponId)
    return [{ key: layer, swatch: layer === 'iskander' ? 'ring-iskander' : 'ring-bastion', label: envelopeLabel(weapon), layer }]
  }
  switch (layer) {
    case 'exclave': return [{ key: layer, swatch: 'exclave', label: 'Kaliningrad Oblast (Russia)', layer }]
    case 'mainland': return [{ key: layer, swatch: 'mainland', label: 'Shortest line to mainland Russia', layer }]
    case 'suwalki': return [{ key: layer, swatch: 'suwalki', label: 'Suwałki Gap border', layer }]
    case 'a2ad': {
      const shape = scenarioById('a2ad').shape
      const zone = shape.kind === 'zone' ? shape.weaponIds.map(weaponById) : []
      return zone.map(weapon => ({
        key: `a2ad-${weapon.id}`,
        swatch: weapon.role === 'air-defence' ? 'air-defence' : 'a2ad',
        label: `${weapon.name} ${weapon.role === 'air-defence' ? 'air defence' : weapon.role === 'anti-ship' ? 'anti-ship (also fired at land targets)' : 'land attack'}, ${weapon.rangeKm} km`,
        layer,
      }))
    }
    case 'blockade':
    case 'corridor': {
      const scenario = scenarioById(spec.scenarioId!)
      return [{ key: layer, swatch: layer, label: `${scenario.name} (${scenario.keyNote})`, layer }]
    }
    default: return []
  }
}

/**
 * Every entry the slide's map can need, in this order: Russia and Belarus; the NATO heading, the
 * cohorts shaded from the start (in date order) and those the steps add (in step order); then one
 * entry per step that adds another fill or a line. Only countries in `countriesShown` count, so the
 * key never explains a fill the view does not show.
 */
export function legendEntries(date: string | undefined, steps: readonly LayerId[], countriesShown: ReadonlySet<string>): LegendEntry[] {
  const shades = new Set([...baseShades(date, steps)].filter(([id]) => countriesShown.has(id)).map(([, shade]) => shade))
  const entries: LegendEntry[] = []
  if (shades.has('russia'))
    entries.push({ key: 'russia', swatch: 'russia', label: 'Russia' })
  if (shades.has('belarus'))
    entries.push({ key: 'belarus', swatch: 'belarus', label: 'Belarus' })
  const cohorts = [
    ...COHORT_ORDER.filter(c => shades.has(cohortShade(c))).map(c => cohortEntry(c)),
    ...steps.filter(s => LAYERS[s].cohort).map(s => cohortEntry(LAYERS[s].cohort!, s)),
  ]
  if (cohorts.length)
    entries.push({ key: 'nato', label: NATO_HEADING, layer: cohorts[0].layer }, ...cohorts)
  for (const step of steps)
    entries.push(...stepEntries(step))
  return entries
}
