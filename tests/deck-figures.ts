/**
 * The deck's figures as the tests read them: each slide's map, chart or list part with its
 * settings from data/figures.ts (the record its frontmatter names), and what follows from them
 * (a map's compiled spec, as the browser reads it; a chart's moves).
 */
import type { MapSpec } from '../components/baltic-map/map-spec-types.ts'
import type { CodedEvent } from '../data/escalation.ts'
import type { ChartFigure, ListPartFigure, MapFigure } from '../data/figures.ts'
import type { DeckSlide } from '../scripts/deck.ts'
import { ESCALATION_EVENTS } from '../components/escalation/events.ts'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { figuresIn } from '../scripts/deck.ts'
import { SPEC_DIR } from '../scripts/figures/compile.ts'

export interface MapOnSlide extends MapFigure {
  slide: DeckSlide
  /** Its compiled spec (data/figure-specs/<id>.json), the file the browser draws. */
  spec: MapSpec
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
  return figuresIn(deck, 'BalticMap').map(({ slide, figure }) => ({ ...figure, slide, spec: JSON.parse(readFileSync(join(SPEC_DIR, `${figure.id}.json`), 'utf8')) as MapSpec }))
}

/**
 * Every escalation chart the deck shows, in order, with the moves of its period: the record's moves
 * dated within the chart's first and last year (worked out here, not by the chart's own code).
 */
export function chartsIn(deck: readonly DeckSlide[]): ChartOnSlide[] {
  return figuresIn(deck, 'EscalationChart').map(({ slide, figure }) => {
    const [from, to] = [figure.from.slice(0, 4), figure.to.slice(0, 4)]
    return { ...figure, slide, spoken: figure.spoken ?? [], moves: ESCALATION_EVENTS.filter(e => e.date.slice(0, 4) >= from && e.date.slice(0, 4) <= to) }
  })
}

/** A move's number as the appendix tables print it: its place in the record, from 1. */
export function recordNumber(id: string): number {
  return ESCALATION_EVENTS.findIndex(e => e.id === id) + 1
}

/** Every slide of a list split across slides. */
export function partsIn(deck: readonly DeckSlide[], component: ListPartFigure['component']): PartOnSlide[] {
  return figuresIn(deck, component).map(({ slide, figure }) => ({ ...figure, slide }))
}
