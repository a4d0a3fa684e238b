/**
 * A figure component's settings: the record in data/figures.ts that its slide's frontmatter names
 * (`figure: exclave-1991`). Throws, naming the slide and the id, if the slide names no figure, an
 * unknown one, or another component's.
 *
 *   const figure = useFigure('BalticMap') // { component: 'BalticMap', view, date, steps }
 */
import type { FigureComponent, FigureOf } from '../data/figures.ts'
import { useSlideContext } from '@slidev/client'
import { figureFor } from '../data/figures.ts'

export function useFigure<C extends FigureComponent>(component: C): FigureOf<C> {
  const { $frontmatter, $page, $route } = useSlideContext()
  const title = $route?.meta.slide?.title
  return figureFor(component, $frontmatter.figure, `Slide ${$page.value}${title ? ` "${title}"` : ''}`)
}
