/**
 * What the map draws, as data: the slide's steps, its date and the geodata in, a list of layer
 * models out, in drawing order. Each model has a `kind` (a closed union, one drawer each in
 * draw.ts), the step that owns it (or the base map), the record it shows and that record's
 * sources. The drawers, the key (legend.ts) and the text alternative (describe.ts) all read these
 * models, by kind; none of them looks at layer ids. Pure: no Leaflet, no DOM, tested in node.
 *
 *   const models = mapModels({ date: '2016-11-21', steps: ['iskander', 'bastion'], data })
 *
 * A new layer is one record in layers.ts `LAYERS`; a new kind of drawing, one model type here and
 * one drawer.
 */
import type { Cohort } from '../../data/alliances.ts'
import type { BalticGeodata, CountryFeature } from '../../data/geodata.ts'
import type { Place, PlaceId } from '../../data/places.ts'
import type { Scenario } from '../../data/scenarios.ts'
import type { Weapon } from '../../data/weapons.ts'
import type { LatLon, Link, Nearest } from '../../lib/geo.ts'
import type { SuwalkiGap } from './geodata.ts'
import type { Placement } from './labels.ts'
import type { LayerId, LayerSpec } from '../../data/map-layers.ts'
import type { Shade } from './layers.ts'
import type { Swatch } from './legend.ts'
import { COHORT_LABELS, isMemberOn, membershipOf, memberships } from '../../data/alliances.ts'
import { BASEMAP_SOURCE_ID } from '../../data/geodata.ts'
import { placeById } from '../../data/places.ts'
import { NOMINAL_RANGE_CAPTION, scenarioById } from '../../data/scenarios.ts'
import { weaponById } from '../../data/weapons.ts'
import { approxKm, bearingDeg, destination, geodesicArc, greatCircleKm, roundKm } from '../../lib/geo.ts'
import { countryFeatures, suwalkiGap } from './geodata.ts'
import { reachLabel } from './describe.ts'
import { AROUND_A_POINT } from './labels.ts'
import { LAYERS } from '../../data/map-layers.ts'
import { baseShades, cohortMembers, cohortShade } from './layers.ts'
import { countriesCrossed, mainlandLink, nearestInOblast, reachEnvelope } from './reach.ts'

/** A model's owner: a step, or the base map that always shows. */
export type Owner = LayerId | 'base'

/** Map panes, bottom to top, with their z-index (Leaflet's own overlay pane is 400, markers 600). */
export const PANES = { land: 410, shading: 420, zones: 430, lines: 440, points: 450, labels: 620 } as const

export type Pane = keyof typeof PANES

/** Marker radius by kind of place, in CSS pixels. */
const MARKER_RADIUS_PX: Record<string, number> = { 'capital': 5, 'city': 4, 'base': 5.5, 'exclave-city': 5, 'tripoint': 4 }

/** Where an envelope's label may sit on its edge, best first, in degrees from north of the oblast. */
const RING_LABEL_BEARINGS = [0, 330, 30, 300, 60, 270, 90, 240, 120, 210, 150, 180]

/** The point of an envelope (one position per degree, from north) at a bearing from the oblast. */
const atBearing = (envelope: readonly LatLon[], bearing: number) => envelope[Math.round((((bearing % 360) + 360) % 360) * envelope.length / 360) % envelope.length]

/** What a model shows: a record from data/, or a fact measured on the geodata. */
type MapRecord =
  | { type: 'countries', date?: string }
  | { type: 'cohort', cohort: Cohort }
  | { type: 'territory', territory: NonNullable<LayerSpec['territory']>, places: readonly PlaceId[] }
  | { type: 'weapon', weapon: Weapon, measured: readonly PlaceId[] }
  | { type: 'scenario', scenario: Scenario, weapon?: Weapon }
  | { type: 'place', place: Place }
  | { type: 'measure', place: Place, nearest: Nearest }
  | { type: 'link', link: Link, crosses: readonly string[], key: string }
  | { type: 'gap', gap: SuwalkiGap, key: string }
  | { type: 'tripoint' }
  | { type: 'sea', name: string, places: readonly PlaceId[] }
  | { type: 'country', feature: CountryFeature }

interface ModelBase {
  owner: Owner
  record: MapRecord
  /** Ids in data/sources.ts of what the model shows. */
  sourceIds: readonly string[]
  /** How the key samples it, if the key lists it. */
  swatch?: Swatch
}

/** Countries from the geodata, filled (the base map, a cohort joining, a territory outlined). */
export interface AreaModel extends ModelBase {
  kind: 'area'
  pane: Pane
  countries: readonly { feature: CountryFeature, shade: Shade, className: string }[]
}

/** A weapon's reach from anywhere in the oblast: a closed ring, outlined or filled. */
export interface EnvelopeModel extends ModelBase {
  kind: 'envelope'
  pane: Pane
  ring: readonly LatLon[]
  fill: boolean
  className: string
}

/** A line on the map; labels keep clear of `keepClear` (the line itself, if true). */
export interface LineModel extends ModelBase {
  kind: 'line'
  path: readonly LatLon[]
  className: string
  keepClear: boolean
}

/** An arrow: a shaft and a filled head; labels keep clear of the straight line from tail to tip. */
export interface ArrowModel extends ModelBase {
  kind: 'arrow'
  shaft: readonly LatLon[]
  head: readonly LatLon[]
  keepClear: readonly LatLon[]
  shaftClass: string
  headClass: string
}

/** A marked place (or tripoint): a dot that labels keep clear of. */
export interface PointModel extends ModelBase {
  kind: 'point'
  at: LatLon
  radiusPx: number
  className: string
}

/** A line of a label's text; `layer` shows it only once that step shows ("NATO 1999"). */
interface LabelLine {
  text: string
  className?: string
  layer?: LayerId
}

/** Where a label may go: anchors to try, a country's deepest visible points, or on a territory's shape. */
type LabelSpot =
  | { anchors: readonly LatLon[], placements: readonly Placement[], gapPx: number }
  | { poles: string }
  | { onShape: string, fallback: LatLon }

/** Words on the map, placed by labels.ts `placeLabels` in model order (most important first). */
export interface LabelModel extends ModelBase {
  kind: 'label'
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

export type ModelKind = LayerModel['kind']

export const MODEL_KINDS = ['area', 'envelope', 'line', 'arrow', 'point', 'label'] as const satisfies readonly ModelKind[]

export interface MapInput {
  /** The day NATO members are shaded for, YYYY-MM-DD; none: no alliance shading. */
  date?: string
  steps: readonly LayerId[]
  data: BalticGeodata
}

const BASEMAP = [BASEMAP_SOURCE_ID]
const scenarioSources = (s: Scenario) => [s.sourceId, ...(s.alsoSourceIds ?? [])]

/** Every model of the map, in drawing order: the base map, then each step's, then the country names. */
export function mapModels({ date, steps, data }: MapInput): LayerModel[] {
  const models: LayerModel[] = []
  const countries = countryFeatures(data)
  const shades = baseShades(date, steps)
  const shadeOf = (id: string): Shade => shades.get(id) ?? 'neutral'

  // The countries, filled as they are before any step.
  const shownMembers = date === undefined ? [] : memberships.filter(m => isMemberOn(m, date))
  models.push({
    kind: 'area',
    owner: 'base',
    pane: 'land',
    record: { type: 'countries', date },
    sourceIds: [...BASEMAP, ...shownMembers.filter(m => shades.has(m.id)).map(m => m.sourceId)],
    countries: countries.map(f => ({ feature: f, shade: shadeOf(f.properties.id), className: `map-country country-${f.properties.id} shade-${shadeOf(f.properties.id)}` })),
  })

  // A place is marked once, by the first step that needs it.
  const placeOwner = new Map<PlaceId, LayerId>()
  for (const step of steps) {
    for (const id of [...LAYERS[step].places, ...(LAYERS[step].measuredPlaces ?? [])]) {
      if (!placeOwner.has(id))
        placeOwner.set(id, step)
    }
  }

  for (const step of steps)
    models.push(...stepModels(step, LAYERS[step], data, id => placeOwner.get(id) === step))

  // Country names, where there is room; members carry the year they joined. Kaliningrad is named
  // on the oblast where it fits, else over the open sea beside it with a leader line; not where a
  // step outlines it: its outline, its named places and the key say it there.
  const stepOfCohort = new Map(steps.filter(s => LAYERS[s].cohort).map(s => [LAYERS[s].cohort!, s]))
  const outlined = new Set(steps.map(s => LAYERS[s].territory?.country).filter(Boolean))
  for (const feature of countries) {
    const { id, name } = feature.properties
    const base = { kind: 'label' as const, owner: 'base' as const, record: { type: 'country' as const, feature }, sourceIds: BASEMAP, style: 'country', optional: true, nudgePx: 10 }
    if (id === 'kaliningrad') {
      if (outlined.has(id))
        continue
      const centre = placeById('kaliningrad')
      models.push({ ...base, key: 'country:kaliningrad', lines: [{ text: 'Kaliningrad', className: 'map-label-name' }, { text: '(Russia)', className: 'map-label-sub' }], spot: { onShape: id, fallback: centre } })
      continue
    }
    const membership = membershipOf(id)
    const lines: LabelLine[] = [{ text: name, className: 'map-label-name' }]
    const sourceIds = [...BASEMAP]
    if (membership) {
      const layer = stepOfCohort.get(membership.cohort)
      const year = membership.joined ? membership.joined.slice(0, 4) : COHORT_LABELS[membership.cohort]
      if (layer)
        lines.push({ text: `NATO ${year}`, className: 'map-label-year', layer })
      else if (shadeOf(id) !== 'neutral')
        lines.push({ text: `NATO ${year}`, className: 'map-label-year' })
      if (lines.length > 1)
        sourceIds.push(membership.sourceId)
    }
    models.push({ ...base, sourceIds, key: `country:${id}`, lines, spot: { poles: id } })
  }
  return models
}

/** One step's models: its shapes, then its labels' and places' in the order the labels are placed. */
function stepModels(step: LayerId, spec: LayerSpec, data: BalticGeodata, ownsPlace: (id: PlaceId) => boolean): LayerModel[] {
  const models: LayerModel[] = []
  const countries = countryFeatures(data)
  const tripoint = (at: LatLon): PointModel => ({ kind: 'point', owner: step, record: { type: 'tripoint' }, sourceIds: BASEMAP, at, radiusPx: MARKER_RADIUS_PX.tripoint, className: `layer-${step} place-marker place-marker--tripoint` })

  if (spec.cohort) {
    const cohort = spec.cohort
    const members = new Set(cohortMembers(cohort))
    const shade = cohortShade(cohort)
    models.push({
      kind: 'area',
      owner: step,
      pane: 'shading',
      record: { type: 'cohort', cohort },
      sourceIds: memberships.filter(m => m.cohort === cohort).map(m => m.sourceId),
      swatch: shade,
      countries: countries.filter(f => members.has(f.properties.id)).map(f => ({ feature: f, shade, className: `layer-${step} cohort-fill shade-${shade}` })),
    })
  }

  if (spec.territory) {
    const territory = spec.territory
    models.push({
      kind: 'area',
      owner: step,
      pane: 'shading',
      record: { type: 'territory', territory, places: spec.places },
      sourceIds: BASEMAP,
      swatch: 'exclave',
      countries: countries.filter(f => f.properties.id === territory.country).map(f => ({ feature: f, shade: 'russia', className: `layer-${step} exclave-fill` })),
    })
  }

  if (spec.weaponId) {
    const weapon = weaponById(spec.weaponId)
    const ring = reachEnvelope(data, weapon.rangeKm)
    const record: MapRecord = { type: 'weapon', weapon, measured: spec.measuredPlaces ?? [] }
    models.push({ kind: 'envelope', owner: step, record, sourceIds: [weapon.sourceId], swatch: `ring-${step}` as Swatch, pane: 'lines', ring, fill: false, className: `layer-${step} range-ring range-ring--${step}` })
    models.push({
      kind: 'label',
      owner: step,
      record,
      sourceIds: [weapon.sourceId],
      key: `ring:${step}`,
      style: `ring map-label--ring-${step}`,
      lines: [{ text: `${weapon.name} ${approxKm(weapon.rangeKm)}`, className: 'map-label-name' }, { text: NOMINAL_RANGE_CAPTION, className: 'map-label-caption' }],
      spot: { anchors: RING_LABEL_BEARINGS.map(b => atBearing(ring, b)), placements: ['center'], gapPx: 0 },
    })
    // Each measured place's distance: a thin line to the oblast's nearest point.
    for (const id of spec.measuredPlaces ?? []) {
      const place = placeById(id)
      const nearest = nearestInOblast(data, place)
      models.push({ kind: 'line', owner: step, record: { type: 'measure', place, nearest }, sourceIds: [BASEMAP_SOURCE_ID, place.sourceId], path: [place, nearest.point], className: `layer-${step} measure-line`, keepClear: true })
    }
  }

  if (spec.link) {
    const link = mainlandLink(data)
    const names = new Map(countries.map(f => [f.properties.id, f.properties.name]))
    const record: MapRecord = { type: 'link', link, crosses: countriesCrossed(data, link).map(id => names.get(id)!), key: spec.link.key }
    models.push({ kind: 'line', owner: step, record, sourceIds: BASEMAP, swatch: 'mainland', path: [link.from, link.to], className: `layer-${step} mainland-line`, keepClear: true })
    models.push(tripoint(link.from), tripoint(link.to))
    const bearing = bearingDeg(link.from, link.to)
    models.push({
      kind: 'label',
      owner: step,
      record,
      sourceIds: BASEMAP,
      key: `link:${step}`,
      style: 'feature',
      lines: [{ text: `~${Math.round(link.distanceKm)} km`, className: 'map-label-name' }, { text: spec.link.label, className: 'map-label-figure' }],
      spot: { anchors: [0.5, 0.4, 0.6].map(f => destination(link.from, bearing, link.distanceKm * f)), placements: ['bottom-right', 'bottom', 'right', 'top-left', 'left', 'top'], gapPx: 10 },
    })
  }

  if (spec.scenarioId)
    models.push(...scenarioModels(step, scenarioById(spec.scenarioId), data))

  if (spec.border) {
    const gap = suwalkiGap(data)
    const record: MapRecord = { type: 'gap', gap, key: spec.border.key }
    models.push({ kind: 'line', owner: step, record, sourceIds: BASEMAP, swatch: 'suwalki', path: gap.line, className: `layer-${step} gap-border`, keepClear: true })
    models.push({ kind: 'line', owner: step, record, sourceIds: BASEMAP, path: gap.ends, className: `layer-${step} gap-chord`, keepClear: true })
    models.push(...gap.ends.map(tripoint))
    models.push({
      kind: 'label',
      owner: step,
      record,
      sourceIds: BASEMAP,
      key: `gap:${step}`,
      style: 'feature',
      lines: [{ text: spec.border.label, className: 'map-label-name' }, { text: `~${roundKm(gap.widthKm, 5)} km across`, className: 'map-label-figure' }],
      spot: { anchors: [destination(gap.ends[0], bearingDeg(gap.ends[0], gap.ends[1]), gap.widthKm / 2)], placements: ['right', 'bottom-right', 'top-right', 'left', 'bottom', 'top', 'bottom-left', 'top-left'], gapPx: 16 },
    })
  }

  // Places, after the shapes so their markers sit on top. Measured places carry their distance
  // to the oblast's nearest point, and whether the layer's weapon reaches that far.
  const place = (id: PlaceId, extra?: string) => {
    const place = placeById(id)
    const radiusPx = MARKER_RADIUS_PX[place.kind] ?? 4
    const record: MapRecord = { type: 'place', place }
    models.push(
      { kind: 'point', owner: step, record, sourceIds: [place.sourceId], at: place, radiusPx, className: `layer-${step} place-marker place-marker--${place.kind}` },
      { kind: 'label', owner: step, record, sourceIds: [place.sourceId], key: `place:${id}`, style: `place map-label--${place.kind}`, lines: [{ text: extra ? `${place.name} · ${extra}` : place.name, className: 'map-label-name' }], spot: { anchors: [place], placements: AROUND_A_POINT, gapPx: radiusPx } },
    )
  }
  for (const id of spec.places) {
    if (ownsPlace(id))
      place(id)
  }
  for (const id of spec.measuredPlaces ?? []) {
    if (ownsPlace(id))
      place(id, reachLabel(nearestInOblast(data, placeById(id)).distanceKm, weaponById(spec.weaponId!).rangeKm))
  }

  if (spec.sea)
    models.push({ kind: 'label', owner: step, record: { type: 'sea', name: spec.sea.name, places: spec.places }, sourceIds: BASEMAP, key: `sea:${step}`, style: 'sea', lines: [{ text: spec.sea.name }], spot: { anchors: spec.sea.anchors, placements: ['center'], gapPx: 0 } })

  return models
}

/** A scenario's sketch: a zone of reaches, a cordon across the sea, or an arrow; with its label. */
function scenarioModels(step: LayerId, scenario: Scenario, data: BalticGeodata): LayerModel[] {
  const shape = scenario.shape
  const sources = scenarioSources(scenario)
  const record: MapRecord = { type: 'scenario', scenario }
  const caption: LabelLine[] = scenario.caption.map(text => ({ text, className: 'map-label-caption' }))
  const name: LabelLine = { text: scenario.name, className: 'map-label-name' }
  const label = (lines: LabelLine[], spot: LabelSpot): LabelModel => ({ kind: 'label', owner: step, record, sourceIds: sources, key: `scenario:${step}`, style: 'scenario', lines, spot })
  if (shape.kind === 'zone') {
    // Widest first, so the narrower reach is drawn over it.
    const zone = shape.weaponIds.map(weaponById).sort((a, b) => b.rangeKm - a.rangeKm)
    const models: LayerModel[] = zone.map((weapon): EnvelopeModel => {
      const airDefence = weapon.role === 'air-defence'
      return {
        kind: 'envelope',
        owner: step,
        record: { type: 'scenario', scenario, weapon },
        sourceIds: [...sources, weapon.sourceId, ...(weapon.alsoSourceIds ?? [])],
        swatch: airDefence ? 'air-defence' : step as Swatch,
        pane: 'zones',
        ring: reachEnvelope(data, weapon.rangeKm),
        fill: !airDefence,
        className: `layer-${step} ${airDefence ? 'air-defence-line' : 'zone-fill'}`,
      }
    })
    // Just outside the narrowest reach, to the north-west (open sea) where the view allows.
    const inner = reachEnvelope(data, zone.at(-1)!.rangeKm)
    const figures: LabelLine[] = zone.map(w => ({ text: `${w.name} ${w.role === 'air-defence' ? 'air defence' : 'anti-ship'} ${approxKm(w.rangeKm)}`, className: 'map-label-figure' }))
    models.push(label([name, ...figures, ...caption], { anchors: [295, 305, 285, 315, 275, 330].map(b => atBearing(inner, b)), placements: ['left', 'top-left', 'bottom-left', 'top', 'center'], gapPx: 6 }))
    return models
  }
  if (shape.kind === 'cordon') {
    const arc = geodesicArc(placeById(shape.centrePlaceId), shape.radiusKm, shape.fromBearingDeg, shape.toBearingDeg, 48)
    return [
      { kind: 'line', owner: step, record, sourceIds: sources, swatch: step as Swatch, path: arc, className: `layer-${step} cordon-line`, keepClear: true },
      // On the arc, from its middle outwards.
      label([name, ...caption], { anchors: [24, 20, 28, 16, 32, 12, 36].map(i => arc[i]), placements: ['top', 'top-left', 'top-right', 'left', 'right'], gapPx: 10 }),
    ]
  }
  const from = placeById(shape.fromPlaceId)
  const to = placeById(shape.toPlaceId)
  // The head: two barbs 25° either side of the shaft, a tenth of its length (at least 12 km) long.
  const lengthKm = greatCircleKm(from, to)
  const headKm = Math.max(12, lengthKm / 10)
  const back = bearingDeg(to, from)
  const head = [destination(to, back - 25, headKm), to, destination(to, back + 25, headKm)]
  const neck = destination(to, back, headKm * Math.cos((25 * Math.PI) / 180))
  return [
    { kind: 'arrow', owner: step, record, sourceIds: sources, swatch: step as Swatch, shaft: [from, neck], head, keepClear: [from, to], shaftClass: `layer-${step} arrow-shaft`, headClass: `layer-${step} arrow-head` },
    // Beside the shaft, from its middle outwards.
    label([name, ...caption], { anchors: [0.5, 0.4, 0.6, 0.3, 0.7].map(f => destination(from, bearingDeg(from, to), lengthKm * f)), placements: ['bottom-left', 'top-right', 'left', 'right', 'bottom', 'top'], gapPx: 12 }),
  ]
}
