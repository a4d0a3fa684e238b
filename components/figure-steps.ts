/**
 * A figure's clicks, in one place: how many a figure takes, and how many of its steps show at a
 * click. The components register that count with their slide (use-figure.ts `useFigureClicks`),
 * and the deck loader (scripts/deck.ts) gives the tests the same count, so no slide declares it.
 */
import type { Figure } from '../data/figures.ts'

/**
 * How many clicks a figure takes: a map one per step, a chart one per move the speaker talks about
 * (none for an appendix chart), a list part none.
 */
export function figureClicks(figure: Figure): number {
  switch (figure.component) {
    case 'BalticMap':
      return figure.steps.length
    case 'EscalationChart':
      return figure.spoken?.length ?? 0
    default:
      return 0
  }
}

/**
 * How many of `count` steps show `clicks` clicks into the figure: one per click, clamped to
 * [0, count]. Slidev passes a huge value (CLICKS_MAX) in print and overview, and for slides already
 * passed; that shows every step.
 */
export function stepsShown(count: number, clicks: number): number {
  if (Number.isNaN(clicks))
    return 0
  return Math.min(count, Math.max(0, Math.floor(clicks)))
}
