/**
 * One step of the map, built once: from its record in data/map-layers.ts, what it draws (models),
 * what the key lists for it and what the text alternative says of it. Each feature a layer can have
 * (a cohort joining, a territory, a weapon's reach, the line to mainland Russia, a scenario, the
 * Suwałki Gap's border, its places, a sea's name) has one builder here (scenarios in
 * map-scenarios.ts) that returns all three together, so nothing downstream dispatches on a
 * feature again.
 */
import type { BalticGeodata } from '../../data/geodata.ts'
import type { LayerId, LayerSpec } from '../../data/map-layers.ts'
import type { PlaceId } from '../../data/places.ts'
import type { Missile, Weapon } from '../../data/weapons.ts'
import type { LatLon } from '../../components/baltic-map/map-spec-types.ts'
import type { LayerModel, Part, PointModel, StepModel } from './map-types.ts'
import { LAYERS } from '../../data/map-layers.ts'
import { placeById } from '../../data/places.ts'
import { NOMINAL_RANGE_CAPTION, scenarioById } from '../../data/scenarios.ts'
import { baseOn, weaponById } from '../../data/weapons.ts'
import { latLonOf, partWay } from './geodesy.ts'
import { countryFeatures, suwalkiGap } from './basemap.ts'
import { AROUND_A_POINT } from '../../components/baltic-map/labels.ts'
import { cohortMembers, cohortShade, drawnMissile } from './shading.ts'
import { atBearing, countriesCrossed, mainlandLink, nearestInOblast, reachEnvelope } from './reach.ts'
import { scenarioModels } from './map-scenarios.ts'
import { approxKm, listWords, placeNames, reachLabel, roundKm } from './words.ts'

/** What a feature adds to its step. */

/** Marker radius by kind of place, in CSS pixels. */
const MARKER_RADIUS_PX: Record<string, number> = { 'capital': 5, 'city': 4, 'base': 5.5, 'exclave-city': 5, 'tripoint': 4 }

/** Where an envelope's label may sit on its edge, best first, in degrees from north of the oblast. */
const RING_LABEL_BEARINGS = [0, 330, 30, 300, 60, 270, 90, 240, 120, 210, 150, 180]

/**
 * The step's models, key entries and sentence: its shapes first, then its places (the ones it is
 * the first step to mark, `ownsPlace`), then its sea's name; the text alternative speaks with the
 * first feature that has something to say, or, for a layer that only marks places, names them.
 */
export function stepModels(step: LayerId, data: BalticGeodata, date: string | undefined, ownsPlace: (id: PlaceId) => boolean): { models: LayerModel[], step: StepModel } {
  const spec = LAYERS[step]
  const weapon = spec.weaponId ? weaponById(spec.weaponId) : undefined
  const missile = weapon ? drawnMissile(weapon, date, step) : undefined
  const parts: Part[] = [
    spec.cohort ? cohortPart(step, spec.cohort, data) : undefined,
    spec.territory ? territoryPart(step, spec.territory, spec.places, data) : undefined,
    weapon && missile ? reachPart(step, weapon, missile, baseOn(weapon, date)?.placeId, spec.measuredPlaces ?? [], data) : undefined,
    spec.link ? linkPart(step, spec.link, data) : undefined,
    spec.scenarioId ? scenarioModels(step, scenarioById(spec.scenarioId), data, date) : undefined,
    spec.border ? borderPart(step, spec.border, data) : undefined,
    placesPart(step, [...spec.places, ...(weapon && baseOn(weapon, date) ? [weapon.base!.placeId] : [])].filter(ownsPlace)),
    missile ? placesPart(step, (spec.measuredPlaces ?? []).filter(ownsPlace), id => reachLabel(nearestInOblast(data, placeById(id)).distanceKm, missile.rangeKm)) : undefined,
    spec.sea ? seaPart(step, spec.sea, spec.places) : undefined,
  ].filter(part => part !== undefined)
  return {
    models: parts.flatMap(p => p.models),
    step: { layer: step, cohort: spec.cohort, key: parts.flatMap(p => p.key ?? []), says: parts.find(p => p.says)?.says ?? placesSay(spec.places) },
  }
}

/** What the text alternative says of a layer that only marks places: their names. */
function placesSay(places: readonly PlaceId[]): string | undefined {
  return places.length ? `Marked: ${listWords(placeNames(places))}.` : undefined
}

/** A tripoint (where three borders meet), marked as a dot. */
function tripoint(step: LayerId, at: LatLon): PointModel {
  return { kind: 'point', owner: step, at, radiusPx: MARKER_RADIUS_PX.tripoint, className: `layer-${step} place-marker place-marker--tripoint` }
}

/** A NATO cohort's members, shaded as they join; the key lists the cohort under NATO's heading. */
function cohortPart(step: LayerId, cohort: NonNullable<LayerSpec['cohort']>, data: BalticGeodata): Part {
  const members = new Set(cohortMembers(cohort))
  const shade = cohortShade(cohort)
  return { models: [{ kind: 'area', owner: step, pane: 'shading', countries: countryFeatures(data).filter(f => members.has(f.properties.id)).map(f => ({ feature: f, shade, className: `layer-${step} cohort-fill shade-${shade}` })) }] }
}

/** A territory filled and outlined (the exclave). */
function territoryPart(step: LayerId, territory: NonNullable<LayerSpec['territory']>, places: readonly PlaceId[], data: BalticGeodata): Part {
  return {
    models: [{ kind: 'area', owner: step, pane: 'shading', countries: countryFeatures(data).filter(f => f.properties.id === territory.country).map(f => ({ feature: f, shade: 'russia', className: `layer-${step} exclave-fill` })) }],
    key: [{ id: step, swatch: 'exclave', label: territory.key, layer: step }],
    says: `${territory.name}, ${territory.what}, is highlighted, with ${listWords(placeNames(places))}.`,
  }
}

/** A weapon's reach (with the missile it fires on the map's date) from anywhere in the oblast, its label on the ring, and each measured place's distance: a thin line to the oblast's nearest point. */
function reachPart(step: LayerId, weapon: Weapon, missile: Missile, basePlaceId: PlaceId | undefined, measured: readonly PlaceId[], data: BalticGeodata): Part {
  const ring = reachEnvelope(data, missile.rangeKm)
  const distances = measured.map(id => ({ place: placeById(id), nearest: nearestInOblast(data, placeById(id)) }))
  const allInside = distances.every(d => d.nearest.distanceKm <= missile.rangeKm)
  const words = distances.map(d => `${d.place.name} ${Math.round(d.nearest.distanceKm)} km${allInside || d.nearest.distanceKm <= missile.rangeKm ? '' : ' (outside)'}`)
  const base = basePlaceId ? ` Its base, ${placeById(basePlaceId).name}, is marked.` : ''
  return {
    models: [
      { kind: 'envelope', owner: step, pane: 'lines', ring, fill: false, className: `layer-${step} range-ring range-ring--${step}` },
      {
        kind: 'label',
        owner: step,
        id: `ring:${step}`,
        style: `ring map-label--ring-${step}`,
        lines: [{ text: `${weapon.name} ${approxKm(missile.rangeKm)}`, className: 'map-label-name' }, { text: NOMINAL_RANGE_CAPTION, className: 'map-label-caption' }],
        spot: { anchors: RING_LABEL_BEARINGS.map(b => atBearing(data, ring, b)), placements: ['center'], gapPx: 0 },
      },
      ...distances.map((d): LayerModel => ({ kind: 'line', owner: step, path: [d.place, d.nearest.point], className: `layer-${step} measure-line`, keepClear: true })),
    ],
    key: [{ id: step, swatch: `ring-${step}`, line: true, label: `${weapon.name} (${missile.name}), ${missile.rangeKm} km${basePlaceId ? `; base: ${placeById(basePlaceId).name}` : ''}`, layer: step }],
    says: `A line shows how far the ${weapon.name} reaches with its ${missile.name} missile, at a nominal maximum range of about ${missile.rangeKm} km, from anywhere in the oblast: a nominal maximum, not a wall.${base}${words.length ? ` Distances to the oblast's nearest point: ${listWords(words)}${allInside ? ', all inside' : ''}.` : ''}`,
  }
}

/** The shortest line from the oblast to mainland Russia, its ends and its length. */
function linkPart(step: LayerId, words: NonNullable<LayerSpec['link']>, data: BalticGeodata): Part {
  const link = mainlandLink(data)
  const names = new Map(countryFeatures(data).map(f => [f.properties.id, f.properties.name]))
  return {
    models: [
      { kind: 'line', owner: step, path: [link.from, link.to], className: `layer-${step} mainland-line`, keepClear: true },
      tripoint(step, link.from),
      tripoint(step, link.to),
      {
        kind: 'label',
        owner: step,
        id: `link:${step}`,
        style: 'feature',
        lines: [{ text: `~${Math.round(link.distanceKm)} km`, className: 'map-label-name' }, { text: words.label, className: 'map-label-figure' }],
        spot: { anchors: [0.5, 0.4, 0.6].map(f => partWay(link.from, link.to, f)), placements: ['bottom-right', 'bottom', 'right', 'top-left', 'left', 'top'], gapPx: 10 },
      },
    ],
    key: [{ id: step, swatch: 'mainland', line: true, label: words.key, layer: step }],
    says: `A line shows the shortest distance from the oblast to mainland Russia, about ${Math.round(link.distanceKm)} km, across ${listWords(countriesCrossed(data, link).map(id => names.get(id) ?? id))}.`,
  }
}

/** The Suwałki Gap: the border as the geodata draws it, the straight line across it, and its width. */
function borderPart(step: LayerId, words: NonNullable<LayerSpec['border']>, data: BalticGeodata): Part {
  const gap = suwalkiGap(data)
  return {
    models: [
      { kind: 'line', owner: step, path: gap.line, className: `layer-${step} gap-border`, keepClear: true },
      { kind: 'line', owner: step, path: gap.ends, className: `layer-${step} gap-chord`, keepClear: true },
      ...gap.ends.map(end => tripoint(step, end)),
      {
        kind: 'label',
        owner: step,
        id: `gap:${step}`,
        style: 'feature',
        lines: [{ text: words.label, className: 'map-label-name' }, { text: `~${roundKm(gap.widthKm, 5)} km across`, className: 'map-label-figure' }],
        spot: { anchors: [partWay(gap.ends[0], gap.ends[1], 0.5)], placements: ['right', 'bottom-right', 'top-right', 'left', 'bottom', 'top', 'bottom-left', 'top-left'], gapPx: 16 },
      },
    ],
    key: [{ id: step, swatch: 'suwalki', line: true, label: words.key, layer: step }],
    says: `The Suwałki Gap is highlighted: the Polish–Lithuanian border between Kaliningrad and Belarus, about ${roundKm(gap.widthKm, 5)} km across in a straight line, near the town of Suwałki.`,
  }
}

/** Places, marked and named (after the shapes, so their markers sit on top); `extra` adds words to a name ("463 km, inside"). */
function placesPart(step: LayerId, ids: readonly PlaceId[], extra?: (id: PlaceId) => string): Part {
  return {
    models: ids.flatMap((id): LayerModel[] => {
      const place = placeById(id)
      const radiusPx = MARKER_RADIUS_PX[place.kind] ?? 4
      return [
        { kind: 'point', owner: step, at: place, radiusPx, className: `layer-${step} place-marker place-marker--${place.kind}` },
        { kind: 'label', owner: step, id: `place:${id}`, style: `place map-label--${place.kind}`, lines: [{ text: extra ? `${place.name} · ${extra(id)}` : place.name, className: 'map-label-name' }], spot: { anchors: [latLonOf(place)], placements: AROUND_A_POINT, gapPx: radiusPx } },
      ]
    }),
  }
}

/** A sea's name, on the first of its spots that is free; the text alternative lists the layer's places with it. */
function seaPart(step: LayerId, sea: NonNullable<LayerSpec['sea']>, places: readonly PlaceId[]): Part {
  return {
    models: [{ kind: 'label', owner: step, id: `sea:${step}`, style: 'sea', lines: [{ text: sea.name }], spot: { anchors: sea.anchors, placements: ['center'], gapPx: 0 } }],
    says: `Cities marked: ${listWords(placeNames(places))}; the ${sea.name} is named.`,
  }
}
