/**
 * Writes the deck's PDFs, finding a Chromium by itself (see scripts/chromium.ts).
 *
 *   node scripts/export.ts slides [--output exports/kaliningrad-deck.pdf] [--dark]
 *       one page per slide, final click state, selectable text, an outline of acts and slides
 *   node scripts/export.ts clicks [--output exports/kaliningrad-deck-clicks.pdf]
 *       one page per click step
 *   node scripts/export.ts notes  [--output exports/kaliningrad-deck-notes.pdf]
 *       a handout: every slide as a picture with its speaker notes beneath
 *   node scripts/export.ts slides clicks notes [--dir exports]
 *       all three (npm run export:all), printed by one Slidev server and one Chromium
 *
 * `--range 3,10-12` exports only those slides (Slidev's range syntax): their pages, their click
 * steps, or their notes.
 *
 * Every PDF is tagged (a structure tree for screen readers; scripts/pdf-finish.ts adds what PDF/UA-1
 * asks beyond it). Slidev's own `slidev export` prints untagged PDFs, and its `export-notes` cannot
 * be pointed at a Chromium and prints the notes without the slides; so both are printed here, from
 * Slidev's print view: served by Slidev's own server, as `slidev export` serves it, or, when the
 * build prints its PDF, from the site it has just built (`site`; vite.config.ts turns the print
 * view on in builds).
 */
import type { Browser, Page } from 'playwright-core'
import type { DeckSlide } from './deck.ts'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, dirname, join, resolve } from 'node:path'
import process from 'node:process'
import { pathToFileURL } from 'node:url'
import { parseRangeString, resolveConfig } from '@slidev/parser'
import { DECK_ROOT, loadDeck } from './deck.ts'
import type { ExportKind } from '../lib/outputs.ts'
import { EXPORT_FILES } from '../lib/outputs.ts'
import { CHROMIUM_ARGS, requireChromium } from './chromium.ts'
import { parseCommandLine, usageError } from './cli.ts'
import { escapeHtml, notesToHtml } from './notes-html.ts'
import type { PdfIdentity } from './pdf-finish.ts'
import { finishPdf } from './pdf-finish.ts'

/** The selector that the print view shows once it is completely drawn (index.html, setup/root.ts). */
export const PRINT_READY = '#deck-print-ready .deck-print-ready'

/** How many pages a PDF has. */
export async function pdfPageCount(file: string): Promise<number> {
  // Imported when needed, as are Slidev's server and Playwright below: a command that stops early
  // (a wrong option, no Chromium) answers at once.
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const task = getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 })
  const pages = (await task.promise).numPages
  await task.destroy()
  return pages
}

/** The slides a range ("3,10-12") picks, or every slide if there is none; an empty or wrong range is an error. */
function slidesIn(deck: readonly DeckSlide[], range: string | undefined): DeckSlide[] {
  if (range === undefined)
    return [...deck]
  const picked = parseRangeString(deck.length, range).filter(no => no >= 1 && no <= deck.length)
  if (!/^\s*\d+(?:\s*-\s*\d+)?(?:\s*,\s*\d+(?:\s*-\s*\d+)?)*\s*$/.test(range) || picked.length === 0)
    throw new Error(`--range "${range}" picks no slide of the ${deck.length}: say which, as in 3,10-12`)
  return picked.map(no => deck[no - 1])
}

interface PrintView {
  page: Page
  /** The slide canvas, in CSS pixels (headmatter `canvasWidth`, `aspectRatio`). */
  width: number
  height: number
}

/**
 * Where the print view is served from: the built site in `site` (a folder `npm run build` wrote,
 * served as a static host serves it), or else Slidev's own server, as `slidev export` serves the
 * deck. A whole deck prints sooner from a build (the build prints its PDF from the site it has just
 * built); a few slides print sooner from the server, which compiles only the slides asked for.
 */
async function servePrintView(site: string | undefined): Promise<{ url: string, close: () => Promise<void> }> {
  if (site) {
    if (!existsSync(resolve(site, 'index.html')))
      throw new Error(`${site} holds no built site (no index.html)`)
    const { serveStatic } = await import('./serve.ts')
    const server = await serveStatic({ root: site })
    return { url: server.url, close: server.close }
  }
  // Imported when needed: a command that stops early (a wrong option, no Chromium) answers at once.
  const { createServer, resolveOptions } = await import('@slidev/cli')
  const slidev = await resolveOptions({ entry: resolve(DECK_ROOT, 'slides.md') }, 'export')
  const server = await createServer(slidev, { server: { port: 0 }, clearScreen: false, logLevel: 'warn' })
  await server.listen()
  const address = server.httpServer?.address()
  if (!address || typeof address !== 'object')
    throw new Error('The Slidev server did not start')
  return { url: `http://localhost:${address.port}/`, close: () => server.close() }
}

/** The slide canvas, in CSS pixels, as Slidev reads it from the headmatter (`canvasWidth`, `aspectRatio`). */
function canvasOf(deck: readonly DeckSlide[]): { width: number, height: number } {
  const { canvasWidth, aspectRatio } = resolveConfig(deck[0].frontmatter)
  return { width: canvasWidth, height: Math.round(canvasWidth / aspectRatio) }
}

/**
 * What prints: the print view's server (servePrintView) and a Chromium, started when first asked
 * for and kept for every print after it, so that `npm run export:all` starts one Slidev server for
 * its three PDFs (the server compiles the deck's client once; the second and third prints reuse it).
 */
export class Printer {
  readonly #site: string | undefined
  #started: Promise<{ url: string, browser: Browser, close: () => Promise<void> }> | undefined

  /** `site`: a folder `npm run build` wrote, to print from instead of Slidev's server. */
  constructor(site?: string) {
    this.#site = site
  }

  #start(): Promise<{ url: string, browser: Browser, close: () => Promise<void> }> {
    this.#started ??= (async () => {
      const { path } = requireChromium()
      const { chromium } = await import('playwright-core')
      // Chromium first: a Chromium that does not start fails the export before a server is compiled.
      const browser = await chromium.launch({ executablePath: path, args: CHROMIUM_ARGS })
      try {
        const served = await servePrintView(this.#site)
        return { url: served.url, browser, close: async () => {
          await browser.close()
          await served.close()
        } }
      }
      catch (error) {
        await browser.close()
        throw error
      }
    })()
    return this.#started
  }

  /** A new page of the print view, at `query`, in a window `width` × `height` at `scale`, in `scheme`, shown as on screen. */
  async open(query: URLSearchParams, { width, height, scale, scheme }: { width: number, height: number, scale: number, scheme: 'light' | 'dark' }): Promise<Page> {
    const { url, browser } = await this.#start()
    const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: scale, colorScheme: scheme })
    // As Slidev's exporter does: the slides as on screen, not restyled for print.
    await page.emulateMedia({ media: 'screen', colorScheme: scheme })
    await page.goto(`${url}?${query}#/print`, { timeout: 60_000 })
    return page
  }

  /**
   * Stops the server and Chromium, if they were started. A start that failed has nothing to stop,
   * and its error has already gone to the print that asked for it.
   */
  async close(): Promise<void> {
    const started = await this.#started?.catch(() => undefined)
    this.#started = undefined
    await started?.close()
  }
}

/**
 * Opens the deck's print view in Chromium (from the built site in `site`, or from Slidev's
 * server: servePrintView; or on `printer`, kept by the caller for several prints), with the range
 * and click steps asked for, once every slide and figure in it is drawn (setup/root.ts says when);
 * `use` prints it. The window is one slide canvas, as a viewer's: Slidev's exporter makes it as
 * tall as all the slides together, which made Chromium take 30–40 s to print this deck's 130 pages
 * instead of 5 (measured here), and printed the same pages.
 */
export async function onPrintView<T>(options: { deck: readonly DeckSlide[], clicks?: boolean, range?: string, dark?: boolean, scale: number, site?: string, printer?: Printer }, use: (view: PrintView) => Promise<T>): Promise<T> {
  const { width, height } = canvasOf(options.deck)
  const printer = options.printer ?? new Printer(options.site)
  let page: Page | undefined
  try {
    const scheme = options.dark ? 'dark' : 'light'
    const query = new URLSearchParams({ print: options.clicks ? 'clicks' : 'true', ...(options.range ? { range: options.range } : {}) })
    page = await printer.open(query, { width, height, scale: options.scale, scheme })
    await page.locator(PRINT_READY).waitFor({ state: 'attached', timeout: 180_000 })
    // Slidev's element for drawing diagrams off screen prints as a blank page of its own after the
    // slides; Slidev's exporter hides it too.
    await page.locator('#mermaid-rendering-container').evaluateAll((nodes) => {
      for (const node of nodes)
        (node as HTMLElement).style.display = 'none'
    })
    return await use({ page, width, height })
  }
  finally {
    if (options.printer)
      await page?.close()
    else
      await printer.close()
  }
}

/** The deck's identity, from its headmatter. */
function identityOf(deck: readonly DeckSlide[]): PdfIdentity {
  const head = deck[0].frontmatter
  return {
    title: String(head.title ?? deck[0].title),
    subject: typeof head.info === 'string' ? head.info.trim().split(/\n\s*\n/)[0].replace(/\s+/g, ' ') : undefined,
    author: typeof head.author === 'string' ? head.author : undefined,
    language: String(head.lang ?? (head.htmlAttrs as { lang?: string } | undefined)?.lang ?? 'en'),
  }
}

/**
 * The outline of acts and slides: each slide with a title, at its outline level (DeckSlide.level:
 * the cover, the acts and the references at the top, the slides inside them beneath), pointing at
 * its first page (with click steps, a slide has a page per step).
 */
export function outlineOf(slides: readonly DeckSlide[], pagesPerSlide: (slide: DeckSlide) => number): string {
  const lines: string[] = []
  let page = 1
  for (const slide of slides) {
    if (slide.title)
      lines.push(`${page}|${'-'.repeat(Math.max(0, slide.level - 1))}|${slide.title.replace(/\|/g, '/')}`)
    page += pagesPerSlide(slide)
  }
  // outline-pdf wants no child without a parent: a range that starts inside an act starts at the top.
  const first = lines[0]?.match(/^(\d+)\|(-*)\|/)
  return first && first[2] ? lines.map(line => line.replace(/^(\d+)\|-/, '$1|')).join('\n') : lines.join('\n')
}

/**
 * The slide PDFs: one page per slide (or per click step), printed by Chromium from Slidev's print
 * view as a tagged PDF (a structure tree in reading order: each slide's heading, its lists,
 * tables and quotations; each map and chart a figure whose alternative text is the text
 * alternative the deck gives it at that step; aria-hidden decoration left out of the tree), with
 * the outline of acts and slides. Slidev's own `slidev export` prints untagged (slidevjs/slidev#2426),
 * so this prints the same view itself. A PDF with another number of pages than the deck has slides
 * (or click steps) was printed from a half-drawn view, and is an error, not a handout.
 */
export async function exportSlides(kind: 'slides' | 'clicks', output: string, options: { dark?: boolean, range?: string, site?: string, printer?: Printer } = {}): Promise<void> {
  const deck = await loadDeck()
  const slides = slidesIn(deck, options.range)
  const clicks = kind === 'clicks'
  const pagesPerSlide = (slide: DeckSlide) => (clicks ? slide.clicks + 1 : 1)
  const expected = slides.reduce((sum, slide) => sum + pagesPerSlide(slide), 0)
  const printed = await onPrintView({ deck, clicks, range: options.range, dark: options.dark, scale: 2, site: options.site, printer: options.printer }, async ({ page, width, height }) => {
    const containers = await page.locator('.print-slide-container').count()
    if (containers !== expected)
      throw new Error(`The print view shows ${containers} ${clicks ? 'click steps' : 'slides'}, but ${options.range ? `the range ${options.range} has` : 'the deck has'} ${expected}.`)
    return page.pdf({ width: `${width}px`, height: `${height}px`, margin: { top: 0, right: 0, bottom: 0, left: 0 }, printBackground: true, preferCSSPageSize: true, tagged: true })
  })
  const bytes = await finishPdf(printed, identityOf(deck), outlineOf(slides, pagesPerSlide))
  mkdirSync(dirname(output), { recursive: true })
  writeFileSync(output, bytes)
  const pages = await pdfPageCount(output)
  if (pages !== expected)
    throw new Error(`${output} has ${pages} pages, but the ${options.range ? `range ${options.range}` : 'deck'} has ${expected} ${clicks ? 'click steps' : 'slides'}: the print view was printed before it was completely drawn.`)
}

/** Words ending as a sentence does: a full stop unless they end in one, a question or an exclamation. */
function sentence(words: string): string {
  return /[.?!]$/.test(words) ? words : `${words}.`
}

function handoutHtml(title: string, slides: { slide: DeckSlide, png: Buffer, figures: string }[]): string {
  const blocks = slides.map(({ slide, png, figures }) => `
    <section class="slide">
      <h2><span class="no">${slide.no}</span> ${escapeHtml(slide.title)}</h2>
      <img src="data:image/png;base64,${png.toString('base64')}" alt="${escapeHtml(sentence(`Slide ${slide.no}: ${slide.title}`))}${figures ? ` ${escapeHtml(figures)}` : ''}">
      <div class="notes">${notesToHtml(slide.note)}</div>
    </section>`).join('\n')
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)} — speaker notes</title>
<style>
  @page { size: A4; margin: 14mm 16mm; }
  /* No ligatures: a ligature glyph of the fallback font has no letters behind it, and a screen reader would read "Conict". */
  body { font: 10.5pt/1.45 'Inter Variable', 'DejaVu Sans', sans-serif; font-variant-ligatures: none; color: #1c232e; margin: 0; }
  h1 { font-size: 18pt; margin: 0 0 4mm; }
  .slide { break-inside: avoid; margin: 0 0 7mm; }
  h2 { font-size: 11.5pt; margin: 0 0 2mm; }
  h2 .no { color: #47505e; margin-right: 2mm; }
  img { width: 120mm; border: 0.3mm solid #c9c4b8; display: block; }
  .notes p { margin: 1.5mm 0; }
  .click { font-size: 8pt; font-weight: 600; color: #005a8e; border: 0.3mm solid #005a8e; border-radius: 1mm; padding: 0 1mm; margin-right: 1mm; }
</style></head>
<body><h1>${escapeHtml(title)} — speaker notes</h1>${blocks}</body></html>`
}

/**
 * The text alternatives of the figures in each print container: printed, a map or a chart is one
 * image whose `aria-label` is its text alternative at that click step (BalticMap.vue,
 * EscalationChart.vue), which Chromium also writes into the slide PDFs.
 */
async function figureTextIn(page: Page): Promise<string[]> {
  return page.locator('.print-slide-container').evaluateAll(containers => containers.map(container =>
    [...container.querySelectorAll('figure[aria-label]')].map(figure => figure.getAttribute('aria-label')).join(' ')))
}

/**
 * The notes handout: Slidev's print view (served as for the slide PDFs) gives the slide pictures,
 * each with the slide's figures' text alternatives as its alternative text; the parser gives the
 * notes; Chromium prints both to A4 as a tagged PDF.
 */
export async function exportNotes(output: string, options: { range?: string, printer?: Printer } = {}): Promise<void> {
  const deck = await loadDeck()
  const slides = slidesIn(deck, options.range)
  const identity = identityOf(deck)
  const printed = await onPrintView({ deck, range: options.range, scale: 1.5, printer: options.printer }, async ({ page }) => {
    const containers = page.locator('.print-slide-container')
    const count = await containers.count()
    if (count !== slides.length)
      throw new Error(`The print view shows ${count} slides, but ${options.range ? `the range ${options.range} picks` : 'the parser counts'} ${slides.length}.`)
    const figures = await figureTextIn(page)
    const shots = []
    for (const [i, slide] of slides.entries())
      shots.push({ slide, png: await containers.nth(i).screenshot(), figures: figures[i] })
    // The handout is a page of its own, read from a file: the whole deck's pictures make it about
    // 47 MB, which page.setContent pushes through Chromium's debugging protocol in 30 s (its time
    // limit) and a file:// load reads in a few.
    const folder = mkdtempSync(join(tmpdir(), 'deck-notes-'))
    try {
      const handout = join(folder, 'handout.html')
      writeFileSync(handout, handoutHtml(identity.title, shots))
      await page.goto(pathToFileURL(handout).href, { waitUntil: 'load', timeout: 120_000 })
    }
    finally {
      rmSync(folder, { recursive: true, force: true })
    }
    return page.pdf({ format: 'A4', printBackground: true, outline: true, tagged: true })
  })
  mkdirSync(dirname(output), { recursive: true })
  writeFileSync(output, await finishPdf(printed, { ...identity, title: `${identity.title} — speaker notes` }))
}

const USAGE = 'Usage: npm run export[:clicks|:notes|:all] -- [--output file.pdf | --dir folder] [--dark] [--range 3,10-12]      (node scripts/export.ts slides|clicks|notes… …)'

if (import.meta.main) {
  const { values, positionals } = parseCommandLine(USAGE, {
    allowPositionals: true,
    options: {
      output: { type: 'string', short: 'o' },
      dir: { type: 'string' },
      dark: { type: 'boolean', default: false },
      range: { type: 'string' },
    },
  })
  const kinds = positionals as ExportKind[]
  const wrong = kinds.filter(kind => !Object.hasOwn(EXPORT_FILES, kind))
  if (!kinds.length || wrong.length)
    usageError(`Say what to export: slides, clicks or notes, or more than one of them${wrong.length ? `, not "${wrong.join(' ')}"` : ''}`, USAGE)
  if (new Set(kinds).size !== kinds.length)
    usageError(`Name each export once, not "${kinds.join(' ')}"`, USAGE)
  if (values.output !== undefined && (kinds.length > 1 || values.dir !== undefined))
    usageError('--output names one file: give one export, or --dir for a folder', USAGE)
  const outputOf = (kind: ExportKind) => values.output !== undefined
    ? resolve(DECK_ROOT, values.output)
    : values.dir !== undefined ? resolve(DECK_ROOT, values.dir, basename(EXPORT_FILES[kind])) : resolve(DECK_ROOT, EXPORT_FILES[kind])
  // One server and one Chromium for every export asked for (started by the first).
  const printer = new Printer()
  try {
    for (const kind of kinds) {
      const output = outputOf(kind)
      if (kind === 'notes')
        await exportNotes(output, { range: values.range, printer })
      else
        await exportSlides(kind, output, { dark: values.dark, range: values.range, printer })
      console.log(`Wrote ${output}`)
    }
  }
  catch (error) {
    console.error(`Export failed: ${(error as Error).message}`)
    process.exitCode = 1
  }
  finally {
    await printer.close()
  }
}
