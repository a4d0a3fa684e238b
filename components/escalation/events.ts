/**
 * The escalation records as the chart, the coding appendix and the table read them: which events
 * a period shows, when each happened (as a number for the scales, as words for people), which
 * sources they rest on, and the sentence that says an event in full for the text alternative.
 * Every word here comes from data/escalation.ts and data/sources.ts, or is the chart's own
 * vocabulary (BASIS_WORDS; OFF_SCALE_NAME is in scales.ts).
 */
import type { Answer, CodedEvent } from '../../data/escalation.ts'
import { ACTOR_NAMES, codingReason, DISPUTE_NAMES, ESSAY_HORIZON, eventSourceIds, POSTURE_NAMES, rubric } from '../../data/escalation.ts'
import { codedEvents } from '../../data/escalation-events.ts'
import { formatPartialDate, parsePartialDate } from '../../lib/dates.ts'
import { levelName } from './scales.ts'

/** Every event, in date order, with its level as the rules code it. */
export const ESCALATION_EVENTS: readonly CodedEvent[] = codedEvents

/**
 * The events from `from` to `to`, both included, in date order. Each bound is a year ("2013") or
 * a month ("2016-11"), as a chart figure's type (data/figures.ts) says: an event is in if its
 * date, cut to the bound's precision, lies between them.
 */
export function eventsBetween(from: string, to: string, all: readonly CodedEvent[] = ESCALATION_EVENTS): CodedEvent[] {
  return all.filter(e => e.date.slice(0, from.length) >= from && e.date.slice(0, to.length) <= to)
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
export const BASIS_WORDS: Record<Answer['basis'], string> = {
  maker: 'as its maker said',
  essay: 'in the essay’s reading',
}

/** Every source id the events rest on, each once: the event's own, its link's and its answer's. */
export function sourceIdsOf(shown: readonly CodedEvent[]): string[] {
  return [...new Set(shown.flatMap(eventSourceIds))]
}

/** The earlier events this one answers that are in `among`, each with the answer that names it. */
function answersAmong(event: CodedEvent, among: readonly CodedEvent[]): { answer: Answer, answered: CodedEvent }[] {
  return (event.answers ?? []).flatMap((answer) => {
    const answered = among.find(e => e.id === answer.id)
    return answered ? [{ answer, answered }] : []
  })
}

/**
 * One event in full, for the text alternative: "5 Nov 2008 — Russia: Medvedev threatens Iskanders.
 * President Medvedev says … Coded: Statement or threat → level 1 (Words). It answers “US
 * missile-defence plan” (2007–08), as reported."
 */
/** A move in one line: when, who, what ("27 May 1997 — Russia: Russia’s restraint pledge (Paris)"). */
export function moveLine(event: CodedEvent): string {
  return `${dateText(event)} — ${ACTOR_NAMES[event.actor]}: ${event.label}`
}

export function describeEvent(event: CodedEvent, among: readonly CodedEvent[] = ESCALATION_EVENTS): string {
  const parts = [
    `${moveLine(event)}.`,
    event.detail,
    `Coded: ${codingReason(event)}${event.level === null ? '' : ` (${levelName(event.level)}); ${POSTURE_NAMES[event.posture].toLowerCase()}`}.`,
  ]
  for (const { answer, answered } of answersAmong(event, among))
    parts.push(`It answers “${answered.label}” (${yearText(answered)}), ${BASIS_WORDS[answer.basis]}.`)
  if (event.disputes?.length)
    parts.push(`Disputed: ${event.disputes.map(d => DISPUTE_NAMES[d.about]).join('; ')}.`)
  return parts.join(' ')
}

/** The last month the essay could know of: "Nov 2016". */
export function essayDateText(): string {
  return dateText({ date: ESSAY_HORIZON })
}

/**
 * The chart's aria-label: what it shows and how to read it, and how many of the moves the speaker
 * talks about are labelled now. The moves themselves follow in the text alternative (describeEvent).
 */
export function chartSummary(moves: readonly { date: string, dateText?: string }[], spoken: number, labelled: number): string {
  if (!moves.length)
    return 'Escalation chart with no moves.'
  const span = [yearText(moves[0]), yearText(moves[moves.length - 1])]
  const lowest = rubric[0]
  const highest = rubric[rubric.length - 1]
  return [
    `Escalation chart: ${moves.length} moves, ${span[0] === span[1] ? span[0] : `${span[0]} to ${span[1]}`}, each numbered as in the record.`,
    `${ACTOR_NAMES.west} on the left as squares, ${ACTOR_NAMES.russia} on the right as circles; time runs down the centre line,`,
    `and a move's distance from it is its level on the deck's own coding, by kind of move, from ${lowest.level} (${lowest.name}) to ${highest.level} (${highest.name}).`,
    'A solid mark is offence, a hollow one defence, a half-filled one both, a tinted one neither; N marks a nuclear-capable system, ? a disputed move.',
    'Diamonds beside the centre line are not on the scale: a step back, a state joining NATO, forces leaving, damage at sea that no side is shown to have done, a civil step.',
    'A solid arrow runs from a move to the move whose maker named it as a reason; a dashed one joins moves that only the essay links; a short arrow from above numbers moves of an earlier period that a labelled move answers.',
    spoken ? `${labelled} of the ${spoken} moves the speaker talks about are labelled. All ${moves.length} moves are listed below.` : `All ${moves.length} moves are listed below.`,
  ].join(' ')
}
