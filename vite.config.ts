import process from 'node:process'
import { defineConfig } from 'vite'
import { SINGLE_FILE_ENV, singleFilePlugins } from './scripts/single-file-vite.ts'

const singleFile = process.env[SINGLE_FILE_ENV] === '1'

export default defineConfig({
  // The map and the chart import these lazily. Bundled at start-up, they no longer make the dev
  // server discover them mid-page and reload it, which `slidev export` would catch half-way
  // (a PDF outline pointing at slides that had not rendered yet).
  optimizeDeps: {
    include: ['leaflet', 'd3-scale'],
  },
  // `npm run build:single` (scripts/build-single.ts): everything in one HTML file.
  plugins: singleFile ? singleFilePlugins(new URL('./public', import.meta.url).pathname) : [],
  define: {
    __DECK_SINGLE_FILE__: JSON.stringify(singleFile),
  },
})
