import type { Locator } from '@playwright/test'
import { serveStatic } from '../../scripts/serve.ts'
import { elementKinds, landmarkProblems, wcagProblems } from '../a11y-checks.ts'
import type { CheckedList, ListTrail } from '../deck-figures.ts'
import { chartsIn, LIST_CONTENTS, listPartProblems, mapsIn } from '../deck-figures.ts'
import { E2E } from '../../scripts/e2e-site.ts'
import { chartLayoutProblems, chartMarkerProblems, mapBoxProblems, mapColourProblems } from '../figure-checks.ts'
import type { Scheme } from '../fixtures.ts'
import type { DeckSlide } from '../../scripts/deck.ts'
import { Deck, expect, slides, test, timeForSteps } from '../fixtures.ts'
import { textProblems, visibleWords } from '../layout-checks.ts'
import { walkParts } from '../walk-parts.ts'
import { TALK_BUDGET } from '../../scripts/talk.ts'

/**
 * The deck walked as a presenter walks it, with the arrow key through every click. Every check that
 * reads a slide as it is shown runs on this one walk: at each slide's last click its heading,
 * number, text and WCAG rules, its map's fills and box, its chart's markers, and the page's
 * landmarks on the first slide of each layout; at every click of a figure, the map's accessibility
 * and the chart's layout. Problems are collected, each naming the slide, the click and the scheme,
 * and the test fails on all of them at once.
 *
 * The slides for reading after the talk (99 of them pages of five lists, each page drawn by one
 * component from other records) are walked and read like the others, but axe, which took two
 * thirds of the time spent on such a slide, runs on one only where it shows a kind of element that
 * the run has not yet checked (tests/a11y-checks.ts `elementKinds`): the first page of each list in
 * the run, and each page that brings a new mark, colour or structure. On each page of the record's
 * lists the walk also reads the items against the list (the next ones, in order, none left out or
 * twice; tests/deck-figures.ts `listPartProblems`), and stepping into the next run's first slide
 * checks that it goes on where this run's page ended: together, the runs read each list whole.
 *
 * Both colour schemes: each run opens in one scheme and walks in it (the runs alternate, so the
 * deck is walked from a first paint in each), and at each slide's last click, where every element
 * its clicks reveal is shown, it turns to the other scheme, as a viewer's system setting would, and
 * runs there the checks whose outcome depends on colour (axe's colour rules, the map's fills, the
 * chart's markers), then turns back. What differs between the schemes is colour, not what is shown
 * when: the elements, names and roles are those checked in the run's own scheme.
 *
 * The walk is cut into runs of whole slides (tests/walk-parts.ts) that the workers share: a run
 * opens its first slide by its link, then goes on with the arrow key into the first slide of the
 * next run, so every step from one slide to the next is still taken by a key press.
 */
const WALK_RUNS = 6

test.describe('the deck, walked in both colour schemes', () => {
  const maps = mapsIn(slides)
  const charts = chartsIn(slides)
  /** Markdown turns straight quotes into typographic ones; compare the words. */
  const plain = (text: string | null) => (text ?? '').replace(/[‘’]/g, "'").replace(/[“”]/g, '"').trim()

  test('the walk meets a map and a chart', () => {
    expect(maps.length, 'the walk should meet a map').toBeGreaterThan(0)
    expect(charts.length, 'the walk should meet a chart').toBeGreaterThan(0)
  })

  for (const [r, run] of walkParts(slides, WALK_RUNS).entries()) {
    const first = run[0].no
    const last = run.at(-1)!.no
    const scheme: Scheme = r % 2 === 0 ? 'light' : 'dark'
    const other: Scheme = scheme === 'light' ? 'dark' : 'light'
    const steps = run.flatMap(s => Array.from({ length: s.clicks + 1 }, (_, clicks) => ({ no: s.no, clicks })))
    test(`with the arrow key (${scheme}, then ${other} at each last click), slides ${first}–${last}: every slide and click shows and reads, passes axe (slides for reading: each new kind of element), and its figures are drawn and told apart without colour`, async ({ deck }) => {
      const { page } = deck
      test.setTimeout(timeForSteps(run.length, 12_000) + (steps.length - run.length) * 4_000)
      /** Turns the deck to a scheme on slide `no`, and waits until its fades have ended. */
      const turn = async (to: Scheme, no: number) => {
        await deck.turnScheme(to, `on slide ${no}`)
        await deck.still(no)
      }
      await page.emulateMedia({ colorScheme: scheme })
      const found: string[] = []
      // The landmarks are the page's, not the slide's (global-top.vue makes the slide container the
      // main landmark, and every layout draws inside it): checked on the first slide of each layout
      // the run meets, instead of on every slide (a whole-page axe run each).
      const landmarksChecked = new Set<string>()
      /** The kinds of element axe has checked on this run's slides for reading, in both schemes. */
      const checkedKinds = new Set<string>()
      /** Where this run has got to in each list of the record. */
      const trails = new Map<CheckedList, ListTrail>()
      /**
       * On a slide of a list of the record: its items, against the list (the next ones, in order:
       * deck-figures.ts listPartProblems), and the list's end, above the slide's foot.
       */
      const listProblems = async (slide: Locator, meta: DeckSlide): Promise<string[]> => {
        const figure = meta.figure
        if (!figure || !('part' in figure) || !Object.hasOwn(LIST_CONTENTS, figure.component))
          return []
        const list = figure.component as CheckedList
        const { item, key } = LIST_CONTENTS[list]
        const names = await slide.locator(item).evaluateAll((items, key) => items.map(i => i.getAttribute(key) ?? ''), key)
        const { problems, trail } = listPartProblems(list, figure.part, figure.parts, names, trails.get(list))
        trails.set(list, trail)
        if (names.length) {
          const box = await slide.locator(item).first().locator('xpath=ancestor::*[self::table or self::ol or self::dl][1]').boundingBox()
          const foot = await slide.locator('.slide-foot').boundingBox()
          if (box && foot && box.y + box.height > foot.y)
            problems.push(`the list runs ${Math.round(box.y + box.height - foot.y)} px into the slide's foot`)
        }
        return problems
      }

      for (const [i, { no, clicks }] of steps.entries()) {
        const meta = slides[no - 1]
        const where = `slide ${no} at click ${clicks} (${scheme})`
        await test.step(where, async () => {
          let slide: Locator
          if (i === 0) {
            slide = await deck.open(no)
            await deck.expectScheme(scheme, 'from its first paint')
          }
          else {
            await deck.press('ArrowRight', { no, clicks })
            slide = clicks === 0 ? await deck.settled(no, 'after ArrowRight') : deck.slide(no)
          }
          const atLast = clicks === meta.clicks
          const slideMaps = maps.filter(m => m.slide.no === no).map((map, j) => ({ map, root: slide.locator('.baltic-map').nth(j) }))
          const slideCharts = charts.filter(c => c.slide.no === no).map((chart, j) => ({ chart, root: slide.locator('.escalation-chart').nth(j) }))

          // First the state this click shows, then the end of its fades: then read it.
          for (const { map, root } of slideMaps) {
            if (clicks > 0)
              await expect.soft(root.locator(`path.layer-${map.steps[clicks - 1]}`).first(), `${where}: the map's layer "${map.steps[clicks - 1]}" should be drawn`).toBeVisible()
          }
          for (const { chart, root } of slideCharts) {
            const labelled = Math.min(clicks, chart.spoken.length)
            await expect.soft(root.locator('.move[data-event]').filter({ visible: true }), `${where}: the chart should draw all ${chart.moves.length} moves of its period`).toHaveCount(chart.moves.length)
            await expect.soft(root.locator('.label-group[data-label]').filter({ visible: true }), `${where}: the chart should label ${labelled} of its spoken moves`).toHaveCount(labelled)
          }
          await deck.still(no)

          for (const { root } of slideMaps) {
            if (!atLast)
              found.push(...(await wcagProblems(page, `#slide-content .slidev-page-${no} .baltic-map`)).map(p => `${where}, the map: ${p}`))
            else
              found.push(...await mapColourProblems(root, where), ...await mapBoxProblems(slide, root, where))
          }
          for (const { root } of slideCharts) {
            found.push(...(await chartLayoutProblems(slide)).map(p => `${where}: ${p}`))
            if (!atLast)
              found.push(...(await textProblems(slide)).map(p => `${where}: ${p}`))
            else
              found.push(...await chartMarkerProblems(root, where))
          }

          if (!atLast)
            return
          const heading = await slide.getByRole('heading', { level: 1 }).first().textContent()
          expect.soft(plain(heading), `${where} should show its heading`).toBe(plain(meta.heading))
          if (meta.layout !== 'cover')
            await expect.soft(slide.getByText(`${no} / ${slides.length}`, { exact: true }), `${where} should show its number`).toBeVisible()
          await expect.soft(page.locator('main, [role="main"]'), `${where}: one main landmark`).toHaveCount(1)
          const landmarks = landmarksChecked.has(meta.layout) ? [] : await landmarkProblems(page)
          landmarksChecked.add(meta.layout)
          const words = meta.spoken ? await visibleWords(slide) : []
          if (words.length > TALK_BUDGET.visibleWords)
            found.push(`${where}: ${words.length} words visible, more than the talk's ${TALK_BUDGET.visibleWords} (figure labels and keys count; the source line does not)`)
          // axe, in both schemes: on every talk slide and figure; on a slide for reading (a page of
          // a list, drawn by one component from the records), only if it shows a kind of element
          // the run has not yet checked (a11y-checks.ts elementKinds). Its text is read on every slide.
          const kinds = meta.spoken || slideMaps.length || slideCharts.length ? undefined : await elementKinds(slide)
          const axeHere = !kinds || kinds.some(k => !checkedKinds.has(k))
          kinds?.forEach(k => checkedKinds.add(k))
          found.push(...[
            ...await textProblems(slide, { reading: !meta.spoken }),
            ...await listProblems(slide, meta),
            ...landmarks,
            ...axeHere ? await wcagProblems(page, `#slide-content .slidev-page-${no}`) : [],
          ].map(p => `${where}: ${p}`))
          if (!axeHere)
            return

          // The same click in the other scheme: what depends on colour.
          const there = `slide ${no} at click ${clicks} (${other})`
          await turn(other, no)
          for (const { root } of slideMaps)
            found.push(...await mapColourProblems(root, there))
          for (const { root } of slideCharts)
            found.push(...await chartMarkerProblems(root, there))
          found.push(...(await wcagProblems(page, `#slide-content .slidev-page-${no}`, { colourOnly: true })).map(p => `${there}: ${p}`))
          await turn(scheme, no)
        })
      }

      if (last < slides.length) {
        // On into the next run's first slide, so that the step between the runs is walked too.
        await deck.press('ArrowRight', { no: last + 1, clicks: 0 })
        const next = await deck.settled(last + 1, 'after ArrowRight')
        // A list that goes on into the next run: where this run's part ended, the next part begins.
        found.push(...(await listProblems(next, slides[last])).map(p => `slide ${last + 1}, the next run's first: ${p}`))
      }
      else {
        await expect(deck.slide(slides.length), 'the walk should end on the last slide').toBeVisible()
        // Back across a slide boundary: the previous slide comes back at its last click.
        const withClicks = slides.find(s => s.clicks > 0 && s.no > 1)!
        await deck.open(withClicks.no + 1)
        await deck.press('ArrowLeft', { no: withClicks.no, clicks: withClicks.clicks })
      }
      expect(found, `what the walk over slides ${first}–${last} found wrong, slide by slide, in each scheme`).toEqual([])
    })
  }
})

test.describe('links and hosting', () => {
  test('a link to slide 7 opens slide 7, and reloading keeps it', async ({ page }) => {
    const deck = new Deck(page)
    await page.goto('#/7')
    await expect(deck.slide(7)).toBeVisible()
    await expect(deck.slide(7).getByText(`7 / ${slides.length}`, { exact: true })).toBeVisible()
    await page.reload()
    await expect(deck.slide(7)).toBeVisible()
    await page.goto(`${E2E.url}index.html#/7`)
    await expect(deck.slide(7)).toBeVisible()
  })

  test('one default build works at any sub-path, with no rewrite rules', async ({ browser }) => {
    for (const base of ['/', '/a/', '/teaching/2026/baltic-security/']) {
      const site = await serveStatic({ root: E2E.siteDir, base })
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

  test('the site loads its fonts and favicon from its own folder', async ({ page }) => {
    const deck = new Deck(page)
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
  // Every slide's notes are held to the deck's source by the unit tests (notes.test.ts reads them
  // with Slidev's own parser); here, that presenter mode shows them: on the first and last slides,
  // each act's opening slide (outline level 1), every slide with a map or chart, and the first slide of each list.
  const presented = slides.filter((s, i) => i === 0 || i === slides.length - 1 || s.level === 1
    || (s.figure && (!('part' in s.figure) || s.figure.part === 1)))
  test(`presenter mode shows the notes and the next slide of ${presented.length} slides of every kind, inside one main landmark, and the timer`, async ({ page }) => {
    test.setTimeout(timeForSteps(presented.length, 4_000))
    expect(presented.length, 'the sample covers the figures and the acts').toBeGreaterThan(15)
    const landmarkChecked = new Set([1, presented[Math.floor(presented.length / 2)].no, slides.length])
    for (const slide of presented) {
      await page.goto(`#/presenter/${slide.no}`)
      const firstWords = slide.note.replace(/\[click\]/g, '').replace(/\s+/g, ' ').trim().split(' ').slice(0, 6).join(' ')
      await expect(page.locator('.slidev-note').first(), `presenter notes for slide ${slide.no}`).toContainText(firstWords)
      if (slide.no < slides.length && slide.clicks === 0)
        await expect(page.locator(`.grid-section.next .slidev-page-${slide.no + 1}`), `the next-slide preview beside slide ${slide.no}`).toBeVisible()
      if (landmarkChecked.has(slide.no)) {
        await expect(page.locator('main, [role="main"]'), `presenter at slide ${slide.no}: one main landmark`).toHaveCount(1)
        await expect(page.locator('[role="main"] .slidev-note').first(), `presenter at slide ${slide.no}: the notes inside the main landmark`).toBeVisible()
        expect(await landmarkProblems(page), `presenter at slide ${slide.no}`).toEqual([])
      }
    }
    // The timer waits at "-:--" until the presenter starts it, then counts up.
    const timer = page.locator('.slidev-presenter [class*="i-carbon:time"]').locator('xpath=ancestor::div[contains(@class,"group")][1]')
    await expect(timer, 'the presenter timer').toHaveText('-:--')
    await timer.hover()
    await timer.locator('[class*="i-carbon:play"]').click()
    await expect(timer, 'the presenter timer should run once started').toHaveText(/^\d+:\d\d$/)
  })

  test('slides fade into each other, unless the viewer has asked for less motion', async ({ deck }) => {
    const { page } = deck
    const still = slides.find(s => s.clicks === 0 && s.no < slides.length)!
    await deck.open(still.no)
    /** How long the fade between slides lasts, in seconds. */
    const fade = async () => Number.parseFloat(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--slidev-transition-duration')))
    expect(await fade(), 'asked for less motion (as the other tests ask): no fade').toBe(0)
    await page.emulateMedia({ reducedMotion: 'no-preference' })
    expect(await fade(), 'not asked: Slidev\'s fade').toBeGreaterThan(0)
    // A fade is an opacity transition that runs (one of no length never starts). The page notes it
    // as it happens: on a busy machine the fade can be over before a test that looks afterwards looks.
    await page.evaluate(() => {
      const seen = window as { fadeSeen?: boolean }
      seen.fadeSeen = false
      document.addEventListener('transitionrun', (event) => {
        if (event.propertyName === 'opacity' && (event.target as Element).closest('.slidev-page'))
          seen.fadeSeen = true
      }, { capture: true })
    })
    await deck.press('ArrowRight', { no: still.no + 1, clicks: 0 })
    await expect.poll(() => page.evaluate(() => (window as { fadeSeen?: boolean }).fadeSeen), { message: `slide ${still.no + 1} should fade in` }).toBe(true)
    await deck.settled(still.no + 1, 'after its fade')
  })

  test('the dark-mode switch (d) turns the slide and its map dark', async ({ page }) => {
    // A page of its own: the deck remembers the switch.
    const deck = new Deck(page)
    const map = mapsIn(slides).find(m => m.date !== undefined)!
    const { no, clicks } = map.slide
    const slide = await deck.open(no, clicks)
    const background = () => slide.locator('.slidev-layout').evaluate(el => getComputedStyle(el).backgroundColor)
    const russia = () => slide.locator('path.country-russia').evaluate(el => getComputedStyle(el).fill)
    const [lightBackground, lightRussia] = [await background(), await russia()]
    await page.keyboard.press('d')
    await deck.expectScheme('dark', 'after the d key')
    await expect.poll(background, { message: `slide ${no}: the slide background should change with the dark switch` }).not.toBe(lightBackground)
    await expect.poll(russia, { message: `slide ${no}: Russia's fill should change with the dark switch` }).not.toBe(lightRussia)
  })
})
