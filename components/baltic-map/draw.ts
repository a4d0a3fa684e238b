/**
 * Draws the map's layers with Leaflet, once: the countries, then every step's shapes, markers and
 * labels, each step in its own layer group, which `setVisible` adds to or removes from the map.
 * Colours and patterns come from CSS classes (see BalticMap.vue), so dark mode needs no redraw.
 *
 * Leaflet is passed in (the component imports it lazily), so this module adds nothing to the
 * first slide's bundle. Pure decisions (which layers, where labels go) live in the sibling modules.
 */
import type * as Leaflet from 'leaflet'
import type { PlaceId } from '../../data/places.ts'
import type { Scenario } from '../../data/scenarios.ts'
import type { LatLon } from '../../lib/geo.ts'
import type { BalticGeodata } from '../../data/geodata.ts'
import type { LayerId, Shade } from './layers.ts'
import type { Leader, PixelPolygon, Placement, Point, Rect, Size } from './labels.ts'
import { COHORT_LABELS, membershipOf } from '../../data/alliances.ts'
import { NOMINAL_RANGE_CAPTION, scenarioById } from '../../data/scenarios.ts'
import { weaponById } from '../../data/weapons.ts'
import { approxKm, bearingDeg, destination, geodesicArc, greatCircleKm, insidePolygon, lngLatToLatLng, polygonsOf, roundKm, toLatLng } from '../../lib/geo.ts'
import { reachLabel } from './describe.ts'
import { countryFeatures, suwalkiGap } from './geodata.ts'
import { AROUND_A_POINT, lineObstacles, nameOnShape, placeLabels, samplePoints, visiblePoles } from './labels.ts'
import { mainlandLink, nearestInOblast, reachEnvelope } from './reach.ts'
import { baseShades, cohortMembers, cohortShade, LAYERS } from './layers.ts'
import { placeById } from '../../data/places.ts'

type L = typeof Leaflet

/** A layer group's owner: a step, or the base map that always shows. */
export type Owner = LayerId | 'base'

/** Map panes, bottom to top, with their z-index (Leaflet's own overlay pane is 400, markers 600). */
export const PANES = { land: 410, shading: 420, zones: 430, lines: 440, points: 450, labels: 620 } as const

/** Where the words "Baltic Sea" may go, best first: open water in every view that shows the sea. */
export const SEA_LABEL_ANCHORS: readonly LatLon[] = [{ lat: 55.55, lon: 18.2 }, { lat: 57.3, lon: 20.1 }, { lat: 56.1, lon: 19.3 }]

/** Where an envelope's label may sit on its edge, best first, in degrees from north of the oblast. */
const RING_LABEL_BEARINGS = [0, 330, 30, 300, 60, 270, 90, 240, 120, 210, 150, 180]

/** The point of an envelope (one position per degree, from north) at a bearing from the oblast. */
const atBearing = (envelope: readonly LatLon[], bearing: number) => envelope[Math.round((((bearing % 360) + 360) % 360) * envelope.length / 360) % envelope.length]

/** Marker radius by kind of place, in CSS pixels. */
const MARKER_RADIUS_PX: Record<string, number> = { 'capital': 5, 'city': 4, 'base': 5.5, 'exclave-city': 5, 'tripoint': 4 }

interface LabelLine {
  text: string
  className?: string
  /** A line that shows only once this step is shown. */
  layer?: LayerId
}

interface LabelOptions {
  /** Candidate anchors for the current view, best first. */
  anchors: () => Point[]
  placements: readonly Placement[]
  gapPx: number
  /** Country names give way when there is no room; every other label shows. */
  optional?: boolean
  /** How far the label may shift to stay inside the map, in pixels. */
  nudgePx?: number
  /** Spots this rejects are never taken. */
  accepts?: (rect: Rect, placement: Placement) => boolean
  /**
   * A territory's name: on its shape where the shape holds it, else beside it (where `beside`
   * accepts) with a leader line; replaces anchors, placements and gaps (see `nameOnShape`).
   */
  shape?: { polygons: () => PixelPolygon[], beside: (rect: Rect) => boolean }
}

interface DrawnLabel extends LabelOptions {
  key: string
  owner: Owner
  element: HTMLElement
  marker: Leaflet.Marker
  size?: Size
  leaderLine?: SVGLineElement
}

export interface DrawnMap {
  /** Shows exactly these steps (the base map always shows). */
  setVisible: (visible: ReadonlySet<LayerId>) => void
  /** Places every label of the slide for the current view (all steps, so nothing moves between clicks). */
  layout: () => void
  remove: () => void
}

export interface DrawOptions {
  date?: string
  steps: readonly LayerId[]
  /** Boxes of the map's controls, in container pixels, for labels to keep clear of. */
  controlRects: () => Rect[]
}

function labelElement(kind: string, owner: Owner, lines: readonly LabelLine[]): HTMLElement {
  const element = document.createElement('div')
  element.className = `map-label map-label--${kind}`
  element.dataset.layer = owner
  for (const line of lines) {
    const span = document.createElement('span')
    span.className = `map-label-line${line.className ? ` ${line.className}` : ''}`
    span.textContent = line.text
    if (line.layer)
      span.dataset.layer = line.layer
    element.append(span)
  }
  return element
}

export function drawMap(L: L, map: Leaflet.Map, data: BalticGeodata, options: DrawOptions): DrawnMap {
  for (const [name, zIndex] of Object.entries(PANES)) {
    const pane = map.getPane(`bm-${name}`) ?? map.createPane(`bm-${name}`)
    pane.style.zIndex = String(zIndex)
  }
  const pane = (name: keyof typeof PANES) => `bm-${name}`

  const groups = new Map<Owner, Leaflet.LayerGroup>([['base', L.layerGroup().addTo(map)]])
  for (const step of options.steps)
    groups.set(step, L.layerGroup())
  const group = (owner: Owner) => groups.get(owner)!

  const labels: DrawnLabel[] = []
  /** Points and lines labels keep clear of, whatever step they belong to. */
  const markerObstacles: { latlng: Leaflet.LatLng, radiusPx: number }[] = []
  const lineObstacleLatLngs: Leaflet.LatLng[][] = []
  /** Label lines that show with a step, though their label belongs to the base map ("NATO 1999"). */
  const stepLines: HTMLElement[] = []

  /** A label: a marker whose icon is the label's box, moved into place by `layout`. */
  function addLabel(key: string, owner: Owner, kind: string, lines: readonly LabelLine[], where: LabelOptions): void {
    const element = labelElement(kind, owner, lines)
    stepLines.push(...element.querySelectorAll<HTMLElement>('[data-layer]'))
    const icon = L.divIcon({ className: 'map-label-anchor', html: element, iconSize: [0, 0], iconAnchor: [0, 0] })
    const marker = L.marker([0, 0], { icon, interactive: false, keyboard: false, pane: pane('labels') })
    group(owner).addLayer(marker)
    labels.push({ key, owner, element, marker, ...where })
  }

  const project = (p: LatLon): Point => map.latLngToContainerPoint(toLatLng(p))
  const mapSize = (): Size => ({ width: map.getSize().x, height: map.getSize().y })

  function addMarker(owner: LayerId, latlng: LatLon, kind: string): void {
    const radiusPx = MARKER_RADIUS_PX[kind] ?? 4
    const marker = L.circleMarker(toLatLng(latlng), { radius: radiusPx, pane: pane('points'), interactive: false, className: `layer-${owner} place-marker place-marker--${kind}` })
    group(owner).addLayer(marker)
    markerObstacles.push({ latlng: marker.getLatLng(), radiusPx })
  }

  function addPlace(owner: LayerId, id: PlaceId, extra?: string): void {
    const place = placeById(id)
    const kind = place.kind
    addMarker(owner, place, kind)
    const text = extra ? `${place.name} · ${extra}` : place.name
    addLabel(`place:${id}`, owner, `place map-label--${kind}`, [{ text, className: 'map-label-name' }], { anchors: () => [project(place)], placements: AROUND_A_POINT, gapPx: MARKER_RADIUS_PX[kind] ?? 4 })
  }

  // The countries, filled as they are before any step.
  const countries = countryFeatures(data)
  const shades = baseShades(options.date, options.steps)
  const shadeOf = (id: string): Shade => shades.get(id) ?? 'neutral'
  L.geoJSON(countries, {
    pane: pane('land'),
    interactive: false,
    style: f => ({ className: `map-country country-${f!.properties.id} shade-${shadeOf(f!.properties.id)}` }),
  }).addTo(group('base'))

  // Each step's shapes, markers and labels. A place is marked once, by the first step that needs it.
  const placeOwner = new Map<PlaceId, LayerId>()
  for (const step of options.steps) {
    for (const id of [...LAYERS[step].places, ...(LAYERS[step].measuredPlaces ?? [])]) {
      if (!placeOwner.has(id))
        placeOwner.set(id, step)
    }
  }
  const ownsPlace = (step: LayerId, id: PlaceId) => placeOwner.get(id) === step

  for (const step of options.steps) {
    const spec = LAYERS[step]
    const target = group(step)

    if (spec.cohort) {
      const members = new Set(cohortMembers(spec.cohort))
      L.geoJSON(countries.filter(f => members.has(f.properties.id)), {
        pane: pane('shading'),
        interactive: false,
        style: () => ({ className: `layer-${step} cohort-fill shade-${cohortShade(spec.cohort!)}` }),
      }).addTo(target)
    }

    if (step === 'exclave') {
      L.geoJSON(countries.filter(f => f.properties.id === 'kaliningrad'), {
        pane: pane('shading'),
        interactive: false,
        style: () => ({ className: 'layer-exclave exclave-fill' }),
      }).addTo(target)
    }

    if (spec.weaponId) {
      const weapon = weaponById(spec.weaponId)
      const envelope = reachEnvelope(data, weapon.rangeKm)
      L.polygon(envelope.map(toLatLng), { pane: pane('lines'), interactive: false, fill: false, className: `layer-${step} range-ring range-ring--${step}` }).addTo(target)
      const anchors = RING_LABEL_BEARINGS.map(b => atBearing(envelope, b))
      addLabel(`ring:${step}`, step, `ring map-label--ring-${step}`, [{ text: `${weapon.name} ${approxKm(weapon.rangeKm)}`, className: 'map-label-name' }, { text: NOMINAL_RANGE_CAPTION, className: 'map-label-caption' }], { anchors: () => anchors.map(project), placements: ['center'], gapPx: 0 })
      // Each measured place's distance: a thin line to the oblast's nearest point.
      for (const id of spec.measuredPlaces ?? []) {
        const nearest = nearestInOblast(data, placeById(id))
        const line = [placeById(id), nearest.point].map(p => L.latLng(toLatLng(p)))
        L.polyline(line, { pane: pane('lines'), interactive: false, className: `layer-${step} measure-line` }).addTo(target)
        lineObstacleLatLngs.push(line)
      }
    }

    if (step === 'mainland') {
      const link = mainlandLink(data)
      const line = [link.from, link.to].map(p => L.latLng(toLatLng(p)))
      L.polyline(line, { pane: pane('lines'), interactive: false, className: 'layer-mainland mainland-line' }).addTo(target)
      lineObstacleLatLngs.push(line)
      for (const end of [link.from, link.to])
        addMarker(step, end, 'tripoint')
      const bearing = bearingDeg(link.from, link.to)
      const anchors = [0.5, 0.4, 0.6].map(f => destination(link.from, bearing, link.distanceKm * f))
      addLabel('link:mainland', step, 'feature', [{ text: `~${Math.round(link.distanceKm)} km`, className: 'map-label-name' }, { text: 'to mainland Russia', className: 'map-label-figure' }], { anchors: () => anchors.map(project), placements: ['bottom-right', 'bottom', 'right', 'top-left', 'left', 'top'], gapPx: 10 })
    }

    if (spec.scenarioId)
      drawScenario(step, scenarioById(spec.scenarioId))

    if (step === 'suwalki') {
      const gap = suwalkiGap(data)
      L.polyline(gap.line.map(toLatLng), { pane: pane('lines'), interactive: false, className: 'layer-suwalki gap-border' }).addTo(target)
      L.polyline(gap.ends.map(toLatLng), { pane: pane('lines'), interactive: false, className: 'layer-suwalki gap-chord' }).addTo(target)
      lineObstacleLatLngs.push(gap.line.map(p => L.latLng(toLatLng(p))), gap.ends.map(p => L.latLng(toLatLng(p))))
      for (const end of gap.ends)
        addMarker(step, end, 'tripoint')
      const middle = destination(gap.ends[0], bearingDeg(gap.ends[0], gap.ends[1]), gap.widthKm / 2)
      addLabel('gap:suwalki', step, 'feature', [{ text: 'Suwałki Gap', className: 'map-label-name' }, { text: `~${roundKm(gap.widthKm, 5)} km across`, className: 'map-label-figure' }], { anchors: () => [project(middle)], placements: ['right', 'bottom-right', 'top-right', 'left', 'bottom', 'top', 'bottom-left', 'top-left'], gapPx: 16 })
    }

    // Places, after the shapes so their markers sit on top. Measured places carry their distance
    // to the oblast's nearest point, and whether the layer's weapon reaches that far.
    const weapon = spec.weaponId ? weaponById(spec.weaponId) : undefined
    for (const id of spec.places) {
      if (ownsPlace(step, id))
        addPlace(step, id)
    }
    for (const id of spec.measuredPlaces ?? []) {
      if (ownsPlace(step, id))
        addPlace(step, id, reachLabel(nearestInOblast(data, placeById(id)).distanceKm, weapon!.rangeKm))
    }
    if (step === 'cities')
      addLabel('sea:baltic', step, 'sea', [{ text: 'Baltic Sea' }], { anchors: () => SEA_LABEL_ANCHORS.map(project), placements: ['center'], gapPx: 0 })
  }

  function drawScenario(step: LayerId, scenario: Scenario): void {
    const target = group(step)
    const shape = scenario.shape
    const caption: LabelLine[] = scenario.caption.map(text => ({ text, className: 'map-label-caption' }))
    if (shape.kind === 'zone') {
      // Widest first, so the narrower reach is drawn over it.
      const zone = shape.weaponIds.map(weaponById).sort((a, b) => b.rangeKm - a.rangeKm)
      for (const weapon of zone) {
        const envelope = reachEnvelope(data, weapon.rangeKm)
        const className = weapon.role === 'air-defence' ? 'air-defence-line' : 'zone-fill'
        L.polygon(envelope.map(toLatLng), { pane: pane('zones'), interactive: false, fill: weapon.role !== 'air-defence', className: `layer-${step} ${className}` }).addTo(target)
      }
      // Just outside the narrowest reach, to the north-west (open sea) where the view allows.
      const inner = reachEnvelope(data, zone.at(-1)!.rangeKm)
      const anchors = [295, 305, 285, 315, 275, 330].map(b => atBearing(inner, b))
      const figures: LabelLine[] = zone.map(w => ({ text: `${w.name} ${w.role === 'air-defence' ? 'air defence' : 'anti-ship'} ${approxKm(w.rangeKm)}`, className: 'map-label-figure' }))
      addLabel(`scenario:${step}`, step, 'scenario', [{ text: scenario.name, className: 'map-label-name' }, ...figures, ...caption], { anchors: () => anchors.map(project), placements: ['left', 'top-left', 'bottom-left', 'top', 'center'], gapPx: 6 })
    }
    else if (shape.kind === 'cordon') {
      const centre = placeById(shape.centrePlaceId)
      const arc = geodesicArc(centre, shape.radiusKm, shape.fromBearingDeg, shape.toBearingDeg, 48)
      L.polyline(arc.map(toLatLng), { pane: pane('lines'), interactive: false, className: `layer-${step} cordon-line` }).addTo(target)
      lineObstacleLatLngs.push(arc.map(p => L.latLng(toLatLng(p))))
      // On the arc, from its middle outwards.
      const anchors = [24, 20, 28, 16, 32, 12, 36].map(i => arc[i])
      addLabel(`scenario:${step}`, step, 'scenario', [{ text: scenario.name, className: 'map-label-name' }, ...caption], { anchors: () => anchors.map(project), placements: ['top', 'top-left', 'top-right', 'left', 'right'], gapPx: 10 })
    }
    else {
      const from = placeById(shape.fromPlaceId)
      const to = placeById(shape.toPlaceId)
      // The head: two barbs 25° either side of the shaft, a tenth of its length (at least 12 km) long.
      const lengthKm = greatCircleKm(from, to)
      const headKm = Math.max(12, lengthKm / 10)
      const back = bearingDeg(to, from)
      const head = [destination(to, back - 25, headKm), to, destination(to, back + 25, headKm)]
      const neck = destination(to, back, headKm * Math.cos((25 * Math.PI) / 180))
      L.polyline([from, neck].map(toLatLng), { pane: pane('lines'), interactive: false, className: `layer-${step} arrow-shaft` }).addTo(target)
      L.polygon(head.map(toLatLng), { pane: pane('lines'), interactive: false, className: `layer-${step} arrow-head` }).addTo(target)
      lineObstacleLatLngs.push([from, to].map(p => L.latLng(toLatLng(p))))
      // Beside the shaft, from its middle outwards.
      const anchors = [0.5, 0.4, 0.6, 0.3, 0.7].map(f => destination(from, bearingDeg(from, to), lengthKm * f))
      addLabel(`scenario:${step}`, step, 'scenario', [{ text: scenario.name, className: 'map-label-name' }, ...caption], { anchors: () => anchors.map(project), placements: ['bottom-left', 'top-right', 'left', 'right', 'bottom', 'top'], gapPx: 12 })
    }
  }

  // Country names, where there is room; members carry the year they joined. Kaliningrad is named
  // on the oblast where it fits, else over the open sea beside it with a leader line; not where the
  // exclave step marks it: its outline, its three named places and the key say it there.
  const stepOfCohort = new Map(options.steps.filter(s => LAYERS[s].cohort).map(s => [LAYERS[s].cohort!, s]))
  // Country outlines in container pixels, with their boxes, projected afresh by each layout.
  let countriesPx = new Map<string, PixelPolygon[]>()
  let boxesPx = new Map<string, Rect>()
  const projectCountries = () => {
    countriesPx = new Map(countries.map(f => [f.properties.id, polygonsOf(f.geometry).map(rings => rings.map(ring => ring.map(p => map.latLngToContainerPoint(lngLatToLatLng(p)))))]))
    boxesPx = new Map([...countriesPx].map(([id, polygons]) => {
      const points = polygons.flat(2)
      const [xs, ys] = [points.map(p => p.x), points.map(p => p.y)]
      return [id, { x: Math.min(...xs), y: Math.min(...ys), width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) }]
    }))
  }
  const within = (p: Point, r: Rect) => p.x >= r.x && p.x <= r.x + r.width && p.y >= r.y && p.y <= r.y + r.height
  const countryAt = (p: Point): string | undefined =>
    [...countriesPx].find(([id, polygons]) => within(p, boxesPx.get(id)!) && polygons.some(rings => insidePolygon(rings, p)))?.[0]
  /** A country's name may cover the country itself and the sea, never a neighbour. */
  const onOwnGround = (id: string) => (rect: Rect) => samplePoints(rect).every((p) => {
    const under = countryAt(p)
    return under === undefined || under === id
  })
  const onOpenSea = (rect: Rect) => samplePoints(rect).every(p => countryAt(p) === undefined)
  for (const feature of countries) {
    const { id, name } = feature.properties
    if (id === 'kaliningrad') {
      if (options.steps.includes('exclave'))
        continue
      const centre = placeById('kaliningrad')
      addLabel('country:kaliningrad', 'base', 'country', [{ text: 'Kaliningrad', className: 'map-label-name' }, { text: '(Russia)', className: 'map-label-sub' }], {
        anchors: () => [project(centre)],
        placements: ['center'],
        gapPx: 0,
        optional: true,
        nudgePx: 10,
        // On the oblast where it fits, else over the open sea beside it with a leader line.
        shape: { polygons: () => countriesPx.get(id)!, beside: onOpenSea },
      })
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
    addLabel(`country:${id}`, 'base', 'country', lines, { anchors: () => visiblePoles(countriesPx.get(id)!, mapSize(), { minClearancePx: 10 }), placements: ['center'], gapPx: 0, optional: true, nudgePx: 10, accepts: onOwnGround(id) })
  }

  function setVisible(visible: ReadonlySet<LayerId>): void {
    for (const [owner, layerGroup] of groups) {
      if (owner === 'base')
        continue
      if (visible.has(owner))
        map.addLayer(layerGroup)
      else
        map.removeLayer(layerGroup)
    }
    for (const line of stepLines)
      line.style.visibility = visible.has(line.dataset.layer as LayerId) ? '' : 'hidden'
  }

  function measure(): void {
    const unmeasured = labels.filter(l => !l.size?.width)
    if (!unmeasured.length)
      return
    const host = document.createElement('div')
    host.className = 'map-label-measure'
    host.append(...unmeasured.map(l => l.element))
    map.getContainer().append(host)
    for (const label of unmeasured)
      label.size = { width: label.element.offsetWidth, height: label.element.offsetHeight }
    host.remove()
    // Put each element back in its marker's icon, if the marker is on the map.
    for (const label of unmeasured)
      label.marker.getElement()?.append(label.element)
  }

  const sub = (p: Point, origin: Point): Point => ({ x: p.x - origin.x, y: p.y - origin.y })

  /** A label's leader line, in the label's own pixels (its box's top-left is 0, 0), or none. */
  function drawLeader(label: DrawnLabel, leader: Leader | undefined): void {
    if (!leader) {
      label.leaderLine?.parentElement?.remove()
      label.leaderLine = undefined
      delete label.element.dataset.leader
      return
    }
    if (!label.leaderLine) {
      const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg')
      svg.setAttribute('class', 'map-label-leader')
      svg.setAttribute('aria-hidden', 'true')
      label.leaderLine = document.createElementNS('http://www.w3.org/2000/svg', 'line')
      svg.append(label.leaderLine)
      label.element.prepend(svg)
    }
    const line = label.leaderLine
    line.setAttribute('x1', leader.from.x.toFixed(1))
    line.setAttribute('y1', leader.from.y.toFixed(1))
    line.setAttribute('x2', leader.to.x.toFixed(1))
    line.setAttribute('y2', leader.to.y.toFixed(1))
    label.element.dataset.leader = ''
  }

  function layout(): void {
    measure()
    projectCountries()
    const size = mapSize()
    const obstacles: Rect[] = [
      ...options.controlRects(),
      ...markerObstacles.map(({ latlng, radiusPx }) => {
        const p = map.latLngToContainerPoint(latlng)
        const r = radiusPx + 2
        return { x: p.x - r, y: p.y - r, width: 2 * r, height: 2 * r }
      }),
      ...lineObstacleLatLngs.flatMap(line => lineObstacles(line.map(ll => map.latLngToContainerPoint(ll)))),
    ]
    const requests = labels.map(l => ({
      key: l.key,
      size: l.size!,
      optional: l.optional,
      nudgePx: l.nudgePx,
      ...(l.shape
        ? nameOnShape(l.shape.polygons(), size, { beside: l.shape.beside, fallback: l.anchors()[0] })
        : { anchors: l.anchors(), placements: l.placements, gapPx: l.gapPx, accepts: l.accepts }),
    })).filter(r => r.anchors.length || !r.optional)
    const placed = placeLabels(requests, { box: size, marginPx: 4, obstacles })
    for (const label of labels) {
      const spot = placed.get(label.key)
      label.element.style.display = spot ? '' : 'none'
      if (!spot)
        continue
      label.marker.setLatLng(map.containerPointToLatLng([spot.anchor.x, spot.anchor.y]))
      label.element.style.transform = `translate(${Math.round(spot.rect.x - spot.anchor.x)}px, ${Math.round(spot.rect.y - spot.anchor.y)}px)`
      label.element.dataset.placement = spot.placement
      drawLeader(label, spot.leader && { from: sub(spot.leader.from, spot.rect), to: sub(spot.leader.to, spot.rect) })
    }
  }

  return {
    setVisible,
    layout,
    remove: () => {
      for (const layerGroup of groups.values())
        map.removeLayer(layerGroup)
    },
  }
}
