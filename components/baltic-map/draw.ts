/**
 * Draws a map's compiled spec (map-spec-types.ts) with Leaflet, once: each shape as GeoJSON into its owner's
 * group (the base map, or the layer that reveals it), which `setVisible` adds to or removes from
 * the map; then places every label for the current view (labels.ts). Colours and patterns come from
 * CSS classes (baltic-map.css), so dark mode needs no redraw.
 *
 * Leaflet is passed in (the component imports it lazily), so this module adds nothing to the first
 * slide's bundle. What to draw and where labels may go was decided when the spec was compiled
 * (scripts/figures/map-spec.ts); only the labels' pixels are worked out here.
 */
import type * as Leaflet from 'leaflet'
import type { PixelPolygon } from './label-shapes.ts'
import type { Leader, Point, Rect, Size } from './labels.ts'
import type { LayerId } from '../../data/map-layers.ts'
import type { LatLon, MapLabel, MapShape, MapSpec, Owner, Pane } from './map-spec-types.ts'
import { insidePolygon, nameOnShape, samplePoints, visiblePoles } from './label-shapes.ts'
import { lineObstacles, placeLabels } from './labels.ts'
import { PANES } from './map-spec-types.ts'

type L = typeof Leaflet

interface DrawnLabel {
  label: MapLabel
  element: HTMLElement
  marker: Leaflet.Marker
  size?: Size
  leaderLine?: SVGLineElement
}

export interface DrawnMap {
  /** Shows exactly these layers (the base map always shows). */
  setVisible: (visible: ReadonlySet<LayerId>) => void
  /** Places every label of the slide for the current view (all layers', so nothing moves between clicks). */
  layout: () => void
}

export interface DrawOptions {
  /** Boxes of the map's controls, in container pixels, for labels to keep clear of. */
  controlRects: () => Rect[]
}

const toLatLng = (p: LatLon): [number, number] => [p.lat, p.lon]

/** The Leaflet layer that draws a shape: GeoJSON with the shape's classes, a point as a dot. */
function drawShape(L: L, shape: MapShape, pane: (name: Pane) => string): Leaflet.Layer {
  const { className, outline, radiusPx } = shape.properties
  return L.geoJSON(shape, {
    pane: pane(shape.properties.pane),
    interactive: false,
    style: () => ({ className, ...(outline ? { fill: false } : {}) }),
    pointToLayer: (_, latlng) => L.circleMarker(latlng, { radius: radiusPx, pane: pane(shape.properties.pane), interactive: false, className }),
  })
}

/** A label's box: its lines, each a span; a line that shows with a step carries the step's id. */
function labelElement(label: MapLabel): { element: HTMLElement, stepLines: { span: HTMLElement, layer: LayerId }[] } {
  const element = document.createElement('div')
  element.className = `map-label map-label--${label.style}`
  element.dataset.layer = label.owner
  const stepLines: { span: HTMLElement, layer: LayerId }[] = []
  for (const line of label.lines) {
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

export function drawMap(L: L, map: Leaflet.Map, spec: MapSpec, options: DrawOptions): DrawnMap {
  for (const [name, zIndex] of Object.entries(PANES)) {
    const pane = map.getPane(`bm-${name}`) ?? map.createPane(`bm-${name}`)
    pane.style.zIndex = String(zIndex)
  }
  const pane = (name: Pane) => `bm-${name}`

  const groups = new Map<Owner, Leaflet.LayerGroup>([['base', L.layerGroup().addTo(map)]])
  const group = (owner: Owner) => groups.get(owner) ?? groups.set(owner, L.layerGroup()).get(owner)!
  for (const shape of spec.shapes)
    group(shape.properties.owner).addLayer(drawShape(L, shape, pane))

  const labels: DrawnLabel[] = []
  /** Label lines that show with a layer, though their label belongs to the base map ("NATO 1999"). */
  const stepLines: { span: HTMLElement, layer: LayerId }[] = []
  for (const label of spec.labels) {
    // A label: a marker whose icon is the label's box, moved into place by `layout`.
    const { element, stepLines: lines } = labelElement(label)
    stepLines.push(...lines)
    const icon = L.divIcon({ className: 'map-label-anchor', html: element, iconSize: [0, 0], iconAnchor: [0, 0] })
    const marker = L.marker([0, 0], { icon, interactive: false, keyboard: false, pane: pane('labels') })
    group(label.owner).addLayer(marker)
    labels.push({ label, element, marker })
  }

  /** Dots and lines labels keep clear of, whatever layer they belong to. */
  const kept = spec.shapes.filter(s => s.properties.keepClear)
  const markerObstacles = kept.flatMap(s => s.geometry.type === 'Point' ? [{ latlng: L.latLng(s.geometry.coordinates[1], s.geometry.coordinates[0]), radiusPx: s.properties.radiusPx ?? 0 }] : [])
  const lineObstacleLatLngs = kept.flatMap(s => s.geometry.type === 'LineString' ? [s.geometry.coordinates.map(([lon, lat]) => L.latLng(lat, lon))] : [])

  const project = (p: LatLon): Point => map.latLngToContainerPoint(toLatLng(p))
  const mapSize = (): Size => ({ width: map.getSize().x, height: map.getSize().y })

  // Country outlines in container pixels, with their boxes, projected afresh by each layout.
  const countries = spec.shapes.filter(s => s.properties.owner === 'base' && s.properties.country)
  const polygonsOf = (g: MapShape['geometry']) => g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : []
  let countriesPx = new Map<string, PixelPolygon[]>()
  let boxesPx = new Map<string, Rect>()
  const projectCountries = () => {
    countriesPx = new Map(countries.map(f => [f.properties.country!, polygonsOf(f.geometry).map(rings => rings.map(ring => ring.map(([lon, lat]) => map.latLngToContainerPoint([lat, lon]))))]))
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
  function request(drawn: DrawnLabel, size: Size) {
    const { label } = drawn
    const spot = label.spot
    const common = { id: label.id, size: drawn.size!, optional: label.optional, nudgePx: label.nudgePx }
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
      const spot = placed.get(label.label.id)
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
