/**
 * Every figure a slide shows, with all its settings, by a stable id. A slide names its figure once,
 * in its frontmatter (`figure: exclave-1991`), and places the bare tag (`<BalticMap />`); the
 * component reads its settings here (components/use-figure.ts), and the tests read the same records
 * through Slidev's parser (scripts/deck.ts). Nothing else repeats them: a map's or chart's clicks
 * follow from its steps or its moves.
 *
 *   ---
 *   layout: figure
 *   figure: exclave-1991
 *   ---
 *   ::figure::
 *   <BalticMap />
 */
import type { LayerId } from './map-layers.ts'
import type { ViewId } from './map-views.ts'
import type { WeaponRole } from './weapons.ts'

/** A day as YYYY-MM-DD. */
type Day = `${number}-${number}-${number}`

/** A year (YYYY) or a month (YYYY-MM). */
type YearOrMonth = `${number}` | `${number}-${number}`

/** An offline map of the Baltic that reveals one layer per click (components/BalticMap.vue). */
export interface MapFigure {
  component: 'BalticMap'
  /** The area to fit (data/map-views.ts). */
  view: ViewId
  /** Shade NATO's members on this day by cohort, and Russia and Belarus; without it, no alliance shading. */
  date?: Day
  /** The layers (data/map-layers.ts) revealed one per click, in this order. */
  steps: readonly LayerId[]
  /**
   * The kinds of weapon the map is about: it draws every weapon of these roles that the record has
   * in the oblast on its date, and no other (a unit test holds it to the record).
   */
  theme?: readonly WeaponRole[]
}

/** How much of the chart's key a slide shows: all of it (the first chart of the talk, which teaches how to read it), or the levels only. */
type ChartKey = 'full' | 'short'

/**
 * The escalation chart of one period (components/EscalationChart.vue): every move of the period,
 * drawn from the start; the moves the speaker talks about are labelled, one more per click.
 */
export interface ChartFigure {
  component: 'EscalationChart'
  /** The first year or month of the period, included. */
  from: YearOrMonth
  /** The last year or month of the period, included. */
  to: YearOrMonth
  /** The records (data/escalation-events.ts ids) the speaker talks about, labelled one per click in this order; none: an appendix chart, every move numbered, no clicks. */
  spoken?: readonly string[]
  /** How much of the key the slide shows (default 'short'). */
  key?: ChartKey
}

/** One slide of a list split over several (components/References.vue, Codebook.vue, EscalationTable.vue, EscalationReasons.vue, EscalationDisputes.vue). */
export interface ListPartFigure {
  component: 'References' | 'Codebook' | 'EscalationTable' | 'EscalationReasons' | 'EscalationDisputes'
  /** Which slide of the list this is, from 1. */
  part: number
  /** How many slides the list is split over. */
  parts: number
}

export type Figure = MapFigure | ChartFigure | ListPartFigure

/** The components a slide's `figure:` can name. */
export type FigureComponent = Figure['component']

/** A component's figure settings: `FigureOf<'BalticMap'>` is a MapFigure. */
export type FigureOf<C extends FigureComponent> = Extract<Figure, { component: C }>

/**
 * How many slides each list takes in the appendix: as many as its text needs at the reading size
 * (the end-to-end tests fail a slide whose list runs past its foot). Each part is a slide naming
 * its figure (`figure: escalation-data-3`); `npm run list-slides` writes the record's lists'
 * slides (pages/lists/) from these numbers.
 */
export const LIST_PARTS = {
  References: 31,
  Codebook: 7,
  EscalationTable: 20,
  EscalationReasons: 30,
  EscalationDisputes: 11,
} as const satisfies Record<ListPartFigure['component'], number>

const part = <C extends ListPartFigure['component']>(component: C) => (no: number) => ({ component, part: no, parts: LIST_PARTS[component] }) as const
const partsOf = <C extends ListPartFigure['component'], K extends string>(component: C, key: K) =>
  Object.fromEntries(Array.from({ length: LIST_PARTS[component] }, (_, i) => [`${key}-${i + 1}`, part(component)(i + 1)])) as Record<`${K}-${number}`, ReturnType<ReturnType<typeof part<C>>>>

const figures = {
  // Act I: why Kaliningrad matters.
  'exclave-1991': { component: 'BalticMap', view: 'baltic', steps: ['exclave', 'cities', 'mainland'] },
  // Act II: the build-up.
  'chart-1997-2008': { component: 'EscalationChart', from: '1997', to: '2008', key: 'full', spoken: ['founding-act-1997', 'kaliningrad-cuts-2002', 'nato-2004', 'us-missile-defence-plan', 'georgia-2008', 'iskander-threat-2008'] },
  'chart-2009-2016': { component: 'EscalationChart', from: '2009', to: '2016', spoken: ['us-plan-dropped-2009', 'russia-calls-off-2009', 'crimea-2014', 'warsaw-summit-2016', 'iskanders-2016', 'bastion-2016'] },
  'missiles-2016': { component: 'BalticMap', view: 'reach', date: '2016-11-21', theme: ['land-attack', 'anti-ship'], steps: ['iskander', 'bastion'] },
  // Act IV: the two scenarios.
  'denial-and-blockade': { component: 'BalticMap', view: 'a2ad', date: '2016-11-21', theme: ['anti-ship', 'air-defence'], steps: ['a2ad', 'blockade', 'blockade-distant'] },
  'push-from-belarus': { component: 'BalticMap', view: 'suwalki', date: '2016-11-21', steps: ['suwalki', 'corridor'] },
  // Act V: after the essay.
  'chart-2017-2021': { component: 'EscalationChart', from: '2017', to: '2021', spoken: ['efp-2017', 'iskanders-permanent-2018', 'inf-end-2019', 'inf-verification-offer-2020', 'kaliningrad-division-2020'] },
  'chart-2022-2025': { component: 'EscalationChart', from: '2022', to: '2025', spoken: ['invasion-2022', 'transit-2022', 'finland-2023', 'long-range-fires-2024', 'moratorium-end-2025', 'oreshnik-belarus-2025'] },
  // The appendix: the record, its method, the references.
  ...partsOf('Codebook', 'codebook'),
  ...partsOf('EscalationTable', 'escalation-data'),
  ...partsOf('EscalationReasons', 'escalation-reasons'),
  ...partsOf('EscalationDisputes', 'escalation-disputes'),
  ...partsOf('References', 'references'),
} as const satisfies Record<string, Figure>

/** A figure, by the id a slide's frontmatter names. */
export type FigureId = keyof typeof figures

export const FIGURES: Readonly<Record<FigureId, Figure>> = figures

/**
 * The settings of the figure `id`, which `component` shows. Throws, naming the slide and the id,
 * if there is no such figure or it is another component's.
 */
export function figureFor<C extends FigureComponent>(component: C, id: unknown, where: string): FigureOf<C> {
  if (!isFigureId(id))
    throw new Error(`${where}: <${component} /> needs the slide's frontmatter to name its figure from data/figures.ts (figure: id), not ${JSON.stringify(id)}; known ids: ${Object.keys(FIGURES).join(', ')}`)
  const figure = FIGURES[id]
  if (!isFigureOf(component, figure))
    throw new Error(`${where}: the figure "${id}" is a <${figure.component} />, not a <${component} />; fix the slide's tag or its figure: line`)
  return figure
}

/** Whether `id` names a figure in FIGURES. */
export function isFigureId(id: unknown): id is FigureId {
  return typeof id === 'string' && Object.hasOwn(FIGURES, id)
}

function isFigureOf<C extends FigureComponent>(component: C, figure: Figure): figure is FigureOf<C> {
  return figure.component === component
}
