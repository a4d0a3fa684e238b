/**
 * What the map compiler builds before it writes the spec (components/baltic-map/map-spec-types.ts): the
 * kinds of drawing (area, envelope, line, arrow, point) each step's builder returns with its
 * labels, key entries and sentence. map-spec.ts turns the drawings into GeoJSON shapes.
 */
import type { Cohort } from '../../data/alliances.ts'
import type { BalticGeodata, CountryFeature } from '../../data/geodata.ts'
import type { LayerId } from '../../data/map-layers.ts'
import type { KeyEntry, LatLon, MapLabel, Owner, Pane } from '../../components/baltic-map/map-spec-types.ts'
import type { Shade } from './shading.ts'

/** Countries from the geodata, filled (the base map, a cohort joining, a territory outlined). */
interface AreaModel {
  kind: 'area'
  owner: Owner
  pane: Pane
  countries: readonly { feature: CountryFeature, shade: Shade, className: string }[]
}

/** A weapon's reach from anywhere in the oblast: a closed ring, outlined or filled. */
interface EnvelopeModel {
  kind: 'envelope'
  owner: Owner
  pane: Pane
  ring: readonly LatLon[]
  fill: boolean
  className: string
}

/** A line on the map; labels keep clear of it if `keepClear`. */
interface LineModel {
  kind: 'line'
  owner: Owner
  path: readonly LatLon[]
  className: string
  keepClear: boolean
}

/** An arrow: a shaft (which labels keep clear of) and a filled head. */
interface ArrowModel {
  kind: 'arrow'
  owner: Owner
  shaft: readonly LatLon[]
  head: readonly LatLon[]
  shaftClass: string
  headClass: string
}

/** A marked place (or tripoint): a dot that labels keep clear of. */
export interface PointModel {
  kind: 'point'
  owner: Owner
  at: LatLon
  radiusPx: number
  className: string
}

/** Words on the map. */
export type LabelModel = MapLabel & { kind: 'label' }

export type LayerModel = AreaModel | EnvelopeModel | LineModel | ArrowModel | PointModel | LabelModel

/** What one step adds to the key and to the text alternative. */
export interface StepModel {
  layer: LayerId
  /** The NATO cohort the step shades as it joins (the key lists it under NATO's heading). */
  cohort?: Cohort
  /** Its entries in the key, in order. */
  key: readonly KeyEntry[]
  /** What the text alternative says once the step shows. */
  says?: string
}

export interface MapModel {
  /** Every country's fill before any step, by id (countries left out are neutral). */
  shades: ReadonlyMap<string, Shade>
  /** What the map draws, in drawing order: the countries, each step's drawing, the country names. */
  models: readonly LayerModel[]
  /** Each step, in order. */
  steps: readonly StepModel[]
}

export interface MapInput {
  /** The day NATO members are shaded for, YYYY-MM-DD; none: no alliance shading. */
  date?: string
  steps: readonly LayerId[]
  data: BalticGeodata
}

/** What a step's builder returns: its drawing, its key entries and its sentence in the text alternative. */
export interface Part {
  models: LayerModel[]
  key?: KeyEntry[]
  says?: string
}
