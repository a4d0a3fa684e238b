/**
 * What a figure tells the deck, in one place: how many clicks it takes, how many of its steps show
 * at a click, and the mark it shows once it is drawn. The components register the clicks with their
 * slide (use-figure.ts `useFigureClicks`) and bind the mark to `data-waitfor`; the deck loader
 * (scripts/deck.ts), the exports and the tests read the same, so no slide declares them and no
 * table repeats them.
 */
import type { Figure, FigureComponent } from '../data/figures.ts'
import { FIGURES, isFigureId } from '../data/figures.ts'

/**
 * The element a figure shows inside itself once it is completely drawn (its `data-waitfor`, which
 * Slidev's exporter, the print view's ready mark and the end-to-end tests wait for); none for a
 * list, which is drawn as soon as it is there.
 */
export const READY_MARK: Readonly<Record<FigureComponent, string | undefined>> = {
  BalticMap: '.baltic-map-ready',
  EscalationChart: '.escalation-frame',
  References: undefined,
  Codebook: undefined,
  EscalationTable: undefined,
  EscalationReasons: undefined,
  EscalationDisputes: undefined,
}

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

/** The figure a slide's frontmatter names (`figure: id`, data/figures.ts), if it names one. */
export function slideFigure(frontmatter: { figure?: unknown }): Figure | undefined {
  return isFigureId(frontmatter.figure) ? FIGURES[frontmatter.figure] : undefined
}

/** How many clicks a slide takes: as many as its frontmatter declares (`clicks:`), else its figure's, else none. */
export function slideClicks(frontmatter: { clicks?: unknown, figure?: unknown }): number {
  if (typeof frontmatter.clicks === 'number')
    return frontmatter.clicks
  const figure = slideFigure(frontmatter)
  return figure ? figureClicks(figure) : 0
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
