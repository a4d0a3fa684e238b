/**
 * How the escalation table is split over slides: `parts` runs of rows as even as can be, in order,
 * the earlier parts one longer where the rows do not divide evenly.
 *
 *   tablePart(rows, 2, 3)   // the second of three slides
 */

/** Part `part` (from 1) of `rows` split into `parts` (the figures' parts are checked by the unit tests). */
export function tablePart<T>(rows: readonly T[], part: number, parts: number): T[] {
  const size = Math.floor(rows.length / parts)
  const extra = rows.length % parts
  const start = (part - 1) * size + Math.min(part - 1, extra)
  return rows.slice(start, start + size + (part <= extra ? 1 : 0))
}
