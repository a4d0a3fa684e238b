import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DECK_ROOT } from '../../scripts/deck.ts'
import { DECK_FILE_STEM, SINGLE_HTML, SITE_PDF } from '../../lib/outputs.ts'
import { externalReferences } from '../../scripts/build-single.ts'

describe('the names the deck is handed out under', () => {
  const headmatter = /^---\n([\s\S]*?)\n---/.exec(readFileSync(resolve(DECK_ROOT, 'slides.md'), 'utf8'))![1]

  it('the PDF export\'s default name matches lib/outputs.ts', () => {
    expect(/^exportFilename:\s*(\S+)$/m.exec(headmatter)?.[1]).toBe(DECK_FILE_STEM)
    expect(SITE_PDF).toBe(`${DECK_FILE_STEM}.pdf`)
    expect(SINGLE_HTML).toBe(`${DECK_FILE_STEM}.html`)
  })

  it('Slidev\'s own PDF button is off: custom-nav-controls.vue offers the downloads, by these names', () => {
    expect(/^download:\s*(\S+)$/m.exec(headmatter)?.[1]).toBe('false')
  })
})

describe('a self-contained page', () => {
  it('names every file the page would fetch', () => {
    const html = `<html><head><link rel="icon" href="favicon.svg"><link rel="stylesheet" href="./assets/a.css">
      <script type="module" src="./assets/index.js"></script><style>@font-face{src:url(./assets/inter.woff2)}</style></head></html>`
    expect(externalReferences(html)).toEqual(['./assets/index.js', 'favicon.svg', './assets/a.css', './assets/inter.woff2'])
  })

  it('finds nothing in a page with everything inside', () => {
    const html = `<html><head><link rel="icon" href="data:image/svg+xml;base64,AAAA"><style>@font-face{src:url(data:font/woff2;base64,AAAA)} .a{fill:url(#g)}</style>
      <script type="module">const css = 'url(' + x + ')'; fetch('https://example.org/')</script></head>
      <body><a href="https://www.nato.int/">a reference</a></body></html>`
    expect(externalReferences(html)).toEqual([])
  })
})
