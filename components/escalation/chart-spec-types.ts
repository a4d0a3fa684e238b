/**
 * A chart figure's spec: every move of its period with every field the chart draws derived once,
 * at build time, from the record and its codebook (scripts/figures/chart-spec.ts writes it to
 * data/figure-specs/<id>.json), and its words (the summary at each click, each move in full and in
 * a line), laid out in the box its slide gives the chart (layout.ts, run by the compiler).
 * EscalationChart.vue draws the layout; it codes, measures and lays out nothing, and loads no record.
 */
import type { ChartLayout } from './layout.ts'

export interface ChartSpec {
  /** The figure's id in data/figures.ts. */
  figure: string
  /** The moves the speaker talks about, labelled one per click in this order. */
  spoken: readonly string[]
  /** How much of the key the slide shows. */
  key: 'full' | 'short'
  /** Its moves laid out (layout.ts) in the box its slide gives it: every mark, label, arrow and stub, in CSS px. */
  layout: ChartLayout
  /** The chart's summary (its accessible name) with 0, 1, … of the spoken moves labelled. */
  summaries: readonly string[]
  /** The last month the essay could know of ("Nov 2016"), for the key's dashed line. */
  essayDate: string
}
