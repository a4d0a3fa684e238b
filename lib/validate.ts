/**
 * Checks that records in data/ are whole and hang together. Each check returns a list of problems,
 * each naming the record by its id, so a test can show every broken record at once.
 */
import type { Source } from '../data/sources.ts'
import { parsePartialDate } from './dates.ts'

export interface Identified {
  id: string
}

/** A lookup that finds a record by id, and throws, naming the id and the file to fix, if there is none. */
export function byId<T extends Identified>(records: readonly T[], kind: string, file: string): (id: string) => T {
  const index = new Map(records.map(record => [record.id, record]))
  return (id) => {
    const record = index.get(id)
    if (!record)
      throw new Error(`Unknown ${kind} id "${id}": add it to ${file} or fix the reference`)
    return record
  }
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
export const STATE_MEDIA_PUBLISHER = /(?<![\p{L}\d])(?:TASS|RIA Novosti|RIA|Sputnik|RT|Rossiya Segodnya|Zvezda)(?![\p{L}\d])/u

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
