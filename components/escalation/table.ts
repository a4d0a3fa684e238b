/**
 * The record's appendix tables (the moves, their reasons, their disputes): every move numbered in
 * date order, the number the chart keys its quiet marks to, and each table cut over its slides by
 * the room its rows take (components/list-parts.ts).
 *
 *   recordRows()                   // [{ event, no: 1 }, …]
 *   tablePart(rows, weightOf, 2, 3) // the second of three slides
 */
import type { CodedEvent } from '../../data/escalation.ts'
import { weightedPart } from '../list-parts.ts'
import { ESCALATION_EVENTS } from './events.ts'

export interface RecordRow {
  event: CodedEvent
  /** The move's number: its place in the record, in date order, from 1. */
  no: number
}

/** Every move with its number. */
export function recordRows(all: readonly CodedEvent[] = ESCALATION_EVENTS): RecordRow[] {
  return all.map((event, i) => ({ event, no: i + 1 }))
}

/** A move's number, by its id. Throws, naming the id, for a move not in the record. */
export function moveNumber(id: string, all: readonly CodedEvent[] = ESCALATION_EVENTS): number {
  const i = all.findIndex(e => e.id === id)
  if (i < 0)
    throw new Error(`escalation: "${id}" is not a move in data/escalation-events.ts`)
  return i + 1
}

/** Part `part` (from 1) of `rows` cut into `parts` by the room each row takes (a table row's characters, at least a line's). */
export function tablePart<T>(rows: readonly T[], weightOf: (row: T) => number, part: number, parts: number): T[] {
  return weightedPart(rows, weightOf, part, parts)
}
