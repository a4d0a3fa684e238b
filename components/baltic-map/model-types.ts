/**
 * The shape of what the map draws: the kinds of model (area, envelope, line, arrow, point, label),
 * the key's entries, each step's part and the whole map's model. Types only (and the panes' order),
 * so that the builders (models.ts, step-models.ts, scenario-models.ts), the drawer (draw.ts), the
 * key (legend.ts) and the text alternative (describe.ts) share them without importing each other.
 */
import type { Cohort } from '../../data/alliances.ts'
import type { BalticGeodata, CountryFeature } from '../../data/geodata.ts'
import type { LayerId } from '../../data/map-layers.ts'
import type { LatLon } from '../../lib/geo.ts'
import type { Placement } from './labels.ts'
import type { Shade } from './layers.ts'

/** A model's owner: a step, or the base map that always shows. */
export type Owner = LayerId | 'base'

/** Map panes, bottom to top, with their z-index (Leaflet's own overlay pane is 400, markers 600). */
export const PANES = { land: 410, shading: 420, zones: 430, lines: 440, points: 450, labels: 620 } as const

export type Pane = keyof typeof PANES

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

/** An arrow: a shaft and a filled head; labels keep clear of the straight line from tail to tip. */
interface ArrowModel {
  kind: 'arrow'
  owner: Owner
  shaft: readonly LatLon[]
  head: readonly LatLon[]
  keepClear: readonly LatLon[]
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

/** A line of a label's text; `layer` shows it only once that step shows ("NATO 1999"). */
export interface LabelLine {
  text: string
  className?: string
  layer?: LayerId
}

/** Where a label may go: anchors to try, a country's deepest visible points, or on a territory's shape. */
export type LabelSpot =
  | { anchors: readonly LatLon[], placements: readonly Placement[], gapPx: number | readonly number[] }
  | { poles: string }
  | { onShape: string, fallback: LatLon }

/** Words on the map, placed by labels.ts `placeLabels` in model order (most important first). */
export interface LabelModel {
  kind: 'label'
  owner: Owner
  key: string
  /** The label's classes after `map-label--`. */
  style: string
  lines: readonly LabelLine[]
  spot: LabelSpot
  /** Country names give way when there is no room; every other label shows. */
  optional?: boolean
  /** How far the label may shift to stay inside the map, in pixels. */
  nudgePx?: number
}

export type LayerModel = AreaModel | EnvelopeModel | LineModel | ArrowModel | PointModel | LabelModel

/**
 * How an entry's sample is drawn, as a class modifier (`key-fill--russia`, `key-line--ring-iskander`):
 * a country's fill, a feature's, or a layer's own line or zone.
 */
type Swatch = Exclude<Shade, 'neutral'> | 'exclave' | 'mainland' | 'air-defence' | 'suwalki' | `ring-${LayerId}` | LayerId

/** An entry of the map's key. */
export interface KeyEntry {
  key: string
  /** The sample; a heading (NATO's) has none. */
  swatch?: Swatch
  /** The sample is a line (a ring, a border, a sketch's path), not a filled box. */
  line?: boolean
  label: string
  /** The step that brings the entry; undefined for what the map shows from the start. */
  layer?: LayerId
}

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
