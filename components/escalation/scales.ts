/**
 * The chart's two scales, d3-scale style: time runs down the spine, escalation level runs outward
 * from it. Everything the chart draws goes through these (data → scales → marks).
 */
import type { ScaleLinear, ScaleTime } from 'd3-scale'
import type { Level } from '../../data/escalation.ts'
import { scaleLinear, scaleUtc } from 'd3-scale'
import { rubric } from '../../data/escalation.ts'

/** The first instant of a year ("2016") or month ("2016-07"), and the first instant after it, in UTC. */
export function periodBounds(yearOrMonth: string): [Date, Date] {
  const match = /^(\d{4})(?:-(\d{2}))?$/.exec(yearOrMonth)
  if (!match)
    throw new Error(`A chart period is a year or a month ("2016" or "2016-07"), not "${yearOrMonth}"`)
  const [y, m] = [Number(match[1]), match[2] ? Number(match[2]) : undefined]
  return m ? [new Date(Date.UTC(y, m - 1, 1)), new Date(Date.UTC(y, m, 1))] : [new Date(Date.UTC(y, 0, 1)), new Date(Date.UTC(y + 1, 0, 1))]
}

/**
 * Date → y in CSS px, at the period's true scale: the first instant of `from` on the plot's top
 * edge, the first instant after `to` on its bottom edge, so every year is as tall as any other.
 */
export function timeScale(from: string, to: string, [top, bottom]: readonly [number, number]): ScaleTime<number, number> {
  const [start] = periodBounds(from)
  const [, end] = periodBounds(to)
  if (end <= start)
    throw new Error(`A chart period must end after it starts: ${from} to ${to}`)
  return scaleUtc().domain([start, end]).range([top, bottom])
}

/** What the chart and the table call a move marked apart from the level scale. */
export const OFF_SCALE_NAME = 'Not on the scale'

/**
 * The start of the event's date as milliseconds since 1970 (UTC): "2016" is 1 January 2016,
 * "2016-06" is 1 June 2016. The records' dates are YYYY, YYYY-MM or YYYY-MM-DD (a unit test
 * checks every one).
 */
export function eventTime(event: { date: string }): number {
  const [year, month = 1, day = 1] = event.date.split('-').map(Number)
  return Date.UTC(year, month - 1, day)
}

/** The rubric's name for a level (the rubric names every level, a unit test checks), or OFF_SCALE_NAME for null. */
export function levelName(level: Level | null): string {
  return level === null ? OFF_SCALE_NAME : rubric.find(s => s.level === level)?.name ?? `level ${level}`
}

const LEVELS = rubric.map(step => step.level)

/** The rubric's levels, lowest first (for guides and legends). */
export const RUBRIC_LEVELS: readonly Level[] = [...LEVELS].sort((a, b) => a - b)

/** Escalation level → distance from the spine in CSS px: the rubric's lowest level at `nearPx`, its highest at `farPx`, evenly. */
export function levelScale(nearPx: number, farPx: number): ScaleLinear<number, number> {
  return scaleLinear().domain([RUBRIC_LEVELS[0], RUBRIC_LEVELS[RUBRIC_LEVELS.length - 1]]).range([nearPx, farPx])
}
