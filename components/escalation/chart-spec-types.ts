/**
 * A chart figure's spec: every move of its period with every field the chart draws derived once,
 * at build time, from the record and its codebook (scripts/figures/chart-spec.ts writes it to
 * data/figure-specs/<id>.json), and its words (the summary at each click, each move in full and in
 * a line). EscalationChart.vue lays the moves out in the room its slide gives it (layout.ts, which
 * needs pixels) and draws them; it codes nothing and loads no record.
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

export interface ChartSpec {
  /** The figure's id in data/figures.ts. */
  figure: string
  /** The period, its first and last year or month, both included. */
  from: string
  to: string
  /** The moves the speaker talks about, labelled one per click in this order. */
  spoken: readonly string[]
  /** How much of the key the slide shows. */
  key: 'full' | 'short'
  /** The period's moves, in date order. */
  moves: readonly ChartMove[]
  /** The numbers of moves before the period that one of its moves answers (a stub names them), by id. */
  earlier: Readonly<Record<string, number>>
  /** The chart's summary (its accessible name) with 0, 1, … of the spoken moves labelled. */
  summaries: readonly string[]
  /** The last month the essay could know of ("Nov 2016"), for the key's dashed line. */
  essayDate: string
}
