import type { Locator, Page } from '@playwright/test'
import type { LayerId } from '../../data/map-layers.ts'
import { missileOn, weaponById } from '../../data/weapons.ts'
import { DISTANCES_KM } from '../distances.ts'
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

test.describe('what the map measures and whose picture it is', () => {
  const withLayer = (id: LayerId) => {
    const found = mapSlides.find(m => m.steps.includes(id))
    expect(found, `some slide should show the "${id}" layer`).toBeTruthy()
    return found!
  }
  /** The map's words for one layer, as a viewer reads them. */
  const words = (slide: Locator, id: string) => slide.locator(`.leaflet-container .map-label[data-layer="${id}"]`)
  /** A sketch's own label (its name and caption), not the places its layer marks. */
  const caption = (slide: Locator, id: string) => words(slide, id).and(slide.locator('.map-label--scenario'))

  test('Berlin, Warsaw and Vilnius carry their distance to the oblast\'s nearest point, inside the Iskander-M\'s reach', async ({ deck }) => {
    const { slide: { no }, steps } = withLayer('iskander')
    const slide = await deck.open(no, steps.length)
    for (const [name, km] of [['Vilnius', DISTANCES_KM.vilnius], ['Warsaw', DISTANCES_KM.warsaw], ['Berlin', DISTANCES_KM.berlin]] as const)
      await expect(words(slide, 'iskander').filter({ hasText: name }), `${name}'s label`).toHaveText(`${name} · ${km} km, inside`)
    await expect(slide.locator('path.layer-iskander.measure-line'), 'a line from each city to the oblast').toHaveCount(3)
  })

  test('every reach is captioned as a nominal maximum range, not a wall, and fits in the view', async ({ deck }) => {
    for (const id of ['iskander', 'bastion'] as const) {
      const { slide: { no }, steps } = withLayer(id)
      const slide = await deck.open(no, steps.length)
      await expect(words(slide, id).filter({ hasText: 'nominal maximum range, not a wall' }), `the ${id} reach's caption`).toBeVisible()
    }
    for (const id of ['iskander', 'a2ad'] as const) {
      const { slide: { no }, steps } = withLayer(id)
      const slide = await deck.open(no, steps.length)
      const canvas = (await slide.locator('.baltic-map-canvas').boundingBox())!
      for (const path of await slide.locator(`path.layer-${id}.range-ring, path.layer-${id}.air-defence-line`).all()) {
        const box = (await path.boundingBox())!
        expect(box.x >= canvas.x - 1 && box.y >= canvas.y - 1 && box.x + box.width <= canvas.x + canvas.width + 1 && box.y + box.height <= canvas.y + canvas.height + 1, `slide ${no}: the ${id} reach should be wholly in view`).toBe(true)
      }
    }
  })

  test('the A2/AD layer says rings overstate denial; the blockade and the push from Belarus are ours', async ({ deck }) => {
    const a2ad = withLayer('a2ad')
    let slide = await deck.open(a2ad.slide.no, a2ad.steps.length)
    await expect(caption(slide, 'a2ad')).toContainText('rings overstate denial')
    // The S-400 ring is the missile in service on the map's date, not the longest it ever fired.
    const s400 = missileOn(weaponById('s-400'), a2ad.date!)
    await expect(slide.locator('.baltic-map-key')).toContainText(`S-400 air defence, ${s400.name}, ${s400.rangeKm} km`)
    await expect(caption(slide, 'blockade')).toContainText('our sketch')
    await expect(caption(slide, 'blockade')).toContainText('inside the missiles’ reach')
    await expect(slide.locator('.baltic-map-key')).toContainText('also fired at land targets')
    const corridor = withLayer('corridor')
    slide = await deck.open(corridor.slide.no, corridor.steps.length)
    await expect(caption(slide, 'corridor')).toContainText('our illustration')
    await expect(caption(slide, 'corridor')).not.toContainText('essay’s scenario')
    await expect(slide.locator('.baltic-map-key')).toContainText('Push from Belarus (our illustration)')
  })

  test('the exclave slide draws the shortest line to mainland Russia, with its length from the map data', async ({ deck }) => {
    const { slide: { no }, steps } = withLayer('mainland')
    const slide = await deck.open(no, steps.length)
    await expect(slide.locator('path.layer-mainland.mainland-line')).toBeVisible()
    await expect(words(slide, 'mainland')).toHaveText(`~${DISTANCES_KM.mainlandRussia} kmto mainland Russia`)
    await expect(slide.locator('.baltic-map .sr-only')).toContainText(`mainland Russia, about ${DISTANCES_KM.mainlandRussia} km`)
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
    expect(Math.hypot(after.x - before.a.x, after.y - before.a.y), 'the point under the pointer should stay there').toBeLessThan(3)
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
    const { slide: { no }, steps, date } = mapSlides.find(m => m.steps.includes('iskander'))!
    const slide = await deck.open(no, 0)
    const description = slide.locator('.baltic-map .sr-only')
    await expect(description).not.toContainText('Iskander-M')
    await deck.press('ArrowRight', { no, clicks: 1 })
    await expect(description).toContainText(`Step 1 of ${steps.length}`)
    const iskander = missileOn(weaponById('iskander-m'), date!)
    await expect(description).toContainText(`how far the Iskander-M reaches with its ${iskander.name} missile, at a nominal maximum range of about ${iskander.rangeKm} km, from anywhere in the oblast: a nominal maximum, not a wall`)
    await expect(description).toContainText(`Berlin ${DISTANCES_KM.berlin} km`)
    await expect(slide.locator('.baltic-map-canvas')).toHaveAccessibleName(/^Map of /)
  })
})
