/**
 * What a viewer would notice about a slide's text, measured in the browser: text that spills out of
 * the slide canvas or is cut off by its box, and text smaller than 14 px on Slidev's 980 px canvas.
 * Each problem is a sentence that names the text.
 */
import type { Locator } from '@playwright/test'

const MIN_TEXT_PX = 14

export function textProblems(slide: Locator): Promise<string[]> {
  return slide.evaluate((root, minPx) => {
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
      }
      if (!shown)
        continue
      // Size on the 980 px canvas: CSS size times any scaling between the element and the canvas.
      const cssPx = Number.parseFloat(getComputedStyle(el).fontSize)
      const svgScale = el instanceof SVGGraphicsElement ? (el.getScreenCTM()?.a ?? scale) / scale : 1
      const canvasPx = cssPx * svgScale
      if (canvasPx < minPx - 0.05)
        problems.push(`text ${label} is ${canvasPx.toFixed(1)} px, under ${minPx} px`)
    }
    return problems
  }, MIN_TEXT_PX)
}
