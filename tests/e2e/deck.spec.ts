import AxeBuilder from '@axe-core/playwright'
import { serveStatic } from '../../scripts/serve.ts'
import { E2E } from '../e2e-site.ts'
import { expect, slides, test, timeForSteps } from '../fixtures.ts'
import { textProblems } from '../layout-checks.ts'
import { readPdf } from '../pdf.ts'

test.describe('every slide', () => {
  for (const slide of slides) {
    test(`slide ${slide.no} "${slide.title}" renders at its last click with all its text readable`, async ({ deck }) => {
      const page = await deck.open(slide.no, slide.clicks)
      const heading = await page.getByRole('heading', { level: 1 }).first().textContent()
      // Markdown turns straight quotes into typographic ones; compare the words.
      const plain = (text: string | null) => (text ?? '').replace(/[‘’]/g, "'").replace(/[“”]/g, '"').trim()
      expect(plain(heading), `slide ${slide.no} should show its heading`).toBe(plain(slide.heading))
      if (slide.layout !== 'cover')
        await expect(page.locator('.slide-number'), `slide ${slide.no} should show its number`).toHaveText(`${slide.no} / ${slides.length}`)
      expect(await textProblems(page), `slide ${slide.no} at click ${slide.clicks}`).toEqual([])
    })
  }
})

test.describe('accessibility', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`axe finds no serious or critical violation on any slide (${scheme})`, async ({ deck, page }) => {
      test.setTimeout(timeForSteps(slides.length))
      await page.emulateMedia({ colorScheme: scheme })
      const found: string[] = []
      for (const slide of slides) {
        await deck.open(slide.no, slide.clicks)
        await expect(page.locator('html')).toHaveClass(scheme === 'dark' ? /dark/ : /light/)
        const result = await new AxeBuilder({ page }).include(`#slide-content .slidev-page-${slide.no}`).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze()
        for (const v of result.violations.filter(v => v.impact === 'serious' || v.impact === 'critical'))
          found.push(`slide ${slide.no}: ${v.id} (${v.impact}) — ${v.nodes.map(n => n.target.join(' ')).slice(0, 3).join('; ')}`)
      }
      expect(found).toEqual([])
    })
  }
})

test('walking the deck with the arrow key reaches every click step and the last slide', async ({ deck }) => {
  const steps = slides.flatMap(s => Array.from({ length: s.clicks + 1 }, (_, clicks) => ({ no: s.no, clicks })))
  test.setTimeout(timeForSteps(steps.length, 3_000))
  await deck.open(1)
  for (const step of steps.slice(1))
    await deck.press('ArrowRight', step)
  await expect(deck.slide(slides.length)).toBeVisible()
  // Back across a slide boundary: the previous slide comes back at its last click.
  const withClicks = slides.find(s => s.clicks > 0 && s.no > 1)!
  await deck.open(withClicks.no + 1)
  await deck.press('ArrowLeft', { no: withClicks.no, clicks: withClicks.clicks })
})

test.describe('links and hosting', () => {
  test('a link to slide 7 opens slide 7, and reloading keeps it', async ({ deck, page }) => {
    await page.goto('#/7')
    await expect(deck.slide(7)).toBeVisible()
    await expect(deck.slide(7).locator('.slide-number')).toHaveText(`7 / ${slides.length}`)
    await page.reload()
    await expect(deck.slide(7)).toBeVisible()
    await page.goto(`${E2E.url}index.html#/7`)
    await expect(deck.slide(7)).toBeVisible()
  })

  test('one default build works at any sub-path, with no rewrite rules', async ({ browser }) => {
    for (const base of ['/', '/a/', '/teaching/2026/baltic-security/']) {
      const site = await serveStatic({ root: E2E.relativeDir, base })
      const context = await browser.newContext()
      const page = await context.newPage()
      const errors: string[] = []
      page.on('pageerror', e => errors.push(e.message))
      page.on('response', r => r.status() >= 400 && errors.push(`HTTP ${r.status()} ${r.url()}`))
      try {
        await page.goto(`${site.url}#/7`)
        await expect(page.locator('#slide-content .slidev-page-7'), `slide 7 under ${base}`).toBeVisible()
        await page.reload()
        await expect(page.locator('#slide-content .slidev-page-7'), `slide 7 under ${base} after a reload`).toBeVisible()
        expect(errors, `errors under ${base}`).toEqual([])
      }
      finally {
        await context.close()
        await site.close()
      }
    }
  })

  test('the site offers the deck as a PDF from its download button', async ({ deck, page }, testInfo) => {
    await deck.open(2)
    await page.mouse.move(40, 700)
    const button = page.getByRole('button', { name: 'Download as PDF' })
    const download = page.waitForEvent('download')
    await button.click()
    const file = testInfo.outputPath('download.pdf')
    await (await download).saveAs(file)
    const pdf = await readPdf(file)
    expect(pdf.pages, 'the downloaded PDF should have one page per slide').toBe(slides.length)
  })

  test('the site loads its fonts and favicon from its own folder', async ({ deck, page }) => {
    const fonts: string[] = []
    page.on('response', r => r.url().endsWith('.woff2') && r.ok() && fonts.push(r.url()))
    await deck.open(1)
    await expect.poll(() => page.evaluate(() => document.fonts.check('20px "Inter Variable"') && document.fonts.check('34px "Source Serif 4 Variable"'))).toBe(true)
    expect(fonts.length, 'fonts should come from the site itself').toBeGreaterThan(0)
    for (const url of fonts)
      expect(url.startsWith(E2E.url), `${url} should be under ${E2E.url}`).toBe(true)
    const icon = await page.locator('link[rel="icon"]').evaluate(link => (link as HTMLLinkElement).href)
    expect(icon.startsWith(E2E.url), `favicon ${icon} should be under ${E2E.url}`).toBe(true)
    expect((await page.request.get(icon)).ok(), `favicon ${icon} should load`).toBe(true)
  })
})

test.describe('presenting', () => {
  test('presenter mode shows each slide\'s notes, the next slide and the timer', async ({ page }) => {
    test.setTimeout(timeForSteps(slides.length, 4_000))
    for (const slide of slides) {
      await page.goto(`#/presenter/${slide.no}`)
      const firstWords = slide.note.replace(/\[click\]/g, '').replace(/\s+/g, ' ').trim().split(' ').slice(0, 6).join(' ')
      await expect(page.locator('.slidev-note').first(), `presenter notes for slide ${slide.no}`).toContainText(firstWords)
      if (slide.no < slides.length && slide.clicks === 0)
        await expect(page.locator(`.grid-section.next .slidev-page-${slide.no + 1}`), `the next-slide preview beside slide ${slide.no}`).toBeVisible()
    }
    // The timer waits at "-:--" until the presenter starts it, then counts up.
    const timer = page.locator('.slidev-presenter [class*="i-carbon:time"]').locator('xpath=ancestor::div[contains(@class,"group")][1]')
    await expect(timer, 'the presenter timer').toHaveText('-:--')
    await timer.hover()
    await timer.locator('[class*="i-carbon:play"]').click()
    await expect(timer, 'the presenter timer should run once started').toHaveText(/^\d+:\d\d$/)
  })

  test('the dark-mode switch turns every slide dark', async ({ deck, page }) => {
    await deck.open(4)
    const light = await deck.slide(4).locator('.slidev-layout').evaluate(el => getComputedStyle(el).backgroundColor)
    await page.keyboard.press('d')
    await expect(page.locator('html')).toHaveClass(/dark/)
    const dark = await deck.slide(4).locator('.slidev-layout').evaluate(el => getComputedStyle(el).backgroundColor)
    expect(dark, 'the slide background should change with the dark switch').not.toBe(light)
  })
})
