/**
 * The map in words, for screen readers and for anyone who cannot see it: what the current click
 * shows, read off the same model the map draws (map-spec.ts): the fills it shows from the start,
 * then each step's sentence as its builder wrote it. Numbers are computed, never typed in.
 */
import type { Cohort } from '../../data/alliances.ts'
import type { LayerId } from '../../data/map-layers.ts'
import type { ViewId } from '../../data/map-views.ts'
import type { MapModel } from './map-types.ts'
import { COHORT_LABELS, memberships } from '../../data/alliances.ts'
import { VIEWS } from '../../data/map-views.ts'
import { cohortShade } from './shading.ts'
import { formatDate, listWords } from './words.ts'

export interface MapDescription {
  view: ViewId
  /** The day the alliance shading is for (the map's `date`), as YYYY-MM-DD. */
  date?: string
  /** The map's model (map-spec.ts), for all its steps. */
  map: MapModel
  /** The layers shown now (the first k steps). */
  visible: readonly LayerId[]
  /** Ids of the countries the view shows. */
  countriesShown: ReadonlySet<string>
}

/** What the map shows now, in a few sentences, read off its model. */
export function describeMap(d: MapDescription): string {
  const sentences = [`Map of ${VIEWS[d.view].title}.`]
  const visibleCohorts = new Set(d.map.steps.flatMap(s => s.cohort && d.visible.includes(s.layer) ? [s.cohort] : []))
  const cohorts = new Map<Cohort, string[]>()
  for (const m of memberships) {
    if (d.countriesShown.has(m.id) && (d.map.shades.get(m.id) === cohortShade(m.cohort) || visibleCohorts.has(m.cohort)))
      cohorts.set(m.cohort, [...(cohorts.get(m.cohort) ?? []), m.country])
  }
  if (cohorts.size) {
    const groups = [...cohorts].map(([cohort, countries]) => `${COHORT_LABELS[cohort]}, ${listWords(countries)}`)
    sentences.push(`${d.date ? `NATO members on ${formatDate(d.date)}` : 'NATO members'}${visibleCohorts.size ? ' and those joining at this step' : ''} are shaded by when they joined: ${groups.join('; ')}.`)
  }
  if (d.date !== undefined)
    sentences.push('Russia, with its Kaliningrad exclave, and Belarus are shaded in fills of their own.')
  for (const step of d.map.steps) {
    if (step.says && d.visible.includes(step.layer))
      sentences.push(step.says)
  }
  if (d.map.steps.length)
    sentences.push(`Step ${d.visible.length} of ${d.map.steps.length}.`)
  return sentences.join(' ')
}
