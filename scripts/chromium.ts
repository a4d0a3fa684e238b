/**
 * Finds a Chromium for exporting and testing, in this order:
 *   1. the CHROMIUM_PATH environment variable;
 *   2. a Chromium or Chrome installed on the system;
 *   3. the browser Playwright downloaded for itself (`npx playwright install chromium`).
 * Where there is none, `requireChromium()` stops with a message that says what to install.
 */
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import process from 'node:process'

export interface FoundChromium {
  path: string
  /** How it was found, for messages. */
  via: 'CHROMIUM_PATH' | 'system' | 'playwright'
}

const SYSTEM_CANDIDATES: Partial<Record<NodeJS.Platform, string[]>> = {
  linux: [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
  ],
  darwin: [
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
  ],
  win32: [
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
  ],
}

/** Flags for Chromium on a machine with no network, as root in CI or as a user on a laptop. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

export interface ChromiumLookup {
  env?: NodeJS.ProcessEnv
  platform?: NodeJS.Platform
  /** Whether a file exists (tests pass their own). */
  exists?: (path: string) => boolean
  /** Where Playwright keeps its own browser, if it has one. */
  playwrightPath?: () => string | undefined
}

function playwrightOwnChromium(): string | undefined {
  try {
    const { chromium } = createRequire(import.meta.url)('playwright-core') as typeof import('playwright-core')
    return chromium.executablePath() || undefined
  }
  catch {
    return undefined
  }
}

export function findChromium(lookup: ChromiumLookup = {}): FoundChromium | undefined {
  const { env = process.env, platform = process.platform, exists = existsSync, playwrightPath = playwrightOwnChromium } = lookup
  const fromEnv = env.CHROMIUM_PATH?.trim()
  if (fromEnv) {
    if (!exists(fromEnv))
      throw new Error(`CHROMIUM_PATH is set to "${fromEnv}", but there is no file there.`)
    return { path: fromEnv, via: 'CHROMIUM_PATH' }
  }
  const system = (SYSTEM_CANDIDATES[platform] ?? []).find(path => exists(path))
  if (system)
    return { path: system, via: 'system' }
  const own = playwrightPath()
  if (own && exists(own))
    return { path: own, via: 'playwright' }
  return undefined
}

export const NO_CHROMIUM_MESSAGE = `No Chromium was found, and exporting or testing the deck needs one.
Install one of these, then run the command again:
  - Debian or Ubuntu:  sudo apt-get install -y chromium
  - macOS or Windows:  install Google Chrome
  - anywhere Playwright may download browsers:  npx playwright install chromium
Or point to a Chromium or Chrome you already have:  CHROMIUM_PATH=/path/to/chrome npm run …`

/** The Chromium to use, or exit with a message that says what to install (no stack trace). */
export function requireChromium(): FoundChromium {
  let found: FoundChromium | undefined
  try {
    found = findChromium()
  }
  catch (error) {
    console.error((error as Error).message)
    process.exit(1)
  }
  if (!found) {
    console.error(NO_CHROMIUM_MESSAGE)
    process.exit(1)
  }
  return found
}
