import type { Plugin } from 'vite'
import { spawn } from 'node:child_process'
import { realpathSync } from 'node:fs'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import { SINGLE_FILE_ENV, singleFilePlugins } from './scripts/single-file-vite.ts'

const singleFile = process.env[SINGLE_FILE_ENV] === '1'

/**
 * Slidev's navigation bar imports its MenuButton from beside it; this gives it ours
 * (overrides/MenuButton.vue says why: Slidev's nests a button inside a button).
 */
function menuButtonWithoutNesting(): Plugin {
  const ours = fileURLToPath(new URL('./overrides/MenuButton.vue', import.meta.url))
  return {
    name: 'deck:menu-button-without-nesting',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === './MenuButton.vue' && importer && /[\\/]@slidev[\\/]client[\\/]internals[\\/]/.test(importer))
        return ours
    },
  }
}

/**
 * In the dev server, a change to a record in data/ compiles the figures again (npm run figures, in
 * a process of its own so it reads the records afresh); the specs it rewrites reload the slides
 * that show them. The build reads the committed specs, which a unit test holds to the records.
 */
function figuresRecompiled(): Plugin {
  const data = fileURLToPath(new URL('./data/', import.meta.url))
  const compiler = fileURLToPath(new URL('./scripts/figures/compile.ts', import.meta.url))
  return {
    name: 'deck:figures-recompiled',
    apply: 'serve',
    configureServer(server) {
      server.watcher.on('change', (file) => {
        if (file.startsWith(data) && !file.includes('figure-specs') && /\.(ts|json)$/.test(file))
          spawn(process.execPath, [compiler], { stdio: 'inherit' })
      })
    },
  }
}

export default defineConfig({
  // The map and the chart import these lazily. Bundled at start-up, they no longer make the dev
  // server discover them mid-page and reload it, which `slidev export` would catch half-way
  // (a PDF outline pointing at slides that had not rendered yet).
  optimizeDeps: {
    include: ['leaflet', 'd3-scale'],
  },
  // A checkout whose node_modules links to another folder (a git worktree sharing one install):
  // the dev server, and so `slidev export`, may serve the bundled fonts from there. Without this
  // it refuses them, the map waits for its font, and the PDF prints before the map is drawn.
  server: {
    fs: { allow: [realpathSync(new URL('./node_modules', import.meta.url))] },
    // What the build and the tests write into the deck's folder is output, not source: a server
    // watching it reloaded the page `slidev export` was printing whenever the single file, built
    // beside it, was written.
    watch: { ignored: ['**/.cache/**', '**/.e2e*/**', '**/dist/**', '**/exports/**', '**/screenshots/**', '**/test-results/**', '**/.scratch/**'] },
  },
  // `npm run build:single` (scripts/build-single.ts): everything in one HTML file.
  plugins: [menuButtonWithoutNesting(), figuresRecompiled(), ...(singleFile ? singleFilePlugins(new URL('./public', import.meta.url).pathname) : [])],
  define: {
    __DECK_SINGLE_FILE__: JSON.stringify(singleFile),
    // Slidev's print view (#/print) in the built site too, not only in `slidev export`'s server:
    // the build prints its PDF from the site it has just built (scripts/export.ts). Slidev turns
    // the view on in a build only with its own download button (`download: true`), which would
    // also print a second, untagged PDF; this deck hands out its PDF with its own controls.
    __SLIDEV_FEATURE_PRINT__: 'true',
  },
})
