/** The escalation chart's sizes (./layout.ts reads them), in CSS px. */

export interface ChartOptions {
  /** From the SVG's edges to the plot, in CSS px; the top margin also holds the side names and level numbers. */
  margin: { top: number, right: number, bottom: number, left: number }
  /** Width of each side's label column, in CSS px: a label of `labelChars` characters, its ? and its year, at 14 px. */
  labelColumnPx: number
  /** The longest label (a record's `label`) the column holds. */
  labelChars: number
  /** Between a label column and the outermost level, in CSS px. */
  labelGapPx: number
  /** Distance from the spine of a move off the scale, in CSS px. */
  offScalePx: number
  /** Distance of level 1 from the spine, in CSS px; the higher levels share the rest of the zone evenly. */
  level1Px: number
  /** Marker size of a quiet move, in CSS px (the side of the West's squares; Russia's circles have the same area). */
  markerPx: number
  /** Marker size of a move the speaker talks about, in CSS px. */
  spokenMarkerPx: number
  /** Least space between two marks in one column, in CSS px. */
  markGapPx: number
  /** Least distance between two labels on one side, in CSS px: a 14 px line and the raised ? of a disputed move. */
  labelRowGapPx: number
  /** Baseline of the side names and level numbers above the plot, from the SVG's top, in CSS px. */
  headerBaselinePx: number
  /** How far the level guides and the spine reach beyond the plot, in CSS px. */
  guideOverhangPx: number
  /** Space between a marker and the ring that marks the newest spoken move, in CSS px. */
  ringGapPx: number
  /** Length of a stub (an answer to a move outside the period), in CSS px. */
  stubPx: number
  /** Half the width of a year written on the spine, in CSS px (four digits at 10.5 px). */
  yearHalfWidthPx: number
}

/** The chart's defaults, sized for Slidev's 980 × 551 canvas. */
export const CHART_DEFAULTS: ChartOptions = {
  margin: { top: 30, right: 0, bottom: 18, left: 0 },
  labelColumnPx: 250,
  labelChars: 26,
  labelGapPx: 10,
  offScalePx: 29,
  level1Px: 54,
  markerPx: 10,
  spokenMarkerPx: 13,
  markGapPx: 2,
  labelRowGapPx: 23,
  headerBaselinePx: 15,
  guideOverhangPx: 10,
  ringGapPx: 4,
  stubPx: 26,
  yearHalfWidthPx: 14,
}

/**
 * The chart's plotting box on a slide of Slidev's 980 × 551 canvas, in CSS px, by how much of the
 * key the slide shows (the full key takes a row more). The unit tests lay every chart out in its
 * box; the end-to-end tests measure the built deck's boxes against these.
 */
export const CHART_BOXES = {
  full: { width: 884, height: 356 },
  short: { width: 884, height: 376 },
} as const
