/**
 * Lighthouse's accessibility audit fails a page without a main landmark (axe's `landmark-one-main`).
 * Every slide (deck.spec.ts, on its walk), the presenter view (deck.spec.ts, presenting) and the
 * single file (here) have exactly one, and no content lies outside the landmarks (`region`: on the
 * walk, on the first slide of each layout). The layer that gives it is global-top.vue, which also
 * holds the go-to-slide box tested here.
 */
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { DATA_FILES, SINGLE_HTML } from '../../lib/outputs.ts'
import { landmarkProblems, wcagProblems } from '../a11y-checks.ts'
import { E2E } from '../../scripts/e2e-site.ts'
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

test('the navigation bar passes axe, with no button inside a button, and its menus open by click and by key', async ({ deck }) => {
  const { page } = deck
  /** axe's WCAG rules on the bar, in each colour scheme. */
  const expectPasses = async (what: string) => {
    for (const scheme of ['dark', 'light'] as const) {
      await deck.turnScheme(scheme)
      expect(await wcagProblems(page, 'nav'), `${what} (${scheme})`).toEqual([])
    }
  }
  await deck.open(2)
  // The bar appears under the pointer.
  await page.mouse.move(40, 700)
  const options = page.getByRole('button', { name: 'More Options' })
  await expect(options).toBeVisible()
  // overrides/MenuButton.vue: Slidev's own wrapped each menu's button in another button.
  await expect(page.locator('nav button button'), 'a button inside a button').toHaveCount(0)
  await expectPasses('the navigation bar')
  // Slidev's options menu (the data files' menu, below, is the bar's other one).
  const menu = page.locator('nav .z-menu').filter({ hasNotText: DATA_FILES[0].label })
  await options.click()
  await expect(menu, 'a click opens the options').toBeVisible()
  await expectPasses('the navigation bar with its options open')
  await page.mouse.click(1100, 150)
  await expect(menu, 'a click elsewhere closes them').toBeHidden()
  await options.focus()
  await page.keyboard.press('Enter')
  await expect(menu, 'Enter opens them').toBeVisible()
  await page.keyboard.press('Enter')
  await expect(menu, 'and closes them').toBeHidden()
  // The data files' menu (custom-nav-controls.vue), a disclosure.
  const data = page.getByRole('button', { name: 'Sources and record as data' })
  const firstFile = page.getByRole('link', { name: DATA_FILES[0].label })
  await expect(firstFile, 'the data menu starts closed').toBeHidden()
  await data.click()
  await expect(data, 'a click opens the data menu').toHaveAttribute('aria-expanded', 'true')
  await expect(firstFile).toBeVisible()
  await expectPasses('the navigation bar with its data menu open')
  await page.keyboard.press('Escape')
  await expect(firstFile, 'Escape closes the data menu').toBeHidden()
  await expect(data, 'and gives the focus back to its button').toBeFocused()
  await page.keyboard.press('Enter')
  await expect(data, 'Enter opens it').toHaveAttribute('aria-expanded', 'true')
  await page.mouse.click(1100, 150)
  await expect(firstFile, 'a click elsewhere closes it').toBeHidden()
  await expect(data).toHaveAttribute('aria-expanded', 'false')
  await expect.poll(() => deck.location(), 'the deck stays on its slide').toEqual({ no: 2, clicks: 0 })
})
