/**
 * The talk's budget and its length, from the deck as Slidev's parser reads it (scripts/deck.ts):
 * the spoken slides (cover to the discussion questions), their clicks and their notes, timed as
 * speech at 140 words a minute plus 2.5 s for every slide change and click. The budget was set
 * before the notes were written; a unit test (tests/unit/notes.test.ts) holds the deck to it.
 *
 *   npm run talk            # the time per act, and the totals against the budget
 */
import type { DeckSlide } from './deck.ts'
import { loadDeck } from './deck.ts'

export const TALK_BUDGET = {
  /** Slides spoken to, cover to questions. */
  slides: 24,
  clicks: 40,
  /** Words of notes on the spoken slides. */
  notesWords: 1450,
  /** Escalation chart slides among the spoken ones. */
  chartSlides: 4,
  /** Words a viewer sees on a spoken slide, figure labels included (measured on the built deck). */
  visibleWords: 80,
  /** The spoken part, leaving the rest of the 18 minutes for the discussion questions. */
  minutes: 13,
} as const

/** How speech is timed. */
export const PACE = { wordsPerMinute: 140, secondsPerStep: 2.5 } as const

/** The acts of the talk, each a file of slides, with the words of notes each was given before writing. */
export const ACTS: readonly { name: string, files: readonly string[], words: number }[] = [
  { name: 'Opening', files: ['slides.md', 'pages/00-opening.md'], words: 85 },
  { name: 'I. Why Kaliningrad', files: ['pages/01-why-kaliningrad.md'], words: 235 },
  { name: 'II. The build-up', files: ['pages/02-build-up.md'], words: 310 },
  { name: 'III. The theory', files: ['pages/03-theory.md'], words: 320 },
  { name: 'IV. The scenarios', files: ['pages/04-scenarios.md'], words: 210 },
  { name: 'V. After the essay, and a verdict', files: ['pages/05-after-and-verdict.md'], words: 290 },
]

/** The words of a slide's notes a presenter says (the [click] markers are not said). */
export function notesWords(note: string): number {
  return note.replace(/\[click\]/g, ' ').split(/\s+/).filter(t => /[\p{L}\p{N}]/u.test(t)).length
}

export interface Timing {
  slides: number
  clicks: number
  words: number
  /** Speech plus a step for every slide entered and every click. */
  seconds: number
}

/** The length of `slides` spoken. */
export function timing(slides: readonly DeckSlide[]): Timing {
  const words = slides.reduce((sum, s) => sum + notesWords(s.note), 0)
  const clicks = slides.reduce((sum, s) => sum + s.clicks, 0)
  return { slides: slides.length, clicks, words, seconds: (words / PACE.wordsPerMinute) * 60 + PACE.secondsPerStep * (slides.length + clicks) }
}

/** Each act's spoken slides and their timing; throws, naming the slide, if a spoken slide belongs to no act. */
export function actTimings(deck: readonly DeckSlide[]): { name: string, budget: number, timing: Timing }[] {
  const spoken = deck.filter(s => s.spoken)
  const lost = spoken.filter(s => !ACTS.some(a => a.files.includes(s.file)))
  if (lost.length)
    throw new Error(`spoken slides in no act of scripts/talk.ts: ${lost.map(s => `slide ${s.no} "${s.title}" (${s.file})`).join('; ')}`)
  return ACTS.map(act => ({ name: act.name, budget: act.words, timing: timing(spoken.filter(s => act.files.includes(s.file))) }))
}

const minutes = (seconds: number): string => `${Math.floor(seconds / 60)}:${String(Math.round(seconds % 60)).padStart(2, '0')}`

if (import.meta.main) {
  const deck = await loadDeck()
  const rows = actTimings(deck)
  console.log('Act                                   slides clicks  words (budget)  time')
  for (const { name, budget, timing: t } of rows)
    console.log(`${name.padEnd(38)}${String(t.slides).padStart(6)}${String(t.clicks).padStart(7)}${String(t.words).padStart(7)} (${budget})${minutes(t.seconds).padStart(9)}`)
  const total = timing(deck.filter(s => s.spoken))
  console.log(`${'Spoken part'.padEnd(38)}${String(total.slides).padStart(6)}${String(total.clicks).padStart(7)}${String(total.words).padStart(7)} (${TALK_BUDGET.notesWords})${minutes(total.seconds).padStart(9)}  (at most ${TALK_BUDGET.minutes}:00)`)
}
