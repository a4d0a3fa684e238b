import process from 'node:process'
import { defineConfig } from '@playwright/test'
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM_MESSAGE } from './scripts/chromium.ts'
import { E2E } from './tests/e2e-site.ts'

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
  outputDir: `${process.env.E2E_DIR ?? '.e2e'}/results`,
  fullyParallel: true,
  workers: 2,
  timeout: 90_000,
  expect: { timeout: 10_000 },
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  use: {
    baseURL: E2E.url,
    viewport: { width: 1280, height: 720 },
    launchOptions: { executablePath: chromium.path, args: CHROMIUM_ARGS },
    colorScheme: 'light',
  },
  webServer: {
    command: `node scripts/build.ts --base ${E2E.base} --out ${E2E.siteDir} && node scripts/build.ts --no-pdf --no-single --out ${E2E.relativeDir} && node scripts/serve.ts ${E2E.siteDir} --base ${E2E.base} --port ${E2E.port}`,
    url: E2E.url,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
  },
})
