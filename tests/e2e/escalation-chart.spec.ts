import type { Locator } from '@playwright/test'
import type { CodedEvent } from '../../data/escalation.ts'
import { ACTOR_NAMES } from '../../data/escalation.ts'
import { shortCitation } from '../../data/sources.ts'
import { CHART_BOXES } from '../../components/escalation/chart-options.ts'
import { dateText, ESCALATION_EVENTS } from '../../components/escalation/events.ts'
import { chartsIn, partsIn, recordNumber } from '../deck-figures.ts'
import { expect, slides, test, timeForSteps } from '../fixtures.ts'
import { textProblems } from '../layout-checks.ts'

/** Every chart slide, with its figure's settings (data/figures.ts), its moves and the ones the speaker talks about. */
const charts = chartsIn(slides)
const codingSlide = slides.find(s => s.content.includes('<EscalationCoding'))

const labels = (chart: Locator) => chart.locator('.label-group[data-label]').filter({ visible: true })
const byId = (id: string): CodedEvent => ESCALATION_EVENTS.find(e => e.id === id)!

/** What a screen reader is told: every move of the period, numbered, and how many spoken moves are labelled. */
async function expectDescribed(slide: Locator, moves: readonly CodedEvent[], labelled: number, spoken: number, where: string): Promise<void> {
  const figure = slide.getByRole('img', { name: /^Escalation chart/ })
  await expect(figure, `${where}: the chart's name says how many spoken moves are labelled`).toHaveAttribute('aria-label', new RegExp(`${labelled} of the ${spoken} moves the speaker talks about are labelled\\. All ${moves.length} moves are listed below\\.`))
  const items = slide.getByRole('list', { name: 'Moves of the period' }).getByRole('listitem')
  await expect(items, `${where}: the text alternative lists every move`).toHaveCount(moves.length)
  await expect(items.first()).toContainText(`#${recordNumber(moves[0].id)}: `)
  await expect(items.last()).toContainText(moves[moves.length - 1].label)
}

test.describe('the escalation chart', () => {
  test('the talk holds at most four chart slides, and the first teaches how to read the chart', () => {
    const spoken = charts.filter(c => c.slide.spoken)
    expect(spoken.length).toBeGreaterThan(0)
    expect(spoken.length).toBeLessThanOrEqual(4)
    expect(spoken[0].key, 'the first chart slide shows the full key').toBe('full')
  })

  for (const { slide, moves, spoken, key = 'short' } of charts) {
    test(`slide ${slide.no} draws all ${moves.length} moves of ${moves[0].date.slice(0, 4)}–${moves[moves.length - 1].date.slice(0, 4)} from the start, and labels the ${spoken.length} it speaks of one per click`, async ({ deck }) => {
      test.setTimeout(timeForSteps(spoken.length + 3, 8_000))
      const page = await deck.open(slide.no, 0)
      const chart = page.locator('.escalation-chart')

      await test.step('click 0: every move, numbered, no label; the key says the levels are ours; the source line points to the appendix', async () => {
        await expect(chart.locator('.move[data-event]').filter({ visible: true })).toHaveCount(moves.length)
        await expect(labels(chart), 'no label before the first click').toHaveCount(0)
        await expect(chart.locator('.move[data-event]').first()).toHaveAttribute('data-no', String(recordNumber(moves[0].id)))
        await expect(chart.locator('.move .number').first()).toHaveText(new RegExp(`^${recordNumber(moves[0].id)}\\??$`))
        await expect(chart.getByText('Our levels:', { exact: true })).toBeVisible()
        await expect(chart.getByText(/^Sources: each move’s/)).toHaveText(`Sources: each move’s, in the record’s tables (appendix), moves #${recordNumber(moves[0].id)}–#${recordNumber(moves[moves.length - 1].id)}`)
        await expect(chart.getByText(ACTOR_NAMES.west, { exact: true })).toBeVisible()
        await expect(chart.getByText(ACTOR_NAMES.russia, { exact: true })).toBeVisible()
        await expectDescribed(page, moves, 0, spoken.length, 'click 0')
        // In CSS px of the slide (the slide is scaled to the window; offsetWidth is not).
        const box = await chart.locator('.plot').evaluate(el => ({ width: (el as HTMLElement).offsetWidth, height: (el as HTMLElement).offsetHeight }))
        const wanted = CHART_BOXES[key]
        expect(Math.abs(box.width - wanted.width), `the plot is ${box.width} px wide; the layout's unit tests assume ${wanted.width}`).toBeLessThan(2)
        expect(Math.abs(box.height - wanted.height), `the plot is ${box.height} px high; the layout's unit tests assume ${wanted.height}`).toBeLessThan(2)
      })

      const ids = new Set(moves.map(m => m.id))
      for (const [i, id] of spoken.entries()) {
        const move = byId(id)
        await test.step(`click ${i + 1} labels "${move.label}", emphasised, with the arrows into it`, async () => {
          await deck.press('ArrowRight', { no: slide.no, clicks: i + 1 })
          await expect(labels(chart)).toHaveCount(i + 1)
          const label = chart.locator(`.label-group[data-label="${id}"]`)
          await expect(label).toBeVisible()
          await expect(label).toContainText(move.label)
          await expect(label.locator('.disputed'), move.disputes?.length ? 'a disputed move\'s label carries a ?' : 'an undisputed move\'s label carries no ?').toHaveCount(move.disputes?.length ? 1 : 0)
          await expect(chart.locator('.move.is-newest')).toHaveAttribute('data-event', id)
          for (const answer of move.answers ?? []) {
            if (ids.has(answer.id))
              await expect(chart.locator(`.arrow[data-arrow="${answer.id} ${id}"]`), `the arrow from "${byId(answer.id).label}"`).toBeVisible()
          }
          const outside = (move.answers ?? []).filter(a => !ids.has(a.id))
          if (outside.length)
            await expect(chart.locator(`.stub[data-stub="${id}"] text`), 'the stub numbers the earlier moves it answers').toHaveText(outside.map(a => `#${recordNumber(a.id)}`).join(', '))
          await expectDescribed(page, moves, i + 1, spoken.length, `click ${i + 1}`)
        })
      }

      if (spoken.length) {
        await test.step('going back a click hides the last label and its arrows', async () => {
          const last = spoken[spoken.length - 1]
          await deck.press('ArrowLeft', { no: slide.no, clicks: spoken.length - 1 })
          await expect(labels(chart)).toHaveCount(spoken.length - 1)
          await expect(chart.locator(`.label-group[data-label="${last}"]`)).toBeHidden()
          await expect(chart.locator(`.arrow[data-arrow$=" ${last}"]`).filter({ visible: true })).toHaveCount(0)
        })
      }
    })
  }

  test('presenter mode shows the chart at the presenter\'s click, and the next click beside it', async ({ page }) => {
    const { slide, spoken } = charts.find(c => c.spoken.length >= 4)!
    await page.goto(`#/presenter/${slide.no}?clicks=3`)
    const current = page.locator(`#slide-content .slidev-page-${slide.no} .escalation-chart`)
    await expect(current.locator('.escalation-frame')).toBeVisible()
    await expect(labels(current)).toHaveCount(3)
    await expect(current.locator('.move.is-newest')).toHaveAttribute('data-event', spoken[2])
    const next = page.locator(`.grid-section.next .slidev-page-${slide.no} .escalation-chart`)
    await expect(next.locator('.escalation-frame'), 'the next-click preview draws the chart too').toBeVisible()
    await expect(labels(next)).toHaveCount(4)
  })
})

test.describe('the escalation appendix', () => {
  // That the record's lists (its table, reasons and disputes, and the codebook) hold every item once
  // and in order, each slide's list above its foot, is read on the walk (deck.spec.ts), slide by slide.
  test('sets our levels beside MID and Kahn, with the kinds off the scale and where ours differ', async ({ deck }) => {
    expect(codingSlide, 'a slide holds <EscalationCoding />').toBeDefined()
    const page = await deck.open(codingSlide!.no)
    const table = page.locator('.escalation-coding')
    await expect(table.locator('tbody tr').first()).toContainText('Use of force')
    await expect(table).toContainText('MID')
    await expect(table).toContainText('Kahn')
    await expect(table).toContainText('Not on the scale')
    await expect(page.locator('.slide-sources')).toContainText(shortCitation('kahn-1965'))
    expect(await textProblems(page, { reading: true })).toEqual([])
  })

  test('gives each move its number, date, side, coding and source in the table', async ({ deck }) => {
    const { slide } = partsIn(slides, 'EscalationTable')[0]
    const page = await deck.open(slide.no)
    const row = page.locator('.escalation-table tbody tr').first()
    const move = byId((await row.getAttribute('data-event'))!)
    const cells = row.locator('td, th')
    await expect(cells.nth(0)).toHaveText(String(recordNumber(move.id)))
    await expect(cells.nth(1)).toHaveText(dateText(move))
    await expect(cells.nth(3)).toContainText(move.label)
    await expect(cells.nth(5)).toHaveText(move.level === null ? '–' : String(move.level))
    await expect(cells.nth(8)).toHaveText(shortCitation(move.sourceId))
  })
})
