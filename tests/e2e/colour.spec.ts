/**
 * What a grey-scale printout or a colour-blind viewer sees on each map slide, at its last click,
 * light and dark: the fills the browser actually computes for the categories drawn (country paths,
 * their patterns, the sea) meet the rules of tests/colour-checks.ts (Russia 15 L* from every other
 * fill, cohorts 10 L* apart or patterned, 10 ΔE00 under each simulated deficiency); the lines a
 * slide draws together differ in dash or width, not in colour alone; and the chart's two sides
 * differ in marker shape.
 */
import type { Locator } from '@playwright/test'
import type { FillCategory, Role } from '../colour-checks.ts'
import { fillProblems, lightness } from '../colour-checks.ts'
import { chartsIn, mapsIn } from '../deck-figures.ts'
import { expect, slides, test } from '../fixtures.ts'

const mapSlides = mapsIn(slides).map(m => m.slide)
const chartSlides = chartsIn(slides).map(c => c.slide)

/** One drawn fill, as the browser paints it: a colour, or a pattern's ground and marks. */
interface DrawnFill {
  shade: string
  ground: string
  marks?: { colour: string, coverage: number, kind: string }
}

/** Every fill category the map draws (by its `shade-*` class; the exclave is Russia), and the sea. */
function drawnFills(map: Locator): Promise<DrawnFill[]> {
  return map.evaluate((root) => {
    const byShade = new Map<string, Element>()
    for (const path of root.querySelectorAll('.leaflet-container path')) {
      const cls = path.getAttribute('class') ?? ''
      const shade = /\bshade-([\w-]+)/.exec(cls)?.[1] ?? (/\bexclave-fill\b/.test(cls) ? 'russia' : undefined)
      if (shade && !byShade.has(shade))
        byShade.set(shade, path)
    }
    const paint = (element: Element) => getComputedStyle(element).fill
    const fills = [...byShade].map(([shade, path]) => {
      const fill = paint(path)
      const id = /url\("?#([^")]+)"?\)/.exec(fill)?.[1]
      if (!id)
        return { shade, ground: fill }
      const pattern = root.ownerDocument.getElementById(id)
      if (!pattern)
        throw new Error(`the ${shade} fill names a pattern #${id} the page does not have`)
      const [ground, mark] = [...pattern.children]
      const tile = Number(pattern.getAttribute('width')) * Number(pattern.getAttribute('height'))
      const area = mark.tagName === 'circle'
        ? Math.PI * Number(mark.getAttribute('r')) ** 2
        : Number(mark.getAttribute('width')) * Number(mark.getAttribute('height'))
      return { shade, ground: paint(ground), marks: { colour: paint(mark), coverage: area / tile, kind: id.split('-').at(-1)! } }
    })
    fills.push({ shade: 'sea', ground: getComputedStyle(root.querySelector('.leaflet-container')!).backgroundColor })
    return fills
  })
}

const roleOf = (shade: string): Role => shade === 'russia' ? 'russia' : shade.startsWith('nato-') ? 'nato' : 'other'

/** The lines a map draws, by kind, with what tells them apart besides colour. */
function drawnLines(map: Locator): Promise<{ kind: string, stroke: string, dash: string, widthPx: number }[]> {
  return map.evaluate((root) => {
    const kinds = ['range-ring--iskander', 'range-ring--bastion', 'zone-fill', 'cordon-line', 'gap-border', 'gap-chord', 'arrow-shaft']
    return kinds.flatMap((kind) => {
      const path = root.querySelector(`.leaflet-container path.${kind}`)
      if (!path)
        return []
      const style = getComputedStyle(path)
      return [{ kind, stroke: style.stroke, dash: style.strokeDasharray, widthPx: Number.parseFloat(style.strokeWidth) }]
    })
  })
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`told apart without colour (${scheme})`, () => {
    test.beforeEach(async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme })
    })

    test('some slides place a map and a chart', () => {
      expect(mapSlides.length, 'no slide places <BalticMap />').toBeGreaterThan(0)
      expect(chartSlides.length, 'no slide places <EscalationChart />').toBeGreaterThan(0)
    })

    for (const { no, title, clicks } of mapSlides) {
      test(`slide ${no} "${title}": the map's fills stand apart in grey and for every eye, its lines by dash or width`, async ({ deck, page }) => {
        const slide = await deck.open(no, clicks)
        await expect(page.locator('html')).toHaveClass(scheme === 'dark' ? /dark/ : /light/)
        const map = slide.locator('.baltic-map')
        const where = `slide ${no} at click ${clicks} (${scheme})`

        await test.step('fills', async () => {
          const fills = await drawnFills(map)
          expect(fills.map(f => f.shade), `${where}: Russia should be drawn`).toContain('russia')
          const categories: FillCategory[] = fills.map(f => ({ id: f.shade, role: roleOf(f.shade), paint: { ground: f.ground, marks: f.marks } }))
          expect(fillProblems(categories, where)).toEqual([])
        })

        await test.step('lines', async () => {
          const lines = await drawnLines(map)
          for (const [i, a] of lines.entries()) {
            for (const b of lines.slice(i + 1)) {
              const apart = a.dash !== b.dash || Math.abs(a.widthPx - b.widthPx) >= 1.5 || Math.abs(lightness(a.stroke) - lightness(b.stroke)) >= 10
              expect(apart, `${where}: ${a.kind} (${a.dash}, ${a.widthPx}px) and ${b.kind} (${b.dash}, ${b.widthPx}px) should differ in dash, width or lightness`).toBe(true)
            }
          }
        })
      })
    }

    test('the escalation chart marks the West with squares and Russia with circles (a diamond only off the scale)', async ({ deck }) => {
      const { no, clicks } = chartSlides[0]
      const slide = await deck.open(no, clicks)
      const shapes = (side: string) => slide.locator(`.move.${side} .marker`).evaluateAll(els => [...new Set(els.map(el => el.tagName))].sort())
      expect(await shapes('west'), `slide ${no}: the West's markers`).toEqual(expect.arrayContaining(['rect']))
      expect((await shapes('west')).filter(t => t !== 'polygon'), `slide ${no}: the West's markers on the scale`).toEqual(['rect'])
      expect(await shapes('russia'), `slide ${no}: Russia's markers`).toEqual(expect.arrayContaining(['circle']))
      expect((await shapes('russia')).filter(t => t !== 'polygon'), `slide ${no}: Russia's markers on the scale`).toEqual(['circle'])
    })
  })
}
