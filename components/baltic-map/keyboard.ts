/**
 * Keys the map answers while it has keyboard focus. The component stops these keys from reaching
 * Slidev, so the arrows pan the map instead of changing the slide; every other key (space, page
 * down, …) still drives the deck. Escape hands the keys back to the deck.
 */

/** How far one arrow press pans, in CSS pixels of the map. */
export const PAN_STEP_PX = 80

/** How much one +/- press zooms, in zoom levels. */
export const ZOOM_STEP = 0.5

export type MapKeyAction =
  | { kind: 'pan', dxPx: number, dyPx: number }
  | { kind: 'zoom', delta: number }
  | { kind: 'leave' }

/** The parts of a KeyboardEvent that decide what happens. */
export interface KeyPress {
  key: string
  altKey?: boolean
  ctrlKey?: boolean
  metaKey?: boolean
}

/**
 * What a key press does to the map, or undefined if the map leaves it alone (it then reaches the
 * deck). Presses with Ctrl, Alt or Meta are the browser's and the deck's (Ctrl+minus zooms the page).
 */
export function mapKeyAction(press: KeyPress): MapKeyAction | undefined {
  if (press.altKey || press.ctrlKey || press.metaKey)
    return undefined
  switch (press.key) {
    case 'ArrowLeft': return { kind: 'pan', dxPx: -PAN_STEP_PX, dyPx: 0 }
    case 'ArrowRight': return { kind: 'pan', dxPx: PAN_STEP_PX, dyPx: 0 }
    case 'ArrowUp': return { kind: 'pan', dxPx: 0, dyPx: -PAN_STEP_PX }
    case 'ArrowDown': return { kind: 'pan', dxPx: 0, dyPx: PAN_STEP_PX }
    case '+':
    case '=':
      return { kind: 'zoom', delta: ZOOM_STEP }
    case '-':
    case '_':
      return { kind: 'zoom', delta: -ZOOM_STEP }
    case 'Escape': return { kind: 'leave' }
    default: return undefined
  }
}
