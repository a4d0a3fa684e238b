import { defineConfig } from 'vite'

// The map and the chart import these lazily. Bundled at start-up, they no longer make the dev
// server discover them mid-page and reload it, which `slidev export` would catch half-way
// (a PDF outline pointing at slides that had not rendered yet).
export default defineConfig({
  optimizeDeps: {
    include: ['leaflet', 'd3-scale'],
  },
})
