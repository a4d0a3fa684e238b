/**
 * How many slides each appendix list needs, measured on a build: opens every list slide in
 * Chromium, measures the list's height against the room above the slide's foot, and prints, per
 * list, the slides it has (data/figures.ts LIST_PARTS) and the slides it needs with 10 % to spare.
 * Change LIST_PARTS, run `npm run list-slides`, build, and run this again.
 *
 *   npm run build -- --no-pdf --no-single && npm run fit-lists [-- --dir dist]
 */
import { chromium } from 'playwright-core'
import { LIST_PARTS } from '../data/figures.ts'
import { CHROMIUM_ARGS, requireChromium } from './chromium.ts'
import { parseCommandLine } from './cli.ts'
import { loadDeck } from './deck.ts'
import { serveStatic } from './serve.ts'

/** The element each list component draws its list in. */
const LIST_SELECTOR = '.escalation-table, .reasons-list, .disputes-list, .references, .codebook'
const SPARE = 0.9

if (import.meta.main) {
  const { values } = parseCommandLine('Usage: npm run fit-lists -- [--dir dist]', { options: { dir: { type: 'string', default: 'dist' } } })
  const deck = await loadDeck()
  const server = await serveStatic({ root: String(values.dir), port: 0 })
  const browser = await chromium.launch({ executablePath: requireChromium().path, args: CHROMIUM_ARGS })
  try {
    const page = await browser.newPage({ viewport: { width: 980, height: 551 } })
    const totals = new Map<string, { need: number, room: number, slides: number }>()
    for (const slide of deck) {
      const component = slide.figure?.component
      if (!component || !(component in LIST_PARTS))
        continue
      await page.goto(`${server.url}#/${slide.no}`)
      const list = page.locator(`.slidev-page-${slide.no}`).locator(LIST_SELECTOR).first()
      await list.waitFor()
      const { need, room } = await list.evaluate((el) => {
        const box = el.getBoundingClientRect()
        const slideRoot = el.closest('[class*="slidev-page-"]')!
        const foot = slideRoot.querySelector('.slide-foot')?.getBoundingClientRect().top ?? slideRoot.getBoundingClientRect().bottom
        return { need: box.height, room: foot - 6 - box.top }
      })
      const total = totals.get(component) ?? { need: 0, room, slides: 0 }
      totals.set(component, { need: total.need + need, room: Math.min(total.room, room), slides: total.slides + 1 })
      if (need > room)
        console.log(`slide ${slide.no} "${slide.title}": the list takes ${Math.round(need)} px of ${Math.round(room)}`)
    }
    for (const [component, { need, room, slides }] of totals)
      console.log(`${component}: ${slides} slides; needs ${Math.ceil(need / (room * SPARE))} (${Math.round(need)} px at ${Math.round(room)} px a slide, ${Math.round((1 - SPARE) * 100)} % spare)`)
  }
  finally {
    await browser.close()
    await server.close()
  }
}
