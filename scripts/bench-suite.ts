/**
 * Times `npm test` as a new contributor meets it: a fresh clone of this repository's HEAD, `npm ci`
 * (not timed), then the suite N times in a row, each from no build (`.e2e/` removed). Prints, and
 * writes to bench/suite.md, each run's steps as scripts/test.ts reports them, and their medians.
 *
 *   node scripts/bench-suite.ts [--runs 3] [--keep]        (npm run bench:suite)
 *
 * --keep leaves the clone in the system's temporary folder, to look at a failing run.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { DECK_ROOT } from './deck.ts'
import { median } from './bench.ts'
import { parseCommandLine, usageError } from './cli.ts'

const USAGE = 'Usage: npm run bench:suite -- [--runs 3] [--keep]'

/** "Suite: typecheck 7.5 s · lint 6.2 s · … · in all 35.2 s" → { typecheck: 7.5, …, 'in all': 35.2 } */
export function parseSuiteLine(output: string): Record<string, number> | undefined {
  const line = output.split('\n').findLast(l => l.startsWith('Suite: '))
  if (!line)
    return undefined
  return Object.fromEntries(line.slice('Suite: '.length).split(' · ').map((part) => {
    const match = /^(.*) (\d+(?:\.\d+)?) s(?: \(FAILED\))?$/.exec(part)
    if (!match)
      throw new Error(`Cannot read "${part}" in: ${line}`)
    return [match[1], Number(match[2])]
  }))
}

if (import.meta.main) {
  const { values } = parseCommandLine(USAGE, {
    options: { runs: { type: 'string', default: '3' }, keep: { type: 'boolean', default: false } },
  })
  const runs = Number(values.runs)
  if (!Number.isInteger(runs) || runs < 1)
    usageError(`--runs must be a whole number of at least 1, not "${values.runs}"`, USAGE)
  const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: DECK_ROOT, encoding: 'utf8' }).trim()
  const dir = mkdtempSync(join(tmpdir(), 'deck-bench-suite-'))
  console.log(`Cloning ${head} into ${dir}, then npm ci (not timed)`)
  execFileSync('git', ['clone', '--quiet', DECK_ROOT, dir], { stdio: 'inherit' })
  execFileSync('git', ['checkout', '--quiet', head], { cwd: dir, stdio: 'inherit' })
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: dir, stdio: 'inherit' })

  const results: Record<string, number>[] = []
  let failed = false
  for (let run = 1; run <= runs; run++) {
    rmSync(join(dir, '.e2e'), { recursive: true, force: true })
    const result = spawnSync('npm', ['test'], { cwd: dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
    const times = parseSuiteLine(result.stdout ?? '')
    if (result.status !== 0 || !times) {
      console.error(`Run ${run} failed (exit code ${result.status}):\n${(result.stdout ?? '').slice(-4000)}\n${(result.stderr ?? '').slice(-2000)}`)
      failed = true
      break
    }
    console.log(`Run ${run}: ${Object.entries(times).map(([k, v]) => `${k} ${v} s`).join(' · ')}`)
    results.push(times)
  }

  if (results.length) {
    const steps = Object.keys(results[0])
    const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`
    const table = [
      row(['run', ...steps]),
      row(['---', ...steps.map(() => '---:')]),
      ...results.map((r, i) => row([i + 1, ...steps.map(s => `${r[s]?.toFixed(1)} s`)])),
      row(['**median**', ...steps.map(s => `**${median(results.map(r => r[s])).toFixed(1)} s**`)]),
    ].join('\n')
    const text = `# npm test, ${results.length} runs from a fresh clone of ${head}\n\n${cpus().length} cores, ${new Date().toISOString().slice(0, 10)}\n\n${table}\n`
    mkdirSync(resolve(DECK_ROOT, 'bench'), { recursive: true })
    writeFileSync(resolve(DECK_ROOT, 'bench/suite.md'), text)
    console.log(`\n${text}`)
  }
  if (!values.keep)
    rmSync(dir, { recursive: true, force: true })
  process.exit(failed ? 1 : 0)
}
