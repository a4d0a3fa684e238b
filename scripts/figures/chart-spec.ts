/**
 * A chart figure's spec (components/escalation/chart-spec-types.ts): the moves of its period from the record,
 * each with its number and every derived field (level, posture, era, disputed, the moves it
 * answers), and the chart's words, worked out once here so the browser loads neither the record
 * nor its sources.
 */
import type { CodedEvent } from '../../data/escalation.ts'
import type { ChartFigure } from '../../data/figures.ts'
import type { ChartSpec } from '../../components/escalation/chart-spec-types.ts'
import type { ChartMove } from '../../components/escalation/chart-move.ts'
import type { ChartInput, ChartLayout } from '../../components/escalation/layout.ts'
import { CHART_BOXES } from '../../components/escalation/chart-options.ts'
import { layoutChart } from '../../components/escalation/layout.ts'
import { chartSummary, describeEvent, essayDateText, eventsBetween, moveLine, yearText } from '../../components/escalation/events.ts'
import { recordRows } from '../../components/escalation/table.ts'

/** A move as the chart draws it, from its coded record and its number. */
export function chartMove(event: CodedEvent, no: number, period: readonly CodedEvent[]): ChartMove {
  return {
    id: event.id,
    no,
    date: event.date,
    ...(event.dateText ? { dateText: event.dateText } : {}),
    actor: event.actor,
    label: event.label,
    level: event.level,
    posture: event.posture,
    era: event.era,
    ...(event.nuclearCapable ? { nuclearCapable: true } : {}),
    ...(event.answers?.length ? { answers: event.answers.map(({ id, basis }) => ({ id, basis })) } : {}),
    disputed: Boolean(event.disputes?.length),
    yearText: yearText(event),
    line: moveLine(event),
    description: describeEvent(event, period),
  }
}

/** What the layout is given for a chart figure: its period's moves, and the numbers of the earlier moves they answer. */
export function chartInput(figure: ChartFigure): ChartInput {
  const { from, to, spoken = [] } = figure
  const numbers = new Map(recordRows().map(r => [r.event.id, r.no]))
  const period = eventsBetween(from, to)
  const inPeriod = new Set(period.map(e => e.id))
  const earlier = [...new Set(period.flatMap(e => (e.answers ?? []).map(a => a.id)))].filter(answered => !inPeriod.has(answered) && numbers.has(answered))
  return {
    moves: period.map(e => chartMove(e, numbers.get(e.id)!, period)),
    earlier: new Map(earlier.toSorted((a, b) => numbers.get(a)! - numbers.get(b)!).map(answered => [answered, numbers.get(answered)!])),
    spoken,
    from,
    to,
  }
}

/**
 * A chart figure's spec: its moves laid out in the box its slide gives the chart (CHART_BOXES, by
 * how much of the key it shows; the end-to-end tests hold the slide's box to it). Throws, naming the
 * figure and saying how much room it needs, if the moves do not fit.
 */
export function chartSpec(id: string, figure: ChartFigure): ChartSpec {
  const { spoken = [], key = 'short' } = figure
  const input = chartInput(figure)
  let layout: ChartLayout
  try {
    layout = layoutChart(input, CHART_BOXES[key])
  }
  catch (error) {
    throw new Error(`The chart "${id}" (data/figures.ts): ${(error as Error).message}`)
  }
  return {
    figure: id,
    spoken,
    key,
    layout,
    summaries: Array.from({ length: spoken.length + 1 }, (_, labelled) => chartSummary(input.moves, spoken.length, labelled)),
    essayDate: essayDateText(),
  }
}
