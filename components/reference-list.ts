/**
 * The reference list, in the order the references slides show it: the essay, the sources it cites
 * (with how far each could be identified), then the sources this deck relies on, alphabetically by
 * publisher and then by date. Split evenly over as many slides as the deck gives it.
 */
import type { Source } from '../data/sources.ts'
import { sources } from '../data/sources.ts'
import { formatPartialDate } from '../lib/dates.ts'

export interface ReferenceSection {
  heading: string
  entries: Source[]
}

/** "2008", "Nov 2008" or "5 Nov 2008", as precise as the source's date; "n.d." without one. */
export function formatDate(date: string | undefined): string {
  return date ? formatPartialDate(date) : 'n.d.'
}

/** The host of a URL without "www.", for a short visible link text. */
export function hostOf(url: string): string {
  return new URL(url).host.replace(/^www\./, '')
}

export function orderedReferences(all: readonly Source[] = sources): Source[] {
  const byRole = (role: Source['role']) => all.filter(s => s.role === role)
  const deck = byRole('deck').sort((a, b) => a.publisher.localeCompare(b.publisher, 'en') || (a.date ?? '').localeCompare(b.date ?? ''))
  return [...byRole('essay'), ...byRole('essay-citation'), ...deck]
}

const HEADINGS: Record<Source['role'], string> = {
  'essay': 'The essay',
  'essay-citation': 'Sources the essay cites',
  'deck': 'Sources this presentation relies on',
}

/** Roughly how much room an entry takes, in characters of text (a heading counts as a short line). */
function weight(source: Source, startsSection: boolean): number {
  const entry = referenceEntry(source)
  const text = [entry.publisher, entry.date, entry.title, entry.description, entry.authors, entry.note, entry.host].filter(Boolean).join('. ')
  const line = 60
  return Math.ceil(text.length / line) * line + (startsSection ? 2 * line : 0)
}

/**
 * Part `part` (1-based) of `parts`, as sections with headings. The list is cut where the parts
 * take about the same room, not the same number of entries, since the essay's citations run long.
 */
export function referencePart(part: number, parts: number, all: readonly Source[] = sources): ReferenceSection[] {
  const ordered = orderedReferences(all)
  const weights = ordered.map((s, i) => weight(s, i === 0 || ordered[i - 1].role !== s.role))
  const total = weights.reduce((a, b) => a + b, 0)
  const partOf: number[] = []
  let running = 0
  for (const w of weights) {
    partOf.push(Math.min(parts, Math.floor((running + w / 2) / (total / parts)) + 1))
    running += w
  }
  const sections: (ReferenceSection & { role: Source['role'] })[] = []
  ordered.forEach((source, i) => {
    if (partOf[i] !== part)
      return
    const last = sections.at(-1)
    if (last?.role === source.role) {
      last.entries.push(source)
      return
    }
    // A list carried over from the previous slide needs no second heading: the slide's title says "continued".
    const continued = sections.length === 0 && i > 0 && ordered[i - 1].role === source.role
    sections.push({ role: source.role, heading: continued ? '' : HEADINGS[source.role], entries: [source] })
  })
  return sections.map(({ heading, entries }) => ({ heading, entries }))
}

export interface ReferenceEntry {
  id: string
  /** The publisher, followed by the state-media flag where the source has one. */
  publisher: string
  /** What kind of state media the source is, e.g. "Russian state news agency". */
  stateMedia?: string
  /** Journal volume(issue) and pages, place of publication, or an identifier. */
  citation?: string
  /** The date as the list shows it ("5 Nov 2008", "n.d."). */
  date: string
  title?: string
  /** For an untitled copy: what it is, shown in square brackets. */
  description?: string
  authors?: string
  /** Shown for the essay, its citations, and sources without a title: what the source is. */
  note?: string
  url?: string
  /** The URL's host, the link's visible text. */
  host?: string
}

/** One source as the list shows it. */
export function referenceEntry(source: Source): ReferenceEntry {
  // A deck source is named by its title (or, untitled, its description); the essay and its citations by their notes.
  const showNote = source.role !== 'deck'
  // The bibliographic detail is shown where the note goes, ahead of any note, so the slide's template needs no change.
  const note = [source.citation, showNote ? source.note : undefined].filter(Boolean).join('. ') || undefined
  return {
    id: source.id,
    publisher: source.stateMedia ? `${source.publisher} (${source.stateMedia})` : source.publisher,
    stateMedia: source.stateMedia,
    citation: source.citation,
    date: formatDate(source.date),
    title: source.title,
    description: source.title ? undefined : source.description,
    authors: source.authors,
    note,
    url: source.url,
    host: source.url ? hostOf(source.url) : undefined,
  }
}
