/**
 * Checks that records in data/ are whole and hang together: the general ones (ids, sources, dates,
 * coordinates, places, citations), then the escalation records' own (data/escalation.ts), on which
 * the chart, the table and the slides' click counts rely. Each check returns a list of problems,
 * each naming the record by its id, so a test can show every broken record at once.
 */
import type { CodedEvent, EscalationEvent } from '../data/escalation.ts'
import type { Source } from '../data/sources.ts'
import { ACTOR_NAMES, KIND_NAMES, levelFor, OFF_SCALE_KINDS } from '../data/escalation.ts'
import { parsePartialDate } from '../lib/dates.ts'

interface Identified {
  id: string
}

/** Ids are non-empty kebab-case and unique within their list. */
export function idProblems(kind: string, records: readonly Identified[]): string[] {
  const problems: string[] = []
  const seen = new Set<string>()
  for (const [i, record] of records.entries()) {
    if (!record.id || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(record.id))
      problems.push(`${kind} #${i + 1} has a bad id "${record.id}" (use kebab-case)`)
    if (seen.has(record.id))
      problems.push(`${kind} "${record.id}" appears twice`)
    seen.add(record.id)
  }
  return problems
}

/** Every record names a source, and the source exists. */
export function sourceProblems(kind: string, records: readonly (Identified & { sourceId?: string })[], sources: readonly Source[]): string[] {
  const known = new Set(sources.map(s => s.id))
  return records.flatMap((record) => {
    if (!record.sourceId)
      return [`${kind} "${record.id}" has no source`]
    if (!known.has(record.sourceId))
      return [`${kind} "${record.id}" cites an unknown source "${record.sourceId}"`]
    return []
  })
}

/** Every place a record names (as `placesOf` lists them) is one of `places` (data/places.ts). */
export function placeProblems<T extends Identified>(kind: string, records: readonly T[], placesOf: (record: T) => readonly string[], places: readonly Identified[]): string[] {
  const known = new Set(places.map(p => p.id))
  return records.flatMap(r => placesOf(r).filter(id => !known.has(id)).map(id => `${kind} "${r.id}" names an unknown place "${id}"`))
}

/** Latitude and longitude are numbers in range. */
export function coordinateProblems(kind: string, records: readonly (Identified & { lat?: number, lon?: number })[]): string[] {
  return records.flatMap((record) => {
    const { lat, lon } = record
    if (typeof lat !== 'number' || typeof lon !== 'number' || Number.isNaN(lat) || Number.isNaN(lon))
      return [`${kind} "${record.id}" has no coordinates`]
    if (lat < -90 || lat > 90 || lon < -180 || lon > 180)
      return [`${kind} "${record.id}" has coordinates out of range (${lat}, ${lon})`]
    return []
  })
}

export function dateProblems(kind: string, records: readonly (Identified & { date?: string })[], options: { required?: boolean, ordered?: boolean } = {}): string[] {
  const problems: string[] = []
  let previous: { id: string, date: string } | undefined
  for (const record of records) {
    if (record.date === undefined) {
      if (options.required)
        problems.push(`${kind} "${record.id}" has no date`)
      continue
    }
    if (!parsePartialDate(record.date)) {
      problems.push(`${kind} "${record.id}" has a date "${record.date}" that is not YYYY, YYYY-MM or YYYY-MM-DD`)
      continue
    }
    if (options.ordered && previous && record.date < previous.date)
      problems.push(`${kind} "${record.id}" (${record.date}) is out of order: it comes after "${previous.id}" (${previous.date})`)
    previous = { id: record.id, date: record.date }
  }
  return problems
}

/** Publishers run by a state whose reports the deck flags: Russian state news agencies and broadcasters. */
const STATE_MEDIA_PUBLISHER = /(?<![\p{L}\d])(?:TASS|RIA Novosti|RIA|Sputnik|RT|Rossiya Segodnya|Zvezda)(?![\p{L}\d])/u

/**
 * A source a reader can find again: a title as published, a date, and a link or a bibliographic
 * identifier; state media carry their flag. The essay's own citations are listed as the essay gives
 * them (a short name and a year), with a note on how far they were identified.
 */
export function citationProblems(records: readonly Source[]): string[] {
  return records.flatMap((s) => {
    const out: string[] = []
    if (!s.publisher.trim())
      out.push(`source "${s.id}" has no publisher`)
    if (s.url !== undefined && !/^https?:\/\/\S+$/.test(s.url))
      out.push(`source "${s.id}" has a malformed URL "${s.url}"`)
    if (!s.title?.trim() && !s.description?.trim())
      out.push(`source "${s.id}" has no title (nor, where the copy shows none, a description)`)
    if (s.title && s.description)
      out.push(`source "${s.id}" has both a title and a description: the description is only for an untitled copy`)
    if (!s.date && !s.undated)
      out.push(`source "${s.id}" has no date (nor a reason why it is undated)`)
    if (s.role === 'deck' && !s.url && !s.citation)
      out.push(`source "${s.id}" has neither a URL nor a bibliographic identifier (citation)`)
    if (s.role === 'essay-citation' && !s.note)
      out.push(`source "${s.id}" is one of the essay's citations but says nothing of how far it was identified`)
    if (STATE_MEDIA_PUBLISHER.test(s.publisher) && !s.stateMedia)
      out.push(`source "${s.id}" (${s.publisher}) is state media but carries no stateMedia flag`)
    return out
  })
}

// The escalation records (data/escalation.ts).

/** The longest label the chart's label columns are sized for (data/escalation.ts says so too). */
const MAX_LABEL_CHARS = 34

/** What a record's `link` must name to meet the rule of selection. */
const SELECTION_PATTERN = /Kaliningrad|Baltic/

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

/**
 * The coding rules, as checks on what a record says: a record carries no level of its own (it
 * follows from kind and attributes); only a deployment says whether it is lasting (and it must),
 * and only a deployment can be nuclear-capable; an accession is the West's (the joining state
 * joins NATO), a move by neither side is an incident and an incident is neither side's.
 */
export function codingProblems(events: readonly EscalationEvent[]): string[] {
  return events.flatMap((e) => {
    const out: string[] = []
    if ('level' in e)
      out.push(`event "${e.id}" carries its own level: remove it, the level follows from its kind and attributes`)
    if (e.kind === 'deployment' && typeof e.lasting !== 'boolean')
      out.push(`event "${e.id}" is a deployment but does not say whether it is lasting`)
    if (e.kind !== 'deployment' && e.lasting !== undefined)
      out.push(`event "${e.id}" says lasting, which only a deployment can be (it is a "${e.kind}")`)
    if (e.kind !== 'deployment' && e.nuclearCapable !== undefined)
      out.push(`event "${e.id}" says nuclear-capable, which only a deployment can be (it is a "${e.kind}")`)
    if (e.kind === 'accession' && e.actor !== 'west')
      out.push(`event "${e.id}" is an accession by "${e.actor}": a state joining NATO is drawn on the West's side`)
    if ((e.kind === 'incident') !== (e.actor === 'neither'))
      out.push(`event "${e.id}" is a "${e.kind}" by "${e.actor}": only moves by neither side are incidents, and incidents are neither side's`)
    return out
  })
}

/**
 * The rubric's order, checked on the coded records: every use of force sits above every peacetime
 * move, every plan below every deployment, and the kinds marked apart are off the scale.
 */
export function orderProblems(coded: readonly CodedEvent[]): string[] {
  const out: string[] = []
  const onScale = coded.filter(e => e.level !== null)
  const force = onScale.filter(e => e.kind === 'use-of-force')
  const peace = onScale.filter(e => e.kind !== 'use-of-force')
  for (const f of force) {
    for (const p of peace.filter(p => p.level! >= f.level!))
      out.push(`use of force "${f.id}" (level ${f.level}) is not above peacetime move "${p.id}" (level ${p.level})`)
  }
  for (const plan of onScale.filter(e => e.kind === 'plan')) {
    for (const d of onScale.filter(e => e.kind === 'deployment' && e.level! <= plan.level!))
      out.push(`plan "${plan.id}" (level ${plan.level}) is not below deployment "${d.id}" (level ${d.level})`)
  }
  for (const e of coded) {
    if (OFF_SCALE_KINDS.includes(e.kind) !== (e.level === null))
      out.push(`event "${e.id}" (${e.kind}) is ${e.level === null ? 'off' : 'on'} the scale, against the rules`)
    if (e.level !== levelFor(e))
      out.push(`event "${e.id}" is coded at level ${e.level}, but its kind and attributes give ${levelFor(e)}`)
  }
  return out
}

/**
 * THE RULE OF SELECTION, checked: every record says what ties it to Kaliningrad or the Baltic
 * (its `link` names one of them) and which cited source says so.
 */
export function selectionProblems(events: readonly EscalationEvent[], sources: readonly Source[]): string[] {
  const known = new Set(sources.map(s => s.id))
  return events.flatMap((e) => {
    if (!e.link?.text?.trim())
      return [`event "${e.id}" has no link to Kaliningrad or the Baltic`]
    const out: string[] = []
    if (!SELECTION_PATTERN.test(e.link.text))
      out.push(`event "${e.id}" has a link that names neither Kaliningrad nor the Baltic: "${e.link.text}"`)
    if (!known.has(e.link.sourceId))
      out.push(`event "${e.id}" rests its link on an unknown source "${e.link.sourceId}"`)
    return out
  })
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

/** The sources given for a link between two events, and an event's further sources, exist. */
export function linkSourceProblems(events: readonly EscalationEvent[], sources: readonly Source[]): string[] {
  const links = events.flatMap(e => (e.respondsTo?.sourceId !== undefined ? [{ id: `${e.id} → ${e.respondsTo.id}`, sourceId: e.respondsTo.sourceId }] : []))
  const more = events.flatMap(e => (e.moreSourceIds ?? []).map(sourceId => ({ id: e.id, sourceId })))
  return [...sourceProblems('link', links, sources), ...sourceProblems('event', more, sources)]
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
  const coded = events.map(e => ({ ...e, level: safeLevel(e) })) as CodedEvent[]
  return [
    ...idProblems('event', events),
    ...dateProblems('event', events, { required: true, ordered: true }),
    ...fieldProblems(events),
    ...codingProblems(events),
    ...orderProblems(coded),
    ...selectionProblems(events, sources),
    ...responseProblems(events),
    ...sourceProblems('event', events, sources),
    ...linkSourceProblems(events, sources),
    ...eraProblems(events, essayDate),
  ]
}

function safeLevel(e: EscalationEvent): CodedEvent['level'] {
  try {
    return levelFor(e)
  }
  catch {
    return null
  }
}
