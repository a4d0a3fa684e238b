import { describe, expect, it } from 'vitest'
import { figureSummary } from '../../components/figure-steps.ts'
import { slideSourceIds } from '../../components/slide-sources.ts'
import { loadDeck } from '../../scripts/deck.ts'
import { ACTS, actTimings, notesWords, PACE, TALK_BUDGET, timing } from '../../scripts/talk.ts'

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
      const clicks = s.figure ? figureSummary(s.figure.id).clicks : 0
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

describe('the talk', () => {
  const spoken = deck.filter(s => s.spoken)
  const total = timing(spoken)

  it(`speaks to at most ${TALK_BUDGET.slides} slides with at most ${TALK_BUDGET.clicks} clicks, ${TALK_BUDGET.notesWords} words of notes and ${TALK_BUDGET.chartSlides} chart slides`, () => {
    // Slidev's parser gives the slides; the talk runs from the cover to the first appendix slide.
    expect(spoken.length, 'the talk should end before the appendix, with the questions').toBeLessThan(deck.length)
    expect(spoken[spoken.length - 1].title).toMatch(/^Questions/)
    expect(total.slides, 'spoken slides').toBeLessThanOrEqual(TALK_BUDGET.slides)
    expect(total.clicks, 'clicks on the spoken slides').toBeLessThanOrEqual(TALK_BUDGET.clicks)
    const longest = [...spoken].sort((a, b) => notesWords(b.note) - notesWords(a.note)).slice(0, 3).map(s => `slide ${s.no} "${s.title}": ${notesWords(s.note)}`)
    expect(total.words, `words of notes; the longest: ${longest.join('; ')}`).toBeLessThanOrEqual(TALK_BUDGET.notesWords)
    const charts = spoken.filter(s => s.figure?.component === 'EscalationChart').map(s => `slide ${s.no}`)
    expect(charts.length, `chart slides in the talk: ${charts.join(', ')}`).toBeLessThanOrEqual(TALK_BUDGET.chartSlides)
  })

  it(`takes at most ${TALK_BUDGET.minutes} minutes spoken at ${PACE.wordsPerMinute} words a minute with ${PACE.secondsPerStep} s a slide change and click, each act within its words`, () => {
    expect(total.seconds / 60).toBeLessThanOrEqual(TALK_BUDGET.minutes)
    const over = actTimings(deck).filter(a => a.timing.words > a.budget).map(a => `${a.name}: ${a.timing.words} words of notes, budget ${a.budget}`)
    expect(over).toEqual([])
    expect(ACTS.reduce((sum, a) => sum + a.words, 0), 'the acts\' budgets fit the talk\'s').toBeLessThanOrEqual(TALK_BUDGET.notesWords)
  })

  it('times speech as words at the pace plus a step for each slide and click', () => {
    const slide = { ...spoken[0], note: 'one two three [click] four', clicks: 1 }
    expect(notesWords(slide.note)).toBe(4)
    expect(timing([slide]).seconds).toBeCloseTo(4 / PACE.wordsPerMinute * 60 + 2 * PACE.secondsPerStep, 6)
  })

  it('names its sources on every slide that states facts', () => {
    const exempt = new Set(['cover'])
    const needsSources = deck.filter(s => !exempt.has(s.layout) && !/questions|references|appendix/i.test(s.title))
    const problems = needsSources
      // A chart cites its moves by number in its caption; the record's tables give their sources.
      .filter(s => !slideSourceIds(s.frontmatter).length && s.figure?.component !== 'EscalationChart')
      .map(s => `slide ${s.no} "${s.title}" states facts but names no sources`)
    expect(problems).toEqual([])
  })
})
