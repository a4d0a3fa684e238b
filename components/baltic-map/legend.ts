/**
 * The map's key, read off the map's models (models.ts) by kind: one entry for each fill, pattern
 * and line a slide can show. Entries for the slide's steps are listed from the start and shown as
 * their step is reached, so the key never changes size between clicks; what shows from the start
 * comes first, so entries still to come leave no gaps. NATO's cohorts share one heading ("NATO,
 * joined") and are named by year.
 */
import type { Cohort } from '../../data/alliances.ts'
import type { Weapon } from '../../data/weapons.ts'
import type { LayerId } from '../../data/map-layers.ts'
import type { Shade } from './layers.ts'
import type { AreaModel, LayerModel } from './models.ts'
import { COHORT_LABELS } from '../../data/alliances.ts'
import { cohortShade } from './layers.ts'

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

const NATO_HEADING = 'NATO, joined'

const COHORT_ORDER: Cohort[] = ['before-1999', '1999', '2004', '2023-24']

function cohortEntry(cohort: Cohort, layer?: LayerId): LegendEntry {
  return { key: `nato-${cohort}`, swatch: cohortShade(cohort), label: COHORT_LABELS[cohort], layer }
}

/** "Bastion-P, 300 km from anywhere in the oblast" */
const envelopeLabel = (weapon: Weapon) => `${weapon.name}, ${weapon.rangeKm} km from anywhere in the oblast`

/** A weapon of a zone, named with its role: "Bastion-P anti-ship (also fired at land targets), 300 km" */
const zoneLabel = (weapon: Weapon) => `${weapon.name} ${weapon.role === 'air-defence' ? 'air defence' : weapon.role === 'anti-ship' ? 'anti-ship (also fired at land targets)' : 'land attack'}, ${weapon.rangeKm} km`

/** The entry for a model the key lists (it has a swatch), by its kind and record; NATO's cohorts are gathered apart. */
function modelEntry(model: LayerModel): LegendEntry | undefined {
  const layer = model.owner === 'base' ? undefined : model.owner
  const { swatch, record } = model
  if (!swatch || !layer)
    return undefined
  switch (model.kind) {
    case 'area':
      return record.type === 'territory' ? { key: layer, swatch, label: record.territory.key, layer } : undefined
    case 'envelope':
      if (record.type === 'weapon')
        return { key: layer, swatch, label: envelopeLabel(record.weapon), layer }
      return record.type === 'scenario' && record.weapon ? { key: `${layer}-${record.weapon.id}`, swatch, label: zoneLabel(record.weapon), layer } : undefined
    case 'line':
    case 'arrow':
      if (record.type === 'scenario')
        return { key: layer, swatch, label: `${record.scenario.name} (${record.scenario.keyNote})`, layer }
      return record.type === 'link' || record.type === 'gap' ? { key: layer, swatch, label: record.key, layer } : undefined
    default:
      return undefined
  }
}

/** A zone's weapons in the order its scenario lists them (the map draws the widest first). */
function zoneOrder(model: LayerModel): number {
  const record = model.record
  return record.type === 'scenario' && record.weapon && record.scenario.shape.kind === 'zone' ? (record.scenario.shape.weaponIds as readonly string[]).indexOf(record.weapon.id) : 0
}

/**
 * Every entry the slide's map can need, from its models, in this order: Russia and Belarus; the
 * NATO heading, the cohorts shaded from the start (in date order) and those the steps add (in step
 * order); then one entry per model that adds another fill or a line, in step order. Only countries
 * in `countriesShown` count, so the key never explains a fill the view does not show.
 */
export function legendEntries(models: readonly LayerModel[], countriesShown: ReadonlySet<string>): LegendEntry[] {
  const areas = models.filter((m): m is AreaModel => m.kind === 'area')
  const shades = new Set(areas.filter(m => m.owner === 'base').flatMap(m => m.countries).filter(c => countriesShown.has(c.feature.properties.id)).map(c => c.shade))
  const entries: LegendEntry[] = []
  if (shades.has('russia'))
    entries.push({ key: 'russia', swatch: 'russia', label: 'Russia' })
  if (shades.has('belarus'))
    entries.push({ key: 'belarus', swatch: 'belarus', label: 'Belarus' })
  const cohorts = [
    ...COHORT_ORDER.filter(c => shades.has(cohortShade(c))).map(c => cohortEntry(c)),
    ...areas.flatMap(m => m.record.type === 'cohort' && m.owner !== 'base' ? [cohortEntry(m.record.cohort, m.owner)] : []),
  ]
  if (cohorts.length)
    entries.push({ key: 'nato', label: NATO_HEADING, layer: cohorts[0].layer }, ...cohorts)
  const owners = [...new Set(models.map(m => m.owner))]
  for (const owner of owners) {
    const keyed = models.filter(m => m.owner === owner).map((m, i) => ({ m, i })).sort((a, b) => zoneOrder(a.m) - zoneOrder(b.m) || a.i - b.i)
    entries.push(...keyed.flatMap(({ m }) => modelEntry(m) ?? []))
  }
  return entries
}
