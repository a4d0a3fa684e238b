/**
 * How the escalation table is split over slides: `parts` runs of rows as even as can be, in order,
 * the earlier parts one longer where the rows do not divide evenly.
 *
 *   tablePart(rows, 2, 3)   // the second of three slides
 */

/** Part `part` (from 1) of `rows` split into `parts`. Throws, naming both, for a part that does not exist. */
export function tablePart<T>(rows: readonly T[], part: number, parts: number): T[] {
  if (!Number.isInteger(parts) || parts < 1 || !Number.isInteger(part) || part < 1 || part > parts)
    throw new Error(`Escalation table part ${part} of ${parts} does not exist`)
  const size = Math.floor(rows.length / parts)
  const extra = rows.length % parts
  const start = (part - 1) * size + Math.min(part - 1, extra)
  return rows.slice(start, start + size + (part <= extra ? 1 : 0))
}
