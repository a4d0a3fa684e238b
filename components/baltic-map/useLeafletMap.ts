/**
 * The Leaflet map's life in a component: load Leaflet and the figure's compiled spec (lazily, so
 * only map slides fetch them), create the map and its controls, draw, fit the view whenever the box or the slide
 * changes, place the labels again after a pan or zoom, and remove it all on unmount.
 *
 * Keys: the deck's own handler (keyboard.ts), not Leaflet's `keyboard` option. Leaflet's pans with an
 * animation, triples its steps with Shift, focuses the map on every mouse press and lets Escape
 * only close popups; the deck pans at once, keeps a mouse user's focus with the slides, and hands
 * the keys back to the slides on Escape (tests/e2e/map.spec.ts, "moving the map").
 */
import type * as Leaflet from 'leaflet'
import type { Ref, ShallowRef } from 'vue'
import type { DrawnMap } from './draw.ts'
import type { Rect } from './labels.ts'
import type { LayerId } from '../../data/map-layers.ts'
import type { MapSpec } from './map-spec-types.ts'
import { onSlideEnter } from '@slidev/client'
import { useElementSize } from '@vueuse/core'
import { nextTick, onBeforeUnmount, onMounted, ref, shallowRef, watch } from 'vue'
import { mapKeyAction, ZOOM_STEP } from './keyboard.ts'

/** The deepest zoom the 1:50m shapes still look right at (Leaflet zoom level). */
const MAX_ZOOM = 9
/** Room between the view's bounds and the map's edge when fitted, in CSS pixels. */
const FIT_PADDING_PX = 6

export interface LeafletMapOptions {
  /** The element the map fills. */
  el: Readonly<ShallowRef<HTMLDivElement | null>>
  /** Pan, zoom and keys; otherwise the map is a picture. */
  interactive: boolean
  /** The figure's compiled spec, fetched on mount. */
  load: () => Promise<MapSpec>
  /** The layers shown now. */
  visible: () => readonly LayerId[]
  /** Draws the map's layers; `controlRects` are the controls' boxes, for labels to keep clear of. */
  draw: (L: typeof Leaflet, map: Leaflet.Map, spec: MapSpec, controlRects: () => Rect[]) => DrawnMap
}

export interface LeafletMap {
  spec: ShallowRef<MapSpec | undefined>
  /** True once the map is drawn and fitted (print and export wait for it). */
  ready: Ref<boolean>
}

export function useLeafletMap(options: LeafletMapOptions): LeafletMap {
  const spec = shallowRef<MapSpec>()
  const ready = ref(false)

  let L: typeof Leaflet | undefined
  let map: Leaflet.Map | undefined
  let drawn: DrawnMap | undefined
  let controls: Leaflet.Control[] = []
  let fitting = false
  let unmounted = false
  let layoutFrame = 0

  /** A control's box in the map's own pixels (the slide canvas may be scaled). */
  function rectInMap(element: HTMLElement): Rect {
    const el = options.el.value!
    const box = el.getBoundingClientRect()
    const scale = box.width / el.offsetWidth || 1
    const r = element.getBoundingClientRect()
    return { x: (r.left - box.left) / scale, y: (r.top - box.top) / scale, width: r.width / scale, height: r.height / scale }
  }

  /** Size the map to its box and fit the view; a no-op until the map exists and its slide is laid out. */
  function fit(): void {
    const el = options.el.value
    if (!map || !drawn || !el || !el.clientWidth || !el.clientHeight)
      return
    fitting = true
    map.invalidateSize({ animate: false, pan: false })
    map.setMinZoom(0)
    map.fitBounds(spec.value!.bounds, { animate: false, padding: [FIT_PADDING_PX, FIT_PADDING_PX] })
    map.setMinZoom(map.getZoom() - 1)
    fitting = false
    drawn.layout()
    ready.value = true
  }

  function draw(): void {
    if (!L || !map || !spec.value)
      return
    drawn = options.draw(L, map, spec.value, () => controls.map(c => rectInMap(c.getContainer()!)))
    drawn.setVisible(new Set(options.visible()))
    fit()
  }

  function blurMap(): void {
    const el = options.el.value
    if (el && document.activeElement === el)
      el.blur()
  }

  function onKeydown(event: KeyboardEvent): void {
    const action = mapKeyAction(event)
    if (!action || !map)
      return
    // The map has the keys: they must not also change the slide.
    event.preventDefault()
    event.stopPropagation()
    if (action.kind === 'pan') {
      map.panBy([action.dxPx, action.dyPx], { animate: false })
      map.panInsideBounds(map.options.maxBounds!, { animate: false })
    }
    else if (action.kind === 'zoom') {
      map.setZoom(map.getZoom() + action.delta, { animate: false })
    }
    else {
      blurMap()
    }
  }

  // Fit again whenever the map's box changes size (fit waits for a box with a size).
  const { width, height } = useElementSize(options.el)
  watch([width, height], () => fit())

  onMounted(async () => {
    const [leaflet, loaded] = await Promise.all([
      import('leaflet'),
      options.load(),
      import('leaflet/dist/leaflet.css'),
      document.fonts?.load('600 15px "Inter Variable"'),
    ])
    if (unmounted || !options.el.value)
      return
    L = leaflet
    spec.value = loaded
    await nextTick() // the key below the map takes its room before the map is sized
    const el = options.el.value
    if (unmounted || !el)
      return
    map = L.map(el, {
      attributionControl: false,
      zoomControl: false,
      zoomSnap: 0,
      zoomDelta: ZOOM_STEP,
      wheelPxPerZoomLevel: 120,
      zoomAnimation: false,
      fadeAnimation: false,
      markerZoomAnimation: false,
      inertia: false,
      keyboard: false,
      boxZoom: false,
      dragging: options.interactive,
      scrollWheelZoom: options.interactive,
      doubleClickZoom: options.interactive,
      touchZoom: options.interactive,
      maxZoom: MAX_ZOOM,
      maxBounds: L.latLngBounds(loaded.panBounds),
      maxBoundsViscosity: 1,
    })
    controls = [
      L.control.attribution({ prefix: false, position: 'bottomright' }).addAttribution('Natural Earth · GeoNames'),
      L.control.scale({ imperial: false, maxWidth: 110, position: 'topleft' }),
    ]
    for (const control of controls)
      control.addTo(map)
    // After a pan or zoom, place the labels again, once per frame however many moves end in it.
    map.on('moveend', () => {
      if (fitting || layoutFrame)
        return
      layoutFrame = requestAnimationFrame(() => {
        layoutFrame = 0
        drawn?.layout()
      })
    })
    if (options.interactive) {
      el.tabIndex = 0
      el.addEventListener('keydown', onKeydown)
      // A mouse user's focus stays with the deck, so the presenter's arrow keys keep moving slides.
      el.addEventListener('pointerup', blurMap)
      map.on('dragend', blurMap)
    }
    draw()
  })

  // The slide is shown once the DOM updates; fit then (a hidden slide has no size to fit to).
  onSlideEnter(() => nextTick(fit))

  watch(options.visible, layers => drawn?.setVisible(new Set(layers)))

  onBeforeUnmount(() => {
    unmounted = true
    cancelAnimationFrame(layoutFrame)
    map?.remove()
    map = undefined
  })

  return { spec, ready }
}
