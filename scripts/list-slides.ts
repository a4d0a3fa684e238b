/**
 * Writes the appendix's list slides from data/figures.ts LIST_PARTS, so that a list's slide count
 * has one home: change the number there, run this, and each list gets one slide per part, in a
 * file of its own under pages/lists/ (slides.md imports each with `src:`). The files are written,
 * never edited by hand; a unit test fails, naming the file, when one is not what this would write.
 *
 *   npm run list-slides            # write pages/lists/*.md
 */
import type { ListPartFigure } from '../data/figures.ts'
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { LIST_PARTS } from '../data/figures.ts'
import { DECK_ROOT } from './deck.ts'

interface ListSlides {
  component: ListPartFigure['component']
  /** The figure ids' prefix (`escalation-data-3`), and the file's name under pages/lists/. */
  key: string
  title: string
  /** The first slide's notes, and every other slide's. */
  firstNote: string
  note: string
}

export const LISTS: readonly ListSlides[] = [
  {
    component: 'Codebook',
    key: 'codebook',
    title: 'Appendix: the codebook',
    firstNote: 'The codebook of the escalation record: each clause, its test worded with no side, and an example from each side where one exists. Where a side has no example, the clause says why.',
    note: 'The codebook continues, group by group. Each clause gives its test and an example from each side.',
  },
  {
    component: 'EscalationTable',
    key: 'escalation-data',
    title: 'Appendix: the record',
    firstNote: 'Every move of the record, numbered as on the charts, with its coding and its source. A reader can find any mark of a chart here by its number.',
    note: 'The table continues, in the same order and with the same numbers. It is for reading, not for the talk.',
  },
  {
    component: 'EscalationReasons',
    key: 'escalation-reasons',
    title: 'Appendix: both sides’ reasons',
    firstNote: 'Each move’s maker’s stated reason and the other side’s reading, or that none was found. Both come with who said it and where, so neither side’s account stands alone.',
    note: 'Both sides’ reasons continue, in the record’s order and with its numbers. What was searched where none was found is in the search log.',
  },
  {
    component: 'EscalationDisputes',
    key: 'escalation-disputes',
    title: 'Appendix: disputed points',
    firstNote: 'Every contested point of the record, with each reading and its source. On the charts, these moves carry a small question mark.',
    note: 'The disputed points continue, in the record’s order. Each reading names who holds it and where.',
  },
]

/** Where a list's slides are written, relative to the deck's root. */
export const listFile = (list: ListSlides): string => `pages/lists/${list.key}.md`

/** The slides of one list, as markdown (each with its frontmatter, its component and its notes). */
export function listMarkdown(list: ListSlides, parts: number = LIST_PARTS[list.component]): string {
  return Array.from({ length: parts }, (_, i) => [
    '---',
    'layout: default',
    'level: 2',
    `figure: ${list.key}-${i + 1}`,
    'class: table-slide',
    // Mounted only while shown (Slidev's preload): a hundred appendix slides of tables kept in the
    // page would make every slide of the talk slower to lay out, for a part no one presents.
    'preload: false',
    '---',
    '',
    `# ${list.title} (${i + 1} of ${parts})`,
    '',
    `<${list.component} />`,
    '',
    '<!--',
    i === 0 ? list.firstNote : list.note,
    '-->',
  ].join('\n')).join('\n\n')
}

if (import.meta.main) {
  for (const list of LISTS) {
    writeFileSync(resolve(DECK_ROOT, listFile(list)), `${listMarkdown(list)}\n`)
    console.log(`wrote ${listFile(list)} (${LIST_PARTS[list.component]} slides)`)
  }
}
