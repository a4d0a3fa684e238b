/**
 * A map figure's spec: everything BalticMap.vue draws, compiled once at build time from the
 * figure's record (data/figures.ts), the layers, places, weapons and scenarios, and the basemap
 * (scripts/figures/compile.ts writes it to data/figure-specs/<id>.json). Types only, and the
 * panes' order. The component draws the shapes, places the labels (which needs pixels), shows the
 * key's entries and the text alternative of each click; it computes no fact of its own.
 *
 * Words used once each: a *layer* is what one click reveals (a record in data/map-layers.ts, named
 * by the figure's `steps`); a *shape* is a GeoJSON feature the map draws; a *label* is words placed
 * on the map; the *key* is the list that explains fills and lines (an entry's `id` tells entries
 * apart).
 */
import type { Feature, LineString, MultiPolygon, Point, Polygon } from 'geojson'
import type { LayerId } from '../../data/map-layers.ts'
import type { Placement } from './labels.ts'

/** A position in WGS84 degrees: latitude north, longitude east. */
export interface LatLon {
  lat: number
  lon: number
}

/** Leaflet's `[[south, west], [north, east]]`, in degrees. */
export type BoundsTuple = [[south: number, west: number], [north: number, east: number]]

/** Map panes, bottom to top, with their z-index (Leaflet's own overlay pane is 400, markers 600). */
export const PANES = { land: 410, shading: 420, zones: 430, lines: 440, points: 450, labels: 620 } as const

export type Pane = keyof typeof PANES

/** What a shape or label belongs to: a layer, or the base map that always shows. */
export type Owner = LayerId | 'base'

/** How a shape is drawn. */
export interface ShapeProperties {
  owner: Owner
  pane: Pane
  /** Its CSS classes (colours and patterns are in baltic-map.css). */
  className: string
  /** A polygon drawn as an outline only. */
  outline?: boolean
  /** A point's dot radius, in CSS pixels. */
  radiusPx?: number
  /** Labels keep clear of this line or dot. */
  keepClear?: boolean
  /** The basemap country a fill draws (labels are placed on it by its id). */
  country?: string
}

/** One thing the map draws: a country's fill, a reach, a line, an arrow's shaft or head, a dot. */
export type MapShape = Feature<Polygon | MultiPolygon | LineString | Point, ShapeProperties>

/** A line of a label's text; `layer` shows it only once that layer shows ("NATO 1999"). */
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

/** Words on the map, placed by labels.ts `placeLabels` in this order (most important first). */
export interface MapLabel {
  owner: Owner
  id: string
  /** The label's classes after `map-label--`. */
  style: string
  lines: readonly LabelLine[]
  spot: LabelSpot
  /** Country names give way when there is no room; every other label shows. */
  optional?: boolean
  /** How far the label may shift to stay inside the map, in pixels. */
  nudgePx?: number
}

/** An entry of the map's key. */
export interface KeyEntry {
  id: string
  /** The sample's class modifier (`key-fill--russia`, `key-line--ring-iskander`); a heading (NATO's) has none. */
  swatch?: string
  /** The sample is a line (a ring, a border, a sketch's path), not a filled box. */
  line?: boolean
  label: string
  /** The layer that brings the entry; none for what the map shows from the start. */
  layer?: LayerId
}

export interface MapSpec {
  /** The figure's id in data/figures.ts. */
  figure: string
  /** "Map of …", the map's accessible name. */
  title: string
  /** The area the map is fitted to. */
  bounds: BoundsTuple
  /** The area it may be panned within: the basemap's extent. */
  panBounds: BoundsTuple
  /** The layers its clicks reveal, in order. */
  steps: readonly LayerId[]
  /** What it draws, in drawing order. */
  shapes: readonly MapShape[]
  /** Its words on the map, most important first. */
  labels: readonly MapLabel[]
  /** Its key, every entry the slide can need (an entry shows once its layer does). */
  key: readonly KeyEntry[]
  /** The text alternative at each click, from 0 to the last. */
  descriptions: readonly string[]
}
