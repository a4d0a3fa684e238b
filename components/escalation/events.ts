/**
 * The escalation records as the chart, the coding appendix and the table read them: which events
 * a period shows, when each happened (as a number for the scales, as words for people), which
 * sources they rest on, and the sentence that says an event in full for the text alternative.
 * Every word here comes from data/escalation.ts and data/sources.ts, or is the chart's own
 * vocabulary (BASIS_WORDS, OFF_SCALE_NAME).
 */
import type { CodedEvent, Level, Response } from '../../data/escalation.ts'
import { ACTOR_NAMES, codedEvents, codingReason, ESSAY_HORIZON, eventSourceIds, rubric } from '../../data/escalation.ts'
import { formatPartialDate, parsePartialDate } from '../../lib/dates.ts'

/** Every event, in date order, with its level as the rules code it. */
export const ESCALATION_EVENTS: readonly CodedEvent[] = codedEvents

/** What the chart and the table call a move marked apart from the level scale. */
export const OFF_SCALE_NAME = 'Not on the scale'

/**
 * The events from `from` to `to`, both included, in date order. Each bound is a year ("2013") or
 * a month ("2016-11"), as a chart figure's type (data/figures.ts) says: an event is in if its
 * date, cut to the bound's precision, lies between them.
 */
export function eventsBetween(from: string, to: string, all: readonly CodedEvent[] = ESCALATION_EVENTS): CodedEvent[] {
  return all.filter(e => e.date.slice(0, from.length) >= from && e.date.slice(0, to.length) <= to)
}

/**
 * The start of the event's date as milliseconds since 1970 (UTC): "2016" is 1 January 2016,
 * "2016-06" is 1 June 2016. The records' dates are YYYY, YYYY-MM or YYYY-MM-DD (a unit test
 * checks every one).
 */
export function eventTime(event: { date: string }): number {
  const [year, month = 1, day = 1] = event.date.split('-').map(Number)
  return Date.UTC(year, month - 1, day)
}

/** The date on a chart label: the year, or the years of the record's own wording ("2007–08", "2023–24"). */
export function yearText(event: { date: string, dateText?: string }): string {
  const years = event.dateText?.match(/\d{4}/g)
  if (years?.length && /\d{4}–\d{2}$/.test(event.dateText!))
    return event.dateText!
  if (years?.length) {
    const [first, last] = [years[0], years[years.length - 1]]
    return first === last ? first : `${first}–${last.slice(2)}`
  }
  return String(parsePartialDate(event.date)?.year ?? event.date)
}

/** The date in full, as precise as the record: "12 Mar 1999", "Sep 2009", "2007–08". */
export function dateText(event: { date: string, dateText?: string }): string {
  if (event.dateText)
    return event.dateText
  return parsePartialDate(event.date) ? formatPartialDate(event.date) : event.date
}

/** What the kind of link is called on the chart's legend and in the text alternative. */
export const BASIS_WORDS: Record<Response['basis'], string> = {
  reported: 'as reported',
  essay: 'in the essay’s reading',
}

/** The kinds of link among the arrows these moves can show (an answer to a move among them), for the legend: reported first. */
export function linkBasesAmong(moves: readonly CodedEvent[]): Response['basis'][] {
  return (['reported', 'essay'] as const).filter(basis => moves.some(e => e.respondsTo?.basis === basis && answeredEvent(e, moves)))
}

/** The rubric's name for a level (the rubric names every level, a unit test checks), or OFF_SCALE_NAME for null. */
export function levelName(level: Level | null): string {
  return level === null ? OFF_SCALE_NAME : rubric.find(s => s.level === level)?.name ?? `level ${level}`
}

/** Every source id the events rest on, each once: the event's own, its link's and its answer's. */
export function sourceIdsOf(shown: readonly CodedEvent[]): string[] {
  return [...new Set(shown.flatMap(eventSourceIds))]
}

/** The earlier event this one answers, if it answers one that is in `among`. */
function answeredEvent(event: CodedEvent, among: readonly CodedEvent[]): CodedEvent | undefined {
  return event.respondsTo ? among.find(e => e.id === event.respondsTo!.id) : undefined
}

/**
 * One event in full, for the text alternative: "5 Nov 2008 — Russia: Medvedev threatens Iskanders.
 * President Medvedev says … Coded: Statement or threat → level 1 (Words). It answers “US
 * missile-defence plan” (2007–08), as reported."
 */
export function describeEvent(event: CodedEvent, among: readonly CodedEvent[] = ESCALATION_EVENTS): string {
  const parts = [
    `${dateText(event)} — ${ACTOR_NAMES[event.actor]}: ${event.label}.`,
    event.detail,
    `Coded: ${codingReason(event)}${event.level === null ? '' : ` (${levelName(event.level)})`}.`,
  ]
  const answered = answeredEvent(event, among)
  if (answered && event.respondsTo)
    parts.push(`It answers “${answered.label}” (${yearText(answered)}), ${BASIS_WORDS[event.respondsTo.basis]}.`)
  return parts.join(' ')
}

/** The last month the essay could know of: "Nov 2016". */
export function essayDateText(): string {
  return dateText({ date: ESSAY_HORIZON })
}

/**
 * The chart's aria-label: what it shows and how to read it, and how many of its moves show now.
 * The moves themselves follow in the text alternative (describeEvent).
 */
export function chartSummary(moves: readonly CodedEvent[], shown: number): string {
  if (!moves.length)
    return 'Escalation chart with no moves.'
  const span = [yearText(moves[0]), yearText(moves[moves.length - 1])]
  const lowest = rubric[0]
  const highest = rubric[rubric.length - 1]
  return [
    `Escalation chart: ${moves.length} moves, ${span[0] === span[1] ? span[0] : `${span[0]} to ${span[1]}`}.`,
    `${ACTOR_NAMES.west} on the left as squares, ${ACTOR_NAMES.russia} on the right as circles; time runs down the centre line,`,
    `and a move's distance from it is its level on the deck's own coding, from ${lowest.level} (${lowest.name}) to ${highest.level} (${highest.name}).`,
    'Diamonds on the centre line are not on the scale: a state joining NATO, forces leaving the region, damage at sea that neither side is shown to have done, a civil step.',
    'Arrows join a move to the move that answers it.',
    `${shown === moves.length ? 'All' : `${shown} of`} ${moves.length} moves shown${shown ? ', listed below' : ''}.`,
  ].join(' ')
}
