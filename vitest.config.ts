import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // One module graph for every file, instead of a fresh one per file: the files import the same
    // deck, data and parser, and none of them mocks or changes what it imports (measured here:
    // 15.8 s isolated, 10.5 s shared).
    isolate: false,
    // npm test runs these beside the build and the end-to-end tests, on a machine whose cores are
    // then all busy: a test that takes 1.5 s alone (citation-js reading the references for the
    // first time) took over 5 s, Vitest's default limit, in a bench of a fresh clone.
    testTimeout: 30_000,
  },
})
