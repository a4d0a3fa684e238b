/**
 * Lighthouse's accessibility audit fails a page without a main landmark (axe's `landmark-one-main`).
 * Every slide (deck.spec.ts, on its walk), the presenter view (deck.spec.ts, presenting) and the
 * single file (here) have exactly one, and no content lies outside the landmarks (`region`: on the
 * walk, on the first slide of each layout). The layer that gives it is global-top.vue, which also
 * holds the go-to-slide box tested here.
 */
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { SINGLE_HTML } from '../../lib/outputs.ts'
import { landmarkProblems } from '../a11y-checks.ts'
import { E2E } from '../e2e-site.ts'
import { expect, test } from '../fixtures.ts'

test('the go-to-slide box is hidden until asked for, then works', async ({ deck }) => {
  const { page } = deck
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
