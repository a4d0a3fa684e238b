/**
 * Checks that records in data/ are whole and hang together: the general ones (ids, sources, dates,
 * coordinates, places, citations), then the escalation records' own (data/escalation.ts), on which
 * the chart, the table and the slides' click counts rely. Each check returns a list of problems,
 * each naming the record by its id, so a test can show every broken record at once.
 */
import type { Clause } from '../data/codebook.ts'
import type { CodedEvent, EscalationEvent, Statement } from '../data/escalation.ts'
import type { Candidate, LoggedQuery } from '../data/search-log.ts'
import type { Source } from '../data/sources.ts'
import { ACTOR_NAMES, CAPABILITY_NAMES, codeEvent, DISPUTE_NAMES, GROUND_NAMES, hasReason, KIND_NAMES, levelFor, OFF_SCALE_KINDS } from '../data/escalation.ts'
import { ORIGINS } from '../data/search-log.ts'
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

// The escalation records (data/escalation-events.ts).

/** The longest label the chart's label columns are sized for (data/escalation.ts says so too). */
const MAX_LABEL_CHARS = 34

/**
 * What a record's tie must name (the codebook's clauses "region" and "tie"): a place of the region,
 * as the region clause lists it, or a place in it that a source names.
 */
const REGION_PATTERN = /Kaliningrad|Baltic|Poland|Polish|Lithuania|Latvia|Estonia|Bornholm|Gotland|Åland|Chernyakhovsk|Baltiysk|Redzikowo|Morąg|Šiauliai|Suwałki|Gulf of Finland|Narva/

/** The kinds that name a weapon system, and so may be nuclear-capable. */
const NAMES_A_SYSTEM: readonly EscalationEvent['kind'][] = ['statement', 'plan', 'deployment', 'incursion', 'use-of-force']

/**
 * Actor, kind, capability and ground are known values; a label fits the chart; every event has a
 * detail sentence; nothing derived is typed by hand (level, posture, era, clause follow from the
 * inputs: data/escalation.ts).
 */
export function fieldProblems(events: readonly EscalationEvent[]): string[] {
  return events.flatMap((e) => {
    const out: string[] = []
    if (!(e.actor in ACTOR_NAMES))
      out.push(`event "${e.id}" has an unknown actor "${e.actor}"`)
    if (!(e.kind in KIND_NAMES))
      out.push(`event "${e.id}" has an unknown kind "${e.kind}"`)
    for (const derived of ['level', 'posture', 'era', 'clause'])
      if (derived in e)
        out.push(`event "${e.id}" types its ${derived} by hand: remove it, it follows from the record's inputs (data/escalation.ts)`)
    if (!e.label?.trim())
      out.push(`event "${e.id}" has no label`)
    else if (e.label.length > MAX_LABEL_CHARS)
      out.push(`event "${e.id}" has a label of ${e.label.length} characters (at most ${MAX_LABEL_CHARS}): "${e.label}"`)
    if (!e.detail?.trim())
      out.push(`event "${e.id}" has no detail sentence`)
    if (!e.capability?.length)
      out.push(`event "${e.id}" does not say what its force can do (capability)`)
    for (const c of e.capability ?? [])
      if (!(c in CAPABILITY_NAMES))
        out.push(`event "${e.id}" has an unknown capability "${c}"`)
    if (!(e.ground in GROUND_NAMES))
      out.push(`event "${e.id}" has an unknown ground "${e.ground}"`)
    return out
  })
}

/**
 * The coding rules, as checks on a record's inputs: only a deployment says whether it stays (and it
 * must); only a move that names a system can be nuclear-capable; a move marked apart from the scale
 * puts no force in place (capability "none", alone); an accession is the West's, and a move by
 * neither side is an incident, and an incident neither side's.
 */
export function codingProblems(events: readonly EscalationEvent[]): string[] {
  return events.flatMap((e) => {
    const out: string[] = []
    if (e.kind === 'deployment' && typeof e.lasting !== 'boolean')
      out.push(`event "${e.id}" is a deployment but does not say whether it is lasting`)
    if (e.kind !== 'deployment' && e.lasting !== undefined)
      out.push(`event "${e.id}" says lasting, which only a deployment can be (it is a "${e.kind}")`)
    if (e.nuclearCapable !== undefined && !NAMES_A_SYSTEM.includes(e.kind))
      out.push(`event "${e.id}" says nuclear-capable, which only a move that names a weapon system can be (it is a "${e.kind}")`)
    const offScale = OFF_SCALE_KINDS.includes(e.kind)
    const noForce = e.capability?.length === 1 && e.capability[0] === 'none'
    if (offScale && !noForce)
      out.push(`event "${e.id}" is a "${e.kind}", marked apart from the scale, but names a force (${e.capability?.join(', ')}): give it capability ['none']`)
    if (e.capability?.includes('none') && e.capability.length > 1)
      out.push(`event "${e.id}" has capability "none" beside others`)
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
 * One rule for both sides: records with the same inputs (kind, whether it stays, nuclear
 * capability, capability, ground), grouped; a group whose records get more than one level or
 * posture is named, with each record and its side.
 */
export function sideProblems(coded: readonly CodedEvent[]): string[] {
  const groups = new Map<string, CodedEvent[]>()
  for (const e of coded) {
    const inputs = JSON.stringify([e.kind, e.lasting ?? null, e.nuclearCapable ?? false, [...e.capability].sort(), e.ground])
    groups.set(inputs, [...(groups.get(inputs) ?? []), e])
  }
  return [...groups].flatMap(([inputs, group]) => {
    const codings = new Set(group.map(e => `${e.level ?? 'off'}/${e.posture}`))
    return codings.size <= 1
      ? []
      : [`same inputs ${inputs}, coded apart: ${group.map(e => `"${e.id}" (${e.actor}) at level ${e.level ?? 'off the scale'}, ${e.posture}`).join('; ')}`]
  })
}

/** THE TIE (the codebook's clauses "region" and "tie"): every record names a place of the region, from a cited source. */
export function tieProblems(events: readonly EscalationEvent[], sources: readonly Source[]): string[] {
  const known = new Set(sources.map(s => s.id))
  return events.flatMap((e) => {
    if (!e.tie?.text?.trim())
      return [`event "${e.id}" has no tie to the region`]
    const out: string[] = []
    if (!REGION_PATTERN.test(e.tie.text))
      out.push(`event "${e.id}" has a tie that names no place of the region: "${e.tie.text}"`)
    if (!known.has(e.tie.sourceId))
      out.push(`event "${e.id}" rests its tie on an unknown source "${e.tie.sourceId}"`)
    return out
  })
}

function statementProblems(what: string, statement: Statement, known: ReadonlySet<string>): string[] {
  const out: string[] = []
  if (!statement.text?.trim())
    out.push(`${what} has no text`)
  if (!statement.by?.trim())
    out.push(`${what} does not say who said it`)
  if (!known.has(statement.sourceId))
    out.push(`${what} cites an unknown source "${statement.sourceId}"`)
  return out
}

/**
 * BOTH SIDES' REASONS (the codebook's clause "reason"): every record gives its maker's stated
 * reason, with who said it and its source, or says what was searched without finding one; and the
 * other side's reading, or that none was found.
 */
export function reasonProblems(events: readonly EscalationEvent[], sources: readonly Source[]): string[] {
  const known = new Set(sources.map(s => s.id))
  return events.flatMap((e) => {
    const out: string[] = []
    for (const [field, value] of [['reason', e.reason], ['otherReading', e.otherReading]] as const) {
      const what = field === 'reason' ? `event "${e.id}"'s stated reason` : `event "${e.id}"'s other side's reading`
      if (!value)
        out.push(`event "${e.id}" has no ${field}: give it, or { none: 'what was searched' }`)
      else if ('none' in value) {
        if (!value.none?.trim() || /^(?:pending|todo)$/i.test(value.none.trim()))
          out.push(`${what} is "none found" without saying what was searched`)
      }
      else {
        out.push(...statementProblems(what, value, known))
      }
    }
    return out
  })
}

/**
 * THE ARROWS (the codebook's clause "answer"): every answer names an earlier event, on a known
 * basis, from a known source; a maker's answer needs the maker's stated reason; the essay's reading
 * cites the essay.
 */
export function answerProblems(events: readonly EscalationEvent[], sources: readonly Source[]): string[] {
  const known = new Set(sources.map(s => s.id))
  return events.flatMap((e, i) => (e.answers ?? []).flatMap(({ id, basis, sourceId }) => {
    const out: string[] = []
    const j = events.findIndex(other => other.id === id)
    if (j < 0)
      out.push(`event "${e.id}" answers "${id}", which is not an event`)
    else if (j >= i || events[j].date > e.date)
      out.push(`event "${e.id}" answers "${id}", which is not an earlier event`)
    if (basis !== 'maker' && basis !== 'essay')
      out.push(`event "${e.id}" answers "${id}" on an unknown basis "${basis}" (use "maker" or "essay")`)
    if (basis === 'maker' && !hasReason(e.reason))
      out.push(`event "${e.id}" answers "${id}" as its maker said, but gives no stated reason of its maker`)
    if (basis === 'essay' && sourceId !== 'essay')
      out.push(`event "${e.id}" answers "${id}" in the essay's reading, but cites "${sourceId}", not the essay`)
    if (!known.has(sourceId))
      out.push(`link "${e.id} → ${id}" cites an unknown source "${sourceId}"`)
    return out
  }))
}

/** DISPUTES IN SIGHT (the codebook's clause "dispute"): each names what is disputed and gives two readings or more, each with a known source. */
export function disputeProblems(events: readonly EscalationEvent[], sources: readonly Source[]): string[] {
  const known = new Set(sources.map(s => s.id))
  return events.flatMap(e => (e.disputes ?? []).flatMap((d, k) => {
    const what = `event "${e.id}"'s dispute #${k + 1}`
    const out: string[] = []
    if (!(d.about in DISPUTE_NAMES))
      out.push(`${what} is about an unknown point "${d.about}"`)
    if ((d.readings?.length ?? 0) < 2)
      out.push(`${what} gives ${d.readings?.length ?? 0} reading(s): a dispute needs both`)
    for (const r of d.readings ?? []) {
      if (!r.text?.trim())
        out.push(`${what} has a reading with no text`)
      if (!known.has(r.sourceId))
        out.push(`${what} cites an unknown source "${r.sourceId}"`)
    }
    return out
  }))
}

/** An event's further sources exist. */
function moreSourceProblems(events: readonly EscalationEvent[], sources: readonly Source[]): string[] {
  return sourceProblems('event', events.flatMap(e => (e.moreSourceIds ?? []).map(sourceId => ({ id: e.id, sourceId }))), sources)
}

/** Every check above, with ids, dates (required, in order) and sources. */
export function escalationProblems(events: readonly EscalationEvent[], sources: readonly Source[]): string[] {
  const fields = fieldProblems(events)
  return [
    ...idProblems('event', events),
    ...dateProblems('event', events, { required: true, ordered: true }),
    ...fields,
    ...codingProblems(events),
    ...(fields.length ? [] : orderProblems(events.map(safeCode))),
    ...(fields.length ? [] : sideProblems(events.map(safeCode))),
    ...tieProblems(events, sources),
    ...reasonProblems(events, sources),
    ...answerProblems(events, sources),
    ...disputeProblems(events, sources),
    ...sourceProblems('event', events, sources),
    ...moreSourceProblems(events, sources),
  ]
}

function safeCode(e: EscalationEvent): CodedEvent {
  try {
    return codeEvent(e)
  }
  catch {
    return { ...codeEvent({ ...e, kind: 'statement' }), kind: e.kind, level: null }
  }
}

// The search log (data/search-log.ts) and the codebook (data/codebook.ts).

/**
 * THE SEARCH LOG, checked: every record has exactly one log entry that puts it in; every entry that
 * puts a move in names a record; every entry kept out names a clause of the codebook, says why, and
 * gives a source; every entry says how it was found (a logged query, or a named origin); every query
 * says what it sent and what it aimed at; a second-search entry matched to a first-search one names one.
 */
export function logProblems(log: { queries: readonly LoggedQuery[], candidates: readonly Candidate[] }, records: readonly { id: string }[], clauses: readonly Clause[]): string[] {
  const out: string[] = [...idProblems('query', log.queries), ...idProblems('candidate', log.candidates)]
  const recordIds = new Set(records.map(r => r.id))
  const clauseIds = new Set(clauses.map(c => c.id))
  const queryIds = new Set(log.queries.map(q => q.id))
  const firstIds = new Set(log.candidates.filter(c => c.by === 'first').map(c => c.id))
  const entriesFor = new Map<string, string[]>()
  for (const q of log.queries) {
    if (!q.text?.trim())
      out.push(`query "${q.id}" does not say what it sent`)
    if (!q.aim?.years || !q.aim.side || !q.aim.family)
      out.push(`query "${q.id}" does not say what it aimed at (years, side, family of sources)`)
    if (typeof q.results !== 'number')
      out.push(`query "${q.id}" does not say how many pages it returned`)
  }
  for (const c of log.candidates) {
    const what = `candidate "${c.id}"`
    if (!c.decision)
      out.push(`${what} has no decision`)
    else if (c.decision.in) {
      if (!recordIds.has(c.decision.recordId))
        out.push(`${what} is in, but its record "${c.decision.recordId}" is not in data/escalation-events.ts`)
      else
        entriesFor.set(c.decision.recordId, [...(entriesFor.get(c.decision.recordId) ?? []), c.id])
    }
    else {
      if (!c.decision.clause || !clauseIds.has(c.decision.clause))
        out.push(`${what} is out with no clause of the codebook (${c.decision.clause || 'none given'})`)
      if (!c.decision.why?.trim())
        out.push(`${what} is out without saying why`)
      if (!c.sources?.length)
        out.push(`${what} is out with no source`)
      for (const s of c.sources ?? []) {
        if (!(/^https?:\/\/\S+$/.test(s.url ?? '') || (s.url === undefined && s.unlinked?.trim())) || !s.publisher?.trim() || (s.date !== undefined && !parsePartialDate(s.date)))
          out.push(`${what} has a source without a URL or a publisher, or with a malformed date: ${JSON.stringify(s)}`)
      }
    }
    if (!c.what?.trim())
      out.push(`${what} does not say what happened`)
    if (!parsePartialDate(c.date ?? ''))
      out.push(`${what} has a date "${c.date}" that is not YYYY, YYYY-MM or YYYY-MM-DD`)
    if (!c.foundBy?.length)
      out.push(`${what} does not say how it was found`)
    for (const f of c.foundBy ?? []) {
      if (!queryIds.has(f) && !(f in ORIGINS))
        out.push(`${what} was found by "${f}", which is neither a logged query nor a named origin`)
    }
    if (c.sameAs !== undefined && (c.by !== 'second' || !firstIds.has(c.sameAs)))
      out.push(`${what} is matched to "${c.sameAs}", which is not a first-search candidate`)
  }
  for (const r of records) {
    if (!entriesFor.get(r.id)?.length)
      out.push(`record "${r.id}" has no entry in the search log (data/search-log.json)`)
  }
  return out
}

/**
 * THE CODEBOOK, checked: clause ids unique; every clause has a test; every example names a record
 * or a logged candidate of the side it stands for; every record's clause is one of the codebook's.
 */
export function codebookProblems(clauses: readonly Clause[], records: readonly CodedEvent[], candidates: readonly Candidate[]): string[] {
  const out = idProblems('clause', clauses)
  const actorOf = new Map<string, string>([...records.map(r => [r.id, r.actor] as const), ...candidates.map(c => [c.id, c.actor] as const)])
  for (const c of clauses) {
    if (!c.test?.trim())
      out.push(`clause "${c.id}" has no test`)
    for (const side of ['west', 'russia', 'neither'] as const) {
      const example = c.examples[side]
      if (!example)
        continue
      const actor = actorOf.get(example.id)
      const candidate = candidates.find(x => x.id === example.id)
      const isRecord = records.some(r => r.id === example.id)
      if (actor === undefined)
        out.push(`clause "${c.id}" gives "${example.id}" as its ${side} example, which is neither a record nor a logged candidate`)
      else if (actor !== side)
        out.push(`clause "${c.id}" gives "${example.id}" as its ${side} example, but it is a move by "${actor}"`)
      else if (!isRecord && !candidate?.label)
        out.push(`clause "${c.id}" gives the candidate "${example.id}" as its ${side} example, but the log gives it no label to show`)
      else if (c.group === 'out' && (isRecord || candidate?.decision.in !== false || candidate.decision.clause !== c.id))
        out.push(`clause "${c.id}" keeps moves out, but its ${side} example "${example.id}" is not a candidate the log keeps out by this clause`)
    }
    if ((!c.examples.west || !c.examples.russia) && !c.examples.none)
      out.push(`clause "${c.id}" lacks an example from ${!c.examples.west ? 'the West' : 'Russia'} and does not say why`)
  }
  const clauseIds = new Set(clauses.map(c => c.id))
  for (const r of records) {
    if (!clauseIds.has(r.clause))
      out.push(`record "${r.id}" is admitted by clause "${r.clause}", which the codebook does not have`)
  }
  return out
}
