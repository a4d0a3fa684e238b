/**
 * Builds the static site, with the PDF handout, the single-file deck and the data files (the
 * references, the escalation record and its codebook: scripts/handouts.ts) beside it for the deck's
 * download controls.
 *
 *   node scripts/build.ts [--base /sub/path/] [--out dist] [--no-pdf] [--no-single]
 *
 * The base path comes from --base, else from the DECK_BASE environment variable, else it is
 * relative ("./"), which makes one build work at any sub-path of any static host. Slides are
 * addressed with hash routing (#/7), so deep links and reloads need no rewrite rules.
 * The site stays code-split; the single file (scripts/build-single.ts) is a second, separate build.
 */
import { spawn } from 'node:child_process'
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import process from 'node:process'
import { DECK_ROOT } from './deck.ts'
import { DATA_FILES, SINGLE_HTML, SITE_PDF } from '../lib/outputs.ts'
import { parseCommandLine } from './cli.ts'
import { exportSlides } from './export.ts'
import { writeDataFiles } from './handouts.ts'
import { runSlidev } from './slidev.ts'

export function normaliseBuildBase(base: string | undefined): string {
  if (!base || base === '.' || base === './')
    return './'
  if (/^https?:\/\//.test(base))
    return base.endsWith('/') ? base : `${base}/`
  const trimmed = base.replace(/^\/+|\/+$/g, '')
  return trimmed ? `/${trimmed}/` : '/'
}

const USAGE = 'Usage: npm run build -- [--base /sub/path/] [--out dist] [--no-pdf] [--no-single]'

/**
 * Starts `node scripts/build-single.ts --output <output>` in a process of its own, its output in a
 * log beside the deck's caches. `done` resolves with nothing if it built, or with what it printed.
 */
function buildSingleBeside(output: string): { done: Promise<string | undefined>, stop: () => void } {
  const log = resolve(DECK_ROOT, `.cache/build-single-${process.pid}.log`)
  mkdirSync(dirname(log), { recursive: true })
  const fd = openSync(log, 'w')
  const child = spawn(process.execPath, [resolve(DECK_ROOT, 'scripts/build-single.ts'), '--output', output], { cwd: DECK_ROOT, stdio: ['ignore', fd, fd] })
  closeSync(fd)
  const done = new Promise<string | undefined>((resolve) => {
    child.on('error', error => resolve(error.message))
    child.on('close', (code) => {
      const printed = readFileSync(log, 'utf8')
      rmSync(log, { force: true })
      resolve(code === 0 ? undefined : printed.trim() || `exit code ${code}`)
    })
  })
  return { done, stop: () => child.kill() }
}

if (import.meta.main) {
  const { values } = parseCommandLine(USAGE, {
    options: {
      'base': { type: 'string' },
      'out': { type: 'string', default: 'dist' },
      'no-pdf': { type: 'boolean', default: false },
      'no-single': { type: 'boolean', default: false },
    },
  })
  const base = normaliseBuildBase(values.base ?? process.env.DECK_BASE)
  const out = resolve(DECK_ROOT, values.out)
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
  try {
    writeDataFiles(out)
  }
  catch (error) {
    console.error(`The site was built, but its data files were not: ${(error as Error).message}`)
    process.exit(1)
  }
  // The single file (a second Vite build) and the PDF (a Slidev server and a Chromium) do not
  // depend on each other: the single file builds in a process of its own while the PDF prints.
  const single = values['no-single'] ? undefined : buildSingleBeside(join(out, SINGLE_HTML))
  if (!values['no-pdf']) {
    try {
      await exportSlides('slides', join(out, SITE_PDF), { site: out })
    }
    catch (error) {
      console.error(`The site was built, but its PDF was not: ${(error as Error).message}`)
      single?.stop()
      process.exit(1)
    }
  }
  if (single) {
    const problem = await single.done
    if (problem) {
      console.error(`The site was built, but its single-file deck was not: ${problem}`)
      process.exit(1)
    }
  }
  if (!existsSync(join(out, 'index.html'))) {
    console.error(`No index.html in ${out}`)
    process.exit(1)
  }
  const extras = [values['no-pdf'] ? '' : SITE_PDF, values['no-single'] ? '' : SINGLE_HTML, `${DATA_FILES.length} data files`].filter(Boolean)
  console.log(`Built ${out} for base ${base}${extras.length ? ` with ${extras.join(' and ')}` : ''}`)
}
