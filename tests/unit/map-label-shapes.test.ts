/**
 * A territory's name sits where the eye expects it: on its shape when the shape holds the whole
 * label, otherwise beside it with a leader line back to a point inside it. Checked on simple
 * shapes and on Kaliningrad Oblast itself, at the scale of the Baltic view (too small to hold its
 * name) and zoomed in (big enough).
 */
import type { PixelPolygon } from '../../components/baltic-map/label-shapes.ts'
import type { Point, Rect, Size } from '../../components/baltic-map/labels.ts'
import type { BalticGeodata } from '../../data/geodata.ts'
import { describe, expect, it } from 'vitest'
import { countryFeature, countryFeatures } from '../../scripts/figures/basemap.ts'
import { fitsInside, insidePolygon, nameOnShape, samplePoints } from '../../components/baltic-map/label-shapes.ts'
import { leaderTo, placeLabels } from '../../components/baltic-map/labels.ts'
import basemap from '../../data/geo/baltic.json' with { type: 'json' }

const square = (x: number, y: number, side: number): PixelPolygon => [[{ x, y }, { x: x + side, y }, { x: x + side, y: y + side }, { x, y: y + side }, { x, y }]]
const label: Size = { width: 110, height: 34 }
const inShape = (polygons: readonly PixelPolygon[], p: Point) => polygons.some(rings => insidePolygon(rings, p))

/** Places one name on `polygons` in a map of `box`, with nothing else on the map. */
function placeName(polygons: readonly PixelPolygon[], box: Size, beside: (rect: Rect) => boolean) {
  return placeLabels([{ id: 'name', size: label, optional: true, ...nameOnShape(polygons, box, { beside }) }], { box }).get('name')
}

describe('a name on its shape', () => {
  const box = { width: 600, height: 400 }
  const offShape = (shape: PixelPolygon) => (rect: Rect) => samplePoints(rect).every(p => !insidePolygon(shape, p))

  it('sits inside a shape big enough to hold it, with no leader', () => {
    const big = square(100, 100, 200)
    const placed = placeName([big], box, offShape(big))!
    expect(placed.placement).toBe('center')
    expect(insidePolygon(big, placed.anchor)).toBe(true)
    expect(fitsInside(placed.rect, [big])).toBe(true)
    expect(placed.leader).toBeUndefined()
  })

  it('goes beside a shape too small for it, off the shape, with a leader from a point inside it to the label', () => {
    const small = square(250, 200, 40)
    const placed = placeName([small], box, offShape(small))!
    expect(placed.placement).not.toBe('center')
    expect(samplePoints(placed.rect).some(p => insidePolygon(small, p)), 'the label keeps off the shape').toBe(false)
    expect(placed.leader, 'a leader line is drawn').toBeDefined()
    expect(insidePolygon(small, placed.leader!.from), 'the leader starts inside the shape').toBe(true)
    const { to } = placed.leader!
    const r = placed.rect
    const toBox = Math.hypot(Math.max(r.x - to.x, 0, to.x - r.x - r.width), Math.max(r.y - to.y, 0, to.y - r.y - r.height))
    expect(toBox, 'the leader ends just short of the label').toBeLessThanOrEqual(2.01)
  })

  it('keeps the leader short: the nearest free spot beside the shape wins', () => {
    const small = square(250, 200, 40)
    const placed = placeName([small], box, offShape(small))!
    expect(Math.hypot(placed.leader!.to.x - placed.leader!.from.x, placed.leader!.to.y - placed.leader!.from.y)).toBeLessThanOrEqual(32)
  })

  it('ends a leader at the nearest edge of the box, a little short of it', () => {
    expect(leaderTo({ x: 0, y: 0 }, { x: 10, y: -5, width: 20, height: 10 })).toEqual({ from: { x: 0, y: 0 }, to: { x: 8, y: 0 } })
  })
})

describe('Kaliningrad\'s name on the map', () => {
  const geodata = basemap as unknown as BalticGeodata
  const oblast = countryFeature(geodata, 'kaliningrad')
  const centre = { lat: 54.7, lon: 21.3 }
  /** A plain equirectangular projection around the oblast, `pxPerDeg` pixels to a degree of latitude. */
  const project = (pxPerDeg: number, box: Size) => ([lon, lat]: number[]): Point => ({
    x: box.width / 2 + (lon - centre.lon) * pxPerDeg * Math.cos((centre.lat * Math.PI) / 180),
    y: box.height / 2 - (lat - centre.lat) * pxPerDeg,
  })
  const polygonsOf = (f: typeof oblast, pxPerDeg: number, box: Size): PixelPolygon[] => {
    const g = f.geometry
    const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates
    return polygons.map(rings => rings.map(ring => ring.map(project(pxPerDeg, box))))
  }
  const place = (pxPerDeg: number) => {
    const box = { width: 640, height: 420 }
    const land = countryFeatures(geodata).map(f => polygonsOf(f, pxPerDeg, box))
    const shape = polygonsOf(oblast, pxPerDeg, box)
    const openSea = (rect: Rect) => samplePoints(rect).every(p => !land.some(polygons => inShape(polygons, p)))
    return { shape, placed: placeName(shape, box, openSea) }
  }

  it('at the Baltic view\'s scale (about 40 px to a degree) the oblast is too small: the name is over the sea, with a leader from the oblast', () => {
    const { shape, placed } = place(40)
    expect(placed, 'the name is shown').toBeDefined()
    expect(placed!.placement).not.toBe('center')
    expect(placed!.leader).toBeDefined()
    expect(inShape(shape, placed!.leader!.from), 'the leader starts on the oblast').toBe(true)
  })

  it('zoomed in (about 200 px to a degree) the name sits on the oblast, with no leader', () => {
    const { shape, placed } = place(200)
    expect(placed!.placement).toBe('center')
    expect(inShape(shape, placed!.anchor)).toBe(true)
    expect(fitsInside(placed!.rect, shape)).toBe(true)
    expect(placed!.leader).toBeUndefined()
  })
})
