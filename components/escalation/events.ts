/**
 * The escalation records as the chart and the table read them: which events an era shows, when
 * each happened (as a number for the scales, as words for people), which sources they rest on,
 * and the sentence that says an event in full for the text alternative. Every word here comes
 * from data/escalation.ts and data/sources.ts, or is the chart's own vocabulary (BASIS_WORDS).
 */
import type { EscalationEvent, Era, Response } from '../../data/escalation.ts'
import { ACTOR_NAMES, events, KIND_NAMES, rubric } from '../../data/escalation.ts'
import { sourceById } from '../../data/sources.ts'
import { formatPartialDate, parsePartialDate } from '../../lib/dates.ts'

/** Which events a chart shows: those the essay could know, those after it, or both. */
export type ChartEra = Era | 'all'

export const CHART_ERAS: readonly ChartEra[] = ['essay', 'after', 'all']

/** Every event, in date order, typed as the general record (the data file keeps literal types). */
export const ESCALATION_EVENTS: readonly EscalationEvent[] = events

/** The events of one era, in date order. Throws, naming the value, for an unknown era. */
export function eventsOf(era: ChartEra, all: readonly EscalationEvent[] = ESCALATION_EVENTS): EscalationEvent[] {
  if (!CHART_ERAS.includes(era))
    throw new Error(`Unknown era "${era}": use ${CHART_ERAS.map(e => `"${e}"`).join(', ')}`)
  return all.filter(e => era === 'all' || e.era === era)
}

/**
 * The start of the event's date as milliseconds since 1970 (UTC): "2016" is 1 January 2016,
 * "2016-06" is 1 June 2016. Throws, naming the event, if the date is missing or malformed.
 */
export function eventTime(event: EscalationEvent): number {
  const date = parsePartialDate(event.date ?? '')
  if (!date)
    throw new Error(`Event "${event.id}" has no usable date ("${event.date}"): use YYYY, YYYY-MM or YYYY-MM-DD`)
  return Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1)
}

/** The date on a chart label: the year, or the record's own wording (`dateText`, e.g. "2007–08"). */
export function yearText(event: EscalationEvent): string {
  return event.dateText ?? String(parsePartialDate(event.date)?.year ?? event.date)
}

/** The date in full, as precise as the record: "12 Mar 1999", "Sep 2009", "2007–08". */
export function dateText(event: EscalationEvent): string {
  if (event.dateText)
    return event.dateText
  return parsePartialDate(event.date) ? formatPartialDate(event.date) : event.date
}

/** What the kind of link is called on the chart's legend and in the text alternative. */
export const BASIS_WORDS: Record<Response['basis'], string> = {
  reported: 'as reported',
  essay: 'in the essay’s reading',
}

/** The rubric's name for a level; throws, naming the level, if the rubric has none. */
export function levelName(level: number): string {
  const step = rubric.find(s => s.level === level)
  if (!step)
    throw new Error(`Level ${level} is not on the escalation rubric (levels ${rubric.map(s => s.level).join(', ')})`)
  return step.name
}

/** Every source id the events rest on, each once: the event's own, then the source for its link. */
export function sourceIdsOf(shown: readonly EscalationEvent[]): string[] {
  return [...new Set(shown.flatMap(e => [e.sourceId, ...(e.respondsTo?.sourceId ? [e.respondsTo.sourceId] : [])]))]
}

/** The earlier event this one answers, if it answers one that is in `among`. */
export function answeredEvent(event: EscalationEvent, among: readonly EscalationEvent[]): EscalationEvent | undefined {
  return event.respondsTo ? among.find(e => e.id === event.respondsTo!.id) : undefined
}

/**
 * One event in full, for the text alternative: "Nov 2008 — Russia: Medvedev threatens Iskanders.
 * President Medvedev says … Level 1, Words. It answers “US missile-defence plan” (2007–08), as reported."
 */
export function describeEvent(event: EscalationEvent, among: readonly EscalationEvent[] = ESCALATION_EVENTS): string {
  const parts = [
    `${dateText(event)} — ${ACTOR_NAMES[event.actor]}: ${event.label}.`,
    event.detail,
    `${KIND_NAMES[event.kind]}, level ${event.level} (${levelName(event.level)}).`,
  ]
  const answered = answeredEvent(event, among)
  if (answered && event.respondsTo)
    parts.push(`It answers “${answered.label}” (${yearText(answered)}), ${BASIS_WORDS[event.respondsTo.basis]}.`)
  return parts.join(' ')
}

/** When the essay was written, from its source record: "Nov 2016". */
export function essayDateText(): string {
  const date = sourceById('essay').date
  if (!date)
    throw new Error('The essay\'s source record (id "essay") has no date')
  return dateText({ date } as EscalationEvent)
}

/**
 * The chart's aria-label: what it shows and how to read it, and how many of its moves show now.
 * The moves themselves follow in the text alternative (describeEvent).
 */
export function chartSummary(moves: readonly EscalationEvent[], shown: number): string {
  if (!moves.length)
    return 'Escalation chart with no moves.'
  const span = [yearText(moves[0]), yearText(moves[moves.length - 1])]
  const lowest = rubric[0]
  const highest = rubric[rubric.length - 1]
  return [
    `Escalation chart: ${moves.length} moves, ${span[0] === span[1] ? span[0] : `${span[0]} to ${span[1]}`}.`,
    `${ACTOR_NAMES.west} on the left as squares, ${ACTOR_NAMES.russia} on the right as circles; time runs down the centre line,`,
    `and a move's distance from it is its escalation level, from ${lowest.level} (${lowest.name}) to ${highest.level} (${highest.name}).`,
    'Arrows join a move to the move that answers it.',
    `${shown === moves.length ? 'All' : `${shown} of`} ${moves.length} moves shown${shown ? ', listed below' : ''}.`,
  ].join(' ')
}
