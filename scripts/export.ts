/**
 * Writes the deck's PDFs, finding a Chromium by itself (see scripts/chromium.ts).
 *
 *   node scripts/export.ts slides [--output exports/kaliningrad-deck.pdf] [--dark]
 *       one page per slide, final click state, selectable text, an outline of acts and slides
 *   node scripts/export.ts clicks [--output exports/kaliningrad-deck-clicks.pdf]
 *       one page per click step
 *   node scripts/export.ts notes  [--output exports/kaliningrad-deck-notes.pdf]
 *       a handout: every slide as a picture with its speaker notes beneath
 *
 * `--range 3,10-12` exports only those slides (Slidev's range syntax): their pages, their click
 * steps, or their notes; a range of pages has no outline.
 *
 * The slide PDFs are Slidev's own export; the notes handout is ours, because Slidev's
 * `export-notes` cannot be pointed at a Chromium and prints the notes without the slides.
 */
import type { DeckSlide } from './deck.ts'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import process from 'node:process'
import { parseRangeString } from '@slidev/parser'
import { DECK_ROOT, loadDeck } from './deck.ts'
import type { ExportKind } from '../lib/outputs.ts'
import { EXPORT_FILES } from '../lib/outputs.ts'
import { CHROMIUM_ARGS, requireChromium } from './chromium.ts'
import { parseCommandLine, usageError } from './cli.ts'
import { escapeHtml, notesToHtml } from './notes-html.ts'
import { runSlidev } from './slidev.ts'

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

/**
 * Slidev's export: one page per slide (or per click), with the PDF outline. Slidev prints once its
 * page says it is drawn; a PDF with another number of pages than the deck has slides (or click
 * steps) was printed from a half-drawn page, and is an error, not a handout.
 */
/** The slides a range ("3,10-12") picks, or every slide if there is none; an empty or wrong range is an error. */
function slidesIn(deck: readonly DeckSlide[], range: string | undefined): DeckSlide[] {
  if (range === undefined)
    return [...deck]
  const picked = parseRangeString(deck.length, range).filter(no => no >= 1 && no <= deck.length)
  if (!/^\s*\d+(?:\s*-\s*\d+)?(?:\s*,\s*\d+(?:\s*-\s*\d+)?)*\s*$/.test(range) || picked.length === 0)
    throw new Error(`--range "${range}" picks no slide of the ${deck.length}: say which, as in 3,10-12`)
  return picked.map(no => deck[no - 1])
}

export async function exportSlides(kind: 'slides' | 'clicks', output: string, options: { dark?: boolean, range?: string } = {}): Promise<void> {
  const deck = await loadDeck()
  const slides = slidesIn(deck, options.range)
  const { path } = requireChromium()
  mkdirSync(dirname(output), { recursive: true })
  runSlidev([
    'export',
    'slides.md',
    '--executable-path',
    path,
    '--output',
    output,
    ...(kind === 'clicks' ? ['--with-clicks'] : []),
    ...(options.dark ? ['--dark'] : []),
    // The outline of acts and slides is the whole deck's: Slidev 53 cannot outline a range (it
    // looks for the pages of slides it did not print), so a range prints without one.
    ...(options.range ? ['--range', options.range, '--no-with-toc'] : ['--with-toc']),
  ])
  const expected = kind === 'clicks' ? slides.reduce((sum, slide) => sum + slide.clicks + 1, 0) : slides.length
  const pages = await pdfPageCount(output)
  if (pages !== expected)
    throw new Error(`${output} has ${pages} pages, but the ${options.range ? `range ${options.range}` : 'deck'} has ${expected} ${kind === 'clicks' ? 'click steps' : 'slides'}: the print view was printed before it was completely drawn.`)
}

function handoutHtml(title: string, slides: { slide: DeckSlide, png: Buffer }[]): string {
  const blocks = slides.map(({ slide, png }) => `
    <section class="slide">
      <h2><span class="no">${slide.no}</span> ${escapeHtml(slide.title)}</h2>
      <img src="data:image/png;base64,${png.toString('base64')}" alt="Slide ${slide.no}: ${escapeHtml(slide.title)}">
      <div class="notes">${notesToHtml(slide.note)}</div>
    </section>`).join('\n')
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)} — speaker notes</title>
<style>
  @page { size: A4; margin: 14mm 16mm; }
  body { font: 10.5pt/1.45 'Inter Variable', 'DejaVu Sans', sans-serif; color: #1c232e; margin: 0; }
  h1 { font-size: 18pt; margin: 0 0 4mm; }
  .slide { break-inside: avoid; margin: 0 0 7mm; }
  h2 { font-size: 11.5pt; margin: 0 0 2mm; }
  h2 .no { color: #47505e; margin-right: 2mm; }
  img { width: 120mm; border: 0.3mm solid #c9c4b8; display: block; }
  .notes p { margin: 1.5mm 0; }
  .click { font-size: 8pt; font-weight: 600; color: #005a8e; border: 0.3mm solid #005a8e; border-radius: 1mm; padding: 0 1mm; margin-right: 1mm; }
</style></head>
<body><h1>${escapeHtml(title)}: speaker notes</h1>${blocks}</body></html>`
}

/**
 * The notes handout: Slidev's print view (served as `slidev export` serves it) gives the slide
 * pictures, the parser gives the notes, and Chromium prints both to A4.
 */
export async function exportNotes(output: string, options: { range?: string } = {}): Promise<void> {
  const { path } = requireChromium()
  const deck = await loadDeck()
  const slides = slidesIn(deck, options.range)
  const [{ createServer, resolveOptions }, { chromium }] = await Promise.all([import('@slidev/cli'), import('playwright-core')])
  const slidev = await resolveOptions({ entry: resolve(DECK_ROOT, 'slides.md') }, 'export')
  const server = await createServer(slidev, { server: { port: 0 }, clearScreen: false, logLevel: 'warn' })
  await server.listen()
  const address = server.httpServer?.address()
  if (!address || typeof address !== 'object')
    throw new Error('The Slidev server did not start')
  const browser = await chromium.launch({ executablePath: path, args: CHROMIUM_ARGS })
  try {
    const page = await browser.newPage({ viewport: { width: 980, height: 551 }, deviceScaleFactor: 1.5, colorScheme: 'light' })
    // The print view draws the range only (setup/root.ts reads it), and says when every slide and
    // figure in it is drawn.
    const range = options.range ? `&range=${encodeURIComponent(options.range)}` : ''
    await page.goto(`http://localhost:${address.port}/?print=true${range}#/print`, { timeout: 60_000 })
    await page.locator(PRINT_READY).waitFor({ state: 'attached', timeout: 180_000 })
    const containers = page.locator('.print-slide-container')
    const count = await containers.count()
    if (count !== slides.length)
      throw new Error(`The print view shows ${count} slides, but ${options.range ? `the range ${options.range} picks` : 'the parser counts'} ${slides.length}.`)
    const shots = []
    for (const [i, slide] of slides.entries())
      shots.push({ slide, png: await containers.nth(i).screenshot() })
    const title = String(deck[0].frontmatter.title ?? deck[0].title)
    await page.setContent(handoutHtml(title, shots), { waitUntil: 'load' })
    mkdirSync(dirname(output), { recursive: true })
    writeFileSync(output, await page.pdf({ format: 'A4', printBackground: true, outline: true, tagged: true }))
  }
  finally {
    await browser.close()
    await server.close()
  }
}

const USAGE = 'Usage: npm run export[:clicks|:notes] -- [--output file.pdf] [--dark] [--range 3,10-12]      (node scripts/export.ts slides|clicks|notes …)'

if (import.meta.main) {
  const { values, positionals } = parseCommandLine(USAGE, {
    allowPositionals: true,
    options: {
      output: { type: 'string', short: 'o' },
      dark: { type: 'boolean', default: false },
      range: { type: 'string' },
    },
  })
  const kind = positionals[0] as ExportKind
  if (positionals.length !== 1 || !Object.hasOwn(EXPORT_FILES, kind))
    usageError(`Say what to export: slides, clicks or notes${positionals.length ? `, not "${positionals.join(' ')}"` : ''}`, USAGE)
  const output = resolve(DECK_ROOT, values.output ?? EXPORT_FILES[kind])
  const dark = values.dark
  try {
    if (kind === 'notes')
      await exportNotes(output, { range: values.range })
    else
      await exportSlides(kind, output, { dark, range: values.range })
    console.log(`Wrote ${output}`)
  }
  catch (error) {
    console.error(`Export failed: ${(error as Error).message}`)
    process.exit(1)
  }
}
