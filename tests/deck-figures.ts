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
import { clauses } from '../data/codebook.ts'
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

/**
 * What each list of the record shows across its slides, as the tests read it: the items on a slide
 * (a CSS selector), the attribute that names each, and the names in order, from the data (not from
 * the components' own cut). The disputes list an item per dispute: a move disputed on two points
 * twice, in a row.
 */
export const LIST_CONTENTS = {
  EscalationTable: { what: 'every move', item: '.escalation-table tbody tr[data-event]', key: 'data-event', expected: ESCALATION_EVENTS.map(e => e.id) },
  EscalationReasons: { what: 'every move\'s reasons', item: '.reasons-list li[data-event]', key: 'data-event', expected: ESCALATION_EVENTS.map(e => e.id) },
  EscalationDisputes: { what: 'every dispute', item: '.disputes-list > li[data-event]', key: 'data-event', expected: ESCALATION_EVENTS.flatMap(e => (e.disputes ?? []).map(() => e.id)) },
  Codebook: { what: 'every clause of the codebook', item: 'dt[data-clause]', key: 'data-clause', expected: clauses.map(c => c.id) },
} as const satisfies Partial<Record<ListPartFigure['component'], { what: string, item: string, key: string, expected: readonly string[] }>>

export type CheckedList = keyof typeof LIST_CONTENTS

/**
 * Where a walk has got to in a list: the part it last read, and the place in the list of that part's
 * last item (none if that part was wrong, so that one fault is not reported again on every part after it).
 */
export interface ListTrail {
  part: number
  last?: number
}

/**
 * Reads the names on part `part` of `parts` of a list against the list: they must be the next names
 * in order, with none left out, none twice and none out of place, and the part must follow the part
 * the walk read before it. `before` is that part, if the same walk read one (a run of the walk that
 * starts inside a list cannot know where the part before ended: the run before checks that, as it
 * steps into this part). Together, the runs check that the parts hold the whole list once and in order.
 */
export function listPartProblems(list: CheckedList, part: number, parts: number, names: readonly string[], before: ListTrail | undefined): { problems: string[], trail: ListTrail } {
  const { what } = LIST_CONTENTS[list]
  const expected: readonly string[] = LIST_CONTENTS[list].expected
  const problems: string[] = []
  if (before && before.part !== part - 1)
    problems.push(`part ${part} of ${parts} of ${what} comes after part ${before.part}, not after part ${part - 1}`)
  if (!names.length)
    return { problems: [...problems, `part ${part} of ${parts} of ${what} lists nothing`], trail: { part } }
  const start = part === 1 ? 0 : !problems.length && before?.last !== undefined ? before.last + 1 : expected.indexOf(names[0])
  const wanted = expected.slice(start, start + names.length)
  if (start < 0 || names.join() !== wanted.join()) {
    const at = names.findIndex((name, i) => name !== wanted[i])
    problems.push(start < 0
      ? `part ${part} of ${parts} of ${what} begins with "${names[0]}", which is not in the list`
      : `part ${part} of ${parts} of ${what}: item ${at + 1} is "${names[at]}", where the list has "${wanted[at] ?? '(nothing: the list has ended)'}"`)
  }
  const last = start + names.length - 1
  if (part === parts && !problems.length && last !== expected.length - 1)
    problems.push(`the last part of ${what} ends at "${names.at(-1)}", ${expected.length - 1 - last} before the end of the list ("${expected.at(-1)}")`)
  return { problems, trail: problems.length ? { part } : { part, last } }
}
