/**
 * Checks on the escalation records (data/escalation.ts), in the style of lib/validate.ts, on which
 * they build: each returns a list of problems, each naming the record by its id, so a test shows
 * every broken record at once. The chart, the table and the slides' click counts rely on them.
 */
import type { EscalationEvent } from '../../data/escalation.ts'
import type { Source } from '../../data/sources.ts'
import { ACTOR_NAMES, KIND_NAMES, rubric } from '../../data/escalation.ts'
import { dateProblems, idProblems, sourceProblems } from '../../lib/validate.ts'

/** The longest label the chart's label columns are sized for (data/escalation.ts says so too). */
export const MAX_LABEL_CHARS = 34

const BASES = ['reported', 'essay']
const ERAS = ['essay', 'after']

/** Actor, kind and era are known values; a label is short enough for the chart; every event has a detail sentence. */
export function fieldProblems(events: readonly EscalationEvent[]): string[] {
  return events.flatMap((e) => {
    const out: string[] = []
    if (!(e.actor in ACTOR_NAMES))
      out.push(`event "${e.id}" has an unknown actor "${e.actor}"`)
    if (!(e.kind in KIND_NAMES))
      out.push(`event "${e.id}" has an unknown kind "${e.kind}"`)
    if (!ERAS.includes(e.era))
      out.push(`event "${e.id}" has an unknown era "${e.era}"`)
    if (!e.label?.trim())
      out.push(`event "${e.id}" has no label`)
    else if (e.label.length > MAX_LABEL_CHARS)
      out.push(`event "${e.id}" has a label of ${e.label.length} characters (at most ${MAX_LABEL_CHARS}): "${e.label}"`)
    if (!e.detail?.trim())
      out.push(`event "${e.id}" has no detail sentence`)
    return out
  })
}

/** Every level is one of the rubric's. */
export function levelProblems(events: readonly EscalationEvent[], steps: readonly { level: number }[] = rubric): string[] {
  const levels = steps.map(s => s.level)
  return events
    .filter(e => !levels.includes(e.level))
    .map(e => `event "${e.id}" has level ${e.level}, which is not on the rubric (${levels.join(', ')})`)
}

/** Every answer names an earlier event (earlier in the list and not later in date), on a known basis. */
export function responseProblems(events: readonly EscalationEvent[]): string[] {
  return events.flatMap((e, i) => {
    if (!e.respondsTo)
      return []
    const { id, basis } = e.respondsTo
    const out: string[] = []
    const j = events.findIndex(other => other.id === id)
    if (j < 0)
      out.push(`event "${e.id}" answers "${id}", which is not an event`)
    else if (j >= i || events[j].date > e.date)
      out.push(`event "${e.id}" answers "${id}", which is not an earlier event`)
    if (!BASES.includes(basis))
      out.push(`event "${e.id}" answers "${id}" on an unknown basis "${basis}" (use ${BASES.map(b => `"${b}"`).join(' or ')})`)
    return out
  })
}

/** The source given for a link between two events, where there is one, exists. */
export function linkSourceProblems(events: readonly EscalationEvent[], sources: readonly Source[]): string[] {
  const links = events.flatMap(e => (e.respondsTo?.sourceId !== undefined ? [{ id: `${e.id} → ${e.respondsTo.id}`, sourceId: e.respondsTo.sourceId }] : []))
  return sourceProblems('link', links, sources)
}

/**
 * Events the essay could know are marked era 'essay', the others 'after', by the essay's date
 * (YYYY-MM): an event in the essay's month or before is the essay's.
 */
export function eraProblems(events: readonly EscalationEvent[], essayDate: string): string[] {
  const month = essayDate.slice(0, 7)
  return events.flatMap((e) => {
    const after = e.date.slice(0, 7) > month
    if (after && e.era !== 'after')
      return [`event "${e.id}" (${e.date}) comes after the essay (${essayDate}) but is marked era "${e.era}"`]
    if (!after && e.era !== 'essay')
      return [`event "${e.id}" (${e.date}) comes before the essay (${essayDate}) but is marked era "${e.era}"`]
    return []
  })
}

/** Every check above, with ids, dates (required, in order) and sources. */
export function escalationProblems(events: readonly EscalationEvent[], sources: readonly Source[], essayDate: string): string[] {
  return [
    ...idProblems('event', events),
    ...dateProblems('event', events, { required: true, ordered: true }),
    ...fieldProblems(events),
    ...levelProblems(events),
    ...responseProblems(events),
    ...sourceProblems('event', events, sources),
    ...linkSourceProblems(events, sources),
    ...eraProblems(events, essayDate),
  ]
}
