/**
 * What a figure tells the deck, read from its compiled summary (data/figure-specs/index.json,
 * written by scripts/figures/compile.ts): how many clicks it takes, which sources its slide cites
 * for it, and the mark it shows once it is drawn. The components register the clicks with their
 * slide (use-figure.ts `useFigureClicks`) and bind the mark to `data-waitfor`; the deck loader
 * (scripts/deck.ts), the print view, the source line and the tests read the same summary, so no
 * slide declares them and nothing works them out twice.
 */
import type { FigureComponent, FigureId } from '../data/figures.ts'
import compiled from '../data/figure-specs/index.json' with { type: 'json' }
import { isFigureId } from '../data/figures.ts'

/** What every slide needs to know of its figure, without loading it. */
export interface FigureSummary {
  component: FigureComponent
  /** Clicks the figure takes: a map one per layer, a chart one per move the speaker talks about, a list none. */
  clicks: number
  /** The sources the slide's source line cites for the figure (a chart cites its moves in its own caption). */
  sourceIds: readonly string[]
  /** The element the figure shows inside itself once it is completely drawn, for `data-waitfor`; none for a list. */
  readyMark?: string
}

const SUMMARIES = compiled as Record<FigureId, FigureSummary>

/** The compiled summary of the figure `id`. */
export function figureSummary(id: FigureId): FigureSummary {
  const summary = SUMMARIES[id]
  if (!summary)
    throw new Error(`The figure "${id}" has no compiled summary in data/figure-specs/index.json: run npm run figures`)
  return summary
}

/** The summary of the figure a slide's frontmatter names (`figure: id`, data/figures.ts), if it names one. */
export function slideFigure(frontmatter: { figure?: unknown }): FigureSummary | undefined {
  return isFigureId(frontmatter.figure) ? figureSummary(frontmatter.figure) : undefined
}

/** How many clicks a slide takes: as many as its frontmatter declares (`clicks:`), else its figure's, else none. */
export function slideClicks(frontmatter: { clicks?: unknown, figure?: unknown }): number {
  if (typeof frontmatter.clicks === 'number')
    return frontmatter.clicks
  return slideFigure(frontmatter)?.clicks ?? 0
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
