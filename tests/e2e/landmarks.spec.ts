/**
 * Lighthouse's accessibility audit fails a page without a main landmark (axe's `landmark-one-main`).
 * Every slide, the presenter view and the single file have exactly one, and no content lies outside
 * the landmarks (`region`). The layer that gives it is global-top.vue.
 */
import type { Page } from '@playwright/test'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import AxeBuilder from '@axe-core/playwright'
import { SINGLE_HTML } from '../../lib/outputs.ts'
import { E2E } from '../e2e-site.ts'
import { expect, slides, test } from '../fixtures.ts'

const RULES = ['landmark-one-main', 'landmark-no-duplicate-main', 'landmark-main-is-top-level', 'region']

async function landmarkProblems(page: Page, rules = RULES): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withRules(rules).analyze()
  return result.violations.map(v => `${v.id}: ${v.nodes.map(n => n.target.join(' ')).slice(0, 3).join('; ')}`)
}

test.describe('every slide has one main landmark and nothing outside the landmarks', () => {
  // One test a slide: each names its slide, and a busy machine slows one slide, not a walk through all of them.
  for (const slide of slides) {
    test(`slide ${slide.no} "${slide.title}"`, async ({ deck, page }) => {
      await deck.open(slide.no, slide.clicks)
      await expect(page.locator('main, [role="main"]'), `slide ${slide.no}: one main landmark`).toHaveCount(1)
      expect(await landmarkProblems(page), `slide ${slide.no}`).toEqual([])
    })
  }
})

test('the presenter view is one main landmark, with the notes and the next slide inside it', async ({ page }) => {
  for (const no of [1, Math.ceil(slides.length / 2), slides.length]) {
    await page.goto(`#/presenter/${no}`)
    await expect(page.locator('.slidev-note').first()).toBeVisible()
    await expect(page.locator('main, [role="main"]'), `presenter at slide ${no}`).toHaveCount(1)
    await expect(page.locator('[role="main"] .slidev-note').first()).toBeVisible()
    expect(await landmarkProblems(page), `presenter at slide ${no}`).toEqual([])
  }
})

test('the go-to-slide box is hidden until asked for, then works', async ({ deck, page }) => {
  await deck.open(3)
  await expect(page.locator('#slidev-goto-input')).toBeHidden()
  await page.keyboard.press('g')
  // Focused, or the digits typed next go nowhere (global-top.vue says why this could fail).
  await expect(page.locator('#slidev-goto-input'), 'pressing g should open the box with the cursor in it').toBeFocused()
  await page.keyboard.type('7')
  await page.keyboard.press('Enter')
  await expect(deck.slide(7)).toBeVisible()
  await expect(page.locator('#slidev-goto-input'), 'the box should hide again once it has been used').toBeHidden()
})

test('the single file has one main landmark too', async ({ page }) => {
  const file = pathToFileURL(resolve(E2E.siteDir, SINGLE_HTML)).href
  await page.goto(`${file}#/5`)
  await expect(page.locator('#slide-content .slidev-page-5')).toBeVisible()
  await expect(page.locator('main, [role="main"]')).toHaveCount(1)
  expect(await landmarkProblems(page)).toEqual([])
})
