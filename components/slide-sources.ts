/**
 * Which sources a slide cites: the ids in its frontmatter (`sources: [a, b]`) and, for a slide with
 * a figure (`figure:`, data/figures.ts), the sources its compiled summary names (for a map: its
 * base map, the memberships it shades, the weapons and scenarios of its layers; a chart cites its
 * moves in its own caption, by number, and the record's tables in the appendix give their sources).
 * The same whether or not the figure has been drawn, and a map's citations are never written twice.
 */
import { slideFigure } from './figure-steps.ts'

/** Every source id cited on a slide, frontmatter first, each once. */
export function slideSourceIds(frontmatter: { sources?: readonly string[], figure?: unknown }): string[] {
  return [...new Set([...(frontmatter.sources ?? []), ...(slideFigure(frontmatter)?.sourceIds ?? [])])]
}
