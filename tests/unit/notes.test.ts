import { describe, expect, it } from 'vitest'
import { figureClicks } from '../../components/figure-steps.ts'
import { DRAWN, loadDeck } from '../../scripts/deck.ts'

const deck = await loadDeck()

/** Sentences in a stretch of notes: ends of . ! ? (optionally followed by a quote) before a space or the end. */
function sentences(text: string): number {
  return text.trim() ? text.trim().split(/(?<=[.!?]["”’)]?)\s+(?=\S)/).filter(s => /\w/.test(s)).length : 0
}

describe('speaker notes', () => {
  it('exist on every slide', () => {
    expect(deck.filter(s => !s.note).map(s => `slide ${s.no} "${s.title}" has no speaker notes`)).toEqual([])
  })

  it('have one [click] marker for each click of the slide\'s figure (a map\'s steps, a chart\'s moves)', () => {
    const problems = deck.flatMap((s) => {
      const markers = s.note.match(/\[click\]/g)?.length ?? 0
      const clicks = s.figure ? figureClicks(s.figure) : 0
      return markers === clicks ? [] : [`slide ${s.no} "${s.title}": its figure takes ${clicks} clicks but its notes have ${markers} [click] markers`]
    })
    expect(problems).toEqual([])
  })

  it('give a presenter two to five sentences to say, and one to three at each click', () => {
    const problems = deck.flatMap((s) => {
      const [intro, ...steps] = s.note.split('[click]')
      if (!steps.length) {
        const n = sentences(intro)
        return n >= 2 && n <= 5 ? [] : [`slide ${s.no} "${s.title}" has ${n} sentences of notes (want 2–5)`]
      }
      const out: string[] = []
      if (sentences(intro) > 3)
        out.push(`slide ${s.no} "${s.title}": the notes before the first click run to ${sentences(intro)} sentences (want at most 3)`)
      steps.forEach((step, i) => {
        const n = sentences(step)
        if (n < 1 || n > 3)
          out.push(`slide ${s.no} "${s.title}": click ${i + 1} has ${n} sentences of notes (want 1–3)`)
      })
      return out
    })
    expect(problems).toEqual([])
  })
})

describe('the deck', () => {
  it('gives an 18-minute talk 20–36 slides to speak to, with a section slide for each act', () => {
    // References and appendices are for reading, not speaking: they take as many slides as 14 px type needs.
    // The escalation record takes nine chart slides of at most seven moves, each a sentence a click,
    // so the talk's length is held by the words (words.test.ts: 2,000 words of notes), not the count.
    const spoken = deck.filter(s => !/^(?:references|appendix)/i.test(s.title))
    expect(spoken.length).toBeGreaterThanOrEqual(20)
    expect(spoken.length).toBeLessThanOrEqual(36)
    const acts = deck.filter(s => s.layout === 'act').map(s => s.frontmatter.act)
    expect(acts).toEqual(['I', 'II', 'III', 'IV', 'V'])
  })

  it('names its sources on every slide that states facts', () => {
    const exempt = new Set(['cover', 'act'])
    const needsSources = deck.filter(s => !exempt.has(s.layout) && !/questions|references|appendix/i.test(s.title))
    const problems = needsSources
      .filter(s => !s.sources.length && !(s.figure && DRAWN[s.figure.component]))
      .map(s => `slide ${s.no} "${s.title}" states facts but names no sources`)
    expect(problems).toEqual([])
  })
})
