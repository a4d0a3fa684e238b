/**
 * Which events the chart shows at each click: the whole choreography in one place.
 *
 * In 'step' mode the chart takes one click per event: click 0 is the empty frame, click k shows
 * the first k events in date order, and the k-th is the newest. In 'all' mode every event shows
 * from the start. Print and overview pass a huge click number (Slidev's CLICKS_MAX), so counts
 * are clamped.
 */
import type { ChartMode } from '../../data/figures.ts'

export interface Step {
  /** How many events show, counted from the first in date order. */
  shown: number
  /** Index of the event the latest click revealed (emphasised), if any. */
  newest: number | undefined
}

/** What shows of `total` events at click `clicks` in `mode`. */
export function stepAt(total: number, clicks: number, mode: ChartMode): Step {
  if (mode === 'all')
    return { shown: total, newest: undefined }
  const shown = Number.isFinite(clicks) ? Math.min(total, Math.max(0, Math.floor(clicks))) : (clicks > 0 ? total : 0)
  return { shown, newest: shown > 0 ? shown - 1 : undefined }
}
