/**
 * The escalation chart's small print, placed where it touches least: each quiet move's number in the
 * record (beside its mark, outward from the spine when there is room there, else inward), and the
 * numbers on a stub (beside its start). The layout (./layout.ts) calls these once its marks are placed.
 */
import type { Shape } from './shapes.ts'
import type { Box, Spot } from './text-spots.ts'
import { digitsWidth, pickSpot, spotAt } from './text-spots.ts'

/** What placing a mark's number needs to know of the mark. */
export interface NumberedMark {
  x: number
  y: number
  r: number
  shape: Shape
  /** -1 for a mark left of the spine, 1 right, 0 on it. */
  out: -1 | 0 | 1
  /** Its number in the record. */
  no: number
  /** A disputed move's number carries a small raised "?". */
  disputed: boolean
}

export interface TextSizes {
  /** Font size of a quiet move's number, in CSS px. */
  numberPx: number
  /** Font size of a stub's numbers, in CSS px. */
  stubPx: number
  /** Space between a mark and its number, in CSS px. */
  gapPx: number
}

export const TEXT_SIZES: TextSizes = { numberPx: 9.5, stubPx: 11, gapPx: 2 }

/** The width of a quiet move's number: its digits, and the small "?" of a disputed move (0.85 em of a narrower glyph). */
export function numberWidth(no: number, disputed: boolean, fontPx: number = TEXT_SIZES.numberPx): number {
  return digitsWidth(String(no), fontPx) + (disputed ? 0.85 * 0.55 * fontPx : 0)
}

/** The rectangle a marker covers. */
export function markerBox(m: Pick<NumberedMark, 'x' | 'y' | 'r'>): Box {
  return { left: m.x - m.r, right: m.x + m.r, top: m.y - m.r, bottom: m.y + m.r }
}

/**
 * Each mark's number spot: outward from the spine first (left of a mark on the spine), inward when
 * outward would cover another marker or number, and then a little above or below. `taken` holds what is already drawn (the markers,
 * the years on the spine); the numbers placed are added to it, in the marks' order.
 */
export function placeNumbers(marks: readonly NumberedMark[], taken: Box[], sizes: TextSizes = TEXT_SIZES): Spot[] {
  const height = sizes.numberPx + 1
  return marks.map((m) => {
    const width = numberWidth(m.no, m.disputed, sizes.numberPx)
    const out = m.out === 0 ? -1 : m.out
    const spot = (dir: -1 | 1, dy = 0): Spot => spotAt(m.x + dir * (m.r + sizes.gapPx), m.y + dy, dir < 0 ? 'end' : 'start', width, height)
    const own = markerBox(m)
    const others = taken.filter(box => box.left !== own.left || box.top !== own.top)
    // Level with the mark on either side; failing that, a little above or below it, outward first.
    const shift = m.r + 1
    const back = out === -1 ? 1 : -1
    const chosen = pickSpot([spot(out), spot(back), ...[-shift, shift, -2 * shift, 2 * shift].flatMap(dy => [spot(out, dy), spot(back, dy)])], others)
    // Text over text is unreadable; text over a marker's edge is not: covering a number costs more.
    taken.push({ ...chosen.box, weight: 4 })
    return chosen
  })
}

/**
 * Where a stub's numbers go: beside the stub's start at (x, y), toward the spine first (`inward`
 * is the direction of the spine from the stub), else away from it; the text hangs from y.
 */
export function placeStubText(x: number, y: number, inward: -1 | 1, text: string, taken: Box[], sizes: TextSizes = TEXT_SIZES): Spot {
  const width = digitsWidth(text, sizes.stubPx)
  const spot = (dir: -1 | 1): Spot => spotAt(x + dir * 4, y, dir < 0 ? 'end' : 'start', width, sizes.stubPx + 2, y)
  const chosen = pickSpot([spot(inward), spot(inward === -1 ? 1 : -1)], taken)
  taken.push(chosen.box)
  return chosen
}
