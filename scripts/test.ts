/**
 * The whole suite, as `npm test` runs it, in the order that ends soonest on a small machine:
 *
 *   node scripts/test.ts [--quick] [-- Playwright arguments…]
 *
 * 1. The build the end-to-end tests read (tests/e2e-site.ts: the site, its PDF and the single file)
 *    starts at once, in the background; its output goes to a log, printed only if it fails.
 * 2. Beside it, one after another: the type check, the linters (ESLint, knip), the unit tests.
 * 3. Once both are done and passed, Playwright runs on that build (E2E_PREBUILT=1), so it builds
 *    nothing itself.
 *
 * The first failure ends the suite with exit code 1, after the build has been waited for (or
 * stopped). Each step's time is printed at the end. `--quick` runs step 2 only, with no build and
 * no browser (`npm run test:quick`, for the inner loop).
 */
import type { ChildProcess } from 'node:child_process'
import { spawn } from 'node:child_process'
import { createWriteStream, mkdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { DECK_ROOT } from './deck.ts'
import { E2E, E2E_BUILD_COMMANDS } from '../tests/e2e-site.ts'
import { parseCommandLine } from './cli.ts'

const USAGE = 'Usage: npm test -- [--quick] [-- Playwright arguments…]'

/** The checks that need no build, in the order they run (each an npm script). */
const QUICK_STEPS = ['typecheck', 'lint', 'test:unit'] as const

interface Timed {
  step: string
  seconds: number
  ok: boolean
}

function finished(child: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    child.on('error', reject)
    child.on('close', code => resolve(code ?? 1))
  })
}

async function timed(step: string, run: () => Promise<number>): Promise<Timed> {
  const started = performance.now()
  const code = await run()
  return { step, seconds: (performance.now() - started) / 1000, ok: code === 0 }
}

/** Runs `npm run <script>` with its output on this terminal. */
function npmRun(script: string): Promise<number> {
  return finished(spawn('npm', ['run', '--silent', script], { cwd: DECK_ROOT, stdio: 'inherit' }))
}

function summary(times: readonly Timed[], total: number): string {
  const parts = times.map(t => `${t.step} ${t.seconds.toFixed(1)} s${t.ok ? '' : ' (FAILED)'}`)
  return `Suite: ${parts.join(' · ')} · in all ${total.toFixed(1)} s`
}

if (import.meta.main) {
  const { values, positionals } = parseCommandLine(USAGE, {
    options: { quick: { type: 'boolean', default: false } },
    allowPositionals: true,
  })
  const started = performance.now()
  const times: Timed[] = []
  const total = () => (performance.now() - started) / 1000

  let build: Promise<Timed> | undefined
  let builder: ChildProcess | undefined
  const log = resolve(DECK_ROOT, E2E.siteDir, '..', 'build.log')
  if (!values.quick) {
    mkdirSync(resolve(log, '..'), { recursive: true })
    const out = createWriteStream(log)
    builder = spawn(E2E_BUILD_COMMANDS.join(' && '), { cwd: DECK_ROOT, shell: true, stdio: ['ignore', 'pipe', 'pipe'] })
    builder.stdout!.pipe(out)
    builder.stderr!.pipe(out)
    build = timed('build (beside the checks)', () => finished(builder!))
  }

  let failed = false
  for (const script of QUICK_STEPS) {
    const result = await timed(script, () => npmRun(script))
    times.push(result)
    if (!result.ok) {
      failed = true
      break
    }
  }

  if (build) {
    if (failed)
      builder!.kill()
    const built = await build
    times.push(built)
    if (!built.ok && !failed) {
      console.error(`The build for the end-to-end tests failed (${join(E2E.siteDir, '..', 'build.log')}):\n${readFileSync(log, 'utf8')}`)
      failed = true
    }
  }

  if (!failed && !values.quick) {
    const e2e = await timed('end-to-end', () => finished(spawn(process.execPath, [resolve(DECK_ROOT, 'node_modules/@playwright/test/cli.js'), 'test', ...positionals], {
      cwd: DECK_ROOT,
      stdio: 'inherit',
      env: { ...process.env, E2E_PREBUILT: '1' },
    })))
    times.push(e2e)
    failed = !e2e.ok
  }

  console.log(summary(times, total()))
  process.exit(failed ? 1 : 0)
}
