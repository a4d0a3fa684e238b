/**
 * Measures what the performance budgets are about, for this deck and, in the same run, for a bare
 * one-slide deck built by the same Slidev, so the ratio between the two is the figure to read
 * (the machine's speed cancels out). Each figure is the median of several runs. Both decks are
 * measured twice over: as the ordinary code-split site, served locally, and as the single file
 * (`npm run build:single`), opened from file://.
 *
 *   node scripts/bench.ts [--runs 5]        (npm run bench)
 *
 * Writes bench/results.json and bench/results.md.
 */
import type { Browser } from 'playwright-core'
import { copyFileSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { gzipSync } from 'node:zlib'
import { chromium } from 'playwright-core'
import { DECK_ROOT, loadDeck } from './deck.ts'
import { buildSingle } from './build-single.ts'
import { CHROMIUM_ARGS, requireChromium } from './chromium.ts'
import { parseCommandLine, usageError } from './cli.ts'
import { serveStatic } from './serve.ts'
import { runSlidev } from './slidev.ts'

export const BUDGETS = {
  firstSlideKB: 600,
  firstSlidePaintMs: 1000,
  exportMsPerSlide: 1000,
  buildMs: 20_000,
  /** The single file, in KiB: 3 MB (the escalation record and its sources are about 650 KB of it). */
  singleFileKB: 3072,
  singleFilePaintMs: 1500,
  singleFileBuildMs: 30_000,
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

/**
 * The bare deck: one slide, Slidev's defaults but for fonts, which would otherwise be fetched from
 * Google, and the favicon, which would be fetched from a CDN. Its vite.config.ts adds the same
 * single-file plugins as the deck's, so its single file is built the same way.
 */
function writeBareDeck(): string {
  const dir = join(work, 'bare')
  mkdirSync(join(dir, 'public'), { recursive: true })
  copyFileSync(join(DECK_ROOT, 'public/favicon.svg'), join(dir, 'public/favicon.svg'))
  writeFileSync(join(dir, 'slides.md'), `---\ntheme: default\ntitle: Bare\nrouterMode: hash\nfavicon: favicon.svg\nfonts:\n  provider: none\n---\n\n# A bare slide\n\nOne slide, nothing else.\n`)
  const plugins = pathToFileURL(join(DECK_ROOT, 'scripts/single-file-vite.ts')).href
  writeFileSync(join(dir, 'vite.config.ts'), `import process from 'node:process'\nimport { defineConfig } from 'vite'\nimport { SINGLE_FILE_ENV, singleFilePlugins } from ${JSON.stringify(plugins)}\n\nexport default defineConfig({ plugins: process.env[SINGLE_FILE_ENV] === '1' ? singleFilePlugins(${JSON.stringify(join(dir, 'public'))}) : [] })\n`)
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

/** From navigation to the first slide's heading on screen, in ms. */
function paintedFirstSlide(): Promise<number> {
  return new Promise<number>((done) => {
    const check = () => {
      const heading = document.querySelector('.slidev-page-1 h1')
      if (heading && heading.getBoundingClientRect().height > 0)
        requestAnimationFrame(() => done(performance.now()))
      else
        requestAnimationFrame(check)
    }
    check()
  })
}

/** The single file opened from file://: how long until the first slide is painted. */
async function openSingleFile(browser: Browser, file: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
  const page = await context.newPage()
  const outside: string[] = []
  page.on('request', r => !/^(?:file|data|blob):/.test(r.url()) && outside.push(r.url()))
  await page.goto(`${pathToFileURL(file).href}#/1`)
  const paintMs = await page.evaluate(paintedFirstSlide)
  await context.close()
  if (outside.length)
    throw new Error(`The single file ${file} made requests out of it: ${outside.join(', ')}`)
  return paintMs
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
  const paintMs = await page.evaluate(paintedFirstSlide)
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
  /** The single file's size, in KiB, and gzipped (as a host would send it). */
  singleFileKB: number
  singleFileGzipKB: number
  /** The single file opened from file://: the first slide painted. */
  singleFilePaintMs: number
  singleFileBuildMs: number
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
  const single = join(work, `${label}-single.html`)
  const singleBuilds: number[] = []
  for (let i = 0; i < Math.max(3, Math.ceil(runs / 2)); i++)
    singleBuilds.push(buildSingle(single, { quiet: true, entry }))
  const singlePaints: number[] = []
  await openSingleFile(browser, single) // warm the disk cache, as a second double-click would find it
  for (let i = 0; i < runs; i++)
    singlePaints.push(await openSingleFile(browser, single))
  return {
    buildMs: median(builds),
    exportMs: median(exports),
    firstSlideKB: median(loads.map(l => l.kb)),
    firstSlidePaintMs: median(loads.map(l => l.paintMs)),
    exportMsPerSlide: median(exports) / slides,
    figureCodeOnFirstSlide: loads.some(l => l.figureCodeLoaded),
    slides,
    singleFileKB: statSync(single).size / 1024,
    singleFileGzipKB: gzipSync(readFileSync(single)).length / 1024,
    singleFilePaintMs: median(singlePaints),
    singleFileBuildMs: median(singleBuilds),
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
    ['Single file, size', 'singleFileKB', v => `${(v / 1024).toFixed(2)} MB`],
    ['Single file, size gzipped', 'singleFileGzipKB', v => `${(v / 1024).toFixed(2)} MB`],
    ['Single file from file://, first slide painted', 'singleFilePaintMs', ms],
    ['Single-file build', 'singleFileBuildMs', s],
  ]
  const budget = (key: keyof Measures, fmt: (v: number) => string) => key in BUDGETS ? fmt(BUDGETS[key as keyof typeof BUDGETS]) : '–'
  const within = (key: keyof Measures) => key in BUDGETS ? ((deck[key] as number) <= BUDGETS[key as keyof typeof BUDGETS] ? 'yes' : '**no**') : '–'
  const lines = [
    '# Benchmark',
    '',
    `Run on ${new Date().toISOString().slice(0, 10)} with \`npm run bench\`: medians of ${runs} page loads and of ${Math.max(3, Math.ceil(runs / 2))} builds and exports, on this machine.`,
    'The site is served locally; the single file is opened from file://, with no server. MB here are MiB (1024 × 1024 bytes).',
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

const USAGE = 'Usage: npm run bench -- [--runs 5]'

if (import.meta.main) {
  const { values } = parseCommandLine(USAGE, { options: { runs: { type: 'string', default: '5' } } })
  const runs = Number(values.runs)
  if (!Number.isInteger(runs) || runs < 1)
    usageError(`--runs takes a whole number of at least 1, not "${values.runs}"`, USAGE)
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
