/**
 * A move as the chart draws it: the fields of its coded record the chart reads, its number in the
 * record, and its words, each worked out once when the figures are compiled
 * (scripts/figures/chart-spec.ts `chartMove`).
 */
import type { Answer, CodedEvent } from '../../data/escalation.ts'

/** A move as the chart draws it. */
export type ChartMove = Pick<CodedEvent, 'id' | 'date' | 'dateText' | 'actor' | 'label' | 'level' | 'posture' | 'era' | 'nuclearCapable'> & {
  /** Its number in the record (the appendix tables use the same). */
  no: number
  /** The earlier moves it answers: an arrow each (solid where its maker named it, dashed where only the essay links them). */
  answers?: readonly Pick<Answer, 'id' | 'basis'>[]
  /** Some fact, author, posture, tie or link of it is disputed (marked ?; both readings are in the appendix). */
  disputed: boolean
  /** The date on its label: "2016", "2007–08". */
  yearText: string
  /** When, who, what, in one line (the printed text alternative). */
  line: string
  /** The move in full, for the screen reader's list. */
  description: string
}
