/**
 * The deck's figures as the tests read them: each slide's map, chart or list part with its
 * settings from data/figures.ts (the record its frontmatter names), and what follows from them
 * (a chart's moves).
 */
import type { CodedEvent } from '../data/escalation.ts'
import type { ChartFigure, ListPartFigure, MapFigure } from '../data/figures.ts'
import type { DeckSlide } from '../scripts/deck.ts'
import { eventsBetween } from '../components/escalation/events.ts'
import { figuresIn } from '../scripts/deck.ts'

export interface MapOnSlide extends MapFigure {
  slide: DeckSlide
}

export interface ChartOnSlide extends ChartFigure {
  slide: DeckSlide
  /** The moves the speaker talks about, in click order (none: an appendix chart). */
  spoken: readonly string[]
  /** The moves of its period, in date order. */
  moves: CodedEvent[]
}

export interface PartOnSlide extends ListPartFigure {
  slide: DeckSlide
}

/** Every map the deck shows, in order. */
export function mapsIn(deck: readonly DeckSlide[]): MapOnSlide[] {
  return figuresIn(deck, 'BalticMap').map(({ slide, figure }) => ({ ...figure, slide }))
}

/** Every escalation chart the deck shows, in order, with the moves of its period. */
export function chartsIn(deck: readonly DeckSlide[]): ChartOnSlide[] {
  return figuresIn(deck, 'EscalationChart').map(({ slide, figure }) => ({ ...figure, slide, spoken: figure.spoken ?? [], moves: eventsBetween(figure.from, figure.to) }))
}

/** Every slide of a list split across slides. */
export function partsIn(deck: readonly DeckSlide[], component: ListPartFigure['component']): PartOnSlide[] {
  return figuresIn(deck, component).map(({ slide, figure }) => ({ ...figure, slide }))
}
