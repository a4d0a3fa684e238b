import type { Locator } from '@playwright/test'
import type { CodedEvent } from '../../data/escalation.ts'
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

/** The slide's source line names the sources of all the chart's moves, whatever the click. */
async function expectSourcesNamed(slide: Locator, moves: readonly CodedEvent[]): Promise<void> {
  const line = slide.locator('.slide-sources')
  for (const id of sourceIdsOf(moves))
    await expect(line, 'the source line').toContainText(shortCitation(id))
}

/** What a screen reader is told: how many of the moves show, and each shown move, in order. */
async function expectDescribed(slide: Locator, moves: readonly CodedEvent[], shown: number, where: string): Promise<void> {
  const figure = slide.getByRole('img', { name: /^Escalation chart/ })
  await expect(figure, `${where}: the chart's name says how many moves show`).toHaveAttribute('aria-label', new RegExp(`${shown === moves.length ? 'All' : `${shown} of`} ${moves.length} moves shown`))
  const items = slide.locator('.escalation-chart ol.sr-only li')
  await expect(items, `${where}: the text alternative lists the moves shown`).toHaveCount(shown)
  for (const [i, move] of moves.slice(0, shown).entries())
    await expect(items.nth(i), `${where}: the text alternative's item ${i + 1}`).toContainText(move.label)
}

test.describe('the escalation chart', () => {
  for (const { slide, moves } of charts.filter(c => c.mode === 'step')) {
    test(`slide ${slide.no} reveals one move per click in date order, tells a screen reader each, names their sources, and going back hides the last`, async ({ deck }) => {
      test.setTimeout(timeForSteps(moves.length + 2, 6_000))
      const page = await deck.open(slide.no, 0)
      const chart = page.locator('.escalation-chart')

      await test.step('click 0 shows the empty frame: the two sides, the levels and the legend', async () => {
        await expectSourcesNamed(page, moves)
        await expectDescribed(page, moves, 0, 'click 0')
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
          await expectDescribed(page, moves, i + 1, `click ${i + 1}`)
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
    test(`slide ${slide.no} shows every move of the period and every arrow at once, tells a screen reader each, and names their sources`, async ({ deck }) => {
      const page = await deck.open(slide.no)
      const chart = page.locator('.escalation-chart')
      await expectSourcesNamed(page, moves)
      await expectDescribed(page, moves, moves.length, 'all shown')
      await expect(shownMoves(chart)).toHaveCount(moves.length)
      await expect(shownArrows(chart)).toHaveCount(moves.filter(m => m.respondsTo && moves.some(o => o.id === m.respondsTo!.id)).length)
      await expect(chart.locator('.move.is-newest'), 'nothing is emphasised when all show').toHaveCount(0)
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
