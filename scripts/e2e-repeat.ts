/**
 * Runs the end-to-end suite N times in a row on the same build, to find the tests that fail only
 * sometimes, and counts each test's failures.
 *
 *   npm run test:e2e:repeat -- [N=10] [spec files or Playwright filters…]
 *       [--repeat-each K] [--grep RE] [--load P] [--out DIR] [--keep-passing] [--no-build]
 *
 * It builds the site once (as the Playwright config's web server would), then starts
 * `playwright test` N separate times against them (E2E_PREBUILT=1). Separate runs, not one run
 * with `--repeat-each N`, because a whole-suite flake lives in what one run shares: the web
 * server's start, the workers' mix of tests (a PDF export beside a map test), the order in
 * which the workers pick tests up. `--repeat-each` keeps one server and one schedule and groups a
 * test's repeats together; pass `--repeat-each K` as well to hammer a few spec files between full
 * runs. `--load P` keeps P busy processes running throughout, for a machine that CI shares.
 *
 * Each run writes DIR/run-NN/: output.txt (the list reporter), report.json and results/ (each
 * failing test's trace.zip, error context and screenshot; `npx playwright show-trace …` replays a
 * trace). A passing run's folder is deleted unless --keep-passing. The last line is the tally of
 * runs, `N passed, M failed`; the exit code is 1 if any run failed.
 */
import type { ChildProcess } from 'node:child_process'
import { spawn } from 'node:child_process'
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { join, relative, resolve } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { DECK_ROOT } from './deck.ts'
import { E2E, E2E_BUILD_COMMANDS } from './e2e-site.ts'

const PLAYWRIGHT_CLI = resolve(DECK_ROOT, 'node_modules/@playwright/test/cli.js')

interface Options {
  runs: number
  filters: string[]
  repeatEach?: number
  grep?: string
  load: number
  out: string
  keepPassing: boolean
  build: boolean
}

const USAGE = 'Usage: npm run test:e2e:repeat -- [N=10] [spec files…] [--repeat-each K] [--grep RE] [--load P] [--out DIR] [--keep-passing] [--no-build]'

function positiveInt(value: string | undefined, name: string, fallback?: number): number {
  if (value === undefined && fallback !== undefined)
    return fallback
  const n = Number(value)
  if (!Number.isInteger(n) || n < 0)
    throw new Error(`${name} must be a whole number, not "${value}"`)
  return n
}

export function parseOptions(argv: string[]): Options {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    allowNegative: true,
    options: {
      'repeat-each': { type: 'string' },
      'grep': { type: 'string', short: 'g' },
      'load': { type: 'string' },
      'out': { type: 'string' },
      'keep-passing': { type: 'boolean', default: false },
      'build': { type: 'boolean', default: true },
      'help': { type: 'boolean', short: 'h', default: false },
    },
  })
  if (values.help) {
    console.log(USAGE)
    process.exit(0)
  }
  const [first, ...rest] = positionals
  const countGiven = first !== undefined && /^\d+$/.test(first)
  const stamp = new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19)
  return {
    runs: Math.max(1, countGiven ? positiveInt(first, 'N') : 10),
    filters: countGiven ? rest : positionals,
    repeatEach: values['repeat-each'] === undefined ? undefined : positiveInt(values['repeat-each'], '--repeat-each'),
    grep: values.grep,
    load: positiveInt(values.load, '--load', 0),
    out: resolve(DECK_ROOT, values.out ?? join(process.env.E2E_DIR ?? '.e2e', 'repeat', stamp)),
    keepPassing: values['keep-passing'],
    build: values.build,
  }
}

interface TestOutcome {
  key: string
  failed: boolean
}

interface JsonSuite {
  title: string
  file?: string
  specs?: { title: string, file: string, line: number, tests: { results: { status: string }[] }[] }[]
  suites?: JsonSuite[]
}

/** Every test result in a Playwright JSON report, named `file:line › describe › title`. */
export function outcomesOf(report: { suites?: JsonSuite[] }): TestOutcome[] {
  const outcomes: TestOutcome[] = []
  const walk = (suite: JsonSuite, path: string[]) => {
    const here = suite.file && suite.title === suite.file ? path : [...path, suite.title]
    for (const spec of suite.specs ?? []) {
      const key = [`${spec.file}:${spec.line}`, ...here, spec.title].join(' › ')
      for (const test of spec.tests) {
        for (const result of test.results)
          outcomes.push({ key, failed: !['passed', 'skipped'].includes(result.status) })
      }
    }
    for (const child of suite.suites ?? [])
      walk(child, here)
  }
  for (const suite of report.suites ?? [])
    walk(suite, [])
  return outcomes
}

const load = () => loadavg()[0].toFixed(1)
const seconds = (ms: number) => `${Math.round(ms / 1000)} s`

/** The load average of the last minute, sampled while something runs: [min, max, mean]. */
function sampleLoad(): () => string {
  const samples = [loadavg()[0]]
  const timer = setInterval(() => samples.push(loadavg()[0]), 5000)
  return () => {
    clearInterval(timer)
    const mean = samples.reduce((a, b) => a + b, 0) / samples.length
    return `load ${Math.min(...samples).toFixed(1)}–${Math.max(...samples).toFixed(1)}, mean ${mean.toFixed(1)}`
  }
}

function startLoad(processes: number): ChildProcess[] {
  // A busy loop per process, each ending by itself after two hours at most.
  return Array.from({ length: processes }, () => spawn(process.execPath, ['-e', 'const end = Date.now() + 7_200_000; while (Date.now() < end) {}'], { stdio: 'ignore' }))
}

/** A shell command in the deck's folder, asynchronously (so the load is sampled meanwhile). */
function runCommand(command: string): Promise<{ code: number, stderr: string }> {
  const child = spawn(command, { cwd: DECK_ROOT, shell: true, stdio: ['ignore', 'ignore', 'pipe'] })
  let stderr = ''
  child.stderr.on('data', (chunk) => {
    stderr += chunk
  })
  return new Promise(done => child.on('close', code => done({ code: code ?? 1, stderr })))
}

function runOnce(options: Options, dir: string): Promise<{ code: number, ms: number }> {
  mkdirSync(dir, { recursive: true })
  const args = [PLAYWRIGHT_CLI, 'test', '--reporter=list,json', ...options.filters]
  if (options.repeatEach)
    args.push('--repeat-each', String(options.repeatEach))
  if (options.grep)
    args.push('--grep', options.grep)
  const env = {
    ...process.env,
    E2E_PREBUILT: '1',
    E2E_RESULTS: join(dir, 'results'),
    PLAYWRIGHT_JSON_OUTPUT_FILE: join(dir, 'report.json'),
    FORCE_COLOR: '0',
  }
  const started = performance.now()
  const output = createWriteStream(join(dir, 'output.txt'))
  const child = spawn(process.execPath, args, { cwd: DECK_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] })
  child.stdout.pipe(output, { end: false })
  child.stderr.pipe(output, { end: false })
  current = child
  return new Promise((done) => {
    child.on('close', (code, signal) => {
      current = undefined
      output.end(() => done({ code: code ?? (signal ? 1 : 0), ms: performance.now() - started }))
    })
  })
}

let current: ChildProcess | undefined
let burners: ChildProcess[] = []

function stopAll(): void {
  current?.kill('SIGINT')
  for (const burner of burners)
    burner.kill()
}

async function main(): Promise<number> {
  let options: Options
  try {
    options = parseOptions(process.argv.slice(2))
  }
  catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`)
    return 2
  }
  mkdirSync(options.out, { recursive: true })
  const lines: string[] = []
  const say = (line: string) => {
    console.log(line)
    lines.push(line)
  }
  // Interrupted (Ctrl-C) or stopped (kill): the run in progress and the busy processes go too, so
  // no Playwright run and no CPU burner outlives the loop.
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    process.on(signal, () => {
      stopAll()
      process.exit(code)
    })
  }

  say(`Repeating the end-to-end suite ${options.runs} times${options.filters.length ? ` (${options.filters.join(' ')})` : ''}${options.repeatEach ? `, each test ${options.repeatEach} times per run` : ''}${options.load ? `, with ${options.load} busy process(es) beside it` : ''}; results in ${relative(DECK_ROOT, options.out)}/`)
  burners = startLoad(options.load)
  try {
    if (options.build) {
      const started = performance.now()
      const loadDuring = sampleLoad()
      for (const command of E2E_BUILD_COMMANDS) {
        const result = await runCommand(command)
        if (result.code !== 0) {
          say(`The build failed: ${command}\n${result.stderr}`)
          return 1
        }
      }
      say(`Built ${E2E.siteDir} in ${seconds(performance.now() - started)} (${loadDuring()})`)
    }
    else if (!existsSync(join(DECK_ROOT, E2E.siteDir, 'index.html'))) {
      say(`--no-build, but there is no build in ${E2E.siteDir}`)
      return 1
    }

    const failures = new Map<string, number>()
    const seen = new Map<string, number>()
    const outside: string[] = []
    let passed = 0
    let failed = 0
    const times: number[] = []
    for (let run = 1; run <= options.runs; run++) {
      const dir = join(options.out, `run-${String(run).padStart(2, '0')}`)
      const loadDuring = sampleLoad()
      const { code, ms } = await runOnce(options, dir)
      times.push(ms)
      let outcomes: TestOutcome[] = []
      try {
        outcomes = outcomesOf(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')))
      }
      catch {}
      for (const { key, failed: bad } of outcomes) {
        seen.set(key, (seen.get(key) ?? 0) + 1)
        if (bad)
          failures.set(key, (failures.get(key) ?? 0) + 1)
      }
      const bad = outcomes.filter(o => o.failed)
      if (code === 0) {
        passed++
        if (!options.keepPassing)
          rmSync(dir, { recursive: true, force: true })
      }
      else {
        failed++
        if (!bad.length)
          outside.push(`run ${run}: exit code ${code} with no failed test; see ${relative(DECK_ROOT, dir)}/output.txt`)
      }
      say(`run ${run}/${options.runs}: ${code === 0 ? 'passed' : 'FAILED'} — ${outcomes.length - bad.length} passed, ${bad.length} failed, in ${seconds(ms)} (${loadDuring()})${code === 0 ? '' : `; kept in ${relative(DECK_ROOT, dir)}/`}`)
      for (const { key } of bad)
        say(`    ✘ ${key}`)
    }

    say('')
    if (failures.size) {
      say('Failures per test:')
      for (const [key, count] of [...failures].sort((a, b) => b[1] - a[1]))
        say(`  ${count} of ${seen.get(key)}  ${key}`)
    }
    else {
      say(`No test failed (${seen.size} tests, ${[...seen.values()].reduce((a, b) => a + b, 0)} results).`)
    }
    for (const line of outside)
      say(`  ${line}`)
    const mean = times.reduce((a, b) => a + b, 0) / times.length
    say(`One run took ${seconds(Math.min(...times))}–${seconds(Math.max(...times))}, ${seconds(mean)} on average; load average now ${load()}.`)
    say(`${passed} passed, ${failed} failed`)
    writeFileSync(join(options.out, 'summary.txt'), `${lines.join('\n')}\n`)
    return failed ? 1 : 0
  }
  finally {
    for (const burner of burners)
      burner.kill()
  }
}

if (import.meta.main)
  process.exitCode = await main()
