/**
 * Where the end-to-end tests build and serve the deck: a sub-path, as on a shared static host.
 * E2E_PORT and E2E_DIR let two test runs on one machine keep out of each other's way; E2E_RESULTS
 * moves Playwright's results (traces, attachments) elsewhere; E2E_PREBUILT=1 serves the builds
 * already in E2E_DIR instead of building them again (scripts/e2e-repeat.ts builds once, then runs
 * the suite many times).
 */
import process from 'node:process'

const port = Number(process.env.E2E_PORT ?? 4319)
const base = '/courses/ir-seminar/kaliningrad/'
const dir = process.env.E2E_DIR ?? '.e2e'

export const E2E = {
  port,
  base,
  url: `http://127.0.0.1:${port}${base}`,
  /** The build with an absolute base and the PDF, as `npm run build -- --base …` makes it. */
  siteDir: `${dir}/site`,
  /** The default build (relative base), to prove one build works at any sub-path. */
  relativeDir: `${dir}/relative`,
  /** Playwright's output folder: a failing test's trace, screenshots and error context. */
  resultsDir: process.env.E2E_RESULTS ?? `${dir}/results`,
  prebuilt: process.env.E2E_PREBUILT === '1',
} as const

/** The two builds the tests read, as shell commands run in the deck's folder. */
export const E2E_BUILD_COMMANDS = [
  `node scripts/build.ts --base ${E2E.base} --out ${E2E.siteDir}`,
  `node scripts/build.ts --no-pdf --no-single --out ${E2E.relativeDir}`,
] as const

/** Serves the site build under its sub-path (the URL the tests open). */
export const E2E_SERVE_COMMAND = `node scripts/serve.ts ${E2E.siteDir} --base ${E2E.base} --port ${E2E.port}`
