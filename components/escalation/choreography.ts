/**
 * Which events the chart shows at each click: the whole choreography in one place.
 *
 * In 'step' mode the chart takes one click per event (figure-steps.ts): click 0 is the empty
 * frame, click k shows the first k events in date order, and the k-th is the newest. In 'all'
 * mode every event shows from the start.
 */
import type { ChartMode } from '../../data/figures.ts'

export interface Step {
  /** How many events show, counted from the first in date order. */
  shown: number
  /** Index of the event the latest click revealed (emphasised), if any. */
  newest: number | undefined
}

/** What shows of `total` events in `mode` once `clicked` of them have been revealed (figure-steps.ts `stepsShown`). */
export function stepAt(total: number, clicked: number, mode: ChartMode): Step {
  if (mode === 'all')
    return { shown: total, newest: undefined }
  return { shown: clicked, newest: clicked > 0 ? clicked - 1 : undefined }
}
