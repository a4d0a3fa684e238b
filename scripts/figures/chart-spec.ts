/**
 * A chart figure's spec (components/escalation/chart-spec-types.ts): the moves of its period from the record,
 * each with its number and every derived field (level, posture, era, disputed, the moves it
 * answers), and the chart's words, worked out once here so the browser loads neither the record
 * nor its sources.
 */
import type { CodedEvent } from '../../data/escalation.ts'
import type { ChartFigure } from '../../data/figures.ts'
import type { ChartMove, ChartSpec } from '../../components/escalation/chart-spec-types.ts'
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

export function chartSpec(id: string, figure: ChartFigure): ChartSpec {
  const { from, to, spoken = [], key = 'short' } = figure
  const numbers = new Map(recordRows().map(r => [r.event.id, r.no]))
  const period = eventsBetween(from, to)
  const inPeriod = new Set(period.map(e => e.id))
  const earlier = [...new Set(period.flatMap(e => (e.answers ?? []).map(a => a.id)))].filter(answered => !inPeriod.has(answered) && numbers.has(answered))
  return {
    figure: id,
    from,
    to,
    spoken,
    key,
    moves: period.map(e => chartMove(e, numbers.get(e.id)!, period)),
    earlier: Object.fromEntries(earlier.toSorted((a, b) => numbers.get(a)! - numbers.get(b)!).map(answered => [answered, numbers.get(answered)!])),
    summaries: Array.from({ length: spoken.length + 1 }, (_, labelled) => chartSummary(period, spoken.length, labelled)),
    essayDate: essayDateText(),
  }
}
