/**
 * Which sources a slide cites: the ids in its frontmatter (`sources: [a, b]`) and, for a slide with
 * a map (`figure:`, data/figures.ts), the sources of everything the map draws (its base map, the
 * memberships it shades, the weapons and scenarios of its steps). Worked out from the slide's
 * frontmatter and the data alone, so the source line is the same whether or not the map has been
 * drawn, and a map's citations are never written twice. (An escalation chart cites its moves in
 * its own caption, by number, and the record's tables in the appendix give their sources.)
 */
import { mapSourceIds } from './baltic-map/layers.ts'
import { slideFigure } from './figure-steps.ts'

/** Every source id cited on a slide, frontmatter first, each once. */
export function slideSourceIds(frontmatter: { sources?: readonly string[], figure?: unknown }): string[] {
  const figure = slideFigure(frontmatter)
  const fromFigure = figure?.component === 'BalticMap' ? mapSourceIds(figure.date, figure.steps) : []
  return [...new Set([...(frontmatter.sources ?? []), ...fromFigure])]
}
