/**
 * The deck as Slidev's own parser reads it: the one place tests, scripts and benchmarks learn how
 * many slides there are, how many clicks each takes, what each slide's notes say, and which figure
 * (data/figures.ts) each slide names in its frontmatter (`figure: exclave-1991`).
 */
import type { SlideInfo } from '@slidev/types'
import type { Figure, FigureComponent, FigureId, FigureOf } from '../data/figures.ts'
import { resolve } from 'node:path'
import { load } from '@slidev/parser/fs'
import { figureSummary, slideClicks } from '../components/figure-steps.ts'
import { FIGURES, isFigureId } from '../data/figures.ts'

export interface DeckSlide {
  /** 1-based, as in the deck's URLs (`#/3`). */
  no: number
  title: string
  /** Outline level: 1 for the cover, the acts and the references; 2 for the slides inside them. */
  level: number
  layout: string
  /**
   * Clicks the slide takes (components/figure-steps.ts `slideClicks`): as many as its frontmatter
   * declares (`clicks:`), else its figure's, which the figure registers with Slidev; else 0.
   */
  clicks: number
  /** Speaker notes, as written (markdown). */
  note: string
  /** The slide's first `#` heading as written (the cover's title comes from the headmatter instead). */
  heading: string
  /** The slide's markdown, without frontmatter and notes. */
  content: string
  /** Source ids from the slide's frontmatter. */
  sources: string[]
  frontmatter: Record<string, unknown>
  /** The markdown file that holds the slide, relative to the deck's root. */
  file: string
  /** The figure its frontmatter names (`figure: id`), with its settings from data/figures.ts. */
  figure?: Figure & { id: FigureId }
  /** Part of the talk: every slide before the first whose title starts "Appendix" (the appendix and the references are for reading). */
  spoken: boolean
}

export const DECK_ROOT = resolve(import.meta.dirname, '..')

function toDeckSlide(slide: SlideInfo, no: number): DeckSlide {
  const fm = slide.frontmatter ?? {}
  const title = slide.title ?? ''
  const file = slide.source?.filepath ? slide.source.filepath.replace(`${DECK_ROOT}/`, '') : 'slides.md'
  if (fm.figure !== undefined && !isFigureId(fm.figure))
    throw new Error(`slide ${no} "${title}" (${file}) names the figure ${JSON.stringify(fm.figure)}, which data/figures.ts does not have`)
  const figure = isFigureId(fm.figure) ? { id: fm.figure, ...FIGURES[fm.figure] } : undefined
  return {
    no,
    title,
    level: slide.level ?? 1,
    layout: String(fm.layout ?? (no === 1 ? 'cover' : 'default')),
    clicks: slideClicks(fm),
    note: (slide.note ?? '').trim(),
    content: slide.content ?? '',
    heading: /^#\s+(.+)$/m.exec(slide.content ?? '')?.[1].trim() ?? '',
    sources: Array.isArray(fm.sources) ? fm.sources.map(String) : [],
    frontmatter: fm,
    file,
    figure,
    spoken: true,
  }
}

/**
 * Every slide the audience sees, in order (hidden and disabled slides left out, as Slidev does).
 * Throws, naming the slide, if its frontmatter names a figure data/figures.ts does not have.
 */
export async function loadDeck(entry = 'slides.md'): Promise<DeckSlide[]> {
  const data = await load({ roots: [DECK_ROOT], userRoot: DECK_ROOT }, resolve(DECK_ROOT, entry))
  const slides = data.slides
    .filter(slide => !slide.frontmatter?.hide && !slide.frontmatter?.disabled)
    .map((slide, i) => toDeckSlide(slide, i + 1))
  const appendix = slides.findIndex(s => /^appendix\b/i.test(s.title))
  return appendix < 0 ? slides : slides.map((s, i) => ({ ...s, spoken: i < appendix }))
}

/** Every slide whose figure is `component`'s, in deck order, with that figure: "the map slides" and the like. */
export function figuresIn<C extends FigureComponent>(deck: readonly DeckSlide[], component: C): { slide: DeckSlide, figure: FigureOf<C> & { id: FigureId } }[] {
  return deck.flatMap(slide => slide.figure && isOf(component, slide.figure) ? [{ slide, figure: slide.figure }] : [])
}

function isOf<C extends FigureComponent>(component: C, figure: Figure & { id: FigureId }): figure is FigureOf<C> & { id: FigureId } {
  return figure.component === component
}

/** How many figures on the slide say when they are drawn (`data-waitfor`), for a test or script to wait for. */
export function drawnFigureCount(slide: DeckSlide): number {
  return slide.figure && figureSummary(slide.figure.id).readyMark ? 1 : 0
}
