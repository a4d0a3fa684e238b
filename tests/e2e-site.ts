/** Where the end-to-end tests build and serve the deck: a sub-path, as on a shared static host. */
const port = 4319
const base = '/courses/ir-seminar/kaliningrad/'

export const E2E = {
  port,
  base,
  url: `http://127.0.0.1:${port}${base}`,
  /** The build with an absolute base and the PDF, as `npm run build -- --base …` makes it. */
  siteDir: '.e2e/site',
  /** The default build (relative base), to prove one build works at any sub-path. */
  relativeDir: '.e2e/relative',
} as const
