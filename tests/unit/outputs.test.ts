import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DECK_ROOT } from '../../lib/deck.ts'
import { DECK_FILE_STEM, SINGLE_HTML, SITE_PDF } from '../../lib/outputs.ts'
import { externalReferences } from '../../scripts/build-single.ts'

describe('the names the deck is handed out under', () => {
  const headmatter = /^---\n([\s\S]*?)\n---/.exec(readFileSync(resolve(DECK_ROOT, 'slides.md'), 'utf8'))![1]

  it('the headmatter\'s download button and PDF name match lib/outputs.ts', () => {
    expect(/^download:\s*(\S+)$/m.exec(headmatter)?.[1]).toBe(SITE_PDF)
    expect(/^exportFilename:\s*(\S+)$/m.exec(headmatter)?.[1]).toBe(DECK_FILE_STEM)
    expect(SINGLE_HTML).toBe(`${DECK_FILE_STEM}.html`)
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
