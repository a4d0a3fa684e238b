/**
 * Measures what the performance budgets are about, for this deck and, in the same run, for a bare
 * one-slide deck built by the same Slidev, so the ratio between the two is the figure to read
 * (the machine's speed cancels out). Each figure is the median of several runs.
 *
 *   node scripts/bench.ts [--runs 5]        (npm run bench)
 *
 * Writes bench/results.json and bench/results.md.
 */
import type { Browser } from 'playwright-core'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { gzipSync } from 'node:zlib'
import { chromium } from 'playwright-core'
import { DECK_ROOT, loadDeck } from '../lib/deck.ts'
import { CHROMIUM_ARGS, requireChromium } from './chromium.ts'
import { serveStatic } from './serve.ts'
import { runSlidev } from './slidev.ts'

export const BUDGETS = {
  firstSlideKB: 600,
  firstSlidePaintMs: 1000,
  exportMsPerSlide: 1000,
  buildMs: 20_000,
} as const

export function median(values: readonly number[]): number {
  if (!values.length)
    throw new Error('median of no values')
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

const work = resolve(DECK_ROOT, '.cache/bench')
const slidev = (args: string[]) => runSlidev(args, { quiet: true })

/** The bare deck: one slide, Slidev's defaults but for fonts, which would otherwise be fetched from Google. */
function writeBareDeck(): string {
  const dir = join(work, 'bare')
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'slides.md'), `---\ntheme: default\ntitle: Bare\nrouterMode: hash\nfonts:\n  provider: none\n---\n\n# A bare slide\n\nOne slide, nothing else.\n`)
  return join(dir, 'slides.md')
}

interface FirstSlide {
  /** Everything the first slide loads, gzipped as a host would send it. */
  kb: number
  /** From navigation to the first slide's heading on screen. */
  paintMs: number
  /** Whether the first slide fetched the map's or the chart's code or data. */
  figureCodeLoaded: boolean
  requests: number
}

async function loadFirstSlide(browser: Browser, url: string): Promise<FirstSlide> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
  const page = await context.newPage()
  const bodies: Promise<number>[] = []
  const urls: string[] = []
  page.on('response', (response) => {
    urls.push(response.url())
    bodies.push(response.body().then(body => gzipSync(body).length, () => 0))
  })
  await page.goto(`${url}#/1`)
  const paintMs = await page.evaluate(() => new Promise<number>((done) => {
    const check = () => {
      const heading = document.querySelector('.slidev-page-1 h1')
      if (heading && heading.getBoundingClientRect().height > 0)
        requestAnimationFrame(() => done(performance.now()))
      else
        requestAnimationFrame(check)
    }
    check()
  }))
  await page.waitForLoadState('networkidle')
  const bytes = (await Promise.all(bodies)).reduce((a, b) => a + b, 0)
  await context.close()
  return {
    kb: bytes / 1024,
    paintMs,
    figureCodeLoaded: urls.some(u => /BalticMap|EscalationChart|leaflet|baltic\.json/i.test(u)),
    requests: urls.length,
  }
}

interface Measures {
  buildMs: number
  exportMs: number
  firstSlideKB: number
  firstSlidePaintMs: number
  exportMsPerSlide: number
  figureCodeOnFirstSlide: boolean
  slides: number
}

async function measure(label: string, entry: string, slides: number, runs: number, browser: Browser, chromiumPath: string): Promise<Measures> {
  const out = join(work, `${label}-site`)
  const builds: number[] = []
  for (let i = 0; i < Math.max(3, Math.ceil(runs / 2)); i++) {
    rmSync(out, { recursive: true, force: true })
    builds.push(slidev(['build', entry, '--out', out, '--base', '/bench/']))
  }
  const site = await serveStatic({ root: out, base: '/bench/' })
  const loads: FirstSlide[] = []
  await loadFirstSlide(browser, site.url) // warm the server's file cache, as a host's would be
  for (let i = 0; i < runs; i++)
    loads.push(await loadFirstSlide(browser, site.url))
  await site.close()
  const exports: number[] = []
  for (let i = 0; i < Math.max(3, Math.ceil(runs / 2)); i++)
    exports.push(slidev(['export', entry, '--executable-path', chromiumPath, '--output', join(work, `${label}.pdf`)]))
  return {
    buildMs: median(builds),
    exportMs: median(exports),
    firstSlideKB: median(loads.map(l => l.kb)),
    firstSlidePaintMs: median(loads.map(l => l.paintMs)),
    exportMsPerSlide: median(exports) / slides,
    figureCodeOnFirstSlide: loads.some(l => l.figureCodeLoaded),
    slides,
  }
}

function report(deck: Measures, bare: Measures, runs: number): string {
  const ms = (v: number) => `${v.toFixed(0)} ms`
  const s = (v: number) => `${(v / 1000).toFixed(1)} s`
  const rows: [string, keyof Measures, (v: number) => string][] = [
    ['First slide, transferred (gzipped)', 'firstSlideKB', v => `${v.toFixed(0)} KB`],
    ['First slide, painted', 'firstSlidePaintMs', ms],
    ['PDF export, whole deck', 'exportMs', s],
    ['PDF export, per slide', 'exportMsPerSlide', ms],
    ['Build (site, without the PDF)', 'buildMs', s],
  ]
  const budget = (key: keyof Measures, fmt: (v: number) => string) => key in BUDGETS ? fmt(BUDGETS[key as keyof typeof BUDGETS]) : '–'
  const within = (key: keyof Measures) => key in BUDGETS ? ((deck[key] as number) <= BUDGETS[key as keyof typeof BUDGETS] ? 'yes' : '**no**') : '–'
  const lines = [
    '# Benchmark',
    '',
    `Run on ${new Date().toISOString().slice(0, 10)} with \`npm run bench\`: medians of ${runs} page loads and of ${Math.max(3, Math.ceil(runs / 2))} builds and exports, on this machine.`,
    'The bare deck is one slide built by the same Slidev in the same run; the ratio is the figure to compare across machines.',
    '',
    '| measure | this deck | bare deck | ratio | budget | within budget |',
    '|---|---|---|---|---|---|',
    ...rows.map(([name, key, fmt]) => `| ${name} | ${fmt(deck[key] as number)} | ${fmt(bare[key] as number)} | ${((deck[key] as number) / (bare[key] as number)).toFixed(2)} | ${budget(key, fmt)} | ${within(key)} |`),
    '',
    'Per slide, the bare deck pays the whole start-up of the exporter for its one slide; compare the whole-deck export instead.',
    '',
    `Map and chart code or data fetched by the first slide: ${deck.figureCodeOnFirstSlide ? '**yes**' : 'no'}. Slides exported: ${deck.slides} (deck), ${bare.slides} (bare).`,
    '',
  ]
  return lines.join('\n')
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const i = process.argv.indexOf('--runs')
  const runs = i >= 0 ? Number(process.argv[i + 1]) : 5
  if (!Number.isInteger(runs) || runs < 1) {
    console.error('--runs takes a whole number of at least 1')
    process.exit(2)
  }
  const { path } = requireChromium()
  mkdirSync(work, { recursive: true })
  const browser = await chromium.launch({ executablePath: path, args: CHROMIUM_ARGS })
  try {
    const deckSlides = (await loadDeck()).length
    console.log(`Measuring the deck (${deckSlides} slides) and a bare one-slide deck, ${runs} runs each…`)
    const bare = await measure('bare', writeBareDeck(), 1, runs, browser, path)
    const deck = await measure('deck', join(DECK_ROOT, 'slides.md'), deckSlides, runs, browser, path)
    const outDir = join(DECK_ROOT, 'bench')
    mkdirSync(outDir, { recursive: true })
    writeFileSync(join(outDir, 'results.json'), `${JSON.stringify({ date: new Date().toISOString(), runs, budgets: BUDGETS, deck, bare }, null, 2)}\n`)
    const text = report(deck, bare, runs)
    writeFileSync(join(outDir, 'results.md'), text)
    console.log(text)
  }
  finally {
    await browser.close()
  }
}
