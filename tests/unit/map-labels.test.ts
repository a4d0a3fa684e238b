import type { LabelRequest, Rect } from '../../components/baltic-map/labels.ts'
import { describe, expect, it } from 'vitest'
import { mapKeyAction, PAN_STEP_PX, ZOOM_STEP } from '../../components/baltic-map/keyboard.ts'
import { samplePoints, visiblePoles } from '../../components/baltic-map/label-shapes.ts'
import { AROUND_A_POINT, clampInside, labelRect, lineObstacles, overlapArea, placeLabels } from '../../components/baltic-map/labels.ts'

const box = { width: 400, height: 300 }
const inside = (r: Rect, margin = 4) => r.x >= margin - 1e-9 && r.y >= margin - 1e-9 && r.x + r.width <= box.width - margin + 1e-9 && r.y + r.height <= box.height - margin + 1e-9
const point = (id: string, x: number, y: number, width = 80): LabelRequest => ({ id, size: { width, height: 18 }, anchors: [{ x, y }], placements: AROUND_A_POINT, gapPx: 6 })

describe('label placement', () => {
  it('puts a label beside its point, to the right by preference', () => {
    const placed = placeLabels([point('riga', 100, 100)], { box })
    expect(placed.get('riga')).toMatchObject({ placement: 'right', rect: { x: 106, y: 91, width: 80, height: 18 } })
  })

  it('keeps labels inside the map: a point near the right edge is named on its left', () => {
    const placed = placeLabels([point('st-petersburg', 390, 100)], { box })
    expect(placed.get('st-petersburg')?.placement).toBe('left')
    expect(inside(placed.get('st-petersburg')!.rect)).toBe(true)
  })

  it('never lets two labels overlap while there is room', () => {
    const requests = [point('a', 150, 150), point('b', 160, 152), point('c', 150, 170), point('d', 200, 140)]
    const placed = [...placeLabels(requests, { box }).values()].map(p => p!.rect)
    for (const [i, a] of placed.entries()) {
      for (const b of placed.slice(i + 1))
        expect(overlapArea(a, b)).toBe(0)
    }
  })

  it('keeps off markers and controls', () => {
    const marker: Rect = { x: 104, y: 90, width: 20, height: 20 }
    const placed = placeLabels([point('riga', 100, 100)], { box, obstacles: [marker] })
    expect(placed.get('riga')?.placement).not.toBe('right')
    expect(overlapArea(placed.get('riga')!.rect, marker)).toBe(0)
  })

  it('drops an optional label with no free spot, but shows a required one inside the map', () => {
    const wall: Rect = { x: 0, y: 0, width: 400, height: 300 }
    const placed = placeLabels([{ ...point('finland', 200, 150), optional: true }, point('helsinki', 395, 295)], { box, obstacles: [wall] })
    expect(placed.get('finland')).toBeUndefined()
    expect(inside(placed.get('helsinki')!.rect)).toBe(true)
  })

  it('skips spots a label does not accept, unless it must show', () => {
    const notRight = (r: Rect) => r.x < 100
    expect(placeLabels([{ ...point('a', 100, 100), accepts: notRight }], { box }).get('a')?.placement).toBe('left')
    const never = () => false
    expect(placeLabels([{ ...point('b', 100, 100), accepts: never, optional: true }], { box }).get('b')).toBeUndefined()
    expect(placeLabels([{ ...point('c', 100, 100), accepts: never }], { box }).get('c')?.placement).toBe('right')
  })

  it('nudges a label inside the map by up to nudgePx', () => {
    const request: LabelRequest = { id: 'finland', size: { width: 60, height: 30 }, anchors: [{ x: 200, y: 10 }], placements: ['center'], gapPx: 0, optional: true }
    expect(placeLabels([request], { box }).get('finland')).toBeUndefined()
    expect(placeLabels([{ ...request, nudgePx: 10 }], { box }).get('finland')?.rect.y).toBe(4)
  })

  it('is the same every time', () => {
    const requests = Array.from({ length: 12 }, (_, i) => point(`p${i}`, 40 + (i * 29) % 300, 40 + (i * 53) % 220))
    expect(placeLabels(requests, { box })).toEqual(placeLabels(requests, { box }))
  })

  it('refuses two labels with one id, naming it', () => {
    expect(() => placeLabels([point('riga', 10, 10), point('riga', 50, 50)], { box })).toThrow(/Two labels share the id "riga"/)
  })
})

describe('label geometry', () => {
  it('puts the box at the gap from the anchor on every side', () => {
    const size = { width: 40, height: 10 }
    expect(labelRect({ x: 100, y: 100 }, size, 'top', 5)).toEqual({ x: 80, y: 85, width: 40, height: 10 })
    expect(labelRect({ x: 100, y: 100 }, size, 'bottom', 5)).toEqual({ x: 80, y: 105, width: 40, height: 10 })
    expect(labelRect({ x: 100, y: 100 }, size, 'left', 5)).toEqual({ x: 55, y: 95, width: 40, height: 10 })
    expect(labelRect({ x: 100, y: 100 }, size, 'center', 5)).toEqual({ x: 80, y: 95, width: 40, height: 10 })
  })

  it('moves a box the least distance into another', () => {
    expect(clampInside({ x: -5, y: 10, width: 20, height: 10 }, { x: 0, y: 0, width: 100, height: 100 })).toMatchObject({ x: 0, y: 10 })
  })

  it('samples a box at nine points', () => {
    expect(samplePoints({ x: 0, y: 0, width: 10, height: 10 }, 1)).toHaveLength(9)
  })

  it('turns a line into small boxes along it', () => {
    const boxes = lineObstacles([{ x: 0, y: 0 }, { x: 40, y: 0 }], 3, 8)
    expect(boxes).toHaveLength(6)
    expect(boxes.at(-1)).toEqual({ x: 37, y: -3, width: 6, height: 6 })
  })
})

describe('room for a country\'s name', () => {
  const square = [[{ x: 100, y: 50 }, { x: 300, y: 50 }, { x: 300, y: 250 }, { x: 100, y: 250 }, { x: 100, y: 50 }]]

  it('is deepest at the middle of a square', () => {
    const [best] = visiblePoles([square], box, { stepPx: 10 })
    expect(Math.hypot(best.x - 200, best.y - 150)).toBeLessThanOrEqual(8)
    expect(best.clearancePx).toBeGreaterThan(90)
  })

  it('counts only the part the map shows', () => {
    const [best] = visiblePoles([square], { width: 150, height: 300 }, { stepPx: 10 })
    expect(best.x).toBeLessThan(150)
    expect(best.clearancePx).toBeLessThanOrEqual(25)
  })

  it('is none for a sliver', () => {
    const sliver = [[{ x: 0, y: 0 }, { x: 400, y: 0 }, { x: 400, y: 6 }, { x: 0, y: 6 }, { x: 0, y: 0 }]]
    expect(visiblePoles([sliver], box, { minClearancePx: 8 })).toEqual([])
  })
})

describe('keys the map answers', () => {
  it('pans with the arrows and zooms with plus and minus', () => {
    expect(mapKeyAction({ key: 'ArrowRight' })).toEqual({ kind: 'pan', dxPx: PAN_STEP_PX, dyPx: 0 })
    expect(mapKeyAction({ key: 'ArrowUp' })).toEqual({ kind: 'pan', dxPx: 0, dyPx: -PAN_STEP_PX })
    expect(mapKeyAction({ key: '+' })).toEqual({ kind: 'zoom', delta: ZOOM_STEP })
    expect(mapKeyAction({ key: '=' })).toEqual({ kind: 'zoom', delta: ZOOM_STEP })
    expect(mapKeyAction({ key: '-' })).toEqual({ kind: 'zoom', delta: -ZOOM_STEP })
  })

  it('hands the keys back on Escape', () => {
    expect(mapKeyAction({ key: 'Escape' })).toEqual({ kind: 'leave' })
  })

  it('leaves every other key, and any with a modifier, to the deck and the browser', () => {
    for (const key of [' ', 'PageDown', 'Enter', 'd', 'o', 'Tab'])
      expect(mapKeyAction({ key }), key).toBeUndefined()
    expect(mapKeyAction({ key: 'ArrowRight', altKey: true })).toBeUndefined()
    expect(mapKeyAction({ key: '-', ctrlKey: true })).toBeUndefined()
    expect(mapKeyAction({ key: '+', metaKey: true })).toBeUndefined()
  })
})
