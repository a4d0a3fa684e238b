/**
 * The deck as Slidev's own parser reads it: the one place tests, scripts and benchmarks learn how
 * many slides there are, how many clicks each declares, what each slide's notes say, and which
 * figures (components, with their props) each slide places.
 */
import type { SlideInfo } from '@slidev/types'
import type { Figure } from '../lib/figures.ts'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { load } from '@slidev/parser/fs'
import { DRAWN_FIGURES, parseFigures } from '../lib/figures.ts'

export type { Figure } from '../lib/figures.ts'
export { DRAWN_FIGURES, propOf, requiredProp } from '../lib/figures.ts'

export interface DeckSlide {
  /** 1-based, as in the deck's URLs (`#/3`). */
  no: number
  title: string
  /** Outline level: 1 for the cover, the acts and the references; 2 for the slides inside them. */
  level: number
  layout: string
  /** Clicks the slide declares in its frontmatter (`clicks:`); 0 where it declares none. */
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
  /**
   * Every component the slide's markdown places, in order, with its props as Vue receives them
   * (lib/figures.ts): `{ tag: 'BalticMap', props: { view: 'baltic', steps: ['exclave'] }, where }`.
   */
  figures: Figure[]
}

export const DECK_ROOT = resolve(import.meta.dirname, '..')

/** The line (1-based) on which the slide's content starts in its file, if the file holds it as parsed. */
function contentLine(slide: SlideInfo, files: Map<string, string>): number | undefined {
  const path = slide.source?.filepath
  if (!path || !slide.content)
    return undefined
  if (!files.has(path))
    files.set(path, readFileSync(path, 'utf8'))
  const text = files.get(path)!
  const from = text.split('\n').slice(0, slide.source.start ?? 0).join('\n').length
  const at = text.indexOf(slide.content, from)
  return at < 0 ? undefined : text.slice(0, at).split('\n').length
}

function toDeckSlide(slide: SlideInfo, no: number, files: Map<string, string>): DeckSlide {
  const fm = slide.frontmatter ?? {}
  const title = slide.title ?? ''
  const file = slide.source?.filepath ? slide.source.filepath.replace(`${DECK_ROOT}/`, '') : 'slides.md'
  return {
    no,
    title,
    level: slide.level ?? 1,
    layout: String(fm.layout ?? (no === 1 ? 'cover' : 'default')),
    clicks: typeof fm.clicks === 'number' ? fm.clicks : 0,
    note: (slide.note ?? '').trim(),
    content: slide.content ?? '',
    heading: /^#\s+(.+)$/m.exec(slide.content ?? '')?.[1].trim() ?? '',
    sources: Array.isArray(fm.sources) ? fm.sources.map(String) : [],
    frontmatter: fm,
    file,
    figures: parseFigures(slide.content ?? '', { slide: no, title, file, line: contentLine(slide, files) }),
  }
}

/**
 * Every slide the audience sees, in order (hidden and disabled slides left out, as Slidev does).
 * Throws a FigureError naming the slide if a figure's prop cannot be read (a bound prop that is not
 * a literal), so no test goes on to read a prop it has misread.
 */
export async function loadDeck(entry = 'slides.md'): Promise<DeckSlide[]> {
  const data = await load({ roots: [DECK_ROOT], userRoot: DECK_ROOT }, resolve(DECK_ROOT, entry))
  const files = new Map<string, string>()
  return data.slides
    .filter(slide => !slide.frontmatter?.hide && !slide.frontmatter?.disabled)
    .map((slide, i) => toDeckSlide(slide, i + 1, files))
}

/** Every figure with this tag, in deck order, each with its slide: "the map slides" and the like. */
export function figuresIn(deck: readonly DeckSlide[], tag: string): { slide: DeckSlide, figure: Figure }[] {
  return deck.flatMap(slide => slide.figures.filter(f => f.tag === tag).map(figure => ({ slide, figure })))
}

/** How many figures on the slide say when they are drawn (`data-waitfor`), for a test or script to wait for. */
export function drawnFigureCount(slide: DeckSlide): number {
  return slide.figures.filter(f => DRAWN_FIGURES.includes(f.tag)).length
}
