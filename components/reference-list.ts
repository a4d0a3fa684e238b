/**
 * The reference list, in the Chicago author-date style (The Chicago Manual of Style, 17th ed., ch. 15):
 * the essay, the sources it cites (with how far each could be identified), then the sources this deck
 * relies on, filed by author (the person, surname first; where no person is named, the organisation
 * or publisher as the source's record gives it), then by date, then by title. Each entry reads in
 * that style's order:
 *
 *   Harper, Jo. 2019. "Moscow boosts Kaliningrad power play." Deutsche Welle, 22 Mar 2019. dw.com
 *   AP, via WTOP. 2024c. "US and Polish officials open missile defense site …" 13 Nov 2024. wtop.com
 *
 * The year carries the letter that tells apart sources sharing a short form (data/sources.ts,
 * shortForms), so "AP 2024c" on a slide's source line is found as "AP, via WTOP. 2024c." here. The
 * state-media flag and any disclosure (data/sources.ts, STATE_MEDIA_CRITERION) follow the
 * publisher. The list is split over as many slides as the deck gives it, where the parts take
 * about the same room.
 */
import type { Source } from '../data/sources.ts'
import { RELAYS_STATE_MEDIA, shortFormLetter, sources } from '../data/sources.ts'
import { formatPartialDate } from '../lib/dates.ts'
import { partOfEach } from './list-parts.ts'

/** The style the list follows, named on the first references slide. */
export const REFERENCE_STYLE = 'Chicago author-date'

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
  return new URL(url).host.replace(/^www\./, '').replace(/\.$/, '')
}

/** The people in an `authors` line, in order: "A and B", "A, B, C" → ["A", "B", "C"]. */
export function authorNames(authors: string): string[] {
  return authors.split(/,\s*|\s+and\s+/).map(name => name.trim()).filter(Boolean)
}

/** A name surname first, as Chicago files the first author: "Kenneth N. Waltz" → "Waltz, Kenneth N.". */
function invertName(name: string): string {
  const words = name.split(/\s+/)
  return words.length > 1 ? `${words.at(-1)}, ${words.slice(0, -1).join(' ')}` : name
}

/**
 * The authors as the entry leads with them: the first surname first, the others as written, the
 * last after "and" (Chicago's serial comma): "Kolodyazhnyy, Anton, and Tom Balmforth".
 */
export function authorLead(authors: string): string {
  const [first, ...rest] = authorNames(authors)
  const lead = invertName(first)
  if (!rest.length)
    return lead
  return `${lead}, ${rest.slice(0, -1).map(n => `${n}, `).join('')}and ${rest.at(-1)}`
}

/** What the entry is filed under: the authors surname first, or the publisher where no person is named. */
export function filedUnder(source: Source): string {
  return source.authors ? authorLead(source.authors) : source.publisher
}

/**
 * The date an entry is filed by: its date; for a copy that shows none, the year its text gives
 * (after that year's dated entries, as its letter is); with no year at all, last.
 */
export function filingDate(source: Source): string {
  if (source.date)
    return source.date
  const year = /\b(\d{4})\b/.exec(source.short)?.[1]
  return year ? `${year}-99` : '9999'
}

/** Chicago's order within the list: by author (or publisher), then by date, then by title. */
function chicagoOrder(a: Source, b: Source): number {
  return filedUnder(a).localeCompare(filedUnder(b), 'en')
    || filingDate(a).localeCompare(filingDate(b))
    || (a.title ?? a.description ?? '').localeCompare(b.title ?? b.description ?? '', 'en')
    || a.id.localeCompare(b.id)
}

export function orderedReferences(all: readonly Source[] = sources): Source[] {
  const byRole = (role: Source['role']) => all.filter(s => s.role === role)
  return [...byRole('essay'), ...byRole('essay-citation'), ...byRole('deck').sort(chicagoOrder)]
}

const HEADINGS: Record<Source['role'], string> = {
  'essay': 'The essay',
  'essay-citation': 'Sources the essay cites',
  'deck': `Sources this presentation relies on (${REFERENCE_STYLE})`,
}

/**
 * Roughly how much room an entry takes, in characters: its text in whole lines of a column (about
 * 75 characters at the list's 11.5 px, as measured on a build), plus the gap after it; a heading
 * counts as a line and a half.
 */
function weight(source: Source, startsSection: boolean): number {
  const line = 75
  return Math.ceil(entryText(source).length / line) * line + 9 + (startsSection ? 1.5 * line : 0)
}

/**
 * Part `part` (1-based) of `parts`, as sections with headings. The list is cut where the parts
 * take about the same room, not the same number of entries, since the essay's citations run long.
 */
export function referencePart(part: number, parts: number, all: readonly Source[] = sources): ReferenceSection[] {
  const ordered = orderedReferences(all)
  const partOf = partOfEach(ordered.map((s, i) => weight(s, i === 0 || ordered[i - 1].role !== s.role)), parts)
  const sections: (ReferenceSection & { role: Source['role'] })[] = []
  ordered.forEach((source, i) => {
    if (partOf[i] !== part)
      return
    const last = sections.at(-1)
    if (last?.role === source.role) {
      last.entries.push(source)
      return
    }
    // A list carried over from the previous slide needs no second heading: the slide's title says which part it is.
    const continued = sections.length === 0 && i > 0 && ordered[i - 1].role === source.role
    sections.push({ role: source.role, heading: continued ? '' : HEADINGS[source.role], entries: [source] })
  })
  return sections.map(({ heading, entries }) => ({ heading, entries }))
}

/** One source as the list shows it, element by element in Chicago author-date order. */
export interface ReferenceEntry {
  id: string
  /** What the entry is filed under: the authors, surname first, or the publisher where no person is named. */
  lead: string
  /** The state-media flag: shown after `publisher`, or after `lead` where the publisher leads the entry. */
  flag?: string
  /** The disclosure (e.g. "US government-funded (USAGM)"), shown where the flag is: not a flag. */
  disclosure?: string
  /**
   * The year, with the letter that tells the short form apart: "2019", "2024b"; "[2025]" where the
   * copy shows no date but the year is known from its text; "n.d." where neither.
   */
  year: string
  title?: string
  /** A book or report: its title in italics; any other title goes in quotation marks. */
  standalone: boolean
  /** For an untitled copy: what it is, shown in square brackets. */
  description?: string
  /** The publisher or outlet, where an author leads the entry (for a book, its imprint). */
  publisher?: string
  /** The full date where the source gives a month or a day ("5 Nov 2008"), as for news. */
  date?: string
  /** Journal volume(issue) and pages, an identifier, or what else the title does not carry. */
  citation?: string
  /** For the essay and its citations: what the source is, and how far it was identified. */
  note?: string
  url?: string
  /** The URL's host, the link's visible text. */
  host?: string
}

/** The year element: the date's year (or, undated, the year the short form infers, in brackets), with its letter. */
function yearOf(source: Source): string {
  const letter = shortFormLetter(source.id)
  if (source.date)
    return `${source.date.slice(0, 4)}${letter}`
  const inferred = /\b(\d{4})\b/.exec(source.short)?.[1]
  return inferred ? `[${inferred}${letter}]` : `n.d.${letter ? `-${letter}` : ''}`
}

/** One source as the list shows it. */
export function referenceEntry(source: Source): ReferenceEntry {
  // The essay's own citations are listed as the essay gives them: its short name is their title.
  if (source.role === 'essay-citation') {
    return { id: source.id, lead: source.title ?? source.short, year: '', standalone: false, note: source.note }
  }
  const byAuthor = !!source.authors
  const standalone = !!source.standalone
  // A book shows its imprint ("Place: Publisher", its citation) where other entries show the publisher.
  const publisher = standalone && source.citation ? source.citation : source.publisher
  const citation = standalone ? undefined : source.citation
  return {
    id: source.id,
    lead: filedUnder(source),
    flag: source.stateMedia,
    disclosure: source.disclosure,
    year: yearOf(source),
    title: source.title,
    standalone,
    description: source.title ? undefined : source.description,
    publisher: byAuthor || standalone ? publisher : undefined,
    // News and other items dated to the month or day show the full date; a book or report, its year only.
    date: source.date && source.date.length > 4 && !standalone ? formatDate(source.date) : undefined,
    citation,
    note: source.role === 'essay' ? source.note : undefined,
    url: source.url,
    host: source.url ? hostOf(source.url) : undefined,
  }
}


/** One run of an entry's text, with how the slide sets it. */
export interface Segment {
  text: string
  kind: 'lead' | 'text' | 'cite' | 'flag' | 'disclosure' | 'note' | 'link'
}

/**
 * A sentence's end: a full stop, unless the text already ends in one (or in "?" or "!"); inside a
 * closing quotation mark, as Chicago sets it ("‘… attack.’").
 */
function end(text: string): string {
  if (/[.?!][’”']?$/.test(text))
    return text
  const quote = /[’”']$/.exec(text)?.[0]
  return quote ? `${text.slice(0, -1)}.${quote}` : `${text}.`
}

/** A title inside double quotation marks: its own double quotation marks (curly or straight) become single ones. */
function quoted(title: string): string {
  return `“${end(title.replace(/“/g, '‘').replace(/”/g, '’').replace(/"([^"]*)"/g, '‘$1’'))}”`
}

/**
 * The entry as runs of text in Chicago author-date order: the lead (with the flag or disclosure
 * where the publisher leads), the year, the title (italic for a book or report, else in quotation
 * marks with the full stop inside them), the publisher (with its flag or disclosure) and the full
 * date, any further detail, the note, and the link.
 *
 *   Harper, Jo. 2019. “Moscow boosts Kaliningrad power play.” Deutsche Welle, 22 Mar 2019. dw.com
 */
export function entrySegments(e: ReferenceEntry): Segment[] {
  const out: Segment[] = []
  // The flag says, as the slide's source line does, whether the source is state media or passes on its report.
  const marks = () => [
    ...(e.flag ? [{ text: ` [${RELAYS_STATE_MEDIA.test(e.flag) ? 'via state media' : 'state media'}: ${e.flag}]`, kind: 'flag' as const }] : []),
    ...(e.disclosure ? [{ text: ` [${e.disclosure}]`, kind: 'disclosure' as const }] : []),
  ]
  // The lead's full stop follows its marks: "TASS [state media: Russian state news agency]."
  const leadMarks = e.publisher ? [] : marks()
  out.push({ text: leadMarks.length ? e.lead : end(e.lead), kind: 'lead' }, ...leadMarks)
  if (leadMarks.length)
    out.push({ text: '.', kind: 'text' })
  if (e.year)
    out.push({ text: ` ${end(e.year)}`, kind: 'text' })
  if (e.title && e.standalone)
    out.push({ text: ' ', kind: 'text' }, { text: end(e.title), kind: 'cite' })
  else if (e.title)
    out.push({ text: ` ${quoted(e.title)}`, kind: 'text' })
  else if (e.description)
    out.push({ text: ` [${e.description}].`, kind: 'text' })
  if (e.publisher) {
    out.push({ text: ` ${e.publisher}`, kind: 'text' }, ...marks(), { text: e.date ? `, ${e.date}.` : (/[.?!]$/.test(e.publisher) && !marks().length ? '' : '.'), kind: 'text' })
  }
  else if (e.date) {
    out.push({ text: ` ${e.date}.`, kind: 'text' })
  }
  if (e.citation)
    out.push({ text: ` ${end(e.citation)}`, kind: 'text' })
  if (e.note)
    out.push({ text: ` ${e.note}`, kind: 'note' })
  if (e.url && e.host)
    out.push({ text: ' ', kind: 'text' }, { text: e.host, kind: 'link' })
  return out
}

/** The entry as plain text, as a reader (or a test) reads it. */
export function entryText(source: Source): string {
  return entrySegments(referenceEntry(source)).map(s => s.text).join('').trim()
}
