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
import { weaponById } from '../../data/weapons.ts'
import { baseShades, cohortShade, LAYERS } from './layers.ts'

/** How an entry's sample is drawn; the component styles each with the same classes as the map. */
export type Swatch = Exclude<Shade, 'neutral'> | 'exclave' | 'ring-iskander' | 'ring-bastion' | 'a2ad' | 'blockade' | 'suwalki' | 'corridor'

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

/** The entry for a line or fill a step adds (its cohort fills go under the NATO heading). */
function stepEntry(layer: LayerId): LegendEntry | undefined {
  const spec = LAYERS[layer]
  if (spec.weaponId) {
    const weapon = weaponById(spec.weaponId)
    return { key: layer, swatch: layer === 'iskander' ? 'ring-iskander' : 'ring-bastion', label: `${weapon.name} range`, layer }
  }
  switch (layer) {
    case 'exclave': return { key: layer, swatch: 'exclave', label: 'Kaliningrad Oblast (Russia)', layer }
    case 'suwalki': return { key: layer, swatch: 'suwalki', label: 'Suwałki Gap border', layer }
    case 'a2ad': return { key: layer, swatch: layer, label: 'A2/AD zone (illustrative)', layer }
    case 'blockade':
    case 'corridor':
      return { key: layer, swatch: layer, label: `${scenarioById(spec.scenarioId!).name} (illustrative)`, layer }
    default: return undefined
  }
}

/**
 * Every entry the slide's map can need, in this order: Russia and Belarus; the NATO heading, the
 * cohorts shaded from the start (in date order) and those the steps add (in step order); then one
 * entry per step that adds another fill or a line. Only countries in `countriesShown` count, so the
 * key never explains a fill the view does not show.
 */
export function legendEntries(at: string | undefined, steps: readonly LayerId[], countriesShown: ReadonlySet<string>): LegendEntry[] {
  const shades = new Set([...baseShades(at, steps)].filter(([id]) => countriesShown.has(id)).map(([, shade]) => shade))
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
  for (const step of steps) {
    const entry = stepEntry(step)
    if (entry)
      entries.push(entry)
  }
  return entries
}
