/**
 * What a viewer would notice about a slide's text, measured in the browser: text that spills out of
 * the slide canvas, is cut off by its box or runs into the slide's source line, and text smaller than its floor on Slidev's 980 px
 * canvas. Each problem is a sentence that names the text.
 *
 * The floors: 14 px on a slide the talk shows (read from the back of a room); 11.5 px on a slide for
 * reading (the appendix and the references, read in the handout: 11.5 px of the 980 px canvas is
 * about 9.5 pt on A4 landscape); and 9.5 px for a figure's fine print, marked `.fine-print` (a
 * move's number in the record, a year on the spine, the N and ? on a marker: keys a reader looks
 * up close, as on a map's scale bar, about 8 pt printed).
 */
import type { Locator } from '@playwright/test'

const TEXT_FLOORS_PX = { spoken: 14, reading: 11.5, finePrint: 9.5 } as const

/** The text problems of a slide; `reading` for an appendix or references slide (the lower floor). */
export function textProblems(slide: Locator, { reading = false } = {}): Promise<string[]> {
  return slide.evaluate((root, { minPx, finePx }) => {
    const problems: string[] = []
    const canvas = root.getBoundingClientRect()
    const scale = canvas.width / 980
    const slack = 1.5 * scale
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    const clipsOf = (el: Element | null) => {
      const rects: DOMRect[] = []
      for (let e = el; e && e !== root; e = e.parentElement) {
        const style = getComputedStyle(e)
        if (style.overflowX !== 'visible' || style.overflowY !== 'visible')
          rects.push(e.getBoundingClientRect())
      }
      return rects
    }
    const visible = (el: Element) => {
      for (let e: Element | null = el; e; e = e.parentElement) {
        const style = getComputedStyle(e)
        if (style.display === 'none' || style.visibility === 'hidden' || Number(style.opacity) === 0)
          return false
      }
      return true
    }
    const srOnly = (el: Element) => !!el.closest('.sr-only')
    // The slide's foot (its source line and number): no other text may run into it.
    const foot = [...root.querySelectorAll('.slide-foot .slide-sources, .slide-foot .slide-number')].map(el => el.getBoundingClientRect())
    const intoFoot = (r: DOMRect) => foot.some(f => r.left < f.right - slack && f.left < r.right - slack && r.top < f.bottom - slack && f.top < r.bottom - slack)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.replace(/\s+/g, ' ').trim()
      const el = node.parentElement
      if (!text || !el || !visible(el) || srOnly(el))
        continue
      const range = document.createRange()
      range.selectNodeContents(node)
      const rects = [...range.getClientRects()].filter(r => r.width > 0 && r.height > 0)
      if (!rects.length)
        continue
      const clips = clipsOf(el)
      const label = `"${text.slice(0, 50)}${text.length > 50 ? '…' : ''}"`
      let shown = false
      for (const r of rects) {
        const inClip = clips.every(c => r.left >= c.left - slack && r.right <= c.right + slack && r.top >= c.top - slack && r.bottom <= c.bottom + slack)
        const hidden = clips.some(c => r.right <= c.left || r.left >= c.right || r.bottom <= c.top || r.top >= c.bottom)
        if (hidden)
          continue
        shown = true
        if (!inClip) {
          problems.push(`text ${label} is cut off by its box`)
          break
        }
        if (r.left < canvas.left - slack || r.right > canvas.right + slack || r.top < canvas.top - slack || r.bottom > canvas.bottom + slack) {
          problems.push(`text ${label} spills outside the slide`)
          break
        }
        if (!el.closest('.slide-foot') && intoFoot(r)) {
          problems.push(`text ${label} runs into the slide's source line`)
          break
        }
      }
      if (!shown)
        continue
      // Size on the 980 px canvas: CSS size times any scaling between the element and the canvas.
      const cssPx = Number.parseFloat(getComputedStyle(el).fontSize)
      const svgScale = el instanceof SVGGraphicsElement ? (el.getScreenCTM()?.a ?? scale) / scale : 1
      const canvasPx = cssPx * svgScale
      const floor = el.closest('.fine-print') ? finePx : minPx
      if (canvasPx < floor - 0.05)
        problems.push(`text ${label} is ${canvasPx.toFixed(1)} px, under ${floor} px`)
    }
    return problems
  }, { minPx: reading ? TEXT_FLOORS_PX.reading : TEXT_FLOORS_PX.spoken, finePx: TEXT_FLOORS_PX.finePrint })
}

/**
 * The words a viewer sees on a slide now, figure labels and keys included: every visible text but
 * the credits (the slide's source line and number, the map's data credit) and what only a screen
 * reader gets. A word is a run of
 * characters with a letter in it (numbers and marks are not words).
 */
export async function visibleWords(slide: Locator): Promise<string[]> {
  const texts = await slide.evaluate((root) => {
    const out: string[] = []
    const shown = (el: Element): boolean => {
      for (let e: Element | null = el; e; e = e.parentElement) {
        const style = getComputedStyle(e)
        if (style.display === 'none' || style.visibility === 'hidden' || Number(style.opacity) === 0)
          return false
      }
      return true
    }
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement
      if (!el || el.closest('.sr-only, .slide-foot, .leaflet-control-attribution') || !shown(el))
        continue
      const range = document.createRange()
      range.selectNodeContents(node)
      if ([...range.getClientRects()].some(r => r.width > 0 && r.height > 0))
        out.push(node.textContent ?? '')
    }
    return out
  })
  return texts.join(' ').split(/\s+/).filter(t => /\p{L}/u.test(t))
}
