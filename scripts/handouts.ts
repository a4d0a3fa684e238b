/**
 * The deck's sources and its escalation record as files a student can reuse without copying them by
 * hand (their names are in lib/outputs.ts):
 * - the references for a citation manager: CSL-JSON (our mapping of data/sources.ts) and BibTeX
 *   (citation-js's rendering of that CSL-JSON); Zotero and the other managers import both;
 * - the escalation record, a row per move, numbered as on the chart and the appendix tables: CSV for
 *   a spreadsheet, and JSON;
 * - the codebook beside it, in Markdown, with what each column of the record means.
 *
 *   node scripts/handouts.ts [--out exports]
 *
 * `npm run build` writes the same files into the site, where the navigation bar offers them
 * (custom-nav-controls.vue). Everything in them comes from data/; the only date is the date of the
 * deck's latest commit, so two builds of one commit write the same bytes.
 */
import type { CSL, CSLName, CSLType } from '@citation-js/core'
import type { Clause } from '../data/codebook.ts'
import type { Actor, CodedEvent, EscalationEvent } from '../data/escalation.ts'
import type { Source } from '../data/sources.ts'
import { execFileSync } from 'node:child_process'
import { mkdirSync, statSync, writeFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import process from 'node:process'
import { Cite, plugins } from '@citation-js/core'
import '@citation-js/plugin-bibtex'
import { stringify } from 'csv-stringify/sync'
import { clauseExample } from '../components/codebook-parts.ts'
import { yearText } from '../components/escalation/events.ts'
import { moveNumber, recordRows } from '../components/escalation/table.ts'
import { authorNames } from '../components/reference-list.ts'
import { clauses, GROUP_NAMES } from '../data/codebook.ts'
import { ACTOR_NAMES, CAPABILITY_NAMES, DISPUTE_NAMES, ESSAY_HORIZON, eventSourceIds, GROUND_NAMES, hasReason, KIND_NAMES, OFF_SCALE_KINDS, POSTURE_NAMES, rubric } from '../data/escalation.ts'
import { codedEvents } from '../data/escalation-events.ts'
import { RELAYS_STATE_MEDIA, shortCitation, sources } from '../data/sources.ts'
import { formatPartialDate, parsePartialDate } from '../lib/dates.ts'
import { CODEBOOK_MARKDOWN, RECORD_CSV, RECORD_JSON, REFERENCES_BIBTEX, REFERENCES_CSL_JSON } from '../lib/outputs.ts'
import { parseCommandLine } from './cli.ts'
import { DECK_ROOT } from './deck.ts'

// ---------------------------------------------------------------------------------------------
// The references

/**
 * News agencies, newspapers and broadcasters' news services, by the name a source's publisher
 * starts with (before any ", via …" or "(…)"): their items are newspaper articles. Only outlets
 * whose nature is not in doubt are here; magazines, trade and defence sites, blogs, aggregators,
 * governments and think tanks are not, and their items stay web pages.
 */
const NEWS_OUTLETS = new Set([
  // Agencies.
  'AFP', 'AP', 'Associated Press', 'Reuters', 'TASS', 'ITAR-TASS', 'RIA Novosti', 'Sputnik', 'Sputnik Brasil', 'Sputnik Italia', 'Interfax', 'UPI', 'dpa', 'Ritzau', 'NPK', 'PA', 'Xinhua', 'Anadolu Agency', 'Namibia Press Agency', 'Mehr News Agency', 'Bloomberg', 'Rosbalt', 'IA Regnum',
  // Newspapers.
  'The Guardian', 'The Moscow Times', 'The Baltic Times', 'The Jerusalem Post', 'Los Angeles Times', 'The Washington Post', 'The Washington Times', 'The New York Times', 'Chicago Tribune', 'USA Today', 'The Irish Times', 'The Independent', 'Daily Mail', 'The Telegraph', 'Rzeczpospolita', 'Gazeta Wyborcza', 'Nasz Dziennik', 'Dziennik Gazeta Prawna', 'Postimees', 'Õhtuleht', 'Kommersant', 'Vedomosti', 'Rossiyskaya Gazeta', 'Novaya Gazeta Europe', 'Stars and Stripes', 'The Christian Science Monitor', 'Global Times', 'South China Morning Post', 'The Straits Times', 'Hürriyet Daily News', 'Yeni Şafak', 'die tageszeitung', 'Il Messaggero', 'Diena', 'Cyprus Mail', 'Malay Mail', 'Helsinki Times', 'The Copenhagen Post', 'Ekstra Bladet', 'B.T.', 'Kyiv Post', 'The Kyiv Independent', 'The National', 'The Statesman', 'Business Standard', 'Mint', 'Warsaw Business Journal', 'MaltaToday',
  // Broadcasters' news.
  'BBC News', 'BBC', 'CNN', 'NBC News', 'NBC 7 San Diego', 'CBS News', 'Fox News', 'CNBC', 'Deutsche Welle', 'DW', 'ERR News', 'LRT', 'Public Broadcasting of Latvia', 'Yle', 'RTÉ News', 'Polskie Radio', 'Polish Radio', 'Polish Radio External Service', 'TVP World', 'TVN24', 'Polsat News', 'RMF24', 'Radio ZET', 'Sveriges Radio', 'SVT Nyheter', 'tagesschau', 'tagesschau.de', 'n-tv', 'RT', 'TV Zvezda', 'REN TV', 'Radio Free Europe/Radio Liberty', 'RFE/RL Newsline', 'Voice of America', 'Euronews', 'MTV Uutiset', 'TRT World', 'Al Jazeera', 'Al Arabiya', 'TV Syd', 'WRAL', 'LBC', 'Belsat', 'RSI', 'B92',
  // News sites.
  'EUobserver', 'Euractiv', 'EurActiv', 'Politico Europe', 'Meduza', 'Lenta.ru', 'Gazeta.ru', 'RBC', 'RBC-Ukraine', 'Delfi', 'Ukrainska Pravda', 'European Pravda', 'The Lithuania Tribune', 'Interia', 'Onet', 'Wirtualna Polska', 'Novinite',
])

/** The outlet a publisher line starts with: "AP, via The Japan Times" → "AP", "ERR News (Estonian Public Broadcasting)" → "ERR News". */
function outletOf(publisher: string): string {
  return publisher.split(/[,;]|\s\(|\s(?:via|after|citing|quoting|relaying|carrying|reposted)\s/)[0].trim()
}

/** A journal article's `citation`: "Vol. 30, no. 2, pp. 167–214 (JSTOR 2009958)". */
const JOURNAL_CITATION = /^Vol\. \d+/

/**
 * The CSL type, conservatively: a book or report published on its own; a journal article where the
 * citation gives a volume; a newspaper article from a news outlet (NEWS_OUTLETS); else a web page,
 * or a document where there is no address.
 */
function cslType(source: Source): CSLType {
  if (source.standalone)
    return /\bReport\b/.test(source.citation ?? '') ? 'report' : 'book'
  if (JOURNAL_CITATION.test(source.citation ?? ''))
    return 'article-journal'
  if (source.role === 'deck' && NEWS_OUTLETS.has(outletOf(source.publisher)))
    return 'article-newspaper'
  return source.url ? 'webpage' : 'document'
}

/**
 * An `authors` line as CSL names, given name first as the records write them ("Kenneth N. Waltz"):
 * the last word is the family name; lower-case words before it are its particle ("Ursula von der
 * Leyen" → "von der" + "Leyen"), and a particle starts the family name ("Jaap de Hoop Scheffer" →
 * "de" + "Hoop Scheffer"). A single word is kept whole, as a literal name.
 */
export function cslNames(authors: string): CSLName[] {
  return authorNames(authors).map((name) => {
    const words = name.split(/\s+/)
    if (words.length === 1)
      return { literal: name }
    const start = words.findIndex((word, i) => i > 0 && i < words.length - 1 && /^\p{Ll}/u.test(word))
    if (start < 0)
      return { given: words.slice(0, -1).join(' '), family: words.at(-1)! }
    let end = start
    while (end < words.length - 1 && /^\p{Ll}/u.test(words[end]))
      end++
    return { 'given': words.slice(0, start).join(' '), 'non-dropping-particle': words.slice(start, end).join(' '), 'family': words.slice(end).join(' ') }
  })
}

/** A journal citation read into CSL's fields; what is left ("JSTOR 2009958") goes into the note. */
function journalFields(citation: string): { fields: Pick<CSL, 'volume' | 'issue' | 'page' | 'DOI'>, rest: string[] } {
  const fields: Pick<CSL, 'volume' | 'issue' | 'page' | 'DOI'> = {}
  const rest: string[] = []
  for (const part of citation.split(/[,;]\s*/)) {
    const m = /^(?:Vol\. (?<volume>\d+)|no\. (?<issue>\d+)|pp\. (?<page>[\d–-]+)|doi:(?<doi>\S+))(?:\s*\((?<aside>.+)\))?$/.exec(part)
    if (!m?.groups) {
      rest.push(part)
      continue
    }
    const { volume, issue, page, doi, aside } = m.groups
    if (volume)
      fields.volume = volume
    if (issue)
      fields.issue = issue
    // CSL writes a page range with a hyphen; citation styles set the dash.
    if (page)
      fields.page = page.replace('–', '-')
    if (doi)
      fields.DOI = doi
    // An aside after the issue is the issue's own title; after the pages, an identifier ("JSTOR …").
    if (aside)
      rest.push(issue ? `Issue: ${aside}` : aside)
  }
  return { fields, rest }
}

/** A book's imprint read into CSL's fields: "Princeton, NJ: Princeton University Press; chapter 3". */
function imprintFields(citation: string): { fields: Pick<CSL, 'publisher' | 'publisher-place' | 'ISBN'>, rest: string[] } {
  const [imprint, ...more] = citation.split(/;\s*/)
  const colon = imprint.indexOf(': ')
  const fields: Pick<CSL, 'publisher' | 'publisher-place' | 'ISBN'> = colon < 0
    ? { publisher: imprint }
    : { 'publisher-place': imprint.slice(0, colon), 'publisher': imprint.slice(colon + 2) }
  const rest: string[] = []
  for (const part of more) {
    const isbn = /^ISBN (\S+)$/.exec(part)
    if (isbn)
      fields.ISBN = isbn[1]
    else
      rest.push(part)
  }
  return { fields, rest }
}

/** The state-media flag and the disclosure as the note's lines, in the words of the reference list. */
function stateLines(source: Source): string[] {
  return [
    ...(source.stateMedia ? [`${RELAYS_STATE_MEDIA.test(source.stateMedia) ? 'Via state media' : 'State media'}: ${source.stateMedia}`] : []),
    ...(source.disclosure ? [`Ties to a state (not a state-media flag): ${source.disclosure}`] : []),
  ]
}

/**
 * One source as a CSL-JSON item, with only what its record says:
 * - id and citation key: the source's id (the BibTeX key too);
 * - title: as published, or, for an untitled copy, its description in square brackets;
 * - the outlet: a newspaper's, journal's or web page's `container-title`, another item's
 *   `publisher`; a book's or report's from its imprint (its `citation`), with the place;
 * - note: the state-media flag and any disclosure, what the citation adds to the fields ("JSTOR …"),
 *   where we read the copy, why it has no date; `annote`: the deck's own note on the source.
 * Throws, naming the source, for one with neither title nor description, or a date that is not
 * YYYY, YYYY-MM or YYYY-MM-DD.
 */
export function cslItem(source: Source): CSL {
  const type = cslType(source)
  const title = source.title ?? (source.description ? `[${source.description}]` : undefined)
  if (!title)
    throw new Error(`source "${source.id}" has neither a title nor a description: give it one in data/sources.ts`)
  // "Publisher; read in a copy on …": the first part names the outlet, the rest the copy we read.
  const [outlet, ...copy] = source.publisher.split(/;\s*/)
  const lines: string[] = [...stateLines(source)]
  const item: CSL = { 'id': source.id, 'citation-key': source.id, type, title }
  if (source.authors)
    item.author = cslNames(source.authors)
  if (source.date) {
    const date = parsePartialDate(source.date)
    if (!date)
      throw new Error(`source "${source.id}" has the date "${source.date}", not YYYY, YYYY-MM or YYYY-MM-DD: fix it in data/sources.ts`)
    item.issued = { 'date-parts': [[date.year, ...(date.month ? [date.month] : []), ...(date.day ? [date.day] : [])] as [number]] }
  }
  if (source.role !== 'deck') {
    // The essay and its own citations: the "publisher" says what they are ("Blog essay", "As cited by the essay").
    lines.push(source.publisher)
  }
  else if (type === 'book' || type === 'report') {
    const { fields, rest } = imprintFields(source.citation ?? outlet)
    Object.assign(item, fields)
    lines.push(...rest)
  }
  else if (type === 'article-journal') {
    const { fields, rest } = journalFields(source.citation!)
    Object.assign(item, { 'container-title': outlet }, fields)
    lines.push(...rest)
  }
  else {
    if (type === 'document')
      item.publisher = outlet
    else
      item['container-title'] = outlet
    if (source.citation)
      lines.push(source.citation)
  }
  if (source.role === 'deck')
    lines.push(...copy.map(c => c.charAt(0).toUpperCase() + c.slice(1)))
  if (source.url)
    item.URL = source.url
  if (source.undated)
    lines.push(`Undated: ${source.undated}`)
  if (lines.length)
    item.note = lines.join('\n')
  if (source.note)
    item.annote = source.note
  return item
}

/** Every source as a CSL-JSON item, in the order of data/sources.ts. */
export function cslItems(all: readonly Source[] = sources as readonly Source[]): CSL[] {
  return all.map(cslItem)
}

/** LaTeX's special characters, as BibTeX text must write them. */
const LATEX_SPECIALS: Record<string, string> = { '&': '\\&', '%': '\\%', '$': '\\$', '#': '\\#', '_': '\\_', '{': '\\{', '}': '\\}', '~': '\\textasciitilde{}', '^': '\\textasciicircum{}', '\\': '\\textbackslash{}' }

/** Fields BibTeX takes verbatim, or that hold no text. */
const VERBATIM = new Set(['id', 'citation-key', 'type', 'URL', 'DOI', 'ISBN', 'issued'])

function latexText(text: string): string {
  return text.replace(/[&%$#_{}~^\\]/g, c => LATEX_SPECIALS[c])
}

/**
 * An item as citation-js should turn it into BibTeX: its text with LaTeX's special characters
 * escaped (citation-js escapes them only together with turning every non-ASCII letter into a LaTeX
 * command, and drops the letters it has none for, all of Cyrillic); and a web page's site as its
 * publisher, since BibTeX's @misc has no field for the site, which citation-js would leave out.
 */
function forBibtex(item: CSL): CSL {
  const copy: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(item)) {
    if (VERBATIM.has(key))
      copy[key] = value
    else if (typeof value === 'string')
      copy[key] = latexText(value)
    else if (key === 'author')
      copy[key] = (value as CSLName[]).map(name => Object.fromEntries(Object.entries(name).map(([part, text]) => [part, latexText(text)])))
    else
      copy[key] = value
  }
  if (item.type === 'webpage' && item['container-title'] && !item.publisher)
    copy.publisher = copy['container-title']
  return copy as CSL
}

/**
 * The items as BibTeX, written by citation-js: UTF-8 as the records write it (Polish, Lithuanian,
 * Cyrillic letters, typographic quotes), each entry keyed by its source's id.
 */
export function bibtex(items: readonly CSL[]): string {
  const settings = plugins.config.get('@bibtex').format
  const saved = { ...settings }
  // citation-js's defaults turn every non-ASCII letter into a LaTeX command (and drop Cyrillic), and
  // strip the hyphens from our citation keys. Its settings are global: restored after.
  Object.assign(settings, { asciiOnly: false, checkLabel: false })
  try {
    return new Cite(items.map(forBibtex)).format('bibtex') as string
  }
  finally {
    Object.assign(settings, saved)
  }
}

// ---------------------------------------------------------------------------------------------
// The record

/** A cell of the record: text, a number, yes or no, nothing, or a list. */
type Cell = string | number | boolean | null | readonly (string | number)[]

interface Column {
  name: string
  /** What the column holds, for the JSON's `columns` and the codebook's "Columns" section. */
  meaning: string
  /** The move's value: `no` is its number, `all` the record it is numbered in. */
  value: (move: CodedEvent, no: number, all: readonly CodedEvent[]) => Cell
}

/** How a CSV cell joins a list. */
const LIST_SEPARATOR = ' | '

/** The kinds marked apart from the level scale, by name. */
const OFF_SCALE_NAMES = OFF_SCALE_KINDS.map(k => `"${KIND_NAMES[k]}"`).join(', ')

const statement = (s: EscalationEvent['reason']) => hasReason(s) ? s : undefined
const noneFound = (s: EscalationEvent['reason']) => hasReason(s) ? null : s.none

/** The record's columns, in order, each with its meaning and how a move fills it. */
export const RECORD_COLUMNS: readonly Column[] = [
  { name: 'move', meaning: 'The move’s number: its place in the record, in date order, from 1, as on the deck’s charts and appendix tables.', value: (_, no) => no },
  { name: 'id', meaning: 'The move’s stable id in the deck’s data (data/escalation-events.ts).', value: m => m.id },
  { name: 'date', meaning: 'When it happened, as precise as the sources are: YYYY, YYYY-MM or YYYY-MM-DD (text, not a full date: a spreadsheet may turn "2016-12" into 1 December 2016 unless the column is read as text).', value: m => m.date },
  { name: 'date_text', meaning: 'How the date reads where the date alone would mislead (a span, say); empty otherwise.', value: m => m.dateText ?? null },
  { name: 'side', meaning: `Who made the move: ${Object.values(ACTOR_NAMES).map(n => `"${n}"`).join(', ')} (codebook clause \`sides\`).`, value: m => ACTOR_NAMES[m.actor] },
  { name: 'kind', meaning: 'What kind of move it is, by the codebook’s kind clauses.', value: m => KIND_NAMES[m.kind] },
  { name: 'level', meaning: `Its level on the deck’s scale, 1 to 6 (the Levels section), derived from its kind and, for a deployment, whether it stays and is nuclear-capable; empty for a kind marked apart from the scale (${OFF_SCALE_NAMES}).`, value: m => m.level },
  { name: 'level_name', meaning: 'The level’s name, or “Not on the scale”.', value: m => m.level === null ? 'Not on the scale' : rubric.find(s => s.level === m.level)!.name },
  { name: 'posture', meaning: `One of ${Object.values(POSTURE_NAMES).map(n => `"${n}"`).join(', ')}: derived from capability and ground by codebook clause \`posture\`.`, value: m => POSTURE_NAMES[m.posture] },
  { name: 'era', meaning: `"essay" if the essay could know of the move (up to ${formatPartialDate(ESSAY_HORIZON, 'long')}, by month), "after" if it came later.`, value: m => m.era },
  { name: 'clause', meaning: 'The id of the codebook clause that admits the move (the codebook names each clause’s id).', value: m => m.clause },
  { name: 'lasting', meaning: 'For a deployment: yes if placed to stay, no if for a while; empty for other kinds.', value: m => m.kind === 'deployment' ? m.lasting ?? null : null },
  { name: 'nuclear_capable', meaning: 'Yes if a source says the system named or placed can carry a nuclear warhead.', value: m => m.nuclearCapable ?? false },
  { name: 'capability', meaning: `What the force or weapon can do, one or more of: ${Object.values(CAPABILITY_NAMES).join(', ')}.`, value: m => m.capability.map(c => CAPABILITY_NAMES[c]) },
  { name: 'ground', meaning: `Where it stands or would stand: ${Object.values(GROUND_NAMES).join('; ')}.`, value: m => GROUND_NAMES[m.ground] },
  { name: 'label', meaning: 'The move’s label on the chart.', value: m => m.label },
  { name: 'detail', meaning: 'What happened, in one sentence.', value: m => m.detail },
  { name: 'coding_note', meaning: 'Why the move sits where it does, where the coding needed a judgement beyond its kind and inputs.', value: m => m.codingNote ?? null },
  { name: 'reason', meaning: 'The reason the move’s maker gave, in our words in the speaker’s terms; empty where none was found.', value: m => statement(m.reason)?.text ?? null },
  { name: 'reason_by', meaning: 'Who gave the reason, with their office.', value: m => statement(m.reason)?.by ?? null },
  { name: 'reason_source', meaning: 'The id of the source that reports the reason (in the references).', value: m => statement(m.reason)?.sourceId ?? null },
  { name: 'reason_not_found', meaning: 'Where no stated reason was found: what was searched.', value: m => noneFound(m.reason) },
  { name: 'other_reading', meaning: 'The other side’s official reading of the move; empty where none was found.', value: m => statement(m.otherReading)?.text ?? null },
  { name: 'other_reading_by', meaning: 'Who gave that reading, with their office.', value: m => statement(m.otherReading)?.by ?? null },
  { name: 'other_reading_source', meaning: 'The id of the source that reports it.', value: m => statement(m.otherReading)?.sourceId ?? null },
  { name: 'other_reading_not_found', meaning: 'Where no reading by the other side was found: what was searched.', value: m => noneFound(m.otherReading) },
  { name: 'answers', meaning: 'The ids of the earlier moves this one answers (a list).', value: m => (m.answers ?? []).map(a => a.id) },
  { name: 'answers_moves', meaning: 'Their move numbers, in the same order (a list).', value: (m, _, all) => (m.answers ?? []).map(a => moveNumber(a.id, all)) },
  { name: 'answers_basis', meaning: 'For each: "maker" where the move’s maker named the earlier move as a reason, "essay" where only the essay links them (a list).', value: m => (m.answers ?? []).map(a => a.basis) },
  { name: 'answers_sources', meaning: 'For each: the id of the source where the maker names the earlier move, or "essay" (a list).', value: m => (m.answers ?? []).map(a => a.sourceId) },
  { name: 'disputed', meaning: 'Yes if a point of the move is contested, each reading with its source (codebook clause `dispute`).', value: m => !!m.disputes?.length },
  { name: 'disputes', meaning: `What each dispute is about: ${Object.values(DISPUTE_NAMES).map(n => `"${n}"`).join(', ')} (a list).`, value: m => (m.disputes ?? []).map(d => DISPUTE_NAMES[d.about]) },
  { name: 'dispute_readings', meaning: 'Every reading of every dispute, as "what it is about: the reading [who gave it; the id of its source]" (a list).', value: m => (m.disputes ?? []).flatMap(d => d.readings.map(r => `${DISPUTE_NAMES[d.about]}: ${r.text} [${r.by ? `${r.by}; ` : ''}${r.sourceId}]`)) },
  { name: 'tie', meaning: 'What ties the move to the region (codebook clause `tie`), in one sentence.', value: m => m.tie.text },
  { name: 'tie_source', meaning: 'The id of the source that states the tie.', value: m => m.tie.sourceId },
  { name: 'sources', meaning: 'The ids of every source the move rests on, each once: its own, the tie’s, the reason’s, the reading’s, the answers’ and the disputes’ (a list; the references hold them by these ids).', value: m => eventSourceIds(m) },
  { name: 'source_short_forms', meaning: 'The same sources as the deck’s source lines name them ("TASS 2014 (state media)"), in the same order (a list).', value: m => eventSourceIds(m).map(shortCitation) },
]

/** A move as a row: each column's name and value. */
export type MoveRow = Record<string, Cell>

/** Every move as a row, in the record's order. */
export function moveRows(all: readonly CodedEvent[] = codedEvents): MoveRow[] {
  return recordRows(all).map(({ event, no }) => Object.fromEntries(RECORD_COLUMNS.map(c => [c.name, c.value(event, no, all)])))
}

/** A cell as CSV text: a list joined by LIST_SEPARATOR, yes/no, empty for nothing. Throws, naming the move and the column, for a list item that holds the separator. */
function csvCell(value: Cell, where: string): string {
  if (value === null)
    return ''
  if (typeof value === 'boolean')
    return value ? 'yes' : 'no'
  if (Array.isArray(value)) {
    const clash = value.find(v => String(v).includes(LIST_SEPARATOR))
    if (clash !== undefined)
      throw new Error(`${where}: the list item "${clash}" holds "${LIST_SEPARATOR}", which the CSV joins a list with; reword it in data/escalation-events.ts`)
    return value.join(LIST_SEPARATOR)
  }
  return String(value)
}

/** The rows as CSV, for a spreadsheet: a byte-order mark (so Excel reads UTF-8), a header row, CRLF line ends. */
export function recordCsv(rows: readonly MoveRow[]): string {
  const names = RECORD_COLUMNS.map(c => c.name)
  const cells = rows.map(row => Object.fromEntries(names.map(name => [name, csvCell(row[name], `move ${row.move} ("${row.id}"), column ${name}`)])))
  return stringify(cells, { bom: true, header: true, columns: names, record_delimiter: 'windows' })
}

/** The years the record spans: "1997–2025". */
function span(rows: readonly MoveRow[]): string {
  const years = [rows[0], rows.at(-1)].map(row => String(row?.date ?? '').slice(0, 4))
  return years[0] === years[1] ? years[0] : `${years[0]}–${years[1]}`
}

const RECORD_TITLE = 'The escalation record: moves around Kaliningrad and the Baltic'

/** What the record holds, for the JSON and the codebook. */
function recordDescription(rows: readonly MoveRow[]): string {
  return `${rows.length} moves by either side, ${span(rows)}, that pass the tests of the codebook (${CODEBOOK_MARKDOWN}), one per row, numbered in date order as on the deck’s charts and tables. `
    + 'Each row holds what its sources say and the inputs the codebook asks for; the level, posture, era and clause are derived from those inputs by the deck’s rules, never typed by hand. '
    + `Sources are named by their ids in the references (${REFERENCES_CSL_JSON}, ${REFERENCES_BIBTEX}).`
}

/**
 * The rows as JSON: `{ title, description, generated, columns: [{ name, meaning }], moves }`, each
 * move with the columns' values (lists as arrays, yes/no as true/false, nothing as null).
 * `generated` is the date of the commit the record was written from, left out if unknown.
 */
export function recordJson(rows: readonly MoveRow[], generated?: string): string {
  const record = {
    title: RECORD_TITLE,
    description: recordDescription(rows),
    ...(generated ? { generated } : {}),
    columns: RECORD_COLUMNS.map(({ name, meaning }) => ({ name, meaning })),
    moves: rows,
  }
  return `${JSON.stringify(record, null, 2)}\n`
}

// ---------------------------------------------------------------------------------------------
// The codebook

/** A clause's example in words: a record's label, year and move number, or a logged candidate's label and year (components/codebook-parts.ts `clauseExample` finds it). */
function exampleWords(clause: Clause, id: string): string {
  const example = clauseExample(clause, id)
  return 'record' in example
    ? `${example.record.label} (${yearText(example.record)}; move ${moveNumber(id)}, \`${id}\`)`
    : `${example.candidate.label} (${example.candidate.year}; a candidate kept out, \`${id}\` in the search log)`
}

/** Text for a Markdown table cell. */
function tableCell(text: string): string {
  return text.replace(/\|/g, '\\|')
}

/**
 * The codebook as Markdown: every clause by group, with its id, test and examples; the levels; and
 * the columns of the record, so that the CSV can be read with this file alone.
 */
export function codebookMarkdown(generated?: string): string {
  const rows = moveRows()
  const lines = [
    '# Codebook of the escalation record',
    '',
    'The written rules that decide whether a move is in the record and how it is coded, clause by clause, each worded with no side, so that anyone can check a decision by pointing at a clause. '
    + `The record (${RECORD_CSV}, ${RECORD_JSON}) holds ${rows.length} moves, ${span(rows)}, each naming the clause that admits it (column \`clause\`); the columns are described at the end.`,
    ...(generated ? ['', `Written from the deck’s data as of its latest commit (${generated}).`] : []),
  ]
  for (const [group, heading] of Object.entries(GROUP_NAMES)) {
    lines.push('', `## ${heading}`)
    for (const clause of (clauses as readonly Clause[]).filter(c => c.group === group)) {
      lines.push('', `### ${clause.name} (\`${clause.id}\`)`, '', clause.test)
      const examples = (Object.keys(ACTOR_NAMES) as Actor[]).flatMap((side) => {
        const example = clause.examples[side]
        return example ? [`${ACTOR_NAMES[side]}: ${exampleWords(clause, example.id)}`] : []
      })
      if (examples.length)
        lines.push('', `Examples. ${examples.join('. ')}.`)
      if (clause.examples.none)
        lines.push('', clause.examples.none)
    }
  }
  lines.push(
    '',
    '## Levels',
    '',
    'Each level is a heavier kind of move than the one below; levels rank kinds, not sizes (clause `level`).',
    '',
    '| Level | Name | What counts |',
    '|---|---|---|',
    ...rubric.map(s => `| ${s.level} | ${tableCell(s.name)} | ${tableCell(s.meaning)} |`),
    '',
    `Marked apart from the scale (no level): ${OFF_SCALE_NAMES}.`,
    '',
    '## Columns',
    '',
    `The record’s columns, in order; ${RECORD_CSV} and ${RECORD_JSON} hold the same columns. `
    + `In the CSV a list is joined with \`${LIST_SEPARATOR}\` (a space, a vertical bar, a space), yes and no are written "yes" and "no", and an empty cell means nothing recorded; `
    + 'in the JSON a list is an array, yes and no are true and false, and nothing is null. '
    + 'The CSV is UTF-8 with a byte-order mark (so that Excel shows accented and Cyrillic letters), a header row and CRLF line ends.',
    '',
    '| Column | Meaning |',
    '|---|---|',
    ...RECORD_COLUMNS.map(c => `| \`${c.name}\` | ${tableCell(c.meaning)} |`),
    '',
  )
  return lines.join('\n')
}

// ---------------------------------------------------------------------------------------------
// The files

/** The date of the deck's latest commit (YYYY-MM-DD), or undefined where git cannot say. */
function latestCommitDate(): string | undefined {
  try {
    return execFileSync('git', ['log', '-1', '--format=%cs'], { cwd: DECK_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined
  }
  catch {
    return undefined
  }
}

export interface DataFile {
  /** Its name, from lib/outputs.ts. */
  name: string
  text: string
  /** What it holds: "710 references". */
  holds: string
}

/** The five data files' names and texts, in the order the navigation bar lists them. */
export function dataFiles(generated?: string): DataFile[] {
  const items = cslItems()
  const rows = moveRows()
  const moves = `${rows.length} moves, ${RECORD_COLUMNS.length} columns`
  return [
    { name: REFERENCES_BIBTEX, text: bibtex(items), holds: `${items.length} references` },
    { name: REFERENCES_CSL_JSON, text: `${JSON.stringify(items, null, 2)}\n`, holds: `${items.length} references` },
    { name: RECORD_CSV, text: recordCsv(rows), holds: moves },
    { name: RECORD_JSON, text: recordJson(rows, generated), holds: moves },
    { name: CODEBOOK_MARKDOWN, text: codebookMarkdown(generated), holds: `${clauses.length} clauses, ${RECORD_COLUMNS.length} columns` },
  ]
}

/** Writes the data files into `dir` (made if missing), dated by the latest commit; returns each file's path and what it holds. */
export function writeDataFiles(dir: string, generated = latestCommitDate()): { path: string, holds: string }[] {
  mkdirSync(dir, { recursive: true })
  return dataFiles(generated).map(({ name, text, holds }) => {
    const path = join(dir, name)
    writeFileSync(path, text)
    return { path, holds }
  })
}

const USAGE = 'Usage: npm run handouts -- [--out exports]'

if (import.meta.main) {
  const { values } = parseCommandLine(USAGE, { options: { out: { type: 'string', default: 'exports' } } })
  const dir = resolve(DECK_ROOT, values.out)
  for (const { path, holds } of writeDataFiles(dir)) {
    const shown = relative(process.cwd(), path)
    console.log(`Wrote ${shown.startsWith('..') ? path : shown} (${(statSync(path).size / 1024).toFixed(0)} KB): ${holds}`)
  }
}
