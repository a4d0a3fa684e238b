/**
 * Draws the map's layer models (models.ts) with Leaflet, once: a few Leaflet layers per kind of
 * model (`shapesOf`, one case a kind), each model into its owner's layer group, which `setVisible` adds to or removes from the map. Then
 * places every label for the current view (labels.ts). Colours and patterns come from CSS classes
 * (baltic-map.css), so dark mode needs no redraw.
 *
 * Leaflet is passed in (the component imports it lazily), so this module adds nothing to the
 * first slide's bundle. What to draw and where labels may go is decided in models.ts.
 */
import type * as Leaflet from 'leaflet'
import type { BalticGeodata } from '../../data/geodata.ts'
import type { LatLon } from '../../lib/geo.ts'
import type { PixelPolygon } from './label-shapes.ts'
import type { Leader, Point, Rect, Size } from './labels.ts'
import type { LayerId } from '../../data/map-layers.ts'
import type { LabelModel, LayerModel, Owner, Pane, PointModel } from './model-types.ts'
import { lngLatToLatLng, toLatLng } from '../../lib/geo.ts'
import { insidePolygon, polygonsOf } from '../../lib/shapes.ts'
import { countryFeatures } from './basemap.ts'
import { nameOnShape, samplePoints, visiblePoles } from './label-shapes.ts'
import { lineObstacles, placeLabels } from './labels.ts'
import { PANES } from './model-types.ts'

type L = typeof Leaflet

interface DrawnLabel {
  model: LabelModel
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
}

export interface DrawOptions {
  /** Boxes of the map's controls, in container pixels, for labels to keep clear of. */
  controlRects: () => Rect[]
}

const latLngs = (points: readonly LatLon[]) => points.map(toLatLng)

/** The Leaflet layers that draw a model (labels are markers placed by `layout`, so they have none here). */
function shapesOf(L: L, m: Exclude<LayerModel, LabelModel>, pane: (name: Pane) => string): Leaflet.Layer[] {
  switch (m.kind) {
    case 'area': {
      const classOf = new Map(m.countries.map(c => [c.feature.properties.id, c.className]))
      return [L.geoJSON(m.countries.map(c => c.feature), { pane: pane(m.pane), interactive: false, style: f => ({ className: classOf.get(f!.properties.id) }) })]
    }
    case 'envelope':
      return [L.polygon(latLngs(m.ring), { pane: pane(m.pane), interactive: false, fill: m.fill, className: m.className })]
    case 'line':
      return [L.polyline(latLngs(m.path), { pane: pane('lines'), interactive: false, className: m.className })]
    case 'arrow':
      return [
        L.polyline(latLngs(m.shaft), { pane: pane('lines'), interactive: false, className: m.shaftClass }),
        L.polygon(latLngs(m.head), { pane: pane('lines'), interactive: false, className: m.headClass }),
      ]
    case 'point':
      return [L.circleMarker(toLatLng(m.at), { radius: m.radiusPx, pane: pane('points'), interactive: false, className: m.className })]
  }
}

/** A label's box: its lines, each a span; a line that shows with a step carries the step's id. */
function labelElement(model: LabelModel): { element: HTMLElement, stepLines: { span: HTMLElement, layer: LayerId }[] } {
  const element = document.createElement('div')
  element.className = `map-label map-label--${model.style}`
  element.dataset.layer = model.owner
  const stepLines: { span: HTMLElement, layer: LayerId }[] = []
  for (const line of model.lines) {
    const span = document.createElement('span')
    span.className = `map-label-line${line.className ? ` ${line.className}` : ''}`
    span.textContent = line.text
    if (line.layer) {
      span.dataset.layer = line.layer
      stepLines.push({ span, layer: line.layer })
    }
    element.append(span)
  }
  return { element, stepLines }
}

export function drawMap(L: L, map: Leaflet.Map, data: BalticGeodata, models: readonly LayerModel[], options: DrawOptions): DrawnMap {
  for (const [name, zIndex] of Object.entries(PANES)) {
    const pane = map.getPane(`bm-${name}`) ?? map.createPane(`bm-${name}`)
    pane.style.zIndex = String(zIndex)
  }
  const pane = (name: Pane) => `bm-${name}`

  const groups = new Map<Owner, Leaflet.LayerGroup>([['base', L.layerGroup().addTo(map)]])
  for (const model of models) {
    if (!groups.has(model.owner))
      groups.set(model.owner, L.layerGroup())
  }
  const group = (owner: Owner) => groups.get(owner)!

  const labels: DrawnLabel[] = []
  /** Label lines that show with a step, though their label belongs to the base map ("NATO 1999"). */
  const stepLines: { span: HTMLElement, layer: LayerId }[] = []
  for (const model of models) {
    if (model.kind === 'label') {
      // A label: a marker whose icon is the label's box, moved into place by `layout`.
      const { element, stepLines: lines } = labelElement(model)
      stepLines.push(...lines)
      const icon = L.divIcon({ className: 'map-label-anchor', html: element, iconSize: [0, 0], iconAnchor: [0, 0] })
      const marker = L.marker([0, 0], { icon, interactive: false, keyboard: false, pane: pane('labels') })
      group(model.owner).addLayer(marker)
      labels.push({ model, element, marker })
      continue
    }
    for (const layer of shapesOf(L, model, pane))
      group(model.owner).addLayer(layer)
  }

  /** Points and lines labels keep clear of, whatever step they belong to. */
  const markerObstacles = models.filter((m): m is PointModel => m.kind === 'point').map(m => ({ latlng: L.latLng(toLatLng(m.at)), radiusPx: m.radiusPx }))
  const lineObstacleLatLngs = models.flatMap((m) => {
    if (m.kind === 'line' && m.keepClear)
      return [m.path]
    if (m.kind === 'arrow')
      return [m.keepClear]
    return []
  }).map(line => line.map(p => L.latLng(toLatLng(p))))

  const project = (p: LatLon): Point => map.latLngToContainerPoint(toLatLng(p))
  const mapSize = (): Size => ({ width: map.getSize().x, height: map.getSize().y })

  // Country outlines in container pixels, with their boxes, projected afresh by each layout.
  const countries = countryFeatures(data)
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

  /** Where a label may go in the current view, as a request to `placeLabels`. */
  function request(label: DrawnLabel, size: Size) {
    const { model } = label
    const spot = model.spot
    const common = { key: model.key, size: label.size!, optional: model.optional, nudgePx: model.nudgePx }
    if ('onShape' in spot)
      return { ...common, ...nameOnShape(countriesPx.get(spot.onShape)!, size, { beside: onOpenSea, fallback: project(spot.fallback) }) }
    if ('poles' in spot)
      return { ...common, anchors: visiblePoles(countriesPx.get(spot.poles)!, size, { minClearancePx: 10 }), placements: ['center' as const], gapPx: 0, accepts: onOwnGround(spot.poles) }
    return { ...common, anchors: spot.anchors.map(project), placements: spot.placements, gapPx: spot.gapPx }
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
    for (const { span, layer } of stepLines)
      span.style.visibility = visible.has(layer) ? '' : 'hidden'
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
    const requests = labels.map(l => request(l, size)).filter(r => r.anchors.length || !r.optional)
    const placed = placeLabels(requests, { box: size, marginPx: 4, obstacles })
    for (const label of labels) {
      const spot = placed.get(label.model.key)
      label.element.style.display = spot ? '' : 'none'
      if (!spot)
        continue
      label.marker.setLatLng(map.containerPointToLatLng([spot.anchor.x, spot.anchor.y]))
      label.element.style.transform = `translate(${Math.round(spot.rect.x - spot.anchor.x)}px, ${Math.round(spot.rect.y - spot.anchor.y)}px)`
      label.element.dataset.placement = spot.placement
      drawLeader(label, spot.leader && { from: sub(spot.leader.from, spot.rect), to: sub(spot.leader.to, spot.rect) })
    }
  }

  return { setVisible, layout }
}
