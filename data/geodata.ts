/**
 * The shape of data/geo/baltic.json, the map's generated geodata (made by scripts/build-geodata.ts
 * from Natural Earth): what the file holds, typed beside the data. The map reads it through
 * components/baltic-map/basemap.ts.
 */
import type { BBox, Feature, FeatureCollection, LineString, MultiPolygon, Polygon } from 'geojson'

export interface CountryProperties {
  /** Our id: kebab-case, as data/alliances.ts uses it. */
  id: string
  /** The name the map shows. */
  name: string
  kind: 'country' | 'exclave'
  /** For an exclave: the id of the country it belongs to. */
  partOf?: string
}

interface BorderProperties {
  id: 'suwalki-gap'
  name: string
  kind: 'border'
  /** The two countries whose shared border this is. */
  between: [string, string]
  /** The countries at the line's two ends (its tripoints), in the line's order. */
  ends: [string, string]
}

export type CountryFeature = Feature<Polygon | MultiPolygon, CountryProperties>
export type BorderFeature = Feature<LineString, BorderProperties>

/** The source of the basemap, in data/sources.ts. */
export const BASEMAP_SOURCE_ID = 'natural-earth'

export interface BalticGeodata extends FeatureCollection {
  /** The region the shapes are clipped to: [west, south, east, north] in degrees. */
  bbox: BBox
  /** The file's source in data/sources.ts, as every record in data/ has one. */
  sourceId: typeof BASEMAP_SOURCE_ID
  /** Where the shapes come from, in words. */
  source: string
  features: (CountryFeature | BorderFeature)[]
}
