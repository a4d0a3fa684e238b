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
  // Two workers on this two-core machine. A worker's tests keep about 1.4 cores busy by themselves
  // (its Chromium's renderer, browser and GPU processes beside the test), so a third only made each
  // test cost more processor time, not the suite end sooner (measured here, the same end-to-end
  // tests on one build: 1 worker 221 s and 314 core-seconds, 2 workers 176 s and 339, 3 workers 194 s
  // and 382; the walk alone, three copies of one run on 3 workers, took as long as on 1 and 40 % more
  // processor time). `npm run bench:suite` times the whole suite.
  workers: 2,
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
