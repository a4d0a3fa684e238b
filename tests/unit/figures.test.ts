/**
 * The figures (data/figures.ts): each shown by one slide that places its component, typed so that a
 * wrong setting fails the type check, and the deck loader's list of components that say when they
 * are drawn held to the components themselves.
 */
import type { Figure, FigureId } from '../../data/figures.ts'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { figureSummary, stepsShown } from '../../components/figure-steps.ts'
import { figureFor, FIGURES, LIST_PARTS } from '../../data/figures.ts'
import { DECK_ROOT, loadDeck } from '../../scripts/deck.ts'
import { listFile, listMarkdown, LISTS } from '../../scripts/list-slides.ts'

const deck = await loadDeck()

describe('the figures', () => {
  it('are each shown by one slide, which places its component\'s tag', () => {
    const named = deck.flatMap(s => s.figure ? [s.figure.id] : [])
    expect(named.toSorted(), 'each figure in data/figures.ts named by one slide\'s frontmatter').toEqual(Object.keys(FIGURES).toSorted())
    const problems = deck.flatMap(s => s.figure && !s.content.includes(`<${s.figure.component}`) ? [`slide ${s.no} "${s.title}" names the figure "${s.figure.id}" but places no <${s.figure.component} />`] : [])
    expect(problems).toEqual([])
  })

  it('split a list over slides 1 to N in deck order, each part naming the same N, as LIST_PARTS says', () => {
    for (const component of Object.keys(LIST_PARTS) as (keyof typeof LIST_PARTS)[]) {
      const parts = deck.flatMap(s => s.figure?.component === component ? [s.figure] : [])
      expect(parts.map(p => `${p.part} of ${p.parts}`), component).toEqual(Array.from({ length: LIST_PARTS[component] }, (_, i) => `${i + 1} of ${LIST_PARTS[component]}`))
    }
  })

  it('write the record\'s list slides (pages/lists/) as LIST_PARTS asks', () => {
    for (const list of LISTS)
      expect(readFileSync(resolve(DECK_ROOT, listFile(list)), 'utf8'), `${listFile(list)} is not what LIST_PARTS asks for: run npm run list-slides`).toBe(`${listMarkdown(list)}\n`)
  })

  it('are found by a component only under their own component\'s name, else the error names the slide and the id', () => {
    expect(figureFor('BalticMap', 'exclave-1991', 'Slide 3')).toBe(FIGURES['exclave-1991'])
    expect(() => figureFor('BalticMap', 'chart-1997-2008', 'Slide 3')).toThrow('Slide 3: the figure "chart-1997-2008" is a <EscalationChart />, not a <BalticMap />')
    expect(() => figureFor('BalticMap', 'atlantis', 'Slide 3 "A map"')).toThrow(/^Slide 3 "A map": <BalticMap \/> needs the slide's frontmatter to name its figure .* not "atlantis"/)
    expect(() => figureFor('EscalationChart', undefined, 'Slide 9')).toThrow(/^Slide 9: <EscalationChart \/> needs .* not undefined/)
  })

  it('are typed: an unknown layer, view or setting fails the type check (npm run typecheck)', () => {
    const wrong: Figure[] = [
      // @ts-expect-error: no such layer in data/map-layers.ts
      { component: 'BalticMap', view: 'baltic', steps: ['tanks'] },
      // @ts-expect-error: no such view in data/map-views.ts
      { component: 'BalticMap', view: 'arctic', steps: [] },
      // @ts-expect-error: a chart has no steps
      { component: 'EscalationChart', from: '1999', to: '2012', steps: ['exclave'] },
      // @ts-expect-error: a period is a year or a month
      { component: 'EscalationChart', from: 'spring', to: '2012' },
    ]
    expect(wrong).toHaveLength(4)
  })
})

/** Slidev's click count in print, the overview and for slides already passed (CLICKS_MAX in @slidev/client/constants). */
const CLICKS_MAX = 999999

describe('a figure\'s clicks', () => {
  it('are one per map step and one per spoken chart move, none for a chart the speaker does not walk through or a list part', () => {
    // Written out from data/figures.ts: missiles-2016 reveals iskander, bastion; chart-2017-2021
    // speaks of five moves; a list part has none.
    expect(figureSummary('missiles-2016').clicks).toBe(2)
    expect(figureSummary('denial-and-blockade').clicks).toBe(3)
    expect(figureSummary('chart-2017-2021').clicks).toBe(5)
    expect(figureSummary('codebook-1' as FigureId).clicks).toBe(0)
  })

  it('show one more step per click, and every step in print and the overview', () => {
    expect([0, 1, 2, 3].map(k => stepsShown(2, k))).toEqual([0, 1, 2, 2])
    expect(stepsShown(2, CLICKS_MAX)).toBe(2)
    expect(stepsShown(2, Number.POSITIVE_INFINITY)).toBe(2)
    expect(stepsShown(2, -3)).toBe(0)
    expect(stepsShown(2, Number.NaN)).toBe(0)
    expect(stepsShown(2, 1.7)).toBe(1)
  })

  it('are registered by the figure, so no slide with a figure declares clicks: (it would override them)', () => {
    const declaring = deck.filter(s => s.figure && 'clicks' in s.frontmatter).map(s => `slide ${s.no} "${s.title}" (${s.file}) declares clicks: ${s.frontmatter.clicks}; its figure "${s.figure!.id}" registers ${figureSummary(s.figure!.id).clicks}`)
    expect(declaring).toEqual([])
  })
})

