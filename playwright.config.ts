import process from 'node:process'
import { defineConfig } from '@playwright/test'
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM_MESSAGE } from './scripts/chromium.ts'
import { E2E, E2E_BUILD_COMMANDS, E2E_SERVE_COMMAND } from './scripts/e2e-site.ts'

const chromium = findChromium()
if (!chromium)
  throw new Error(NO_CHROMIUM_MESSAGE)

/**
 * End-to-end tests run against the production build, served by a plain static file server under a
 * sub-path, exactly as a static host would serve it (scripts/serve.ts: sirv, as `npm run serve`).
 * The build includes the PDF handout and the single-file deck, which the single-file tests open
 * from file://.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: E2E.resultsDir,
  fullyParallel: true,
  // Three workers keep a two-core machine busy while a test waits on its browser; four fought over
  // the cores (measured here: 2 workers 174 s, 3 workers 168 s, 4 workers 198 s for the same tests;
  // `npm run bench:suite` times the whole suite).
  workers: 3,
  // A test that fails runs once more, recording a trace; a test that passes only on that second run
  // still fails the suite. Passing tests record nothing, which keeps the suite fast.
  retries: 1,
  failOnFlakyTests: true,
  timeout: 90_000,
  expect: { timeout: 10_000 },
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  use: {
    baseURL: E2E.url,
    viewport: { width: 1280, height: 720 },
    launchOptions: { executablePath: chromium.path, args: CHROMIUM_ARGS },
    colorScheme: 'light',
    // No fades between slides (styles/deck.css honours the wish), so a walk need not wait out half a
    // second on every slide; deck.spec.ts checks that a viewer who has not asked still gets them.
    reducedMotion: 'reduce',
    // The retry of a failing test keeps its trace (DOM snapshots, console, network, each step's
    // timing) in the results folder: `npx playwright show-trace <file>.zip` replays it.
    trace: 'on-first-retry',
  },
  webServer: {
    command: [...(E2E.prebuilt ? [] : E2E_BUILD_COMMANDS), E2E_SERVE_COMMAND].join(' && '),
    url: E2E.url,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
  },
})
