/**
 * Builds the static site, with the PDF handout beside it for the deck's download button.
 *
 *   node scripts/build.ts [--base /sub/path/] [--out dist] [--no-pdf]
 *
 * The base path comes from --base, else from the DECK_BASE environment variable, else it is
 * relative ("./"), which makes one build work at any sub-path of any static host. Slides are
 * addressed with hash routing (#/7), so deep links and reloads need no rewrite rules.
 */
import { existsSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { DECK_ROOT } from '../lib/deck.ts'
import { exportSlides } from './export.ts'
import { runSlidev } from './slidev.ts'

/** The PDF's name inside the site; the deck's headmatter (`download:`) links to the same name. */
export const SITE_PDF = 'kaliningrad-deck.pdf'

export function normaliseBuildBase(base: string | undefined): string {
  if (!base || base === '.' || base === './')
    return './'
  if (/^https?:\/\//.test(base))
    return base.endsWith('/') ? base : `${base}/`
  const trimmed = base.replace(/^\/+|\/+$/g, '')
  return trimmed ? `/${trimmed}/` : '/'
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name)
  return i >= 0 ? args[i + 1] : undefined
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2)
  const base = normaliseBuildBase(option(args, '--base') ?? process.env.DECK_BASE)
  const out = resolve(DECK_ROOT, option(args, '--out') ?? 'dist')
  try {
    runSlidev(['build', 'slides.md', '--base', base, '--out', out])
  }
  catch (error) {
    console.error(`The site did not build: ${(error as Error).message}`)
    process.exit(1)
  }
  // GitHub Pages would otherwise run Jekyll and drop files whose names start with "_".
  writeFileSync(join(out, '.nojekyll'), '')
  // Slidev writes a Netlify rewrite rule for history routing; hash routing needs none.
  rmSync(join(out, '_redirects'), { force: true })
  if (!args.includes('--no-pdf')) {
    try {
      await exportSlides('slides', join(out, SITE_PDF))
    }
    catch (error) {
      console.error(`The site was built, but its PDF was not: ${(error as Error).message}`)
      process.exit(1)
    }
  }
  if (!existsSync(join(out, 'index.html'))) {
    console.error(`No index.html in ${out}`)
    process.exit(1)
  }
  console.log(`Built ${out} for base ${base}${args.includes('--no-pdf') ? ' (without the PDF)' : ` with ${SITE_PDF}`}`)
}
