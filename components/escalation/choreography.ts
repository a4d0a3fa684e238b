/**
 * What the chart shows at each click: the whole choreography in one place. Every move of the
 * period shows from the start; the moves the speaker talks about are labelled one per click, in
 * the figure's order (figure-steps.ts), and the latest is emphasised.
 */

export interface Step {
  /** How many of the spoken moves are labelled, counted in the speaker's order. */
  labelled: number
  /** The speaker's index of the move the latest click revealed (emphasised), if any. */
  newest: number | undefined
}

/** What shows once `clicked` of `spoken` moves have been revealed (figure-steps.ts `stepsShown`). */
export function stepAt(spoken: number, clicked: number): Step {
  const labelled = Math.min(spoken, Math.max(0, clicked))
  return { labelled, newest: labelled > 0 ? labelled - 1 : undefined }
}
