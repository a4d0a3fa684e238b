/**
 * The deck's figures as the tests read them: each map, chart and appendix table with the props its
 * slide gives it, from loadDeck()'s figures (lib/figures.ts), never from the markdown by hand. A
 * prop's name is written here once, so renaming a prop in a component changes one string here.
 */
import type { ChartMode } from '../components/escalation/choreography.ts'
import type { CodedEvent } from '../data/escalation.ts'
import type { DeckSlide, Figure } from '../scripts/deck.ts'
import { eventsBetween } from '../components/escalation/events.ts'
import { figuresIn, propOf, requiredProp } from '../scripts/deck.ts'

/** The name of the map's date prop (the day its countries are shaded for). */
const MAP_DATE_PROP = 'date'

export interface MapFigure {
  slide: DeckSlide
  figure: Figure
  view: string
  /** The day the map shades NATO's members for, if it shades them. */
  date: string | undefined
  /** The layers its clicks reveal, in order (one a click). */
  steps: string[]
}

export interface ChartFigure {
  slide: DeckSlide
  figure: Figure
  from: string
  to: string
  mode: ChartMode
  /** The moves of its period, in date order. */
  moves: CodedEvent[]
}

export interface PartFigure {
  slide: DeckSlide
  figure: Figure
  part: number
  parts: number
}

/** Every `<BalticMap>` the deck places, in order. */
export function mapsIn(deck: readonly DeckSlide[]): MapFigure[] {
  return figuresIn(deck, 'BalticMap').map(({ slide, figure }) => ({
    slide,
    figure,
    view: requiredProp(figure, 'view', 'string'),
    date: propOf(figure, MAP_DATE_PROP, 'string'),
    steps: requiredProp(figure, 'steps', 'strings'),
  }))
}

/** Every `<EscalationChart>` the deck places, in order, with the moves of its period. */
export function chartsIn(deck: readonly DeckSlide[]): ChartFigure[] {
  return figuresIn(deck, 'EscalationChart').map(({ slide, figure }) => {
    const from = requiredProp(figure, 'from', 'string')
    const to = requiredProp(figure, 'to', 'string')
    return { slide, figure, from, to, mode: (propOf(figure, 'mode', 'string') ?? 'step') as ChartMode, moves: eventsBetween(from, to) }
  })
}

/** Every figure with this tag that is one part of a list split across slides (`:part`, `:parts`). */
export function partsIn(deck: readonly DeckSlide[], tag: 'References' | 'EscalationTable'): PartFigure[] {
  return figuresIn(deck, tag).map(({ slide, figure }) => ({
    slide,
    figure,
    part: requiredProp(figure, 'part', 'number'),
    parts: requiredProp(figure, 'parts', 'number'),
  }))
}
