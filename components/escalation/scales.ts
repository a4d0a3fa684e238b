/**
 * The chart's two scales, d3-scale style: time runs down the spine, escalation level runs outward
 * from it. Everything the chart draws goes through these (data → scales → marks).
 */
import type { ScaleLinear, ScaleTime } from 'd3-scale'
import type { EscalationEvent, Level } from '../../data/escalation.ts'
import { scaleLinear, scaleUtc } from 'd3-scale'
import { rubric } from '../../data/escalation.ts'
import { eventTime } from './events.ts'

/**
 * Date → y in CSS px. The domain runs from the first to the last event shown, so the first sits on
 * the plot's top edge and the last on its bottom edge. With one event (or one date) the domain is
 * a single instant and d3 puts it halfway down.
 */
export function timeScale(shown: readonly EscalationEvent[], [top, bottom]: readonly [number, number]): ScaleTime<number, number> {
  if (!shown.length)
    throw new Error('timeScale needs at least one event to set its domain')
  const times = shown.map(eventTime)
  return scaleUtc()
    .domain([new Date(Math.min(...times)), new Date(Math.max(...times))])
    .range([top, bottom])
}

const LEVELS = rubric.map(step => step.level)
const LOWEST = Math.min(...LEVELS)
const HIGHEST = Math.max(...LEVELS)

/** Escalation level → distance from the spine in CSS px: the rubric's lowest level at `nearPx`, its highest at `farPx`. */
export function levelScale(nearPx: number, farPx: number): ScaleLinear<number, number> {
  return scaleLinear().domain([LOWEST, HIGHEST]).range([nearPx, farPx])
}

/** The rubric's levels, lowest first (for guides and legends). */
export const RUBRIC_LEVELS: readonly Level[] = [...LEVELS].sort((a, b) => a - b)
