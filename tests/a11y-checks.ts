/**
 * What axe finds on a page, as sentences that name the rule and the elements: the WCAG 2.1 AA rules
 * on a part of the page (a slide, a map), and the landmark rules on the whole page (Lighthouse's
 * accessibility audit fails a page without a main landmark: global-top.vue gives it).
 */
import type { Page } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa']

/** One main landmark, at the top level, and no content outside the landmarks. */
const LANDMARK_RULES = ['landmark-one-main', 'landmark-no-duplicate-main', 'landmark-main-is-top-level', 'region']

/** Serious and critical WCAG violations inside `include` (a CSS selector). */
export async function wcagProblems(page: Page, include: string): Promise<string[]> {
  const result = await new AxeBuilder({ page }).include(include).withTags(WCAG_TAGS).analyze()
  return result.violations
    .filter(v => v.impact === 'serious' || v.impact === 'critical')
    .map(v => `${v.id} (${v.impact}) — ${v.nodes.map(n => n.target.join(' ')).slice(0, 3).join('; ')}`)
}

/** Violations of the landmark rules, on the whole page (they are page-level rules). */
export async function landmarkProblems(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withRules(LANDMARK_RULES).analyze()
  return result.violations.map(v => `${v.id}: ${v.nodes.map(n => n.target.join(' ')).slice(0, 3).join('; ')}`)
}
