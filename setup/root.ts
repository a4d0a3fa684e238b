/**
 * In the print view (`?print`, what `slidev export` and our notes handout print), prints the range
 * the URL asks for (`?print=true&range=3,10-12`: Slidev reads it from the route's query, which with
 * hash routing is empty when the view starts, so `slidev export --range` printed every slide), and marks
 * `#deck-print-ready` (index.html) ready once the whole view is drawn: every slide and click step
 * the deck declares has its container, no slide is still loading, every figure says it is drawn
 * (its `data-waitfor`), the fonts have loaded, and all this held for two frames running (a
 * slide's click steps are added once it has mounted). Exporters wait for `.deck-print-ready`;
 * until then the marker has no box at all.
 */
import { useNav } from '@slidev/client'
import { parseRangeString } from '@slidev/parser/utils'
import { defineRootSetup } from '@slidev/types'
import { slideClicks } from '../components/figure-steps.ts'

export const PRINT_READY_CLASS = 'deck-print-ready'

export default defineRootSetup(() => {
  const query = typeof window === 'undefined' ? undefined : new URLSearchParams(location.search)
  if (!query?.has('print'))
    return
  const { slides, printRange, isPrintWithClicks } = useNav()
  const range = query.get('range')
  if (range)
    printRange.value = parseRangeString(slides.value.length, range)

  /**
   * The containers the print view must hold: one per slide, and one per click step with clicks. A
   * figure registers its clicks with Slidev only once it has mounted, so a slide counts them as the
   * deck loader does (figure-steps.ts `slideClicks`), before Slidev knows them.
   */
  const expected = () => printRange.value.reduce((sum, no) => {
    const meta = slides.value[no - 1]?.meta
    const declared = Math.max(meta?.clicks ?? 0, meta ? slideClicks(meta.slide.frontmatter) : 0)
    const clicks = isPrintWithClicks.value ? Math.max(0, declared - (meta?.slide.frontmatter.clicksStart ?? 0)) : 0
    return sum + 1 + clicks
  }, 0)

  /** How many containers a complete print view has now, or -1 while it is not complete. */
  function complete(): number {
    const content = document.querySelector('#print-content')
    if (!content || content.querySelector('.slidev-slide-loading') || document.fonts.status !== 'loaded')
      return -1
    const containers = [...content.querySelectorAll('.print-slide-container')]
    // A slide still loading shows nothing for its first 200 ms, then Slidev's "Loading slide…":
    // a slide is there once its layout is (every layout's root has the class slidev-layout).
    if (containers.length < expected() || containers.some(c => !c.querySelector('.slidev-page .slidev-layout')))
      return -1
    for (const figure of content.querySelectorAll('[data-waitfor]')) {
      const selector = figure.getAttribute('data-waitfor')
      if (selector && !figure.querySelector(selector))
        return -1
    }
    return containers.length
  }

  let last = -1
  const check = () => {
    const now = complete()
    const marker = document.getElementById('deck-print-ready')
    const content = document.querySelector('#print-content')
    if (now >= 0 && now === last && marker && content) {
      // Before the first slide: every slide ends with a page break, so a box after the last one,
      // however small, would print a blank page of its own.
      content.prepend(marker)
      marker.style.cssText = 'display: block; position: relative; height: 0'
      const ready = document.createElement('span')
      ready.className = PRINT_READY_CLASS
      ready.style.cssText = 'position: absolute; top: 0; left: 0; width: 1px; height: 1px; pointer-events: none'
      marker.append(ready)
      return
    }
    last = now
    requestAnimationFrame(check)
  }
  requestAnimationFrame(check)
})
