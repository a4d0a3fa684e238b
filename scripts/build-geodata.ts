/**
 * Builds data/geo/baltic.json, the basemap of the Baltic map, from Natural Earth's 1:50m countries
 * (the world-atlas package's TopoJSON).
 *
 *   node scripts/build-geodata.ts          (or: npm run geodata)
 *
 * What it does, in order:
 *   1. picks the countries of the Baltic region by their Natural Earth names (Åland joins Finland);
 *   2. splits Kaliningrad Oblast out of Russia's multipolygon: the parts of Russia that lie wholly
 *      west of 24°E, which must contain the city of Kaliningrad;
 *   3. finds the Suwałki Gap: the border arcs Poland and Lithuania share (topojson `mesh`), as one
 *      line from the tripoint with Kaliningrad to the tripoint with Belarus;
 *   4. simplifies every arc once (Douglas–Peucker, so neighbours keep a common border), converts to
 *      GeoJSON, clips to the region and rounds coordinates to 0.001° (about 100 m).
 *
 * The output is a GeoJSON FeatureCollection: one feature per country (properties `id`, `name`),
 * Kaliningrad Oblast as its own feature, and the Suwałki Gap border as a LineString. The same input
 * always gives the same bytes (a unit test regenerates it). Any surprise in the input stops the
 * script with a message that names it.
 */
import type { BBox, MultiPolygon, Polygon, Position } from 'geojson'
import type { GeometryCollection, GeometryObject, MultiPolygon as TopoMultiPolygon, Polygon as TopoPolygon, Topology } from 'topojson-specification'
import type { BalticGeodata, BorderFeature, CountryFeature, CountryProperties } from '../data/geodata.ts'
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { resolve } from 'node:path'
import process from 'node:process'
import { gzipSync } from 'node:zlib'
import bboxClip from '@turf/bbox-clip'
import booleanPointInPolygon from '@turf/boolean-point-in-polygon'
import simplify from 'simplify-js'
import { feature, mesh } from 'topojson-client'
import { BASEMAP_SOURCE_ID } from '../data/geodata.ts'
import { placeById } from '../data/places.ts'
import { parseCommandLine } from './cli.ts'

/**
 * The area kept, as [west, south, east, north] in degrees: every view of the map, with room to pan.
 * It stops north of Crimea, which Natural Earth draws inside Russia (de-facto boundaries).
 */
export const REGION: BBox = [8, 49.1, 34, 62.5]

/** Coordinates are rounded to this many decimals of a degree (0.001° is about 100 m). */
export const DECIMALS = 3

/**
 * Douglas–Peucker tolerance, in degrees of latitude: 0.004° is about 450 m, under a pixel in every
 * view the deck fits and close to the grid world-atlas quantizes Natural Earth to. Longitudes are
 * scaled by cos(56°) first, so the tolerance is the same on the ground east–west and north–south at
 * the Baltic's latitude.
 */
export const TOLERANCE_DEG = 0.004

/**
 * Countries kept: our id, the name the map shows, and the Natural Earth names merged into it. Every
 * Natural Earth country that reaches into the region must be listed (the build checks).
 */
export const COUNTRIES = [
  { id: 'belarus', name: 'Belarus', naturalEarth: ['Belarus'] },
  { id: 'czechia', name: 'Czechia', naturalEarth: ['Czechia'] },
  { id: 'denmark', name: 'Denmark', naturalEarth: ['Denmark'] },
  { id: 'estonia', name: 'Estonia', naturalEarth: ['Estonia'] },
  { id: 'finland', name: 'Finland', naturalEarth: ['Finland', 'Åland'] },
  { id: 'germany', name: 'Germany', naturalEarth: ['Germany'] },
  { id: 'latvia', name: 'Latvia', naturalEarth: ['Latvia'] },
  { id: 'lithuania', name: 'Lithuania', naturalEarth: ['Lithuania'] },
  { id: 'norway', name: 'Norway', naturalEarth: ['Norway'] },
  { id: 'poland', name: 'Poland', naturalEarth: ['Poland'] },
  { id: 'russia', name: 'Russia', naturalEarth: ['Russia'] },
  { id: 'slovakia', name: 'Slovakia', naturalEarth: ['Slovakia'] },
  { id: 'sweden', name: 'Sweden', naturalEarth: ['Sweden'] },
  { id: 'ukraine', name: 'Ukraine', naturalEarth: ['Ukraine'] },
] as const

/** Parts of Russia that lie wholly west of this longitude are Kaliningrad Oblast (mainland Russia starts east of 27°E). */
export const KALININGRAD_WEST_OF_LON = 24

type Arc = Position[]

const require = createRequire(import.meta.url)

/** Natural Earth 1:50m countries, as the world-atlas package ships them. */
export function readWorldAtlas(): { topology: Topology, version: string } {
  const path = require.resolve('world-atlas/countries-50m.json')
  const version = (require('world-atlas/package.json') as { version: string }).version
  return { topology: JSON.parse(readFileSync(path, 'utf8')) as Topology, version }
}

/** The arcs of a topology as absolute [lng, lat] positions (undoing quantization and delta encoding). */
export function decodeArcs(topology: Topology): Arc[] {
  if (!Array.isArray(topology.arcs))
    throw new Error('The topology has no "arcs" array: not a TopoJSON topology')
  const t = topology.transform
  return topology.arcs.map((arc) => {
    let x = 0
    let y = 0
    return arc.map((p) => {
      if (!t)
        return [p[0], p[1]]
      x += p[0]
      y += p[1]
      return [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]]
    })
  })
}

/**
 * Douglas–Peucker on one arc (simplify-js, with its radial pre-pass off), on a plane whose x is
 * longitude scaled by `lonScale` so that a tolerance means the same distance both ways; the two
 * ends are always kept, so arcs still meet where they met.
 */
export function simplifyArc(arc: Arc, toleranceDeg: number, lonScale = Math.cos((56 * Math.PI) / 180)): Arc {
  if (arc.length <= 2)
    return arc
  // simplify-js returns the very points it was given, so each kept point finds its position again.
  const points = arc.map(([x, y]) => ({ x: x * lonScale, y }))
  const index = new Map(points.map((p, i) => [p, i]))
  return simplify(points, toleranceDeg, true).map(p => arc[index.get(p)!])
}

const round = (value: number): number => Math.round(value * 10 ** DECIMALS) / 10 ** DECIMALS

/** Rounds a ring's positions and drops repeats; undefined if fewer than three distinct corners are left. */
function cleanRing(ring: Position[]): Position[] | undefined {
  const out: Position[] = []
  for (const p of ring) {
    const q = [round(p[0]), round(p[1])]
    const last = out.at(-1)
    if (!last || last[0] !== q[0] || last[1] !== q[1])
      out.push(q)
  }
  if (out.length && (out[0][0] !== out.at(-1)![0] || out[0][1] !== out.at(-1)![1]))
    out.push([...out[0]])
  return out.length >= 4 ? out : undefined
}

/** Clips a country to `region`, rounds it, and drops slivers; undefined if nothing is left. */
export function clipCountry(shape: Polygon | MultiPolygon, region: BBox): Polygon | MultiPolygon | undefined {
  const polygons: Position[][][] = []
  for (const polygon of polygonsOf(shape)) {
    const clipped = bboxClip({ type: 'Polygon', coordinates: polygon }, region).geometry as Polygon | MultiPolygon
    for (const rings of polygonsOf(clipped)) {
      const outer = rings[0] && cleanRing(rings[0])
      if (!outer)
        continue
      polygons.push([outer, ...rings.slice(1).map(cleanRing).filter((r): r is Position[] => !!r)])
    }
  }
  if (!polygons.length)
    return undefined
  return polygons.length === 1 ? { type: 'Polygon', coordinates: polygons[0] } : { type: 'MultiPolygon', coordinates: polygons }
}

/** Whether the shape holds the point (turf's point-in-polygon). */
export function containsPoint(shape: Polygon | MultiPolygon, lng: number, lat: number): boolean {
  return booleanPointInPolygon([lng, lat], shape)
}

/** A shape's polygons, each a list of rings (a Polygon is one polygon). */
const polygonsOf = (shape: Polygon | MultiPolygon): Position[][][] => shape.type === 'Polygon' ? [shape.coordinates] : shape.coordinates

function countryGeometries(topology: Topology): GeometryCollection<{ name?: string }> {
  const countries = topology.objects?.countries
  if (!countries || countries.type !== 'GeometryCollection')
    throw new Error('The topology has no "countries" GeometryCollection in its objects: is this world-atlas countries-50m.json?')
  return countries as GeometryCollection<{ name?: string }>
}

function findByName(countries: GeometryCollection, name: string): TopoPolygon | TopoMultiPolygon {
  const found = countries.geometries.filter(g => (g.properties as { name?: string } | undefined)?.name === name)
  if (found.length !== 1)
    throw new Error(found.length ? `Natural Earth has ${found.length} countries named "${name}"; expected one` : `Natural Earth has no country named "${name}" in objects.countries`)
  const [geometry] = found
  if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')
    throw new Error(`Natural Earth's "${name}" is a ${geometry.type}, not a Polygon or MultiPolygon`)
  return geometry
}

/** A topology polygon's arc indices as a list of polygons. */
function topoPolygons(g: TopoPolygon | TopoMultiPolygon): number[][][] {
  return g.type === 'Polygon' ? [g.arcs] : g.arcs
}

/** A country's shape as GeoJSON (always a MultiPolygon), built from `topology`'s arcs. */
function shapeOf(topology: Topology, g: TopoPolygon | TopoMultiPolygon): MultiPolygon {
  return feature(topology, { type: 'MultiPolygon', arcs: topoPolygons(g) }).geometry
}

/** Splits Russia's polygons into Kaliningrad Oblast (wholly west of 24°E) and the rest. */
export function splitKaliningrad(topology: Topology, russia: TopoPolygon | TopoMultiPolygon): { kaliningrad: number[][][], mainland: number[][][] } {
  const kaliningrad: number[][][] = []
  const mainland: number[][][] = []
  for (const polygon of topoPolygons(russia)) {
    const shape = feature(topology, { type: 'Polygon', arcs: polygon }).geometry as Polygon
    const west = shape.coordinates[0].every(([lng]) => lng < KALININGRAD_WEST_OF_LON)
    ;(west ? kaliningrad : mainland).push(polygon)
  }
  if (!kaliningrad.length)
    throw new Error(`Russia's multipolygon has no part wholly west of ${KALININGRAD_WEST_OF_LON}°E: Kaliningrad Oblast is missing from the input`)
  const city = placeById('kaliningrad')
  const exclave = feature(topology, { type: 'MultiPolygon', arcs: kaliningrad }).geometry as MultiPolygon
  if (!containsPoint(exclave, city.lon, city.lat))
    throw new Error(`The parts of Russia west of ${KALININGRAD_WEST_OF_LON}°E do not contain the city of Kaliningrad (${city.lat}, ${city.lon}): the split found the wrong part`)
  return { kaliningrad, mainland }
}

/**
 * The Poland–Lithuania border as one line from the tripoint with Kaliningrad to the tripoint with
 * Belarus: the arcs the two countries share, stitched by topojson's `mesh`.
 */
export function suwalkiBorder(topology: Topology, poland: GeometryObject, lithuania: GeometryObject, kaliningrad: MultiPolygon, belarus: Polygon | MultiPolygon): Position[] {
  const border = mesh(topology, { type: 'GeometryCollection', geometries: [poland, lithuania] }, (a, b) => a !== b)
  if (!border.coordinates.length)
    throw new Error('Poland and Lithuania share no border arcs in the input: cannot find the Suwałki Gap')
  if (border.coordinates.length !== 1)
    throw new Error(`The Poland–Lithuania border comes in ${border.coordinates.length} pieces; expected one line from Kaliningrad to Belarus`)
  const line = border.coordinates[0]
  const touches = (shape: Polygon | MultiPolygon, p: Position) => polygonsOf(shape).some(rings => rings.some(ring => ring.some(q => q[0] === p[0] && q[1] === p[1])))
  const [start, end] = [line[0], line.at(-1)!]
  if (touches(kaliningrad, end) && touches(belarus, start))
    return [...line].reverse()
  if (touches(kaliningrad, start) && touches(belarus, end))
    return line
  throw new Error(`The Poland–Lithuania border runs from (${start.join(', ')}) to (${end.join(', ')}), but those are not its tripoints with Kaliningrad and Belarus`)
}

/** Builds the map's GeoJSON from a Natural Earth topology. Throws, naming the problem, on bad input. */
export function buildBalticGeodata(topology: Topology, options: { region?: BBox, source?: string } = {}): BalticGeodata {
  const region = options.region ?? REGION
  const countries = countryGeometries(topology)
  const byId = new Map(COUNTRIES.map(c => [c.id, c.naturalEarth.map(name => findByName(countries, name))]))
  const kept = new Set<string>(COUNTRIES.flatMap(c => c.naturalEarth))
  for (const g of countries.geometries) {
    const name = (g.properties as { name?: string } | undefined)?.name ?? `id ${g.id}`
    if ((g.type === 'Polygon' || g.type === 'MultiPolygon') && !kept.has(name) && clipCountry(shapeOf(topology, g), region))
      throw new Error(`Natural Earth's "${name}" reaches into the region [${region.join(', ')}] but is not in COUNTRIES: the map would show a hole`)
  }

  // Simplify each arc once; every shape and the border are then built from the same arcs, so
  // neighbours share their borders exactly. Geometries keep their arc indices.
  const simplified: Topology = {
    type: 'Topology',
    arcs: decodeArcs(topology).map(arc => simplifyArc(arc, TOLERANCE_DEG)),
    objects: {},
  }
  const { kaliningrad, mainland } = splitKaliningrad(simplified, byId.get('russia')![0])
  const belarusShape = shapeOf(simplified, byId.get('belarus')![0])
  const kaliningradShape = feature(simplified, { type: 'MultiPolygon', arcs: kaliningrad }).geometry as MultiPolygon
  // mesh matches geometries by identity: pass the very objects of the collection.
  const border = suwalkiBorder(simplified, byId.get('poland')![0], byId.get('lithuania')![0], kaliningradShape, belarusShape)

  const shapes: { properties: CountryProperties, arcs: number[][][] }[] = COUNTRIES.map(c => ({
    properties: { id: c.id, name: c.name, kind: 'country' },
    arcs: c.id === 'russia' ? mainland : byId.get(c.id)!.flatMap(topoPolygons),
  }))
  shapes.push({ properties: { id: 'kaliningrad', name: 'Kaliningrad Oblast', kind: 'exclave', partOf: 'russia' }, arcs: kaliningrad })

  const features: (CountryFeature | BorderFeature)[] = []
  // Sorted by id with a plain comparison (not the locale's), so the file is the same everywhere.
  for (const { properties, arcs } of shapes.sort((a, b) => (a.properties.id < b.properties.id ? -1 : 1))) {
    const shape = feature(simplified, { type: 'MultiPolygon', arcs }).geometry as MultiPolygon
    const geometry = clipCountry(shape, region)
    if (!geometry)
      throw new Error(`${properties.name} ("${properties.id}") is empty once clipped to the region [${region.join(', ')}]`)
    features.push({ type: 'Feature', properties, geometry })
  }

  const line = border.map(([lng, lat]) => [round(lng), round(lat)])
  features.push({
    type: 'Feature',
    properties: { id: 'suwalki-gap', name: 'Poland–Lithuania border (the Suwałki Gap)', kind: 'border', between: ['poland', 'lithuania'], ends: ['kaliningrad', 'belarus'] },
    geometry: { type: 'LineString', coordinates: line },
  })

  return {
    type: 'FeatureCollection',
    bbox: region,
    sourceId: BASEMAP_SOURCE_ID,
    source: options.source ?? 'Natural Earth 1:50m Admin 0 – Countries (public domain)',
    features,
  }
}

/** The file's text: one feature per line, so a change shows as a readable diff. */
export function serializeGeodata(data: BalticGeodata): string {
  const { features, ...head } = data
  const lines = features.map(f => JSON.stringify(f))
  return `${JSON.stringify(head).slice(0, -1)},"features":[\n${lines.join(',\n')}\n]}\n`
}

export const OUTPUT = resolve(import.meta.dirname, '../data/geo/baltic.json')

/** The file as it should be, from the installed world-atlas. */
export function generateGeodata(): string {
  const { topology, version } = readWorldAtlas()
  return serializeGeodata(buildBalticGeodata(topology, { source: `Natural Earth 1:50m Admin 0 – Countries (public domain), via world-atlas ${version}` }))
}

if (import.meta.main) {
  parseCommandLine('Usage: npm run geodata      (writes data/geo/baltic.json; takes no options)', { options: {} })
  try {
    const text = generateGeodata()
    writeFileSync(OUTPUT, text)
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`
    console.log(`Wrote ${OUTPUT}: ${kb(Buffer.byteLength(text))}, ${kb(gzipSync(text).length)} gzipped`)
  }
  catch (error) {
    console.error(`The geodata was not built: ${(error as Error).message}`)
    process.exit(1)
  }
}
