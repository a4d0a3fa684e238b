/**
 * The export commands, run as a user runs them. `npm run export:all` prints the three PDFs that
 * `npm run export`, `export:clicks` and `export:notes` print one by one, on one Slidev server and
 * one Chromium; it prints a range of slides: the first, a map and a chart, each with the clicks it
 * has. The whole deck is printed by the build (its PDF, read page by page in pdf.spec.ts); what a
 * range adds is the commands' own path (their options, their range, their page counts) and every
 * click step of a map and a chart.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import process from 'node:process'
import { EXPORT_FILES } from '../../lib/outputs.ts'
import { chartsIn, mapsIn } from '../deck-figures.ts'
import { expect, slides, test, timeForSteps } from '../fixtures.ts'
import { plain, readPdf, readTags, squash } from '../pdf.ts'

/**
 * Runs an npm script of the deck (`npm run <script> -- <args>`), as a user would, and resolves once
 * it has exited (so its PDFs are written) with what it printed. Asynchronous, so the test's own
 * timeout still governs.
 */
function runScript(script: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ status: number | null, output: string, stderr: string }> {
  const child = spawn('npm', ['run', '--silent', script, '--', ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
  let all = ''
  let stderr = ''
  child.stdout.on('data', (chunk) => {
    all += chunk
  })
  child.stderr.on('data', (chunk) => {
    all += chunk
    stderr += chunk
  })
  return new Promise((resolve, reject) => {
    child.on('error', reject)
    child.on('close', status => resolve({ status, output: all, stderr }))
  })
}

const maps = mapsIn(slides)
const charts = chartsIn(slides)

test.describe('the export commands', () => {
  // The export starts a Slidev server and a Chromium of its own: one at a time, in this order.
  test.describe.configure({ mode: 'default' })
  const dir = mkdtempSync(join(tmpdir(), 'deck-pdf-'))
  // The range the export prints: the first slide, a map and a chart, each with more than one click
  // (the notes of every slide are read in presenter mode by deck.spec.ts).
  const picked = [slides[0], maps.find(m => m.slide.clicks > 1)!.slide, charts.find(c => c.slide.clicks > 1)!.slide]
  const range = picked.map(s => s.no).join(',')

  test(`npm run export:all -- --range ${range} writes those slides, each click step of them, and their notes, each PDF tagged`, async () => {
    test.setTimeout(90_000 + timeForSteps(picked.length, 18_000))
    const result = await runScript('export:all', ['--range', range, '--dir', dir])
    expect(result.status, `npm run export:all failed:\n${result.output}`).toBe(0)

    await test.step('the slides: one page per slide of the range', async () => {
      const file = join(dir, basename(EXPORT_FILES.slides))
      const pdf = await readPdf(file)
      expect(pdf.pages, 'one page per slide of the range').toBe(picked.length)
      for (const [page, slide] of picked.entries())
        expect(squash(pdf.text[page]), `page ${page + 1}: slide ${slide.no}`).toContain(squash(slide.heading))
      const tags = await readTags(file)
      expect(tags.problems, 'the PDF should break none of the machine-checkable rules of PDF/UA-1').toEqual([])
      expect(tags.pages.map(p => p.figures.length), 'the map and the chart are figures, the first slide has none').toEqual([0, 1, 1])
    })

    await test.step('the click steps: one page per click step of those slides', async () => {
      const file = join(dir, basename(EXPORT_FILES.clicks))
      const pdf = await readPdf(file)
      const steps = picked.flatMap(slide => Array.from({ length: slide.clicks + 1 }, (_, click) => ({ slide, click })))
      expect(pdf.pages, 'one page per click step of the range, counted by the parser').toBe(steps.length)
      for (const [page, { slide, click }] of steps.entries())
        expect(squash(pdf.text[page] ?? ''), `page ${page + 1}: slide ${slide.no} at click ${click}`).toContain(squash(slide.heading))
      // Tagged, with each click step's own text alternative: the map says which step it shows.
      const tags = await readTags(file)
      expect(tags.problems, 'the PDF should break none of the machine-checkable rules of PDF/UA-1').toEqual([])
      const map = picked[1]
      const mapSteps = steps.flatMap(({ slide, click }, page) => slide === map ? [{ click, figures: tags.pages[page].figures }] : [])
      for (const { click, figures } of mapSteps) {
        expect(figures.length, `slide ${map.no} at click ${click}: one figure`).toBe(1)
        expect(figures[0], `slide ${map.no} at click ${click}: the map's alternative text`).toContain(`Step ${click} of ${map.clicks}.`)
      }
    })

    await test.step('the notes: a handout with those slides and their notes', async () => {
      const file = join(dir, basename(EXPORT_FILES.notes))
      const notes = squash((await readPdf(file)).text.join(' '))
      for (const slide of picked) {
        // The handout prints each [click] marker as a word of its own, so quote the opening before the first one.
        const opening = plain(slide.note.split('[click]')[0]).split(' ').slice(0, 8).join(' ')
        expect(notes, `the handout should hold the notes of slide ${slide.no}: "${opening}…"`).toContain(squash(opening))
        expect(notes, `the handout should name slide ${slide.no}`).toContain(squash(`${slide.no} ${slide.title}`))
      }
      // Tagged: a heading per slide, and each slide's picture a figure that names it and tells its map or chart.
      const tags = await readTags(file)
      expect(tags.problems, 'the handout should break none of the machine-checkable rules of PDF/UA-1').toEqual([])
      const headings = tags.pages.flatMap(p => p.headings.filter(h => h.level === 2).map(h => h.text))
      expect(headings.map(squash), 'a heading per slide').toEqual(picked.map(s => squash(`${s.no} ${s.title}`)))
      const pictures = tags.pages.flatMap(p => p.figures)
      expect(pictures.length, 'a picture per slide').toBe(picked.length)
      for (const [i, slide] of picked.entries())
        expect(squash(pictures[i]), `the picture of slide ${slide.no} should be named by its title`).toContain(squash(`Slide ${slide.no}: ${slide.title}`))
      expect(pictures[1], 'the map slide\'s picture tells its map').toMatch(/Map of .*Step \d+ of \d+\./)
      expect(pictures[2], 'the chart slide\'s picture tells its chart').toContain('Escalation chart:')
      const left = slides.find(s => !picked.includes(s) && s.layout !== 'act')!
      expect(notes, `slide ${left.no}, outside the range, should not be in the handout`).not.toContain(squash(plain(left.note.split('[click]')[0]).split(' ').slice(0, 8).join(' ')))
    })
  })

  test('each export command, given a range that picks no slide, says what is wrong', async () => {
    // Every npm script of the exports runs scripts/export.ts with its own exports: each reaches the
    // range check (export:all prints what export, export:clicks and export:notes print, on one server).
    for (const script of ['export', 'export:clicks', 'export:notes', 'export:all']) {
      const result = await runScript(script, ['--range', `${slides.length + 5}`, '--dir', dir])
      expect(result.status, `npm run ${script}`).toBe(1)
      expect(result.stderr, `npm run ${script}`).toContain(`picks no slide of the ${slides.length}`)
    }
  })

  test('an export without a Chromium says what to do, without a stack trace', async () => {
    const result = await runScript('export', ['--output', join(dir, 'never.pdf')], { CHROMIUM_PATH: '/no/such/chrome' })
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('CHROMIUM_PATH is set to "/no/such/chrome", but there is no file there.')
    expect(result.stderr).not.toMatch(/\n\s+at /)
  })

  test('an export whose Chromium does not start says so once, without a stack trace', async () => {
    // A program that exits at once, in Chromium's place: the print's start fails, and the export
    // command must still stop what it started and report it as an export failure, not a crash.
    const result = await runScript('export:all', ['--range', '1', '--dir', dir], { CHROMIUM_PATH: '/bin/false' })
    expect(result.status).toBe(1)
    expect(result.stderr.match(/Export failed: /g), 'one failure reported').toHaveLength(1)
    expect(result.stderr).not.toMatch(/\n\s+at /)
  })
})
