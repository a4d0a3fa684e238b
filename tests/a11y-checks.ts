/**
 * What axe finds on a page, as sentences that name the rule and the elements: the WCAG 2.1 AA rules
 * on a part of the page (a slide, a map), and the landmark rules on the whole page (Lighthouse's
 * accessibility audit fails a page without a main landmark: global-top.vue gives it).
 *
 * axe-core is put into the page once, and run there: the deck is one page, so a walk over every
 * slide loads axe once, and only the sentences come back to the test. (A wrapper that injects axe
 * again for each check, and opens a blank page to merge its results, spent half a walk doing so.)
 *
 * A check of a part of the page reads only that part: `axe.run` would copy the whole page into its
 * own tree first, every slide Slidev keeps mounted and hidden included, on every check. axe's
 * `setup` builds the tree from the part alone, and `runPartial` and `finishRun` run the rules on it
 * (axe-core's own API for running in parts). Measured on this deck's slides: a quarter less time a
 * check, and the same violations (a low-contrast line put on seven slides of every kind was found
 * either way, and nothing else).
 */
import type { Locator, Page } from '@playwright/test'
import type { AxeResults, RunOptions } from 'axe-core'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa']

/**
 * The WCAG rules whose outcome depends on colour: text contrast, and links told from text. In the
 * second colour scheme the page's elements, names and roles are the same; only these can differ.
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block']

/** One main landmark, at the top level, and no content outside the landmarks. */
const LANDMARK_RULES = ['landmark-one-main', 'landmark-no-duplicate-main', 'landmark-main-is-top-level', 'region']

interface Violation {
  id: string
  impact: string | null
  targets: string[]
}

/** The page's window once axe-core is in it (axe-core's own types). */
interface AxeWindow {
  axe?: typeof import('axe-core')
}

/**
 * Runs axe in the page (putting it there first if this document has none) on the element that
 * `part` (a CSS selector) finds, or on the whole document if it is null, and returns its violations.
 */
async function violations(page: Page, part: string | null, options: RunOptions): Promise<Violation[]> {
  const run = () => page.evaluate(async ({ part, options }) => {
    const axe = (window as AxeWindow).axe
    if (!axe)
      return undefined
    const all: RunOptions = { ...options, resultTypes: ['violations'] }
    let result: AxeResults
    if (part === null) {
      result = await axe.run(document, all)
    }
    else {
      const root = document.querySelector(part)
      if (!root)
        throw new Error(`axe: nothing on the page matches ${part}`)
      // The tree of this part alone; runPartial takes it down again when it ends.
      axe.setup(root)
      result = await axe.finishRun([await axe.runPartial({ include: [root] }, all)], all)
    }
    return result.violations.map(v => ({ id: v.id, impact: v.impact ?? null, targets: v.nodes.map(n => n.target.join(' ')) }))
  }, { part, options })
  const found = await run()
  if (found)
    return found
  await page.evaluate(AXE_SOURCE)
  const again = await run()
  if (!again)
    throw new Error('axe-core did not load into the page')
  return again
}

/**
 * Serious and critical WCAG violations inside `include` (a CSS selector). With `colourOnly`, only
 * the rules that depend on colour: for a second colour scheme of a page already checked in full.
 */
export async function wcagProblems(page: Page, include: string, { colourOnly = false } = {}): Promise<string[]> {
  const runOnly: RunOptions['runOnly'] = colourOnly ? { type: 'rule', values: COLOUR_RULES } : { type: 'tag', values: WCAG_TAGS }
  return (await violations(page, include, { runOnly }))
    .filter(v => v.impact === 'serious' || v.impact === 'critical')
    .map(v => `${v.id} (${v.impact}) — ${v.targets.slice(0, 3).join('; ')}`)
}

/** Violations of the landmark rules, on the whole page (they are page-level rules). */
export async function landmarkProblems(page: Page): Promise<string[]> {
  return (await violations(page, null, { runOnly: { type: 'rule', values: LANDMARK_RULES } }))
    .map(v => `${v.id}: ${v.targets.slice(0, 3).join('; ')}`)
}

/**
 * The kinds of element a part of the page shows, each as what axe's WCAG rules read of an element:
 * its tag, classes, attribute names (with the values of `role`, `aria-hidden` and `tabindex`), its
 * inline style, the same of every ancestor up to the part, its colours, text size and weight, and
 * whether it holds text. Not its words. Two slides of one list drawn by one component from different
 * records show the same kinds, and axe finds on the second what it found on the first, except where
 * the second shows a kind the first did not (a disputed mark, a posture, a nuclear sign): the walk
 * runs axe on a slide for reading only when it shows a kind not yet checked. Elements that are not
 * displayed are left out, as axe leaves them out.
 */
export function elementKinds(part: Locator): Promise<string[]> {
  return part.evaluate((root) => {
    const VALUED = ['role', 'aria-hidden', 'tabindex']
    const own = (el: Element) => {
      const names = [...el.attributes].map(a => a.name).filter(n => n !== 'class' && n !== 'id' && !n.startsWith('data-v-')).sort()
      const attrs = names.map(n => VALUED.includes(n) ? `${n}=${el.getAttribute(n)}` : n).join(',')
      return `${el.tagName.toLowerCase()}.${[...el.classList].sort().join('.')}[${attrs}]{${el.getAttribute('style') ?? ''}}`
    }
    const kinds = new Set<string>()
    const walk = (el: Element, path: string) => {
      const style = getComputedStyle(el)
      if (style.display === 'none')
        return
      const here = `${path}>${own(el)}`
      const text = [...el.childNodes].some(n => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()) ? 'text' : ''
      kinds.add(`${here}|${style.color}|${style.backgroundColor}|${style.fontSize}|${style.fontWeight}|${style.opacity}|${text}`)
      for (const child of el.children)
        walk(child, here)
    }
    for (const child of root.children)
      walk(child, '')
    return [...kinds]
  })
}
