/**
 * The deck's walk cut into runs of whole slides, so that the runs can go to different workers and
 * end at about the same time. A slide weighs what checking it costs: its last click, where every
 * check runs, and each click before it.
 *
 *   walkParts([{ no: 1, clicks: 0 }, { no: 2, clicks: 3 }, …], 4)   // four runs, in order
 */

export interface WalkSlide {
  no: number
  clicks: number
  /** False for a slide for reading after the talk; true if left out. */
  spoken?: boolean
}

/**
 * What one slide costs to walk, in units of one click: its last click, where axe reads the whole
 * slide in one scheme and its colours in the other, counts for eight (measured: about 2 s against
 * a quarter of a second for a click before it); on a slide for reading, where axe runs only on a
 * new kind of element (about one page in three), for three (measured: runs of slides for reading
 * took about 1.2 s a slide).
 */
export function walkWeight(slide: WalkSlide): number {
  return (slide.spoken === false ? 3 : 8) + slide.clicks
}

/**
 * `parts` runs of consecutive slides (fewer if the deck has fewer slides), together every slide
 * once and in order, each as close as whole slides allow to an equal share of the weight.
 */
export function walkParts<T extends WalkSlide>(deck: readonly T[], parts: number): T[][] {
  if (!Number.isInteger(parts) || parts < 1)
    throw new Error(`walkParts: parts must be a whole number of at least 1, not ${parts}`)
  const runs: T[][] = []
  let rest = deck.reduce((sum, slide) => sum + walkWeight(slide), 0)
  let i = 0
  for (let left = Math.min(parts, deck.length); left > 0; left--) {
    // Each run takes slides until it holds its share of what is left, keeping a slide for every run after it.
    const share = rest / left
    const run: T[] = []
    let weight = 0
    while (i < deck.length - (left - 1) && (run.length === 0 || left === 1 || weight + walkWeight(deck[i]) / 2 <= share)) {
      weight += walkWeight(deck[i])
      run.push(deck[i++])
    }
    runs.push(run)
    rest -= weight
  }
  return runs
}
