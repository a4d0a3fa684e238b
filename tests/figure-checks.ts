/**
 * What a viewer would notice about a slide's figures, measured in the browser, as sentences that
 * name the slide, the click and what is wrong:
 *
 * - a map's fills, as the browser computes them for the categories drawn (country paths, their
 *   patterns, the sea), meet the rules of tests/colour-checks.ts (Russia 15 L* from every other
 *   fill, cohorts 10 L* apart or patterned, 10 ΔE00 under each simulated deficiency), and the lines
 *   it draws together differ in dash or width, not in colour alone: what a grey-scale printout or a
 *   colour-blind viewer sees;
 * - the chart's two sides differ in marker shape, and its labels neither overlap nor leave its box.
 */
import type { Locator } from '@playwright/test'
import type { FillCategory, Role } from './colour-checks.ts'
import { fillProblems, lightness } from './colour-checks.ts'

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

/** Overlaps between the boxes of the chart's visible labels, and anything drawn outside the chart's box or the slide. */
export function chartLayoutProblems(slide: Locator): Promise<string[]> {
  return slide.evaluate((root) => {
    const problems: string[] = []
    const chart = root.querySelector('.escalation-chart')!
    const box = chart.getBoundingClientRect()
    const canvas = root.getBoundingClientRect()
    const slack = 1
    const visible = (el: Element) => getComputedStyle(el).visibility !== 'hidden'
    const labels = [...chart.querySelectorAll('.label-group .label')].filter(visible).map(el => ({ text: el.textContent!.trim(), r: el.getBoundingClientRect() }))
    const markers = [...chart.querySelectorAll('.move .marker')].filter(visible).map(el => ({ id: el.closest('.move')!.getAttribute('data-event'), r: el.getBoundingClientRect() }))
    const overlap = (a: DOMRect, b: DOMRect) => a.left < b.right - slack && b.left < a.right - slack && a.top < b.bottom - slack && b.top < a.bottom - slack
    labels.forEach((a, i) => {
      for (const b of labels.slice(i + 1)) {
        if (overlap(a.r, b.r))
          problems.push(`labels "${a.text}" and "${b.text}" overlap`)
      }
      for (const m of markers) {
        if (overlap(a.r, m.r))
          problems.push(`label "${a.text}" covers the marker of "${m.id}"`)
      }
    })
    for (const el of chart.querySelectorAll('svg text, svg rect, svg circle, svg path, .legend')) {
      const r = el.getBoundingClientRect()
      if (!r.width && !r.height)
        continue
      const what = `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}"`
      if (r.left < box.left - slack || r.right > box.right + slack || r.top < box.top - slack || r.bottom > box.bottom + slack)
        problems.push(`${what} is drawn outside the chart's box`)
      if (r.left < canvas.left - slack || r.right > canvas.right + slack || r.top < canvas.top - slack || r.bottom > canvas.bottom + slack)
        problems.push(`${what} is drawn outside the slide`)
    }
    const foot = root.querySelector('.slide-foot')?.getBoundingClientRect()
    if (foot && box.bottom > foot.top + slack)
      problems.push(`the chart runs into the slide's source line (${Math.round(box.bottom - foot.top)} px)`)
    return problems
  })
}

/** Every way a map's fills and lines fail to be told apart without colour (empty if none). */
export async function mapColourProblems(map: Locator, where: string): Promise<string[]> {
  const problems: string[] = []
  const fills = await drawnFills(map)
  if (!fills.some(f => f.shade === 'russia'))
    problems.push(`${where}: Russia should be drawn`)
  const categories: FillCategory[] = fills.map(f => ({ id: f.shade, role: roleOf(f.shade), paint: { ground: f.ground, marks: f.marks } }))
  problems.push(...fillProblems(categories, where))
  const lines = await drawnLines(map)
  for (const [i, a] of lines.entries()) {
    for (const b of lines.slice(i + 1)) {
      const apart = a.dash !== b.dash || Math.abs(a.widthPx - b.widthPx) >= 1.5 || Math.abs(lightness(a.stroke) - lightness(b.stroke)) >= 10
      if (!apart)
        problems.push(`${where}: ${a.kind} (${a.dash}, ${a.widthPx}px) and ${b.kind} (${b.dash}, ${b.widthPx}px) should differ in dash, width or lightness`)
    }
  }
  return problems
}

/** The chart marks the West with squares and Russia with circles (a diamond only off the scale). */
export async function chartMarkerProblems(chart: Locator, where: string): Promise<string[]> {
  const problems: string[] = []
  for (const [side, whose, shape, words] of [['west', 'the West\'s', 'rect', 'squares'], ['russia', 'Russia\'s', 'circle', 'circles']] as const) {
    const onScale = (await chart.locator(`.move.${side} .marker`).evaluateAll(els => [...new Set(els.map(el => el.tagName))].sort()))
      .filter(tag => tag !== 'polygon')
    // A period may hold no move of one side on the scale (2023: the West's are accessions); any it holds are of its shape.
    if (onScale.length > 1 || (onScale.length === 1 && onScale[0] !== shape))
      problems.push(`${where}: ${whose} markers on the scale should all be ${words} (<${shape}>), not <${onScale.join('>, <') || 'none'}>`)
  }
  return problems
}

/**
 * The map draws the region's countries, the oblast apart from Russia, fills its figure box (its key
 * below it) and credits Natural Earth. Read once the map says it is drawn (`.baltic-map-ready`).
 */
export async function mapBoxProblems(slide: Locator, map: Locator, where: string): Promise<string[]> {
  const problems: string[] = []
  const countries = await map.locator('path.map-country').count()
  if (countries < 14)
    problems.push(`${where}: the map draws ${countries} countries, not every one of the region's 14`)
  if (!await map.locator('path.country-kaliningrad').isVisible())
    problems.push(`${where}: the map should draw Kaliningrad Oblast, split from Russia`)
  const figure = (await slide.locator('.figure-box').boundingBox())!
  const root = (await map.boundingBox())!
  const canvas = (await map.locator('.baltic-map-canvas').boundingBox())!
  for (const side of ['x', 'y', 'width', 'height'] as const) {
    if (Math.abs(root[side] - figure[side]) >= 2)
      problems.push(`${where}: the map's ${side} (${root[side].toFixed(1)}) should match its figure box's (${figure[side].toFixed(1)})`)
  }
  if (Math.abs(canvas.width - figure.width) >= 2)
    problems.push(`${where}: the map (${canvas.width.toFixed(1)} px wide) should span its box (${figure.width.toFixed(1)} px)`)
  if (canvas.height <= figure.height * 0.8)
    problems.push(`${where}: the map (${canvas.height.toFixed(1)} px high) should take most of its box (${figure.height.toFixed(1)} px; the key sits below it)`)
  if (!(await map.locator('.leaflet-control-attribution').textContent())?.includes('Natural Earth'))
    problems.push(`${where}: the map should credit Natural Earth`)
  const foot = await slide.locator('.slide-foot .slide-sources').boundingBox()
  if (foot && root.y + root.height > foot.y + 1)
    problems.push(`${where}: the map and its key run ${Math.round(root.y + root.height - foot.y)} px into the slide's source line`)
  return problems
}
