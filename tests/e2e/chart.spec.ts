import type { Locator } from '@playwright/test'
import { ACTOR_NAMES, codingWords } from '../../data/escalation.ts'
import { shortCitation } from '../../data/sources.ts'
import { dateText, ESCALATION_EVENTS, sourceIdsOf } from '../../components/escalation/events.ts'
import { tablePart } from '../../components/escalation/table.ts'
import { chartsIn, partsIn } from '../deck-figures.ts'
import { expect, slides, test, timeForSteps } from '../fixtures.ts'
import { textProblems } from '../layout-checks.ts'

/** Every slide with a chart, with its figure's settings (data/figures.ts) and its moves. */
const charts = chartsIn(slides)
const tableSlides = partsIn(slides, 'EscalationTable')
const codingSlide = slides.find(s => s.content.includes('<EscalationCoding'))

/** The moves the chart shows now (hidden ones are `visibility: hidden`, so Playwright sees them as hidden). */
const shownMoves = (chart: Locator) => chart.locator('.move[data-event]').filter({ visible: true })
const shownArrows = (chart: Locator) => chart.locator('.arrow[data-arrow]').filter({ visible: true })

test.describe('the escalation chart', () => {
  for (const { slide, moves } of charts.filter(c => c.mode === 'step')) {
    test(`slide ${slide.no} reveals one move per click in date order, and going back hides the last`, async ({ deck }) => {
      test.setTimeout(timeForSteps(moves.length + 2, 6_000))
      const chart = (await deck.open(slide.no, 0)).locator('.escalation-chart')

      await test.step('click 0 shows the empty frame: the two sides, the levels and the legend', async () => {
        await expect(shownMoves(chart), 'no move at click 0').toHaveCount(0)
        await expect(chart.locator('.side-name').first()).toHaveText(ACTOR_NAMES.west)
        await expect(chart.locator('.side-name').last()).toHaveText(ACTOR_NAMES.russia)
        await expect(chart.locator('.legend'), 'the legend says the scale is ours').toContainText(/our coding/i)
      })

      for (const [i, move] of moves.entries()) {
        await test.step(`click ${i + 1} adds "${move.label}"`, async () => {
          await deck.press('ArrowRight', { no: slide.no, clicks: i + 1 })
          await expect(shownMoves(chart), `${i + 1} moves at click ${i + 1}`).toHaveCount(i + 1)
          await expect(shownMoves(chart).last(), `the move at click ${i + 1}`).toHaveAttribute('data-event', move.id)
          await expect(chart.locator('.move.is-newest'), 'the newest move is emphasised').toHaveAttribute('data-event', move.id)
          const answered = moves.find(m => m.id === move.respondsTo?.id)
          const arrow = chart.locator(`.arrow[data-arrow="${answered?.id} ${move.id}"]`)
          if (answered)
            await expect(arrow, `the arrow from "${answered.label}" to "${move.label}"`).toBeVisible()
        })
      }

      await test.step('going back a click hides the last move and its arrow', async () => {
        await deck.press('ArrowLeft', { no: slide.no, clicks: moves.length - 1 })
        await expect(shownMoves(chart)).toHaveCount(moves.length - 1)
        await expect(chart.locator(`.move[data-event="${moves[moves.length - 1].id}"]`)).toBeHidden()
        await expect(shownArrows(chart)).toHaveCount(moves.slice(0, -1).filter(m => m.respondsTo && moves.slice(0, -1).some(o => o.id === m.respondsTo!.id)).length)
      })
    })
  }

  for (const { slide, moves } of charts.filter(c => c.mode === 'all')) {
    test(`slide ${slide.no} shows every move of the period and every arrow at once`, async ({ deck }) => {
      const chart = (await deck.open(slide.no)).locator('.escalation-chart')
      await expect(shownMoves(chart)).toHaveCount(moves.length)
      await expect(shownArrows(chart)).toHaveCount(moves.filter(m => m.respondsTo && moves.some(o => o.id === m.respondsTo!.id)).length)
      await expect(chart.locator('.move.is-newest'), 'nothing is emphasised when all show').toHaveCount(0)
    })
  }

  for (const { slide, moves } of charts) {
    test(`slide ${slide.no} names the sources of its moves on its source line, and describes what it shows`, async ({ deck }) => {
      const clicks = Math.min(3, slide.clicks)
      const page = await deck.open(slide.no, clicks)
      const shown = slide.clicks ? moves.slice(0, clicks) : moves
      const line = page.locator('.slide-sources')
      for (const id of sourceIdsOf(moves))
        await expect(line).toContainText(shortCitation(id))
      const figure = page.getByRole('img', { name: /^Escalation chart/ })
      await expect(figure).toHaveAttribute('aria-label', new RegExp(`${shown.length === moves.length ? 'All' : `${shown.length} of`} ${moves.length} moves shown`))
      const items = page.locator('.escalation-chart ol.sr-only li')
      await expect(items).toHaveCount(shown.length)
      for (const [i, move] of shown.entries())
        await expect(items.nth(i)).toContainText(move.label)
    })
  }

  test('presenter mode shows the chart at the presenter\'s click, and the next click beside it', async ({ page }) => {
    const { slide, moves } = charts.find(c => c.mode === 'step')!
    await page.goto(`#/presenter/${slide.no}?clicks=3`)
    const current = page.locator(`#slide-content .slidev-page-${slide.no} .escalation-chart`)
    await expect(current.locator('.escalation-frame')).toBeVisible()
    await expect(shownMoves(current)).toHaveCount(3)
    await expect(shownMoves(current).last()).toHaveAttribute('data-event', moves[2].id)
    const next = page.locator(`.grid-section.next .slidev-page-${slide.no} .escalation-chart`)
    await expect(next.locator('.escalation-frame'), 'the next-click preview draws the chart too').toBeVisible()
    await expect(shownMoves(next)).toHaveCount(4)
  })
})

test.describe('the escalation appendix', () => {
  test('gives the coding rules, each level with its kinds of move, and sets them against Kahn', async ({ deck }) => {
    expect(codingSlide, 'a slide holds <EscalationCoding />').toBeDefined()
    const page = await deck.open(codingSlide!.no)
    const rows = page.locator('.escalation-coding tbody tr')
    await expect(rows).toHaveCount(7)
    await expect(rows.first()).toContainText('Use of force')
    await expect(rows.last()).toContainText('Not on the scale')
    await expect(page.locator('.escalation-coding')).toContainText('44 rungs')
    await expect(page.locator('.slide-sources')).toContainText(shortCitation('kahn-1965'))
    expect(await textProblems(page)).toEqual([])
  })

  test('lists every move once across its slides, with its date, actor, coding, answer and source', async ({ deck }) => {
    expect(tableSlides.map(t => t.part)).toEqual(Array.from({ length: tableSlides[0].parts }, (_, i) => i + 1))
    const numbered = ESCALATION_EVENTS.map((event, i) => ({ event, no: i + 1 }))
    for (const { slide, part, parts } of tableSlides) {
      const page = await deck.open(slide.no)
      const rows = page.locator('.escalation-table tbody tr')
      const wanted = tablePart(numbered, part, parts)
      await expect(rows).toHaveCount(wanted.length)
      for (const [i, { event: move, no }] of wanted.entries()) {
        const row = rows.nth(i)
        await expect(row).toHaveAttribute('data-event', move.id)
        const cells = row.locator('td, th')
        await expect(cells.nth(0)).toHaveText(String(no))
        await expect(cells.nth(1)).toHaveText(dateText(move))
        await expect(cells.nth(2)).toHaveText(ACTOR_NAMES[move.actor])
        await expect(cells.nth(3)).toHaveText(move.label)
        await expect(cells.nth(4)).toHaveText(move.level === null ? '–' : String(move.level))
        await expect(cells.nth(5)).toContainText(codingWords(move))
        const answered = ESCALATION_EVENTS.findIndex(e => e.id === move.respondsTo?.id)
        await expect(cells.nth(6)).toHaveText(answered < 0 ? '' : new RegExp(`^#${answered + 1}, `))
        await expect(cells.nth(7)).toHaveText(shortCitation(move.sourceId))
      }
      expect(await textProblems(page), `slide ${slide.no}`).toEqual([])
      const table = await page.locator('.escalation-table').boundingBox()
      const foot = await page.locator('.slide-foot').boundingBox()
      expect(table!.y + table!.height, `slide ${slide.no}: the table ends above the slide number`).toBeLessThanOrEqual(foot!.y)
    }
  })
})
