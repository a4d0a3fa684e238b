import type { Locator, Page } from '@playwright/test'
import { mapsIn } from '../deck-figures.ts'
import { Deck, expect, slides, test } from '../fixtures.ts'

/** Every map the deck shows, with the layers its clicks reveal (its figure's `steps`). */
const mapSlides = mapsIn(slides)

/** A layer's shapes (paths, markers) and its words on the map. */
function layer(slide: Locator, id: string) {
  const map = slide.locator('.leaflet-container')
  return { shapes: map.locator(`path.layer-${id}`), labels: map.locator(`[data-layer="${id}"]`) }
}

/** At click k the first k steps show, with their shapes and labels, and the others do not. */
async function expectStepsShown(slide: Locator, steps: readonly string[], k: number, where: string): Promise<void> {
  for (const [i, id] of steps.entries()) {
    const { shapes, labels } = layer(slide, id)
    if (i < k) {
      await expect(shapes.first(), `${where}: layer "${id}" should be drawn`).toBeVisible()
      await expect(labels.filter({ visible: true }).first(), `${where}: layer "${id}" should be labelled`).toBeVisible()
    }
    else {
      await expect(shapes, `${where}: layer "${id}" should not be drawn yet`).toHaveCount(0)
      await expect(labels.filter({ visible: true }), `${where}: layer "${id}" should have no label yet`).toHaveCount(0)
    }
  }
}

/** The centre of an element, in page pixels. */
async function centre(locator: Locator): Promise<{ x: number, y: number }> {
  const box = await locator.boundingBox()
  expect(box, 'the element should be on screen').not.toBeNull()
  return { x: box!.x + box!.width / 2, y: box!.y + box!.height / 2 }
}

/** The element that has the keyboard focus, described by its classes. */
const focused = (page: Page) => page.evaluate(() => document.activeElement?.className ?? '')

test.describe('the Baltic map', () => {
  for (const { slide: { no, title }, steps } of mapSlides) {
    test.describe(`on slide ${no} "${title}"`, () => {
      test(`reveals one layer per click (${steps.join(', ')}), and going back hides it again`, async ({ deck }) => {
        const slide = await deck.open(no, 0)
        await test.step('at the start, the base map alone', () => expectStepsShown(slide, steps, 0, `slide ${no} at click 0`))
        for (let k = 1; k <= steps.length; k++) {
          await test.step(`click ${k} shows "${steps[k - 1]}"`, async () => {
            await deck.press('ArrowRight', { no, clicks: k })
            await expectStepsShown(slide, steps, k, `slide ${no} at click ${k}`)
          })
        }
        for (let k = steps.length - 1; k >= 0; k--) {
          await test.step(`back to click ${k} hides "${steps[k]}"`, async () => {
            await deck.press('ArrowLeft', { no, clicks: k })
            await expectStepsShown(slide, steps, k, `slide ${no} back at click ${k}`)
          })
        }
      })
    })
  }
})

// What the maps say (distances, captions, key, text alternative) is checked on their compiled specs
// (tests/unit/map-specs.test.ts); here, that a viewer reads it on the slide.
test.describe('what a viewer reads on the maps', () => {
  test('the missiles map labels Vilnius, Warsaw and Berlin with their distance to the oblast, and captions each reach as a nominal maximum', async ({ deck }) => {
    const { slide: { no }, steps } = mapSlides.find(m => m.steps.includes('iskander'))!
    const slide = await deck.open(no, steps.length)
    for (const words of ['Vilnius · 158 km, inside', 'Warsaw · 241 km, inside', 'Berlin · 463 km, inside', 'Iskander-M ~500 km', 'Bastion-P ~300 km'])
      await expect(slide.getByText(words), words).toBeVisible()
    await expect(slide.getByText('nominal maximum range, not a wall')).toHaveCount(2)
    await expect(slide.getByRole('list', { name: 'Key' })).toContainText('Iskander-M (9M723), 500 km')
  })

  test('the exclave map labels the shortest line to mainland Russia with its length, and the blockade map says whose sketch it is', async ({ deck }) => {
    const exclave = mapSlides.find(m => m.steps.includes('mainland'))!
    let slide = await deck.open(exclave.slide.no, exclave.steps.length)
    await expect(slide.getByText('~364 km', { exact: true })).toBeVisible()
    await expect(slide.getByText('to mainland Russia', { exact: true })).toBeVisible()
    const blockade = mapSlides.find(m => m.steps.includes('blockade'))!
    slide = await deck.open(blockade.slide.no, blockade.steps.length)
    await expect(slide.getByText('rings overstate denial', { exact: true })).toBeVisible()
    await expect(slide.getByText('inside the missiles’ reach', { exact: true })).toBeVisible()
    await expect(slide.getByRole('list', { name: 'Key' })).toContainText('S-400 air defence, 48N6 family, 250 km')
  })
})

// Each on a page of its own: they zoom, pan and resize the view.
test.describe('moving the map', () => {
  const reach = mapSlides.find(m => m.steps.includes('iskander'))!
  // The reach view fills most of the map's data region, leaving little room to pan at its fitted
  // zoom; the gap's close-up and the Baltic view have room.
  const closeUp = mapSlides.find(m => m.steps.includes('suwalki'))!
  const baltic = mapSlides.find(m => m.steps.includes('exclave'))!

  test('wheel zoom keeps the point under the pointer on the scaled slide', async ({ page }) => {
    const deck = new Deck(page)
    await page.setViewportSize({ width: 1600, height: 900 })
    const slide = await deck.open(reach.slide.no, reach.steps.length)
    const scale = (await slide.boundingBox())!.width / 980
    expect(scale, 'the slide canvas should be scaled').toBeGreaterThan(1.2)
    const markers = slide.locator('path.layer-iskander.place-marker')
    const [a, b] = [markers.nth(0), markers.nth(1)]
    const before = { a: await centre(a), b: await centre(b) }
    await page.mouse.move(before.a.x, before.a.y)
    await page.mouse.wheel(0, -240)
    await expect.poll(async () => Math.hypot((await centre(b)).x - (await centre(a)).x, (await centre(b)).y - (await centre(a)).y), { message: 'the map should zoom in' })
      .toBeGreaterThan(Math.hypot(before.b.x - before.a.x, before.b.y - before.a.y) * 1.3)
    const after = await centre(a)
    // Leaflet keeps its pixel origin and the pointer's point in whole map pixels, and the slide is
    // scaled: the point may drift by a few map pixels (measured: 1 to 6 page pixels at this scale,
    // whichever city is under the pointer); a zoom that ignored the pointer would move it by hundreds.
    expect(Math.hypot(after.x - before.a.x, after.y - before.a.y), 'the point under the pointer should stay there').toBeLessThan(4 * scale)
  })

  test('a drag moves the map with the pointer, then hands the keys back to the deck', async ({ page }) => {
    const deck = new Deck(page)
    await page.setViewportSize({ width: 1600, height: 900 })
    const { no } = closeUp.slide
    const slide = await deck.open(no, 0)
    const kaliningrad = slide.locator('path.country-kaliningrad')
    const start = await centre(kaliningrad)
    const from = await centre(slide.locator('.baltic-map-canvas'))
    await page.mouse.move(from.x, from.y)
    await page.mouse.down()
    await page.mouse.move(from.x + 60, from.y + 40, { steps: 6 })
    await page.mouse.move(from.x + 120, from.y + 80, { steps: 6 })
    await page.mouse.up()
    const moved = await centre(kaliningrad)
    expect(Math.abs(moved.x - start.x - 120), 'the map should follow the pointer across').toBeLessThan(3)
    expect(Math.abs(moved.y - start.y - 80), 'and down').toBeLessThan(3)
    expect(await focused(page), 'the map should not keep the keyboard after a drag').not.toContain('baltic-map-canvas')
    await deck.press('ArrowRight', { no, clicks: 1 })
  })

  test('with keyboard focus, the arrows pan and +/- zoom without changing the slide; Escape gives the keys back', async ({ page }) => {
    const deck = new Deck(page)
    // The whole oblast stays in view, so its outline's width measures the zoom.
    const { no } = baltic.slide
    const slide = await deck.open(no, 0)
    const canvas = slide.locator('.baltic-map-canvas')
    await expect(canvas, 'Tab reaches the map').toHaveAttribute('tabindex', '0')
    await canvas.focus()
    const kaliningrad = slide.locator('path.country-kaliningrad')
    const start = await centre(kaliningrad)
    await page.keyboard.press('ArrowRight')
    await expect.poll(async () => (await centre(kaliningrad)).x, { message: 'ArrowRight should pan the map' }).toBeLessThan(start.x - 40)
    expect(deck.location(), 'the slide should not change').toEqual({ no, clicks: 0 })
    const width = (await kaliningrad.boundingBox())!.width
    await page.keyboard.press('+')
    await expect.poll(async () => (await kaliningrad.boundingBox())!.width, { message: '+ should zoom in' }).toBeGreaterThan(width * 1.2)
    await page.keyboard.press('ArrowLeft')
    expect(deck.location(), 'the slide should still not change').toEqual({ no, clicks: 0 })
    await page.keyboard.press('Escape')
    expect(await focused(page)).not.toContain('baltic-map-canvas')
    await deck.press('ArrowRight', { no, clicks: 1 })
  })

  test('on entering its slide again, the map is fitted afresh', async ({ page }) => {
    const deck = new Deck(page)
    const { no } = reach.slide
    const slide = await deck.open(no, 0)
    const kaliningrad = slide.locator('path.country-kaliningrad')
    const fitted = await centre(kaliningrad)
    await slide.locator('.baltic-map-canvas').focus()
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Escape')
    await deck.press('ArrowLeft', { no: no - 1, clicks: slides[no - 2].clicks })
    await deck.press('ArrowRight', { no, clicks: 0 })
    await expect.poll(async () => Math.abs((await centre(kaliningrad)).y - fitted.y), { message: 'the view should be fitted again' }).toBeLessThan(2)
  })
})

test.describe('the map elsewhere', () => {
  test('presenter mode draws the current slide and the next-click preview, and only the current one takes the keys', async ({ page }) => {
    const { slide: { no }, steps } = mapSlides[0]
    await page.goto(`#/presenter/${no}`)
    const current = page.locator(`.slidev-presenter .grid-section.main .slidev-page-${no} .baltic-map`)
    const next = page.locator(`.slidev-presenter .grid-section.next .slidev-page-${no} .baltic-map`)
    for (const map of [current, next])
      await expect(map.locator('.baltic-map-ready')).toBeAttached()
    await expect(current.locator(`path.layer-${steps[0]}`), 'the current slide is at click 0').toHaveCount(0)
    await expect(next.locator(`path.layer-${steps[0]}`).first(), 'the preview shows the next click').toBeVisible()
    await expect(current.locator('.baltic-map-canvas')).toHaveAttribute('tabindex', '0')
    await expect(next.locator('.baltic-map-canvas')).not.toHaveAttribute('tabindex')
  })

  test('tells a screen reader what the current click shows', async ({ deck }) => {
    const { slide: { no }, steps } = mapSlides.find(m => m.steps.includes('iskander'))!
    const slide = await deck.open(no, 0)
    const description = slide.getByText(/^Map of /)
    await expect(description).not.toContainText('Iskander-M')
    await deck.press('ArrowRight', { no, clicks: 1 })
    await expect(description).toContainText(`Step 1 of ${steps.length}`)
    await expect(description).toContainText('how far the Iskander-M reaches with its 9M723 missile, at a nominal maximum range of about 500 km')
    await expect(description).toContainText('Berlin 463 km')
    await expect(slide.locator('.baltic-map-canvas')).toHaveAccessibleName(/^Map of /)
  })
})
