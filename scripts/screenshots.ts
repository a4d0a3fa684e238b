/**
 * Screenshots of every slide, for looking at what the deck shows (light and dark).
 *
 *   node scripts/screenshots.ts [--dir dist] [--out screenshots] [--dark] [--slides 3,5-7] [--clicks first|last|all]
 *   node scripts/screenshots.ts --file exports/kaliningrad-deck.html …     (the single file, from file://)
 *
 * Serves the built deck with the plain static server (or opens the single file from file://), opens
 * each slide in Chromium at 1960 × 1102 (twice Slidev's canvas) and writes one PNG per slide (or per
 * click).
 *
 * Why not `slidev export --format png`: it shoots Slidev's print view (`?print=true`, or
 * `?print=clicks` with --with-clicks), where the figures take their print form (the chart's reveal
 * is switched off) and no transition runs, not the slide a viewer sees; and it serves the deck
 * itself from the sources, so it can shoot neither a built site (dist/, at its base path) nor the
 * single file from file://, which are what is handed out. Nor does it wait for the fonts. This script
 * opens the slide as a viewer does, in the build that ships, and waits for what a viewer sees.
 */
import { mkdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { chromium } from 'playwright-core'
import { drawnFigureCount, loadDeck } from './deck.ts'
import { CHROMIUM_ARGS, requireChromium } from './chromium.ts'
import { parseCommandLine, usageError } from './cli.ts'
import { serveStatic } from './serve.ts'

const USAGE = 'Usage: npm run screenshots -- [--dir dist | --file deck.html] [--out screenshots] [--dark] [--slides 3,5-7|all] [--clicks first|last|all]'

const CLICKS_MODES = ['first', 'last', 'all'] as const
type ClicksMode = typeof CLICKS_MODES[number]

/** The slide numbers `text` names ("3,5-7", or "all" for 1 … total). */
function parseRange(text: string, total: number): number[] {
  if (text === 'all')
    return Array.from({ length: total }, (_, i) => i + 1)
  return text.split(',').flatMap((part) => {
    const [a, b] = part.split('-').map(Number)
    return b ? Array.from({ length: b - a + 1 }, (_, i) => a + i) : [a]
  })
}

/** Shoots each of `slides` (numbers from 1) at the clicks `clicksMode` picks, from a built site's folder or the single file. */
async function shoot(options: { dir: string, file?: string, out: string, dark: boolean, clicksMode: ClicksMode, slides: string }): Promise<number> {
  const { dir, file, out, dark, clicksMode } = options
  const { path } = requireChromium()
  // Serve the build at the base path it was built for (read from its index.html).
  // A relative build ("./") works anywhere, so it is served under a sub-path of our choosing.
  const builtBase = file ? '/' : /src="([^"]*?)assets\//.exec(readFileSync(join(dir, 'index.html'), 'utf8'))?.[1] ?? '/'
  const site = file ? undefined : await serveStatic({ root: dir, base: builtBase.startsWith('.') ? '/deck/' : builtBase })
  const deckUrl = file ? pathToFileURL(resolve(file)).href : site!.url
  const browser = await chromium.launch({ executablePath: path, args: CHROMIUM_ARGS })
  const page = await browser.newPage({ viewport: { width: 980, height: 551 }, deviceScaleFactor: 2, colorScheme: dark ? 'dark' : 'light' })
  mkdirSync(out, { recursive: true })

  const deck = await loadDeck()
  const slides = parseRange(options.slides, deck.length)

  for (const no of slides) {
    const clicksTotal = deck[no - 1].clicks
    const steps = clicksMode === 'all' ? Array.from({ length: clicksTotal + 1 }, (_, i) => i) : [clicksMode === 'first' ? 0 : clicksTotal]
    for (const clicks of steps) {
      await page.goto(`${deckUrl}#/${no}?clicks=${clicks}`)
      await page.reload()
      await page.waitForSelector(`#slide-content .slidev-page-${no}`)
      // What a viewer sees once it has settled: no slide transition running, every figure drawn (the
      // `data-waitfor` the PDF export waits for), the fonts loaded. Then the click's own fades.
      const figures = drawnFigureCount(deck[no - 1])
      await page.waitForFunction(([no, figures]) => {
        const slide = document.querySelector(`#slide-content .slidev-page-${no}`)
        if (!slide || document.querySelector('[class*="-enter-active"], [class*="-leave-active"]') || document.fonts.status !== 'loaded')
          return false
        const placed = [...slide.querySelectorAll('[data-waitfor]')]
        return placed.length === figures && placed.every(f => f.querySelector(f.getAttribute('data-waitfor')!))
      }, [no, figures])
      await page.waitForTimeout(700)
      const name = `${String(no).padStart(2, '0')}${steps.length > 1 ? `-${clicks}` : ''}${dark ? '-dark' : ''}.png`
      await page.screenshot({ path: join(out, name) })
    }
  }
  await browser.close()
  await site?.close()
  return slides.length
}

if (import.meta.main) {
  const { values } = parseCommandLine(USAGE, {
    options: {
      dir: { type: 'string', default: 'dist' },
      file: { type: 'string' },
      out: { type: 'string', default: 'screenshots' },
      dark: { type: 'boolean', default: false },
      slides: { type: 'string', default: 'all' },
      clicks: { type: 'string', default: 'last' },
    },
  })
  const clicksMode = values.clicks as ClicksMode
  if (!CLICKS_MODES.includes(clicksMode))
    usageError(`--clicks takes first, last or all, not "${values.clicks}"`, USAGE)
  if (!/^(?:all|\d+(?:-\d+)?(?:,\d+(?:-\d+)?)*)$/.test(values.slides))
    usageError(`--slides takes slide numbers and ranges such as 3,5-7 (or all), not "${values.slides}"`, USAGE)
  const count = await shoot({ ...values, clicksMode })
  console.log(`Wrote ${count} slide screenshots to ${values.out}/`)
}
