/**
 * Builds the whole deck as one self-contained HTML file: every script, style, font, the map data
 * and the favicon inside it, so it runs from a USB stick by double-click (file://), with no server
 * and no network. A separate output beside the ordinary, code-split build.
 *
 *   node scripts/build-single.ts [--output exports/kaliningrad-deck.html]      (npm run build:single)
 *
 * `npm run build` also writes it into dist/, beside the PDF.
 */
import { copyFileSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import process from 'node:process'
import { DECK_ROOT } from './deck.ts'
import { SINGLE_FILE_OUTPUT } from '../lib/outputs.ts'
import { parseCommandLine } from './cli.ts'
import { SINGLE_FILE_ENV } from './single-file-vite.ts'
import { runSlidev } from './slidev.ts'

/**
 * Everything in the page that would make the browser fetch a file: a script or stylesheet by
 * address, a `url(…)` that is not a data: URL, an icon link. Empty for a self-contained page.
 * (Links the reader may follow, such as the references' `<a href>`, are not fetched and not listed.)
 */
export function externalReferences(html: string): string[] {
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map(match => match[1]).join('\n')
  const found = [
    ...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g),
    ...html.matchAll(/<link\b[^>]*\bhref="([^"]+)"[^>]*>/g),
    ...styles.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g),
  ].map(match => match[1])
  return [...new Set(found)].filter(url => !/^(?:data:|#)/.test(url))
}

/**
 * Builds the single file at `output` (relative to the deck's root) from `entry` (this deck's
 * slides.md unless given; another deck needs a vite.config.ts that adds singleFilePlugins()).
 * Returns how long Slidev took, in ms.
 */
export function buildSingle(output: string = SINGLE_FILE_OUTPUT, options: { quiet?: boolean, entry?: string } = {}): number {
  const target = resolve(DECK_ROOT, output)
  const work = resolve(DECK_ROOT, `.cache/single-file-${process.pid}`)
  rmSync(work, { recursive: true, force: true })
  const ms = runSlidev(['build', options.entry ?? 'slides.md', '--base', './', '--out', work], { quiet: options.quiet, env: { [SINGLE_FILE_ENV]: '1' } })
  const built = join(work, 'index.html')
  const outside = externalReferences(readFileSync(built, 'utf8'))
  if (outside.length)
    throw new Error(`The single file still refers to files outside it: ${outside.join(', ')}`)
  mkdirSync(dirname(target), { recursive: true })
  copyFileSync(built, target)
  rmSync(work, { recursive: true, force: true })
  return ms
}

const USAGE = `Usage: npm run build:single -- [--output ${SINGLE_FILE_OUTPUT}]`

if (import.meta.main) {
  const { values } = parseCommandLine(USAGE, { options: { output: { type: 'string', short: 'o', default: SINGLE_FILE_OUTPUT } } })
  try {
    const ms = buildSingle(values.output)
    const target = resolve(DECK_ROOT, values.output)
    console.log(`Wrote ${relative(process.cwd(), target) || target}: ${(statSync(target).size / 1024 / 1024).toFixed(2)} MB in ${(ms / 1000).toFixed(1)} s. Open it by double-click; nothing else is needed.`)
  }
  catch (error) {
    console.error(`The single file did not build: ${(error as Error).message}`)
    process.exit(1)
  }
}
