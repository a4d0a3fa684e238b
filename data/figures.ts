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
}

/** How a chart reveals its moves: one per click, or all at once. */
export type ChartMode = 'step' | 'all'

/** The escalation chart of one period (components/EscalationChart.vue). */
export interface ChartFigure {
  component: 'EscalationChart'
  /** The first year or month of the period, included. */
  from: YearOrMonth
  /** The last year or month of the period, included. */
  to: YearOrMonth
  /** 'step' (the default): one more move per click; 'all': every move from the start, no clicks. */
  mode?: ChartMode
}

/** One slide of a list split over several (components/References.vue, EscalationTable.vue). */
export interface ListPartFigure {
  component: 'References' | 'EscalationTable'
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

const references = (part: number) => ({ component: 'References', part, parts: 10 }) as const
const escalationData = (part: number) => ({ component: 'EscalationTable', part, parts: 8 }) as const

const figures = {
  // Act I: why Kaliningrad matters.
  'exclave-1991': { component: 'BalticMap', view: 'baltic', steps: ['exclave', 'cities', 'mainland'] },
  // Act II: the build-up since 2004.
  'nato-1999-2004': { component: 'BalticMap', view: 'baltic', date: '1999-01-01', steps: ['nato-1999', 'nato-2004'] },
  'build-up-1999-2008': { component: 'EscalationChart', from: '1999', to: '2008-08' },
  'build-up-2008-2012': { component: 'EscalationChart', from: '2008-09', to: '2012' },
  'build-up-2013-2014': { component: 'EscalationChart', from: '2013', to: '2014' },
  'build-up-2015-2016': { component: 'EscalationChart', from: '2015', to: '2016-11' },
  'missiles-2016': { component: 'BalticMap', view: 'reach', date: '2016-11-21', steps: ['iskander', 'bastion'] },
  // Act IV: the two scenarios.
  'denial-and-blockade': { component: 'BalticMap', view: 'a2ad', date: '2016-11-21', steps: ['a2ad', 'blockade', 'blockade-distant'] },
  'push-from-belarus': { component: 'BalticMap', view: 'suwalki', date: '2016-11-21', steps: ['suwalki', 'corridor'] },
  // Act V: after the essay.
  'after-2017-2021': { component: 'EscalationChart', from: '2017', to: '2021' },
  'after-2022': { component: 'EscalationChart', from: '2022', to: '2022' },
  'after-2023-2024': { component: 'EscalationChart', from: '2023', to: '2024-04' },
  'after-2024': { component: 'EscalationChart', from: '2024-05', to: '2024-12' },
  'after-2025-jan-aug': { component: 'EscalationChart', from: '2025', to: '2025-08' },
  'after-2025-sep-dec': { component: 'EscalationChart', from: '2025-09', to: '2025' },
  'nato-sea-2023': { component: 'BalticMap', view: 'baltic', date: '2023-01-01', steps: ['nato-2023'] },
  // The references and the appendix.
  'references-1': references(1),
  'references-2': references(2),
  'references-3': references(3),
  'references-4': references(4),
  'references-5': references(5),
  'references-6': references(6),
  'references-7': references(7),
  'references-8': references(8),
  'references-9': references(9),
  'references-10': references(10),
  'escalation-data-1': escalationData(1),
  'escalation-data-2': escalationData(2),
  'escalation-data-3': escalationData(3),
  'escalation-data-4': escalationData(4),
  'escalation-data-5': escalationData(5),
  'escalation-data-6': escalationData(6),
  'escalation-data-7': escalationData(7),
  'escalation-data-8': escalationData(8),
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
