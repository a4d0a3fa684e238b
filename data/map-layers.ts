/**
 * The map's layers: what each one shows, by the ids of the records it draws (places, weapons,
 * scenarios, NATO cohorts) and the words it puts on the map. A slide's map figure
 * (data/figures.ts) lists the layers its clicks reveal, in order; components/baltic-map/ turns
 * them into drawings, the key and the text alternative. A new layer is one record here (and its
 * colours in components/baltic-map/baltic-map.css).
 */
import type { Cohort } from './alliances.ts'
import type { PlaceId } from './places.ts'
import type { ScenarioId } from './scenarios.ts'
import type { WeaponId } from './weapons.ts'

/** The places whose distance to the oblast the map and the slides state. */
export const MEASURED_PLACES = ['vilnius', 'warsaw', 'berlin'] as const satisfies readonly PlaceId[]

export type MeasuredPlaceId = (typeof MEASURED_PLACES)[number]

export interface LayerSpec {
  /** Places marked and named by the layer. */
  places: readonly PlaceId[]
  /** A NATO cohort the layer shades as it joins. */
  cohort?: Cohort
  /** A weapon whose reach from anywhere in the oblast (an envelope) the layer draws, marking its base where the map's date has it based (data/weapons.ts). */
  weaponId?: WeaponId
  /** Places labelled with their great-circle distance to the oblast's nearest point, and whether the weapon reaches them. */
  measuredPlaces?: readonly MeasuredPlaceId[]
  /** An essay scenario the layer sketches. */
  scenarioId?: ScenarioId
  /** A territory the layer fills and outlines: its geodata id, its name in the key, and its name and what it is in the text alternative. */
  territory?: { country: string, key: string, name: string, what: string }
  /** A sea the layer names, at the first of these spots that is free (open water in every view that shows the sea). */
  sea?: { name: string, anchors: readonly { lat: number, lon: number }[] }
  /** The shortest line from the oblast to mainland Russia (reach.ts `mainlandLink`): its words on the map and its name in the key. */
  link?: { label: string, key: string }
  /** The Suwałki Gap's border as the geodata draws it, and its width: its name on the map and in the key. */
  border?: { label: string, key: string }
}

/**
 * What each layer shows. Records (weapons, scenarios, memberships) bring their own sources; the
 * exclave and the Suwałki Gap are drawn from the basemap, which every map cites.
 */
const layers = {
  'exclave': { places: ['kaliningrad', 'baltiysk', 'chernyakhovsk'], territory: { country: 'kaliningrad', key: 'Kaliningrad Oblast (Russia)', name: 'Kaliningrad Oblast', what: 'Russia\'s exclave' } },
  'cities': {
    places: ['gdansk', 'warsaw', 'vilnius', 'riga', 'minsk', 'tallinn', 'stockholm', 'helsinki', 'st-petersburg', 'berlin'],
    sea: { name: 'Baltic Sea', anchors: [{ lat: 55.55, lon: 18.2 }, { lat: 57.3, lon: 20.1 }, { lat: 56.1, lon: 19.3 }] },
  },
  'mainland': { places: [], link: { label: 'to mainland Russia', key: 'Shortest line to mainland Russia' } },
  'nato-1999': { places: [], cohort: '1999' },
  'nato-2004': { places: [], cohort: '2004' },
  'nato-2023': { places: [], cohort: '2023-24' },
  'iskander': { places: [], weaponId: 'iskander-m', measuredPlaces: MEASURED_PLACES },
  'bastion': { places: [], weaponId: 'bastion-p' },
  'a2ad': { places: ['baltiysk'], scenarioId: 'a2ad' },
  'blockade': { places: ['baltiysk'], scenarioId: 'blockade' },
  'blockade-distant': { places: [], scenarioId: 'blockade-distant' },
  'suwalki': { places: ['suwalki'], border: { label: 'Suwałki Gap', key: 'Suwałki Gap border' } },
  'corridor': { places: ['hrodna'], scenarioId: 'corridor' },
} as const satisfies Record<string, LayerSpec>

/** A layer of the map, by its id. */
export type LayerId = keyof typeof layers

export const LAYERS: Readonly<Record<LayerId, LayerSpec>> = layers

