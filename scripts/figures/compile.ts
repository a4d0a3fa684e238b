/**
 * Compiles every figure once, as scripts/build-geodata.ts makes the basemap: from each record in
 * data/figures.ts, the layers, places, weapons, scenarios and the basemap, it writes
 *
 * - data/figure-specs/index.json: per figure, its component, its clicks, the sources its slide
 *   cites for it and the mark it shows once drawn (read by every slide's source line, the deck
 *   loader scripts/deck.ts, the print view and the tests: components/figure-steps.ts);
 * - data/figure-specs/<id>.json for each map: its box, shapes (GeoJSON), labels, key and text
 *   alternative at each click (components/baltic-map/map-spec-types.ts), which BalticMap.vue only draws;
 * - data/figure-specs/<id>.json for each chart: its moves with every derived field and its words
 *   (components/escalation/chart-spec-types.ts), which EscalationChart.vue lays out and draws.
 *
 * The files are committed, so the deck runs from a fresh clone with no step of its own; a unit test
 * (tests/unit/figure-specs.test.ts) fails, naming the file, when they differ from what this writes.
 *
 *   node scripts/figures/compile.ts      (npm run figures)
 */
import type { BalticGeodata } from '../../data/geodata.ts'
import type { FigureComponent, FigureId } from '../../data/figures.ts'
import type { MapSpec } from '../../components/baltic-map/map-spec-types.ts'
import type { ChartSpec } from '../../components/escalation/chart-spec-types.ts'
import type { FigureSummary } from '../../components/figure-steps.ts'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import basemap from '../../data/geo/baltic.json' with { type: 'json' }
import { FIGURES } from '../../data/figures.ts'
import { chartSpec } from './chart-spec.ts'
import { mapSpec } from './map-spec.ts'
import { mapSourceIds } from './shading.ts'

/** Where the specs are written. */
export const SPEC_DIR = resolve(import.meta.dirname, '../../data/figure-specs')

/** The ready mark of each component that draws after it mounts. */
const READY_MARKS: Partial<Record<FigureComponent, string>> = {
  BalticMap: '.baltic-map-ready',
  EscalationChart: '.escalation-frame',
}

export interface CompiledFigures {
  index: Record<FigureId, FigureSummary>
  maps: Record<string, MapSpec>
  charts: Record<string, ChartSpec>
}

export function compileFigures(data: BalticGeodata = basemap as unknown as BalticGeodata): CompiledFigures {
  const index = {} as Record<FigureId, FigureSummary>
  const maps: Record<string, MapSpec> = {}
  const charts: Record<string, ChartSpec> = {}
  for (const [id, figure] of Object.entries(FIGURES) as [FigureId, (typeof FIGURES)[FigureId]][]) {
    const readyMark = READY_MARKS[figure.component]
    const summary = { component: figure.component, ...(readyMark ? { readyMark } : {}) }
    switch (figure.component) {
      case 'BalticMap':
        index[id] = { ...summary, clicks: figure.steps.length, sourceIds: mapSourceIds(figure.date, figure.steps) }
        maps[id] = mapSpec(id, figure, data)
        break
      case 'EscalationChart':
        index[id] = { ...summary, clicks: figure.spoken?.length ?? 0, sourceIds: [] }
        charts[id] = chartSpec(id, figure)
        break
      default:
        index[id] = { ...summary, clicks: 0, sourceIds: [] }
    }
  }
  return { index, maps, charts }
}

/**
 * A spec as committed: numbers to 6 decimals (about 10 cm), so the files are the same on every
 * machine; one value a line, except a position or a short list of numbers, which keeps its line, so
 * that a change to a record shows in review as the few lines it changes.
 */
function specJson(value: unknown): string {
  const text = JSON.stringify(value, (_, v) => typeof v === 'number' && !Number.isInteger(v) ? Math.round(v * 1e6) / 1e6 : v, 1)
  return `${text.replace(/\[\s*(-?[\d.e+-]+(?:,\s*-?[\d.e+-]+)*)\s*\]/g, (_, numbers: string) => `[${numbers.replace(/\s+/g, '')}]`)}\n`
}

/** The files the compiler writes, by name in SPEC_DIR, and their text. */
export function specFiles(compiled: CompiledFigures = compileFigures()): Map<string, string> {
  return new Map([
    ['index.json', specJson(compiled.index)],
    ...Object.entries({ ...compiled.maps, ...compiled.charts }).map(([id, spec]) => [`${id}.json`, specJson(spec)] as const),
  ])
}

if (import.meta.main) {
  const files = specFiles()
  mkdirSync(SPEC_DIR, { recursive: true })
  for (const name of readdirSync(SPEC_DIR)) {
    if (!files.has(name))
      rmSync(join(SPEC_DIR, name))
  }
  // Only the files that change are written, so a dev server reloads only the slides they change.
  const changed = [...files].filter(([name, text]) => !existsSync(join(SPEC_DIR, name)) || readFileSync(join(SPEC_DIR, name), 'utf8') !== text)
  for (const [name, text] of changed)
    writeFileSync(join(SPEC_DIR, name), text)
  console.log(`Figure specs in ${SPEC_DIR}: ${changed.length ? `wrote ${changed.map(([name]) => name).join(', ')}` : 'all up to date'}`)
}
