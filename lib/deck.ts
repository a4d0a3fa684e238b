/**
 * The deck as Slidev's own parser reads it: the one place tests, scripts and benchmarks learn how
 * many slides there are, how many clicks each declares, and what each slide's notes say.
 */
import type { SlideInfo } from '@slidev/types'
import { resolve } from 'node:path'
import { load } from '@slidev/parser/fs'

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
}

export const DECK_ROOT = resolve(import.meta.dirname, '..')

function toDeckSlide(slide: SlideInfo, no: number): DeckSlide {
  const fm = slide.frontmatter ?? {}
  return {
    no,
    title: slide.title ?? '',
    level: slide.level ?? 1,
    layout: String(fm.layout ?? (no === 1 ? 'cover' : 'default')),
    clicks: typeof fm.clicks === 'number' ? fm.clicks : 0,
    note: (slide.note ?? '').trim(),
    content: slide.content ?? '',
    heading: /^#\s+(.+)$/m.exec(slide.content ?? '')?.[1].trim() ?? '',
    sources: Array.isArray(fm.sources) ? fm.sources.map(String) : [],
    frontmatter: fm,
    file: slide.source?.filepath ? slide.source.filepath.replace(`${DECK_ROOT}/`, '') : 'slides.md',
  }
}

/** Every slide the audience sees, in order (hidden and disabled slides left out, as Slidev does). */
export async function loadDeck(entry = 'slides.md'): Promise<DeckSlide[]> {
  const data = await load({ roots: [DECK_ROOT], userRoot: DECK_ROOT }, resolve(DECK_ROOT, entry))
  return data.slides
    .filter(slide => !slide.frontmatter?.hide && !slide.frontmatter?.disabled)
    .map((slide, i) => toDeckSlide(slide, i + 1))
}
