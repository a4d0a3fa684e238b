/**
 * A figure component's settings and clicks. `useFigure` gives the record in data/figures.ts that
 * its slide's frontmatter names (`figure: exclave-1991`); it throws, naming the slide and the id,
 * if the slide names no figure, an unknown one, or another component's. `useFigureClicks`
 * registers the figure's clicks with its slide.
 *
 *   const figure = useFigure('BalticMap') // { component: 'BalticMap', view, date, steps }
 *   const shown = useFigureClicks(figureClicks(figure)) // how many steps show at this click
 */
import type { ComputedRef } from 'vue'
import type { FigureComponent, FigureId, FigureOf } from '../data/figures.ts'
import { useSlideContext } from '@slidev/client'
import { computed, onUnmounted, useId } from 'vue'
import { figureFor } from '../data/figures.ts'
import { stepsShown } from './figure-steps.ts'

export function useFigure<C extends FigureComponent>(component: C): FigureOf<C> & { id: FigureId } {
  const { $frontmatter, $page, $route } = useSlideContext()
  const title = $route?.meta.slide?.title
  const figure = figureFor(component, $frontmatter.figure, `Slide ${$page.value}${title ? ` "${title}"` : ''}`)
  return { ...figure, id: $frontmatter.figure as FigureId }
}

/**
 * Registers `count` clicks with the slide's clicks context (as Slidev's own CodeBlockWrapper
 * registers its line ranges), so the slide needs no `clicks:` line, and returns how many of the
 * figure's steps show now: 0 before its first click, `count` after its last, and in print and the
 * overview.
 */
export function useFigureClicks(count: number): ComputedRef<number> {
  const { $clicksContext: clicks } = useSlideContext()
  const id = useId()
  const info = count > 0 ? clicks.calculateSince('+1', count) : null
  clicks.register(id, info)
  onUnmounted(() => clicks.unregister(id))
  return computed(() => info ? stepsShown(count, clicks.current - info.start + 1) : 0)
}
