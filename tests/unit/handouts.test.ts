/**
 * The data files (scripts/handouts.ts), written in memory and read back by parsers of their own
 * (tests/data-file-checks.ts): the references as a citation manager reads them, the record as a
 * spreadsheet does. The expected values are written out here by hand from data/sources.ts and
 * data/escalation-events.ts, never taken from the functions under test.
 */
import type { CSL } from '@citation-js/core'
import type { CodedEvent } from '../../data/escalation.ts'
import type { Source } from '../../data/sources.ts'
import { Cite } from '@citation-js/core'
import '@citation-js/plugin-csl'
import { beforeAll, describe, expect, it } from 'vitest'
import { clauses } from '../../data/codebook.ts'
import { codedEvents, events } from '../../data/escalation-events.ts'
import { sources } from '../../data/sources.ts'
import { CODEBOOK_MARKDOWN, DATA_FILES, RECORD_CSV, RECORD_JSON, REFERENCES_BIBTEX, REFERENCES_CSL_JSON } from '../../lib/outputs.ts'
import { cslItem, cslNames, dataFiles, moveRows, RECORD_COLUMNS, recordCsv } from '../../scripts/handouts.ts'
import { clauseIdsIn, ENTRIES, READ_BACK, readBibtex, readCsv } from '../data-file-checks.ts'

const files = Object.fromEntries(dataFiles('2026-01-02').map(f => [f.name, f.text]))
const all = sources as readonly Source[]

/** The fields of `item` named in `expected`, to compare with it: a failure shows only those. */
function fieldsOf(item: object | undefined, expected: object): Record<string, unknown> {
  return Object.fromEntries(Object.keys(expected).map(key => [key, (item as Record<string, unknown> | undefined)?.[key]]))
}

/** Jervis 1978 as every citation format must carry it (written out from the article itself). */
const JERVIS_1978 = {
  'type': 'article-journal',
  'title': 'Cooperation under the Security Dilemma',
  'author': [{ given: 'Robert', family: 'Jervis' }],
  'container-title': 'World Politics',
  'volume': '30',
  'issue': '2',
  'page': '167-214',
}

describe('the data files', () => {
  it('are the five lib/outputs.ts names, in the order the navigation bar lists them', () => {
    expect(Object.keys(files)).toEqual(DATA_FILES.map(f => f.name))
  })

  it('each hold one entry per source, per record or per clause, read back by a parser of their own', () => {
    const problems = Object.entries(files).flatMap(([name, text]) => {
      const found = READ_BACK[name](text)
      return found === ENTRIES[name] ? [] : [`${name} reads back as ${found} entries, not ${ENTRIES[name]}`]
    })
    expect(problems).toEqual([])
  })

  it('are the same bytes from one build to the next: no date but the one they are given', () => {
    expect(Object.fromEntries(dataFiles('2026-01-02').map(f => [f.name, f.text]))).toEqual(files)
    expect(JSON.parse(files[RECORD_JSON]).generated).toBe('2026-01-02')
    expect(JSON.parse(dataFiles().find(f => f.name === RECORD_JSON)!.text), 'with no date given, none is made up').not.toHaveProperty('generated')
  })
})

describe('the references, as CSL-JSON', () => {
  const items = JSON.parse(files[REFERENCES_CSL_JSON]) as CSL[]
  const item = (id: string) => items.find(i => i.id === id)

  it('hold one item per source, in the order of data/sources.ts, each with its id and a title', () => {
    expect(items.map(i => i.id)).toEqual(all.map(s => s.id))
    const untitled = items.filter(i => !i.title?.trim()).map(i => `source "${i.id}" has no title`)
    expect(untitled).toEqual([])
  })

  it('type a source only as far as its record tells: journal article, book, report, newspaper article, web page, document', () => {
    const types = Object.fromEntries(['jervis-1978', 'waltz-1979', 'osw-2016', 'tass-2014', 'ap-2013', 'wikipedia-kaliningrad', 'essay'].map(id => [id, item(id)?.type]))
    expect(types).toEqual({
      'jervis-1978': 'article-journal',
      'waltz-1979': 'book',
      'osw-2016': 'report',
      'tass-2014': 'article-newspaper',
      'ap-2013': 'article-newspaper',
      'wikipedia-kaliningrad': 'webpage',
      'essay': 'document',
    })
  })

  it('read a journal citation into volume, issue and pages: Jervis 1978', () => {
    const expected = { ...JERVIS_1978, note: 'JSTOR 2009958' }
    expect(fieldsOf(item('jervis-1978'), expected), 'source "jervis-1978"').toEqual(expected)
    expect(item('jervis-1978')?.issued?.['date-parts']?.[0][0], 'source "jervis-1978": its year').toBe(1978)
  })

  it('give a date only as precise as the record: a year, a month, a day; none for an undated source, with the reason in the note', () => {
    expect(item('essay')?.issued, 'source "essay" (2016)').toEqual({ 'date-parts': [[2016]] })
    expect(item('osw-2016')?.issued, 'source "osw-2016" (2016-12)').toEqual({ 'date-parts': [[2016, 12]] })
    expect(item('tass-2014')?.issued, 'source "tass-2014" (2014-12-16)').toEqual({ 'date-parts': [[2014, 12, 16]] })
    expect(item('wikipedia-kaliningrad')?.issued, 'source "wikipedia-kaliningrad" is undated').toBeUndefined()
    expect(item('wikipedia-kaliningrad')?.note).toBe('Undated: an encyclopaedia article revised continually; read in 2026')
  })

  it('split names into given and family names, particles included', () => {
    expect(cslNames('Anton Kolodyazhnyy and Tom Balmforth')).toEqual([{ given: 'Anton', family: 'Kolodyazhnyy' }, { given: 'Tom', family: 'Balmforth' }])
    expect(cslNames('J. David Singer')).toEqual([{ given: 'J. David', family: 'Singer' }])
    expect(cslNames('Rupert Wingfield-Hayes')).toEqual([{ given: 'Rupert', family: 'Wingfield-Hayes' }])
    expect(cslNames('Ursula von der Leyen')).toEqual([{ 'given': 'Ursula', 'non-dropping-particle': 'von der', 'family': 'Leyen' }])
    expect(cslNames('Jaap de Hoop Scheffer')).toEqual([{ 'given': 'Jaap', 'non-dropping-particle': 'de', 'family': 'Hoop Scheffer' }])
    expect(cslNames('I. Wiśniewska, P. Żochowski')).toEqual([{ given: 'I.', family: 'Wiśniewska' }, { given: 'P.', family: 'Żochowski' }])
  })

  it('read as a citation style reads them (APA, by citation-js\'s CSL engine): Jervis 1978, a Polish report, an untitled copy', () => {
    const apa = (id: string) => new Cite(item(id)).format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' }).trim()
    expect(apa('jervis-1978')).toBe('Jervis, R. (1978). Cooperation under the Security Dilemma. World Politics, 30(2), 167–214. https://www.cambridge.org/core/journals/world-politics/article/cooperation-under-the-security-dilemma/C8907431CCEFEFE762BFCA32F091C526')
    expect(apa('osw-2016')).toMatch(/^Wiśniewska, I\., Domańska, M\., Strzelecki, J\., Żochowski, P\., Wilk, A\., & Menkiszak, M\. \(2016\)\. Kaliningrad Oblast 2016: The Society, Economy and Army\. Centre for Eastern Studies \(OSW\)\. /)
    expect(apa('rte-2025')).toBe('[Analysis of the Suwałki Gap between Kaliningrad and Belarus]. (2025, September 21). RTÉ News. https://www.rte.ie/news/analysis-and-comment/2025/0921/1534438-suwalki-gap-nato-russia')
  })

  it('refuse a source with neither title nor description, naming it', () => {
    expect(() => cslItem({ id: 'no-title', short: 'X 2020', role: 'deck', publisher: 'X', date: '2020' })).toThrow(/source "no-title" has neither a title nor a description/)
  })
})

describe('the references, as BibTeX read back by citation-js', () => {
  let entries: CSL[] = []
  // Read in a hook, not while the tests are collected: BibTeX that does not parse fails these tests, with its reason.
  beforeAll(() => {
    entries = readBibtex(files[REFERENCES_BIBTEX])
  })
  const entry = (id: string) => entries.find(e => e['citation-key'] === id)

  it('hold one entry per source, keyed by its id', () => {
    expect(entries.map(e => e['citation-key'])).toEqual(all.map(s => s.id))
  })

  it('read a journal article back whole: Jervis 1978, "Cooperation under the Security Dilemma", World Politics 30(2)', () => {
    const expected = JERVIS_1978
    expect(fieldsOf(entry('jervis-1978'), expected), 'source "jervis-1978"').toEqual(expected)
    expect(entry('jervis-1978')?.issued?.['date-parts']?.[0][0], 'source "jervis-1978": its year').toBe(1978)
  })

  it('keep Polish letters in authors\' names: the OSW report of 2016', () => {
    const expected = {
      'type': 'report',
      'title': 'Kaliningrad Oblast 2016: The Society, Economy and Army',
      'author': [
        { given: 'I.', family: 'Wiśniewska' },
        { given: 'M.', family: 'Domańska' },
        { given: 'J.', family: 'Strzelecki' },
        { given: 'P.', family: 'Żochowski' },
        { given: 'A.', family: 'Wilk' },
        { given: 'M.', family: 'Menkiszak' },
      ],
      'publisher': 'Centre for Eastern Studies (OSW)',
      'publisher-place': 'Warsaw',
      'ISBN': '978-83-62936-92-2',
    }
    expect(fieldsOf(entry('osw-2016'), expected), 'source "osw-2016"').toEqual(expected)
  })

  it('give an untitled copy its description in square brackets, accents and all: RTÉ 2025', () => {
    const expected = { title: '[Analysis of the Suwałki Gap between Kaliningrad and Belarus]', 'container-title': 'RTÉ News' }
    expect(fieldsOf(entry('rte-2025'), expected), 'source "rte-2025"').toEqual(expected)
  })

  it('carry the state-media flag in the note, and a Russian headline in Cyrillic: TASS 2014', () => {
    const expected = {
      'title': 'Ракетные комплексы «Искандер-М» возвращены из Калининградской области в место дислокации',
      'container-title': 'TASS',
      'note': 'State media: Russian state news agency',
    }
    expect(fieldsOf(entry('tass-2014'), expected), 'source "tass-2014"').toEqual(expected)
  })

  it('say where a source only relays state media, and give a disclosure as what it is', () => {
    expect(entry('ap-2016')?.note, 'source "ap-2016"').toBe('Via state media: carried by Stars and Stripes, a US Defense Department–owned newspaper')
    expect(entry('rferl-sez')?.note, 'source "rferl-sez"').toBe('Ties to a state (not a state-media flag): US government-funded (USAGM)')
  })

  it('read LaTeX\'s special characters back as written: "W. W. Norton & Company", "$10 million", "~"', () => {
    const expected = { 'publisher': 'W. W. Norton & Company', 'publisher-place': 'New York', 'title': 'The Tragedy of Great Power Politics' }
    expect(fieldsOf(entry('mearsheimer-2001'), expected), 'source "mearsheimer-2001"').toEqual(expected)
    expect(files[REFERENCES_BIBTEX], 'LaTeX reads a bare "&" as a table\'s column break').toContain('publisher = {W. W. Norton \\& Company}')
    expect(entry('baltictimes-2000-baltnet')?.annote, 'source "baltictimes-2000-baltnet"').toContain('the US gave $10 million')
    expect(entry('jointforces-2020-mlrs')?.title, 'source "jointforces-2020-mlrs"').toBe('RAIL GUNNER RUSH ~ USAREUR MLRS In Estonia')
  })
})

describe('the record, as CSV', () => {
  const text = files[RECORD_CSV]
  let rows: Record<string, string>[] = []
  beforeAll(() => {
    rows = readCsv(text)
  })
  const row = (id: string) => rows.find(r => r.id === id)

  it('opens with a byte-order mark and a header row, and ends its lines with CRLF', () => {
    expect(text.startsWith('\uFEFFmove,id,date,'), 'the byte-order mark, then the header').toBe(true)
    expect(text.match(/(?<!\r)\n/g), 'lines that end with a bare LF').toBeNull()
    expect(text.endsWith('\r\n')).toBe(true)
  })

  it('holds one row per record of data/escalation-events.ts, in order, numbered from 1', () => {
    expect(rows.map(r => r.id)).toEqual(events.map(e => e.id))
    const misnumbered = rows.filter((r, i) => r.move !== String(i + 1)).map(r => `move "${r.id}" is numbered ${r.move}, in row ${rows.indexOf(r) + 1}`)
    expect(misnumbered).toEqual([])
  })

  it('gives a move its date, side, kind, level and posture, accents right: US Patriots at Morąg, 2010', () => {
    const expected = {
      date: '2010-05-23',
      side: 'NATO and the West',
      kind: 'Deployment',
      level: '3',
      level_name: 'Forces for a while',
      posture: 'Defence',
      clause: 'deployment-while',
      lasting: 'no',
      nuclear_capable: 'no',
      label: 'US Patriots rotate to Morąg',
      disputed: 'yes',
      disputes: 'what happened',
      reason_source: 'tradearabia-2010-patriot',
      tie_source: 'ap-2010-patriot',
    }
    expect(fieldsOf(row('patriot-morag-2010'), expected), 'move "patriot-morag-2010"').toEqual(expected)
    expect(row('patriot-lithuania-2017')?.label, 'move "patriot-lithuania-2017"').toBe('US Patriot battery at Šiauliai')
  })

  it('leaves the level empty for a move apart from the scale, and says where no reason was found', () => {
    const expected = { date: '1997-05-27', side: 'NATO and the West', kind: 'Step back or restraint', level: '', level_name: 'Not on the scale', posture: 'Neither', lasting: '' }
    expect(fieldsOf(row('founding-act-1997'), expected), 'move "founding-act-1997"').toEqual(expected)
    expect(row('baltic-fleet-command-1997')?.reason, 'move "baltic-fleet-command-1997" has no stated reason').toBe('')
    expect(row('baltic-fleet-command-1997')?.reason_not_found, 'move "baltic-fleet-command-1997"').toMatch(/^No stated reason found: /)
  })

  it('joins a list with " | ": a move\'s sources, and the moves it answers by their numbers in this file', () => {
    expect(row('patriot-morag-2010')?.sources.split(' | '), 'move "patriot-morag-2010"').toEqual(expect.arrayContaining(['ap-2010-patriot', 'tradearabia-2010-patriot', 'rian-2010-lavrov', 'hotnews-2010-patriot']))
    const answering = rows.filter(r => r.answers)
    expect(answering.length, 'some moves answer others').toBeGreaterThan(0)
    const problems = answering.flatMap((r) => {
      const ids = r.answers.split(' | ')
      const numbers = r.answers_moves.split(' | ')
      return ids.flatMap((id, i) => row(id)?.move === numbers[i] ? [] : [`move "${r.id}" answers "${id}" as move ${numbers[i]}, which is move ${row(id)?.move} here`])
    })
    expect(problems).toEqual([])
  })

  it('refuses a list item that holds the separator, naming the move and the column', () => {
    const morag = codedEvents.find(e => e.id === 'patriot-morag-2010')!
    const [dispute] = morag.disputes!
    const broken: CodedEvent = { ...morag, disputes: [{ ...dispute, readings: [{ ...dispute.readings[0], text: 'either | or' }, dispute.readings[1]] }] }
    expect(() => recordCsv(moveRows([broken]))).toThrow(/move 1 \("patriot-morag-2010"\), column dispute_readings/)
  })
})

describe('the record, as JSON', () => {
  const record = JSON.parse(files[RECORD_JSON]) as { title: string, description: string, columns: { name: string, meaning: string }[], moves: Record<string, unknown>[] }

  it('holds one move per record, with the columns of the CSV, each column with its meaning', () => {
    expect(record.moves.length).toBe(events.length)
    expect(record.columns.map(c => c.name)).toEqual(Object.keys(readCsv(files[RECORD_CSV])[0]))
    expect(record.columns.filter(c => !c.meaning.trim()).map(c => `column ${c.name} has no meaning`)).toEqual([])
    expect(record.title).toBeTruthy()
    expect(record.description).toContain(`${events.length} moves`)
  })

  it('keeps numbers, yes/no, nothing and lists as JSON\'s own: US Patriots at Morąg, 2010', () => {
    const morag = record.moves.find(m => m.id === 'patriot-morag-2010')
    const expected = { date: '2010-05-23', date_text: null, level: 3, lasting: false, disputed: true, disputes: ['what happened'], answers: [] }
    expect(fieldsOf(morag, expected), 'move "patriot-morag-2010"').toEqual(expected)
  })
})

describe('the codebook, in Markdown', () => {
  const markdown = files[CODEBOOK_MARKDOWN]

  it('holds every clause of data/codebook.ts, by its id, in order', () => {
    expect(clauseIdsIn(markdown)).toEqual(clauses.map(c => c.id))
  })

  it('says what every column of the record means, so that the CSV can be read with it alone', () => {
    const missing = RECORD_COLUMNS.filter(c => !markdown.includes(`| \`${c.name}\` |`)).map(c => `column ${c.name}`)
    expect(missing).toEqual([])
    expect(markdown).toContain('` | `')
    expect(markdown).toContain('## Levels')
  })
})
