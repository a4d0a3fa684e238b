/**
 * The walk's runs (tests/walk-parts.ts): every slide walked once, in order, in runs of about equal
 * weight, for the real deck and for decks of other shapes.
 */
import type { WalkSlide } from '../walk-parts.ts'
import { describe, expect, it } from 'vitest'
import { loadDeck } from '../../scripts/deck.ts'
import { walkParts, walkWeight } from '../walk-parts.ts'

const deck = await loadDeck()

/** A deck of `n` slides with pseudo-random clicks (0 to 6), the same on every run. */
function deckOf(n: number, seed: number): WalkSlide[] {
  let state = seed
  const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
  return Array.from({ length: n }, (_, i) => ({ no: i + 1, clicks: Math.floor(next() * 7) }))
}

/** What is wrong with `runs` as a split of `slides` into `parts`, in words. */
function splitProblems(slides: readonly WalkSlide[], parts: number): string[] {
  const runs = walkParts(slides, parts)
  const problems: string[] = []
  if (runs.length !== Math.min(parts, slides.length))
    problems.push(`${runs.length} runs for ${parts} parts of ${slides.length} slides`)
  if (runs.some(run => run.length === 0))
    problems.push('an empty run')
  if (runs.flat().map(s => s.no).join() !== slides.map(s => s.no).join())
    problems.push('the runs do not hold every slide once, in order')
  const total = slides.reduce((sum, s) => sum + walkWeight(s), 0)
  const heaviest = Math.max(...slides.map(walkWeight))
  for (const [i, run] of runs.entries()) {
    const weight = run.reduce((sum, s) => sum + walkWeight(s), 0)
    if (run.length > 1 && weight > total / runs.length + heaviest)
      problems.push(`run ${i + 1} weighs ${weight}, more than a share (${(total / runs.length).toFixed(1)}) and a slide (${heaviest}) together`)
  }
  return problems
}

describe('the walk\'s runs', () => {
  it('split the deck into runs of whole slides, each slide once, in order, none much heavier than its share', () => {
    for (const parts of [1, 2, 3, 4, 6])
      expect(splitProblems(deck, parts), `the deck in ${parts} runs`).toEqual([])
  })

  it('hold for decks of other shapes: short, long, with and without clicks', () => {
    for (const n of [1, 2, 3, 7, 40, 120]) {
      for (const parts of [1, 2, 4, 5]) {
        for (const seed of [1, 2, 3])
          expect(splitProblems(deckOf(n, seed), parts), `${n} slides in ${parts} runs (seed ${seed})`).toEqual([])
      }
    }
  })

  it('refuse a number of parts that is not a whole number of at least one', () => {
    expect(() => walkParts(deck, 0)).toThrow('parts must be a whole number of at least 1, not 0')
    expect(() => walkParts(deck, 1.5)).toThrow('not 1.5')
  })
})
