/**
 * A map figure's spec (components/baltic-map/map-spec-types.ts), from its record, the layers' records and the
 * basemap. First the map's model: the drawings in drawing order, each of one kind (area, envelope,
 * line, arrow, point, label) with the layer that owns it (or the base map), and for each step what
 * the key lists and what the text alternative says of it, decided where the step's drawing is built
 * (map-steps.ts), so the key (map-key.ts) and the text alternative (map-description.ts) never look
 * at a drawing's kind or a layer's id. Then the spec: the drawings as GeoJSON shapes with their
 * classes, the labels, the key and the text alternative at every click.
 *
 *   const map = mapModels({ date: '2016-11-21', steps: ['iskander', 'bastion'], data })
 *   const spec = mapSpec('missiles-2016', FIGURES['missiles-2016'], data)
 *
 * A new layer is one record in data/map-layers.ts; a new kind of thing on the map, one builder in
 * map-steps.ts (its drawing, its key entries and its sentence together).
 */
import type { LayerId } from '../../data/map-layers.ts'
import type { MapFigure } from '../../data/figures.ts'
import type { BalticGeodata } from '../../data/geodata.ts'
import type { LabelLine, MapLabel, MapShape, MapSpec, ShapeProperties } from '../../components/baltic-map/map-spec-types.ts'
import type { Shade } from './shading.ts'
import type { LayerModel, MapInput, MapModel } from './map-types.ts'
import { COHORT_LABELS, membershipOf } from '../../data/alliances.ts'
import { LAYERS } from '../../data/map-layers.ts'
import { placeById } from '../../data/places.ts'
import { VIEWS } from '../../data/map-views.ts'
import { countriesInBounds, countryFeatures } from './basemap.ts'
import { latLonOf, toPosition } from './geodesy.ts'
import { describeMap } from './map-description.ts'
import { legendEntries } from './map-key.ts'
import { stepModels } from './map-steps.ts'
import { baseShades } from './shading.ts'
import { viewBounds } from './view-bounds.ts'

/** The map's model: the base map, then each step's drawing, then the country names. */
export function mapModels({ date, steps, data }: MapInput): MapModel {
  const countries = countryFeatures(data)
  const shades = baseShades(date, steps)
  const shadeOf = (id: string): Shade => shades.get(id) ?? 'neutral'
  const models: LayerModel[] = [{
    kind: 'area',
    owner: 'base',
    pane: 'land',
    countries: countries.map(f => ({ feature: f, shade: shadeOf(f.properties.id), className: `map-country country-${f.properties.id} shade-${shadeOf(f.properties.id)}` })),
  }]

  // A place is marked once, by the first step that needs it.
  const placeOwner = new Map<string, LayerId>()
  for (const step of steps) {
    for (const id of [...LAYERS[step].places, ...(LAYERS[step].measuredPlaces ?? [])]) {
      if (!placeOwner.has(id))
        placeOwner.set(id, step)
    }
  }
  const built = steps.map(step => stepModels(step, data, date, id => placeOwner.get(id) === step))
  models.push(...built.flatMap(b => b.models))

  // Country names, where there is room; members carry the year they joined. Kaliningrad is named
  // on the oblast where it fits, else over the open sea beside it with a leader line; not where a
  // step outlines it: its outline, its named places and the key say it there.
  const stepOfCohort = new Map(built.flatMap(b => b.step.cohort ? [[b.step.cohort, b.step.layer] as const] : []))
  const outlined = new Set(steps.map(s => LAYERS[s].territory?.country))
  for (const feature of countries) {
    const { id, name } = feature.properties
    const base = { kind: 'label', owner: 'base', style: 'country', optional: true, nudgePx: 10 } as const
    if (id === 'kaliningrad') {
      if (!outlined.has(id))
        models.push({ ...base, id: 'country:kaliningrad', lines: [{ text: 'Kaliningrad', className: 'map-label-name' }, { text: '(Russia)', className: 'map-label-sub' }], spot: { onShape: id, fallback: latLonOf(placeById('kaliningrad')) } })
      continue
    }
    const membership = membershipOf(id)
    const lines: LabelLine[] = [{ text: name, className: 'map-label-name' }]
    if (membership) {
      const layer = stepOfCohort.get(membership.cohort)
      const year = membership.joined ? membership.joined.slice(0, 4) : COHORT_LABELS[membership.cohort]
      if (layer)
        lines.push({ text: `NATO ${year}`, className: 'map-label-year', layer })
      else if (shadeOf(id) !== 'neutral')
        lines.push({ text: `NATO ${year}`, className: 'map-label-year' })
    }
    models.push({ ...base, id: `country:${id}`, lines, spot: { poles: id } })
  }
  return { shades, models, steps: built.map(b => b.step) }
}

/** A drawing as GeoJSON shapes, each with how it is drawn (its step, pane and classes). */
function toShapes(model: Exclude<LayerModel, { kind: 'label' }>): MapShape[] {
  const shape = (geometry: MapShape['geometry'], properties: ShapeProperties): MapShape => ({ type: 'Feature', geometry, properties })
  const owner = model.owner
  switch (model.kind) {
    case 'area':
      return model.countries.map(c => shape(c.feature.geometry, { owner, pane: model.pane, className: c.className, country: c.feature.properties.id }))
    case 'envelope':
      return [shape({ type: 'Polygon', coordinates: [[...model.ring, model.ring[0]].map(toPosition)] }, { owner, pane: model.pane, className: model.className, ...(model.fill ? {} : { outline: true }) })]
    case 'line':
      return [shape({ type: 'LineString', coordinates: model.path.map(toPosition) }, { owner, pane: 'lines', className: model.className, ...(model.keepClear ? { keepClear: true } : {}) })]
    case 'arrow':
      return [
        shape({ type: 'LineString', coordinates: model.shaft.map(toPosition) }, { owner, pane: 'lines', className: model.shaftClass, keepClear: true }),
        shape({ type: 'Polygon', coordinates: [[...model.head, model.head[0]].map(toPosition)] }, { owner, pane: 'lines', className: model.headClass }),
      ]
    case 'point':
      return [shape({ type: 'Point', coordinates: toPosition(model.at) }, { owner, pane: 'points', className: model.className, radiusPx: model.radiusPx, keepClear: true })]
  }
}

/**
 * A map figure's spec (components/baltic-map/map-spec-types.ts): its box, its shapes as GeoJSON, its labels,
 * its key and its text alternative at every click, all from its record and the geodata.
 */
export function mapSpec(id: string, figure: MapFigure, data: BalticGeodata): MapSpec {
  const { view, date, steps } = figure
  const map = mapModels({ date, steps, data })
  const bounds = viewBounds(view, data)
  const countriesShown = countriesInBounds(data, bounds)
  const labels: MapLabel[] = map.models.flatMap(m => m.kind === 'label' ? [(({ kind: _, ...label }) => label)(m)] : [])
  return {
    figure: id,
    title: `Map of ${VIEWS[view].title}`,
    bounds,
    panBounds: [[data.bbox[1], data.bbox[0]], [data.bbox[3], data.bbox[2]]],
    steps,
    shapes: map.models.flatMap(m => m.kind === 'label' ? [] : toShapes(m)),
    labels,
    key: legendEntries(map, countriesShown),
    descriptions: Array.from({ length: steps.length + 1 }, (_, k) => describeMap({ view, date, map, visible: steps.slice(0, k), countriesShown })),
  }
}
