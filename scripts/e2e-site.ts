/**
 * Where the end-to-end tests build and serve the deck: a sub-path, as on a shared static host.
 * E2E_PORT and E2E_DIR let two test runs on one machine keep out of each other's way; E2E_RESULTS
 * moves Playwright's results (traces, attachments) elsewhere; E2E_PREBUILT=1 serves the build
 * already in E2E_DIR instead of building it again (npm test builds beside the checks, then runs
 * Playwright on that build; the README's repeat loop builds once, then runs the suite many times).
 */
import process from 'node:process'

const port = Number(process.env.E2E_PORT ?? 4319)
const base = '/courses/ir-seminar/kaliningrad/'
const dir = process.env.E2E_DIR ?? '.e2e'

export const E2E = {
  port,
  base,
  url: `http://127.0.0.1:${port}${base}`,
  /**
   * The default build, as `npm run build` makes it and the Pages workflow publishes it: a relative
   * base, so the one build works at this sub-path and at any other, with the PDF and the single file.
   */
  siteDir: `${dir}/site`,
  /** Playwright's output folder: a failing test's trace, screenshots and error context. */
  resultsDir: process.env.E2E_RESULTS ?? `${dir}/results`,
  prebuilt: process.env.E2E_PREBUILT === '1',
} as const

/** The build the tests read, as shell commands run in the deck's folder. */
export const E2E_BUILD_COMMANDS = [
  `node scripts/build.ts --out ${E2E.siteDir}`,
] as const

/** Serves the site build under its sub-path (the URL the tests open). */
export const E2E_SERVE_COMMAND = `node scripts/serve.ts ${E2E.siteDir} --base ${E2E.base} --port ${E2E.port}`
