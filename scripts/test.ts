/**
 * The whole suite, as `npm test` runs it, in the order that ends soonest on a small machine:
 *
 *   node scripts/test.ts [--quick] [-- Playwright arguments…]
 *
 * 1. The build the end-to-end tests read (scripts/e2e-site.ts: the site, its PDF and the single file)
 *    starts at once, in the background; its output goes to a log, printed only if it fails.
 * 2. Beside it, one after another: the type check, the linters (ESLint, knip), the unit tests,
 *    each one's output held until it ends, so that lines of two steps never mix.
 * 3. As soon as the build is done, Playwright runs on it (E2E_PREBUILT=1, so it builds nothing
 *    itself), while the last checks may still run.
 *
 * A failing check stops the build and Playwright; any failure ends the suite with exit code 1.
 * Each step's time is printed at the end. `--quick` runs step 2 only, with no build and
 * no browser (`npm run test:quick`, for the inner loop).
 */
import type { ChildProcess } from 'node:child_process'
import { spawn } from 'node:child_process'
import { createWriteStream, mkdirSync, readFileSync } from 'node:fs'
import { delimiter, dirname, join, resolve } from 'node:path'
import process from 'node:process'
import { DECK_ROOT } from './deck.ts'
import { E2E, E2E_BUILD_COMMANDS } from './e2e-site.ts'
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

/** Runs `npm run <script>`, holding its output (both streams, in order) and handing it over when it ends. */
function npmRunHeld(script: string, done: (output: string) => void): Promise<number> {
  const child = spawn('npm', ['run', '--silent', script], { cwd: DECK_ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout!.on('data', (chunk) => {
    output += chunk
  })
  child.stderr!.on('data', (chunk) => {
    output += chunk
  })
  return finished(child).then((code) => {
    done(output)
    return code
  })
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
  /** Stops the build and everything it started (a Slidev server, a Chromium), if it still runs. */
  const stopBuild = () => {
    if (builder?.pid && builder.exitCode === null && builder.signalCode === null) {
      try {
        process.kill(-builder.pid, 'SIGTERM')
      }
      catch {}
    }
  }
  const log = resolve(DECK_ROOT, E2E.siteDir, '..', 'build.log')
  if (!values.quick) {
    mkdirSync(resolve(log, '..'), { recursive: true })
    const out = createWriteStream(log)
    // The build's commands say `node`: this Node, whoever started the suite.
    const path = `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ''}`
    // Its own process group, so that stopping it stops the shell's commands too (see stopBuild).
    builder = spawn(E2E_BUILD_COMMANDS.join(' && '), { cwd: DECK_ROOT, shell: true, detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, PATH: path } })
    process.on('SIGINT', () => {
      stopBuild()
      process.exit(130)
    })
    builder.stdout!.pipe(out)
    builder.stderr!.pipe(out)
    build = timed('build (beside the checks)', () => finished(builder!))
  }

  let failed = false
  let playwright: ChildProcess | undefined
  let e2e: Promise<Timed> | undefined

  // The checks, one after another; beside the build, each one's output is held until it ends, so
  // that its lines do not mix with the build's end or Playwright's.
  const checks = (async () => {
    for (const script of QUICK_STEPS) {
      let output = ''
      const result = await timed(script, () => values.quick ? npmRun(script) : npmRunHeld(script, (text) => {
        output = text
      }))
      process.stdout.write(output)
      times.push(result)
      if (!result.ok) {
        failed = true
        stopBuild()
        // SIGINT, as a Ctrl-C: Playwright then stops its web server too (SIGTERM left it serving).
        playwright?.kill('SIGINT')
        return
      }
    }
  })()

  if (build) {
    const built = await build
    times.push(built)
    if (!built.ok && !failed) {
      console.error(`The build for the end-to-end tests failed (${join(E2E.siteDir, '..', 'build.log')}):\n${readFileSync(log, 'utf8')}`)
      failed = true
    }
    else if (built.ok && !failed) {
      // Playwright starts as soon as its build is there, while the last checks may still run.
      playwright = spawn(process.execPath, [resolve(DECK_ROOT, 'node_modules/@playwright/test/cli.js'), 'test', ...positionals], {
        cwd: DECK_ROOT,
        stdio: 'inherit',
        env: { ...process.env, E2E_PREBUILT: '1' },
      })
      e2e = timed('end-to-end', () => finished(playwright!))
    }
  }
  await checks
  if (e2e) {
    const result = await e2e
    times.push(result)
    failed ||= !result.ok
  }

  console.log(summary(times, total()))
  process.exit(failed ? 1 : 0)
}
