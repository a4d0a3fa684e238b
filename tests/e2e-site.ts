/**
 * Where the end-to-end tests build and serve the deck: a sub-path, as on a shared static host.
 * E2E_PORT and E2E_DIR let two test runs on one machine keep out of each other's way.
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
} as const
