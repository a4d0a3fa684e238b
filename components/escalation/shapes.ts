/**
 * The escalation chart's marker shapes as SVG geometry: squares for the West, circles for Russia,
 * diamonds for a move off the scale. `r` is half the square's side, the circle's radius, or half
 * the diamond's diagonal, in CSS px.
 */
export type Shape = 'square' | 'circle' | 'diamond'

export const round = (x: number): number => Math.round(x * 100) / 100

/** A diamond centred on (x, y) with half-diagonal r, as an SVG `points` list. */
export function diamondPoints(x: number, y: number, r: number): string {
  return `${x},${y - r} ${x + r},${y} ${x},${y + r} ${x - r},${y}`
}

/** The lower half of a marker, as an SVG path: over a hollow marker, it draws a move whose posture is both. */
export function lowerHalfPath(shape: Shape, x: number, y: number, r: number): string {
  const p = round
  switch (shape) {
    case 'square':
      return `M${p(x - r)},${p(y)}H${p(x + r)}V${p(y + r)}H${p(x - r)}Z`
    case 'circle':
      return `M${p(x - r)},${p(y)}A${p(r)},${p(r)} 0 0 0 ${p(x + r)},${p(y)}Z`
    case 'diamond':
      return `M${p(x - r)},${p(y)}H${p(x + r)}L${p(x)},${p(y + r)}Z`
  }
}

/** The radius of the circle a marker fits in, in CSS px (for clearances). */
export function reachOf(mark: { shape: Shape, r: number }): number {
  return mark.shape === 'square' ? mark.r * Math.SQRT2 : mark.r
}
