/**
 * The map's key, read off its model (map-spec.ts): the fills the map shows from the start, then each
 * step's entries as its builder wrote them. Entries for the slide's steps are listed from the start
 * and shown as their step is reached, so the key never changes size between clicks; what shows
 * from the start comes first, so entries still to come leave no gaps. NATO's cohorts share one
 * heading ("NATO, joined") and are named by year.
 */
import type { Cohort } from '../../data/alliances.ts'
import type { LayerId } from '../../data/map-layers.ts'
import type { KeyEntry } from '../../components/baltic-map/map-spec-types.ts'
import type { MapModel } from './map-types.ts'
import { COHORT_LABELS } from '../../data/alliances.ts'
import { cohortShade } from './shading.ts'

const NATO_HEADING = 'NATO, joined'

const COHORT_ORDER: Cohort[] = ['before-1999', '1999', '2004', '2023-24']

function cohortEntry(cohort: Cohort, layer?: LayerId): KeyEntry {
  return { id: `nato-${cohort}`, swatch: cohortShade(cohort), label: COHORT_LABELS[cohort], layer }
}

/**
 * Every entry the slide's map can need, in this order: Russia and Belarus; the NATO heading, the
 * cohorts shaded from the start (in date order) and those the steps add (in step order); then each
 * step's own entries, in step order. Only countries in `countriesShown` count, so the key never
 * explains a fill the view does not show.
 */
export function legendEntries(map: MapModel, countriesShown: ReadonlySet<string>): KeyEntry[] {
  const shades = new Set([...map.shades].filter(([id]) => countriesShown.has(id)).map(([, shade]) => shade))
  const entries: KeyEntry[] = []
  if (shades.has('russia'))
    entries.push({ id: 'russia', swatch: 'russia', label: 'Russia' })
  if (shades.has('belarus'))
    entries.push({ id: 'belarus', swatch: 'belarus', label: 'Belarus' })
  const cohorts = [
    ...COHORT_ORDER.filter(c => shades.has(cohortShade(c))).map(c => cohortEntry(c)),
    ...map.steps.flatMap(s => s.cohort ? [cohortEntry(s.cohort, s.layer)] : []),
  ]
  if (cohorts.length)
    entries.push({ id: 'nato', label: NATO_HEADING, layer: cohorts[0].layer }, ...cohorts)
  entries.push(...map.steps.flatMap(s => s.key))
  return entries
}
