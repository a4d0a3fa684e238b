/**
 * Shared set-up for the end-to-end tests: the deck as the parser reads it, a `deck` helper that
 * opens slide n at click k and reads where the deck is, and a guard on every page a test drives
 * that fails the test on any console error, page error, failed request or request to another host,
 * naming the slide.
 *
 * `deck` drives a page that each worker keeps from test to test: a test opens its slide by its
 * link (`#/12?clicks=3`), as a viewer following a link does, instead of loading the deck afresh
 * (measured here: a fresh page and deck cost about 2 s of processor time, and the slides Slidev
 * mounts in the background 1 s more; going to a slide, a tenth of that). Before each test the page
 * is put back on the first slide, with the configured colour scheme, motion, viewport and nothing
 * focused; after a failing test it is closed, so the next test starts on a new one. A test that
 * needs a page of its own (a reload, a first load, another viewport, a setting the deck keeps,
 * presenter mode) asks for `page` and drives it with `new Deck(page)`.
 */
import type { Browser, BrowserContextOptions, ConsoleMessage, Locator, Page, Request, Response, Route } from '@playwright/test'
import { test as base, expect } from '@playwright/test'
import { drawnFigureCount, loadDeck } from '../scripts/deck.ts'
import { E2E } from '../scripts/e2e-site.ts'

export { expect }

/** Every slide, counted by Slidev's own parser. */
export const slides = await loadDeck()

/**
 * Time for a test that walks many slides or click steps: a fixed part plus a share per step, so
 * the budget grows with the deck instead of being one total that a longer deck (or a busier
 * machine: on a shared 2-core machine one step, opening a slide and checking it, can take several
 * seconds) outgrows. Each wait inside a step still has its own expect timeout.
 */
export function timeForSteps(steps: number, perStepMs = 8_000): number {
  return 30_000 + steps * perStepMs
}

/**
 * How often a wait looks again: soon, since a key press or a fade ends within a frame or a few
 * (Playwright's default first waits 100 ms, a tenth of a second lost on each of a walk's steps).
 */
const POLL_INTERVALS = [20, 50, 100, 250]

/**
 * Any http(s) URL on another host than the test site's. A pattern, not a function, for the route:
 * the browser then stops only requests to other hosts, instead of handing every request to the
 * test to judge.
 */
const FOREIGN = new RegExp(`^https?://(?!${new URL(E2E.url).host.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/)`)

/** A colour scheme the deck follows. */
export type Scheme = 'light' | 'dark'

export interface DeckLocation {
  no: number
  clicks: number
}

/** Reads `#/7?clicks=2` (or `#/presenter/7`) from a deck URL. */
function parseLocation(url: string): DeckLocation | undefined {
  const match = /#\/(?:presenter\/)?(\d+)(?:\?(?:.*&)?clicks=(\d+))?/.exec(url)
  return match ? { no: Number(match[1]), clicks: Number(match[2] ?? 0) } : undefined
}

export class Deck {
  readonly page: Page

  constructor(page: Page) {
    this.page = page
  }

  /** Slide n as shown in play mode. */
  slide(no: number): Locator {
    return this.page.locator(`#slide-content .slidev-page-${no}`)
  }

  /** Opens slide n at click k by its link, as a bookmark or a shared URL would. */
  async open(no: number, clicks = 0): Promise<Locator> {
    await this.page.goto(`#/${no}${clicks ? `?clicks=${clicks}` : ''}`)
    return this.settled(no, `after opening #/${no}`)
  }

  /** Slide n once it is shown, its transition into view has ended and its figures are drawn. */
  async settled(no: number, how = ''): Promise<Locator> {
    const slide = this.slide(no)
    await expect(slide, `slide ${no} should be shown${how ? ` ${how}` : ''}`).toBeVisible()
    // A slide Slidev has not loaded yet (an appendix slide is loaded only when shown: preload: false)
    // shows nothing, then "Loading slide…"; every layout's root has the class slidev-layout.
    await expect(slide.locator('.slidev-layout').first(), `slide ${no} should have loaded${how ? ` ${how}` : ''}`).toBeVisible()
    // Slides fade into each other; what a viewer reads is the slide once the fade has ended.
    await expect(this.page.locator('[class*="-enter-active"], [class*="-leave-active"]'), `the transition into slide ${no} should end`).toHaveCount(0)
    await this.figuresReady(slide, no)
    return slide
  }

  /** Waits until the deck shows the colour scheme `scheme` (Slidev's class on <html>). */
  async expectScheme(scheme: Scheme, how = ''): Promise<void> {
    await expect(this.page.locator('html'), `the deck should show the ${scheme} scheme${how ? ` ${how}` : ''}`).toHaveClass(scheme === 'dark' ? /dark/ : /light/)
  }

  /** Turns the viewer's colour scheme to `scheme`, as their system setting would, and waits until the deck shows it. */
  async turnScheme(scheme: Scheme, how = ''): Promise<void> {
    await this.page.emulateMedia({ colorScheme: scheme })
    await this.expectScheme(scheme, how)
  }

  /**
   * Waits until nothing on slide n is still fading or moving (its running CSS transitions and
   * animations: a chart's newest move fades in), so what a check reads is what a viewer sees.
   */
  async still(no: number): Promise<void> {
    const running = () => this.slide(no).evaluate(el => el.getAnimations({ subtree: true }).filter(a => a.playState === 'running').length)
    await expect.poll(running, { message: `slide ${no}: its transitions should end`, intervals: POLL_INTERVALS }).toBe(0)
  }

  /**
   * Waits until the slide's figure, if its component says when it is drawn (scripts/deck.ts
   * `drawnFigureCount`), is on the page and says it is drawn (the same `data-waitfor` the PDF export waits for). Figures
   * load lazily, so first wait for them all.
   */
  async figuresReady(slide: Locator, no: number): Promise<void> {
    const placed = slides[no - 1] ? drawnFigureCount(slides[no - 1]) : 0
    await expect(slide.locator('[data-waitfor]'), `slide ${no} should show its ${placed} figure(s)`).toHaveCount(placed)
    for (const figure of await slide.locator('[data-waitfor]').all()) {
      const selector = await figure.getAttribute('data-waitfor')
      if (selector)
        await expect(figure.locator(selector), `a figure on ${await this.where()} should finish drawing`).toBeVisible()
    }
  }

  location(): DeckLocation | undefined {
    return parseLocation(this.page.url())
  }

  async where(): Promise<string> {
    const at = this.location()
    return at ? `slide ${at.no}${at.clicks ? ` at click ${at.clicks}` : ''}` : this.page.url()
  }

  /** Presses a key and waits until the URL says the deck has moved to `to`. */
  async press(key: 'ArrowRight' | 'ArrowLeft', to: DeckLocation): Promise<void> {
    const from = await this.where()
    await this.page.keyboard.press(key)
    await expect.poll(() => this.location(), { message: `${key} from ${from} should reach slide ${to.no} at click ${to.clicks}`, intervals: POLL_INTERVALS }).toEqual(to)
  }
}

/**
 * Watches a page for what fails a test: console and page errors, failed requests, error responses,
 * and any request to another host (stopped, and named). Returns what stops the watching.
 */
async function guard(page: Page, problems: string[]): Promise<() => Promise<void>> {
  const where = () => {
    const at = parseLocation(page.url())
    return at ? `[slide ${at.no}${at.clicks ? `, click ${at.clicks}` : ''}]` : `[${page.url()}]`
  }
  const foreign = (url: string) => FOREIGN.test(url)
  const stop = async (route: Route) => {
    problems.push(`${where()} request to another host, blocked: ${route.request().url()}`)
    await route.abort('blockedbyclient')
  }
  const onConsole = (message: ConsoleMessage) => {
    if (message.type() === 'error')
      problems.push(`${where()} console error: ${message.text()}`)
  }
  const onPageError = (error: Error) => problems.push(`${where()} page error: ${error.message}`)
  const onRequestFailed = (request: Request) => {
    // ERR_ABORTED is a request the page itself cancelled (a reload, a navigation), not a failure.
    if (!foreign(request.url()) && request.failure()?.errorText !== 'net::ERR_ABORTED')
      problems.push(`${where()} request failed: ${request.url()} (${request.failure()?.errorText})`)
  }
  const onResponse = (response: Response) => {
    if (response.status() >= 400)
      problems.push(`${where()} HTTP ${response.status()} for ${response.url()}`)
  }
  await page.context().route(FOREIGN, stop)
  page.on('console', onConsole)
  page.on('pageerror', onPageError)
  page.on('requestfailed', onRequestFailed)
  page.on('response', onResponse)
  return async () => {
    page.off('console', onConsole)
    page.off('pageerror', onPageError)
    page.off('requestfailed', onRequestFailed)
    page.off('response', onResponse)
    if (!page.isClosed())
      await page.context().unroute(FOREIGN, stop)
  }
}

/** The page a worker keeps for `deck`, opened when first asked for, and again after a failure. */
class KeptPage {
  #page: Page | undefined
  readonly #browser: Browser
  readonly #options: BrowserContextOptions

  constructor(browser: Browser, options: BrowserContextOptions) {
    this.#browser = browser
    this.#options = options
  }

  /** The page, put back as a test should find it: on the first slide, as configured, nothing focused. */
  async forTest(): Promise<Page> {
    if (!this.#page || this.#page.isClosed())
      this.#page = await (await this.#browser.newContext(this.#options)).newPage()
    const page = this.#page
    await page.emulateMedia({ colorScheme: this.#options.colorScheme ?? 'light', reducedMotion: this.#options.reducedMotion ?? 'no-preference' })
    if (this.#options.viewport)
      await page.setViewportSize(this.#options.viewport)
    if (parseLocation(page.url())) {
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur?.())
      // Every test's first slide is then entered afresh, as a viewer arriving there by a link.
      await page.goto('#/1')
    }
    return page
  }

  async discard(): Promise<void> {
    await this.#page?.context().close()
    this.#page = undefined
  }
}

export const test = base.extend<{ deck: Deck, problems: string[] }, { keptPage: KeptPage }>({
  keptPage: [async ({ browser }, use, workerInfo) => {
    const { baseURL, viewport, colorScheme, reducedMotion } = workerInfo.project.use
    const kept = new KeptPage(browser, { baseURL, viewport, colorScheme, reducedMotion })
    await use(kept)
    await kept.discard()
  }, { scope: 'worker' }],

  problems: [async ({}, use) => {
    const problems: string[] = []
    await use(problems)
    expect(problems, 'the deck should run without errors and without leaving this machine').toEqual([])
  }, { auto: true }],

  page: async ({ page, problems }, use) => {
    const stop = await guard(page, problems)
    await use(page)
    await stop()
  },

  deck: async ({ keptPage, problems }, use, testInfo) => {
    const page = await keptPage.forTest()
    const stop = await guard(page, problems)
    await use(new Deck(page))
    await stop()
    if (testInfo.status !== testInfo.expectedStatus)
      await keptPage.discard()
  },
})
