/**
 * The codebook as the appendix shows it: clauses by group, each with its examples named as the
 * record names them (a record's chart label and year, or a logged candidate's short label), cut
 * over several slides by the room each clause takes.
 */
import type { Clause, ClauseGroup } from '../data/codebook.ts'
import type { Actor, CodedEvent } from '../data/escalation.ts'
import { clauses, GROUP_NAMES } from '../data/codebook.ts'
import { codedEvents } from '../data/escalation-events.ts'
import digest from '../data/search-log-digest.json' with { type: 'json' }
import { yearText } from './escalation/events.ts'
import { weightedPart } from './list-parts.ts'

interface ClauseExampleWords {
  side: Actor
  /** "HIMARS on Bornholm (2022)", or a candidate's short label. */
  words: string
  /** Whether it is a record (in) or a candidate kept out. */
  inRecord: boolean
}

interface ClauseWords {
  id: string
  name: string
  test: string
  examples: ClauseExampleWords[]
  none?: string
}

export interface CodebookSection {
  group: ClauseGroup
  heading: string
  clauses: ClauseWords[]
}

/**
 * A clause's example by its id: the record it names, or the candidate the search log kept out, with
 * its label and year. Throws, naming the clause, for an id that is neither (the unit tests check
 * every one). The appendix and the codebook handout (scripts/handouts.ts) both name examples so.
 */
export function clauseExample(clause: Clause, id: string): { record: CodedEvent } | { candidate: { label: string, year: string } } {
  const record = codedEvents.find(e => e.id === id)
  if (record)
    return { record }
  const candidate = digest.examples.find(c => c.id === id)
  if (candidate?.label)
    return { candidate: { label: candidate.label, year: candidate.date.slice(0, 4) } }
  throw new Error(`codebook: clause "${clause.id}" names "${id}" as an example, which is neither a record nor a logged candidate with a label`)
}

/** An example in words: a record's label and year, or a candidate's label and year. */
function exampleWords(clause: Clause, id: string, side: Actor): ClauseExampleWords {
  const example = clauseExample(clause, id)
  return 'record' in example
    ? { side, words: `${example.record.label} (${yearText(example.record)})`, inRecord: true }
    : { side, words: `${example.candidate.label} (${example.candidate.year})`, inRecord: false }
}

function clauseWords(clause: Clause): ClauseWords {
  const examples = (['west', 'russia', 'neither'] as const).flatMap((side) => {
    const example = clause.examples[side]
    return example ? [exampleWords(clause, example.id, side)] : []
  })
  return { id: clause.id, name: clause.name, test: clause.test, examples, none: clause.examples.none }
}

/** Roughly the room a clause takes, in characters. */
function weight(clause: Clause): number {
  const words = clauseWords(clause)
  return clause.name.length + clause.test.length + words.examples.reduce((n, e) => n + e.words.length + 12, 0) + (words.none?.length ?? 0) + 60
}

/** Part `part` (from 1) of `parts`, as sections by group; a group carried over from the slide before keeps its heading, marked as continued. */
export function codebookPart(part: number, parts: number): CodebookSection[] {
  const shown = weightedPart(clauses, weight, part, parts)
  const sections: CodebookSection[] = []
  for (const clause of shown) {
    const last = sections.at(-1)
    if (last?.group === clause.group) {
      last.clauses.push(clauseWords(clause))
      continue
    }
    const first = clauses.findIndex(c => c.group === clause.group) === clauses.indexOf(clause)
    sections.push({ group: clause.group, heading: `${GROUP_NAMES[clause.group]}${first ? '' : ' (continued)'}`, clauses: [clauseWords(clause)] })
  }
  return sections
}
