/** Runs the project's own Slidev CLI (never a global one) with the Node that runs this script. */
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { dirname, resolve } from 'node:path'
import process from 'node:process'
import { DECK_ROOT } from './deck.ts'

const SLIDEV_BIN = resolve(dirname(createRequire(import.meta.url).resolve('@slidev/cli/package.json')), 'bin/slidev.mjs')

/**
 * `slidev …args` in the deck's folder; throws, naming the command, if it fails. With `quiet`, its
 * output is kept and only shown in the error; `env` adds environment variables. Returns how long it ran, in milliseconds.
 */
export function runSlidev(args: string[], options: { quiet?: boolean, env?: Record<string, string> } = {}): number {
  const started = performance.now()
  const result = spawnSync(process.execPath, [SLIDEV_BIN, ...args], {
    cwd: DECK_ROOT,
    env: options.env ? { ...process.env, ...options.env } : process.env,
    stdio: options.quiet ? ['ignore', 'ignore', 'pipe'] : 'inherit',
    encoding: 'utf8',
  })
  if (result.status !== 0)
    throw new Error(`slidev ${args.join(' ')} failed with exit code ${result.status}${result.stderr ? `:\n${result.stderr}` : ''}`)
  return performance.now() - started
}
