/**
 * The single-file deck (`npm run build:single`), opened as a user opens it: by double-click, from a
 * file:// URL, with no server and no network. The webServer step of playwright.config.ts builds it
 * once, into the test site beside the PDF (`npm run build` does the same into dist/).
 */
import type { BrowserContext, Page } from '@playwright/test'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { DATA_FILES, SINGLE_HTML, SITE_PDF } from '../../lib/outputs.ts'
import { figureSummary } from '../../components/figure-steps.ts'
import { externalReferences } from '../../scripts/build-single.ts'
import { ENTRIES, READ_BACK } from '../data-file-checks.ts'
import { E2E } from '../../scripts/e2e-site.ts'
import { Deck, expect, slides, test as withKeptPage } from '../fixtures.ts'

/** Each test opens the file afresh, as a user does, on a page of its own. */
const test = withKeptPage.extend<{ deck: Deck }>({
  deck: async ({ page }, use) => {
    await use(new Deck(page))
  },
})

const file = resolve(E2E.siteDir, SINGLE_HTML)
const fileUrl = pathToFileURL(file).href

/**
 * Chromium's built-in PDF viewer, which draws the PDF a test opens in a new tab: its own resources,
 * inside the browser (chrome://resources, the viewer's bundled extension), never the network.
 */
const BROWSER_PDF_VIEWER = /^(?:chrome:\/\/resources\/|chrome-extension:\/\/mhjfbmdgcfjbbpaeojofohoefgiehjai\/)/

/** Every request that is not file:, data: or blob: (or the browser's own PDF viewer) is blocked and named. */
async function keepInsideTheFile(context: BrowserContext, problems: string[]): Promise<void> {
  // A pattern, so that the browser hands the test only the requests it must stop.
  const OUTSIDE = new RegExp(`^(?!(?:file|data|blob):|${BROWSER_PDF_VIEWER.source.slice(1)})`)
  const outside = (url: string) => OUTSIDE.test(url)
  await context.route(OUTSIDE, async (route) => {
    problems.push(`request out of the file, blocked: ${route.request().url()}`)
    await route.abort('blockedbyclient')
  })
  context.on('request', (request) => {
    if (outside(request.url()))
      problems.push(`request out of the file: ${request.url()}`)
  })
}

/** Console and page errors of a second window (the first has the fixture's guard). */
function guard(page: Page, name: string, problems: string[]): void {
  page.on('console', m => m.type() === 'error' && problems.push(`${name}: console error: ${m.text()}`))
  page.on('pageerror', e => problems.push(`${name}: page error: ${e.message}`))
}

/** Opens the navigation bar's data menu on slide 2, as a viewer does: the bar shows under the pointer. */
async function openDataMenu(deck: Deck, page: Page): Promise<void> {
  await deck.open(2)
  await page.mouse.move(40, 700)
  const menu = page.getByRole('button', { name: 'Sources and record as data' })
  await menu.click()
  await expect(menu).toHaveAttribute('aria-expanded', 'true')
}

test.describe('the single file, opened from file://', () => {
  test.use({ baseURL: fileUrl })

  test.beforeEach(async ({ context, problems }) => {
    await keepInsideTheFile(context, problems)
  })

  test('the file holds everything: no script, style, font or icon is fetched from outside it', () => {
    const html = readFileSync(file, 'utf8')
    expect(externalReferences(html)).toEqual([])
    expect(html, 'the fonts are inside, as woff2').toMatch(/url\(data:font\/woff2;base64,/)
    expect(html, 'the favicon is inside').toMatch(/<link rel="icon" href="data:image\/svg\+xml;base64,/)
    // The budget: 3 MB. The escalation record (232 moves, each with both sides' reasons) and its
    // 700 sources are about 650 KB of it; the search log stays out (the slides read its digest).
    expect(statSync(file).size, 'the budget: at most 3 MB').toBeLessThanOrEqual(3 * 1024 * 1024)
  })

  test('the arrow key walks every slide and click, and back; every map draws its shapes and every chart its moves', async ({ deck, page }) => {
    test.setTimeout(180_000)
    await deck.open(1)
    await expect.poll(() => page.evaluate(() => document.fonts.check('20px "Inter Variable"') && document.fonts.check('34px "Source Serif 4 Variable"')), { message: 'the deck\'s own fonts' }).toBe(true)
    const figures = slides.filter(s => s.figure && figureSummary(s.figure.id).readyMark)
    expect(figures.length, 'the deck places maps and charts').toBeGreaterThan(0)
    const steps = slides.flatMap(s => Array.from({ length: s.clicks + 1 }, (_, clicks) => ({ no: s.no, clicks })))
    for (const step of steps.slice(1)) {
      await deck.press('ArrowRight', step)
      // A figure, at its slide's last click: drawn from what the file holds.
      const s = slides[step.no - 1]
      if (step.clicks !== s.clicks || !figures.includes(s))
        continue
      const slide = deck.slide(s.no)
      if (s.figure?.component === 'BalticMap')
        await expect(slide.locator('.leaflet-container path').filter({ visible: true }).first(), `slide ${s.no}: the map's shapes`).toBeVisible()
      if (s.figure?.component === 'EscalationChart')
        await expect(slide.locator('.move[data-event]').filter({ visible: true }).first(), `slide ${s.no}: the chart's moves`).toBeVisible()
    }
    await expect(deck.slide(slides.length)).toBeVisible()
    await expect(deck.slide(slides.length).locator('.slide-number')).toHaveText(`${slides.length} / ${slides.length}`)
    const withClicks = slides.find(s => s.clicks > 0 && s.no > 1)!
    await deck.open(withClicks.no + 1)
    await deck.press('ArrowLeft', { no: withClicks.no, clicks: withClicks.clicks })
  })

  test('a link to slide 12 opens it, and a reload keeps it', async ({ deck, page }) => {
    await page.goto(`${fileUrl}#/12`)
    await expect(deck.slide(12)).toBeVisible()
    await page.reload()
    await expect(deck.slide(12)).toBeVisible()
    await expect(deck.slide(12).locator('.slide-number')).toHaveText(`12 / ${slides.length}`)
    const withClicks = slides.find(s => s.clicks > 1)!
    await page.goto(`${fileUrl}#/${withClicks.no}?clicks=1`)
    await page.reload()
    await expect.poll(() => deck.location()).toEqual({ no: withClicks.no, clicks: 1 })
    await expect(deck.slide(withClicks.no)).toBeVisible()
  })

  test('dark mode, the overview and the navigation bar work', async ({ deck, page }) => {
    await deck.open(4)
    const light = await deck.slide(4).locator('.slidev-layout').evaluate(el => getComputedStyle(el).backgroundColor)
    await page.keyboard.press('d')
    await deck.expectScheme('dark', 'after the d key')
    const dark = await deck.slide(4).locator('.slidev-layout').evaluate(el => getComputedStyle(el).backgroundColor)
    expect(dark).not.toBe(light)
    await page.keyboard.press('o')
    const overview = page.locator('.slidev-slide-container').filter({ has: page.locator(`.slidev-page-${slides.length}`) })
    await expect(overview.first(), 'the overview shows the last slide too').toBeVisible()
    await page.keyboard.press('Escape')
    await expect(deck.slide(4)).toBeVisible()
    // The bar appears under the pointer.
    const plain = slides.find(s => s.no > 1 && s.no < slides.length && s.clicks === 0)!
    await deck.open(plain.no)
    await page.mouse.move(40, 700)
    await expect(page.getByRole('button', { name: 'Go to next slide' })).toBeVisible()
    await page.getByRole('button', { name: 'Go to next slide' }).click()
    await expect.poll(() => deck.location()).toEqual({ no: plain.no + 1, clicks: 0 })
  })

  test('the navigation bar opens the PDF beside the file in a new tab, and does not offer the file itself', async ({ context, deck, page }) => {
    await deck.open(2)
    await page.mouse.move(40, 700)
    await expect(page.getByRole('button', { name: 'Download as one HTML file (runs offline)' })).toHaveCount(0)
    await expect(page.getByRole('button', { name: 'Download as PDF' })).toHaveCount(0)
    const tab = context.waitForEvent('page')
    await page.getByRole('button', { name: 'Open the PDF (where it lies beside this file)' }).click()
    expect((await tab).url()).toBe(new URL(SITE_PDF, fileUrl).href)
    await expect(deck.slide(2), 'the deck stays where it was').toBeVisible()
  })

  test('the navigation bar\'s data menu opens each data file where it lies beside the file, in a new tab', async ({ deck, page }) => {
    await openDataMenu(deck, page)
    for (const { name, label } of DATA_FILES) {
      const link = page.getByRole('link', { name: label })
      await expect(link, `${label}: opens in a new tab`).toHaveAttribute('target', '_blank')
      await expect(link, `${label}: and leaves the deck alone`).toHaveAttribute('rel', 'noopener')
      const href = await link.evaluate(a => (a as HTMLAnchorElement).href)
      expect(href, `${label}: the file beside this one`).toBe(new URL(name, fileUrl).href)
      expect(existsSync(fileURLToPath(href)), `${label}: the build put ${name} beside the single file`).toBe(true)
    }
    await expect(deck.slide(2), 'the deck stays where it was').toBeVisible()
  })

  test('the presenter window and the audience window stay in step (Chromium)', async ({ context, deck, page, problems }) => {
    const withClicks = slides.find(s => s.clicks > 0 && s.no > 2)!
    await page.goto(`${fileUrl}#/presenter/${withClicks.no - 1}`)
    await expect(page.locator('.slidev-presenter')).toBeVisible()
    const audience = await context.newPage()
    guard(audience, 'audience window', problems)
    await audience.goto(`${fileUrl}#/${withClicks.no - 1}`)
    const audienceDeck = new Deck(audience)
    await expect(audienceDeck.slide(withClicks.no - 1)).toBeVisible()
    // The presenter moves on, a slide and a click; the audience follows.
    await page.bringToFront()
    await deck.press('ArrowRight', { no: withClicks.no, clicks: 0 })
    await expect.poll(() => audienceDeck.location(), { message: 'the audience follows to the next slide' }).toEqual({ no: withClicks.no, clicks: 0 })
    await deck.press('ArrowRight', { no: withClicks.no, clicks: 1 })
    await expect.poll(() => audienceDeck.location(), { message: 'the audience follows the click' }).toEqual({ no: withClicks.no, clicks: 1 })
    await expect(audienceDeck.slide(withClicks.no)).toBeVisible()
    // And back.
    await deck.press('ArrowLeft', { no: withClicks.no, clicks: 0 })
    await expect.poll(() => audienceDeck.location()).toEqual({ no: withClicks.no, clicks: 0 })
    // The notes come with the file too.
    const firstWords = withClicks.note.replace(/\[click\]/g, '').replace(/\s+/g, ' ').trim().split(' ').slice(0, 5).join(' ')
    await expect(page.locator('.slidev-note').first()).toContainText(firstWords)
  })
})

test.describe('on the built site', () => {
  test.use({ baseURL: E2E.url })

  test('the download controls hand out the PDF and the single file, each the one the build wrote', async ({ deck, page }, testInfo) => {
    await deck.open(2)
    await page.mouse.move(40, 700)
    const pdf = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Download as PDF' }).click()
    const pdfDownload = await pdf
    expect(pdfDownload.url()).toBe(`${E2E.url}${SITE_PDF}`)
    const savedPdf = testInfo.outputPath(SITE_PDF)
    await pdfDownload.saveAs(savedPdf)
    // The build's PDF is the one pdf.spec.ts reads page by page.
    expect(readFileSync(savedPdf).equals(readFileSync(resolve(E2E.siteDir, SITE_PDF))), 'the site offers the PDF it was built with').toBe(true)
    const html = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Download as one HTML file (runs offline)' }).click()
    const download = await html
    expect(download.suggestedFilename()).toBe(SINGLE_HTML)
    const saved = testInfo.outputPath(SINGLE_HTML)
    await download.saveAs(saved)
    expect(readFileSync(saved).equals(readFileSync(file)), 'the site offers the single file it was built with').toBe(true)
  })

  test('the data menu hands out the references, the record and the codebook, each the file the build wrote, whole', async ({ deck, page }, testInfo) => {
    await openDataMenu(deck, page)
    for (const { name, label } of DATA_FILES) {
      await test.step(label, async () => {
        const downloading = page.waitForEvent('download')
        await page.getByRole('link', { name: label }).click()
        const download = await downloading
        expect(download.suggestedFilename()).toBe(name)
        const saved = testInfo.outputPath(name)
        await download.saveAs(saved)
        expect(readFileSync(saved).equals(readFileSync(resolve(E2E.siteDir, name))), `the site offers the ${name} it was built with`).toBe(true)
        // Read back by parsers of their own: citation-js for the BibTeX, csv-parse for the CSV.
        expect(READ_BACK[name](readFileSync(saved, 'utf8')), `${name}: one entry per source, record or clause`).toBe(ENTRIES[name])
      })
    }
    await expect(deck.slide(2), 'the deck stays where it was').toBeVisible()
  })

  test('the single file also works uploaded to a static host, as one file among others', async ({ deck, page }) => {
    await page.goto(`${E2E.url}${SINGLE_HTML}#/12`)
    await expect(deck.slide(12)).toBeVisible()
    await page.reload()
    await expect(deck.slide(12)).toBeVisible()
    await deck.figuresReady(deck.slide(12), 12)
  })
})
