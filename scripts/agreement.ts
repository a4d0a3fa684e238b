/**
 * How far two readings of the escalation record agree: a second coder's against ours, and a second
 * search's against the first. Prints the figures the README reports (npm run audit).
 *
 *   node scripts/agreement.ts          (reads audit/*.json, data/escalation-events.ts, data/search-log.json)
 *
 * The coders' batches are in audit/coder-batch-N.json: the candidates each coder saw (by id) and
 * how they coded them, blind to our decisions. Agreement is reported per cent and as Cohen's kappa
 * (for the level, weighted: a level off by one counts as near agreement, linearly). The second
 * search's completeness is the Chapman form of the Lincoln–Petersen capture–recapture estimate.
 */
import type { Capability, Ground, MoveKind } from '../data/escalation.ts'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { levelFor, postureFor } from '../data/escalation.ts'
import { codedEvents } from '../data/escalation-events.ts'
import { candidates } from '../data/search-log.ts'
import { parseCommandLine } from './cli.ts'

/** Share of pairs on which both readings agree (0–1). */
export function percentAgreement<T>(pairs: readonly (readonly [T, T])[]): number {
  if (!pairs.length)
    throw new Error('agreement needs at least one pair')
  return pairs.filter(([a, b]) => a === b).length / pairs.length
}

/**
 * Cohen's kappa over `categories` (every value either reading can take), with disagreement
 * weights: 'nominal' (every disagreement counts fully), or 'linear' for ordered categories (a
 * disagreement counts by how many steps apart the two are, over the widest possible gap).
 * 1 is perfect agreement, 0 what chance alone would give.
 */
export function kappa<T>(pairs: readonly (readonly [T, T])[], categories: readonly T[], weights: 'nominal' | 'linear' = 'nominal'): number {
  if (!pairs.length)
    throw new Error('kappa needs at least one pair')
  const k = categories.length
  const index = new Map(categories.map((c, i) => [c, i]))
  for (const [a, b] of pairs) {
    if (!index.has(a) || !index.has(b))
      throw new Error(`kappa: ${JSON.stringify(!index.has(a) ? a : b)} is not among the categories ${JSON.stringify(categories)}`)
  }
  const w = (i: number, j: number): number => (weights === 'nominal' ? (i === j ? 0 : 1) : Math.abs(i - j) / Math.max(1, k - 1))
  const n = pairs.length
  const rows = Array.from({ length: k }, () => 0)
  const cols = Array.from({ length: k }, () => 0)
  let observed = 0
  for (const [a, b] of pairs) {
    const i = index.get(a)!
    const j = index.get(b)!
    rows[i]++
    cols[j]++
    observed += w(i, j)
  }
  observed /= n
  let expected = 0
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++)
      expected += w(i, j) * (rows[i] / n) * (cols[j] / n)
  }
  return expected === 0 ? 1 : 1 - observed / expected
}

/**
 * Capture–recapture (Chapman's form of Lincoln–Petersen): two independent searches found `n1` and
 * `n2` items of one population, `m` of them by both; the estimated size of the population, and how
 * much of it the two searches together found.
 */
export function captureRecapture(n1: number, n2: number, m: number): { estimate: number, found: number, completeness: number } {
  if (m > Math.min(n1, n2))
    throw new Error(`capture–recapture: ${m} found by both, but the searches found ${n1} and ${n2}`)
  const estimate = ((n1 + 1) * (n2 + 1)) / (m + 1) - 1
  const found = n1 + n2 - m
  return { estimate, found, completeness: found / estimate }
}

/** How a coder coded one candidate. */
export interface CoderCode {
  id: string
  in: boolean
  /** For a candidate kept out: the clause. */
  clause?: string
  /** For a candidate let in: its kind and the inputs of its coding. */
  kind?: MoveKind
  lasting?: boolean
  nuclearCapable?: boolean
  capability?: readonly Capability[]
  ground?: Ground
}

/**
 * A coder's batch: who coded it (a description, not a name), against which codebook (its commit, or
 * the hash of data/codebook.ts), and each candidate coded twice: as we had coded it when the batch
 * was compared (`ours`), and by the coder, blind to ours (`theirs`).
 */
export interface CoderBatch {
  batch: number
  coder: string
  codebook: string
  codes: readonly { id: string, ours: CoderCode, theirs: CoderCode }[]
}

/** Our coding of a candidate as the log and the record hold it now, in the coder's terms. */
export function ourCode(id: string): CoderCode {
  const candidate = candidates.find(c => c.id === id)
  if (!candidate)
    throw new Error(`audit: "${id}" is not a candidate in data/search-log.json`)
  if (!candidate.decision.in)
    return { id, in: false, clause: candidate.decision.clause }
  const recordId = candidate.decision.recordId
  const record = codedEvents.find(e => e.id === recordId)!
  return { id, in: true, kind: record.kind, lasting: record.lasting, nuclearCapable: record.nuclearCapable, capability: record.capability, ground: record.ground }
}

const LEVELS = ['off', 1, 2, 3, 4, 5, 6] as const
const levelOf = (c: CoderCode): (typeof LEVELS)[number] => (c.kind ? levelFor({ kind: c.kind, lasting: c.lasting ?? false, nuclearCapable: c.nuclearCapable }) ?? 'off' : 'off')
const postureOf = (c: CoderCode): string => postureFor({ capability: c.capability ?? ['none'], ground: c.ground ?? 'own' })

/** A batch's agreement with us: in or out; and, where both let a move in, its level and posture. */
export function batchAgreement(batch: CoderBatch): { n: number, inOut: { percent: number, kappa: number }, both: number, level: { percent: number, kappa: number }, posture: { percent: number, kappa: number }, disagreements: string[] } {
  const pairs = batch.codes.map(code => [code.ours, code.theirs] as const)
  const inOut = pairs.map(([a, b]) => [a.in, b.in] as const)
  const both = pairs.filter(([a, b]) => a.in && b.in)
  const levels = both.map(([a, b]) => [levelOf(a), levelOf(b)] as const)
  const postures = both.map(([a, b]) => [postureOf(a), postureOf(b)] as const)
  const disagreements = pairs.flatMap(([a, b]) => {
    if (a.in !== b.in)
      return [`${a.id}: we ${a.in ? 'let it in' : `kept it out (${a.clause})`}, the coder ${b.in ? 'let it in' : `kept it out (${b.clause})`}`]
    if (a.in && levelOf(a) !== levelOf(b))
      return [`${a.id}: level ${levelOf(a)} (ours) against ${levelOf(b)}`]
    if (a.in && postureOf(a) !== postureOf(b))
      return [`${a.id}: posture ${postureOf(a)} (ours) against ${postureOf(b)}`]
    return []
  })
  const round = (x: number): number => Math.round(x * 1000) / 1000
  return {
    n: pairs.length,
    inOut: { percent: round(percentAgreement(inOut)), kappa: round(kappa(inOut, [true, false])) },
    both: both.length,
    level: both.length ? { percent: round(percentAgreement(levels)), kappa: round(kappa(levels, LEVELS, 'linear')) } : { percent: Number.NaN, kappa: Number.NaN },
    posture: both.length ? { percent: round(percentAgreement(postures)), kappa: round(kappa(postures, ['offence', 'both', 'defence', 'neither'])) } : { percent: Number.NaN, kappa: Number.NaN },
    disagreements,
  }
}

/**
 * The second search against the first, over the years the second searched: the records (moves of
 * the record dated in those years) that each search found a candidate for and judged in by the
 * codebook as it stands, and those both found. A record the first search holds only because the
 * second search led to it ("checking") counts for the second alone.
 */
export function searchOverlap(years: readonly string[]): { first: number, second: number, both: number } & ReturnType<typeof captureRecapture> {
  const inYears = (recordId: string): boolean => years.includes(codedEvents.find(e => e.id === recordId)!.date.slice(0, 4))
  const recordsFoundBy = (by: 'first' | 'second'): Set<string> => new Set(candidates
    .filter(c => c.by === by && c.decision.in && !(c.foundBy.length === 1 && c.foundBy[0] === 'checking'))
    .flatMap(c => (c.decision.in ? [c.decision.recordId] : []))
    .filter(inYears))
  const first = recordsFoundBy('first')
  const second = recordsFoundBy('second')
  const both = [...second].filter(id => first.has(id)).length
  return { first: first.size, second: second.size, both, ...captureRecapture(first.size, second.size, both) }
}

export const AUDIT_DIR = join(import.meta.dirname, '../audit')

/** Every coder's batch in audit/, in batch order. */
export function coderBatches(dir = AUDIT_DIR): CoderBatch[] {
  return readdirSync(dir).filter(f => /^coder-batch-\d+\.json$/.test(f)).map(f => JSON.parse(readFileSync(join(dir, f), 'utf8')) as CoderBatch).sort((a, b) => a.batch - b.batch)
}

/** The years the second searcher searched (audit/second-search.json). */
export function secondSearchYears(dir = AUDIT_DIR): string[] {
  return (JSON.parse(readFileSync(join(dir, 'second-search.json'), 'utf8')) as { years: string[] }).years
}

if (import.meta.main) {
  parseCommandLine('Usage: npm run audit      (prints the second coder\'s agreement and the second search\'s overlap; takes no options)', { options: {} })
  const percent = (x: number): string => `${(x * 100).toFixed(0)} %`
  for (const batch of coderBatches()) {
    const a = batchAgreement(batch)
    console.log(`Batch ${batch.batch} (${a.n} candidates, ${batch.coder}): in/out ${percent(a.inOut.percent)}, κ ${a.inOut.kappa.toFixed(2)}; level (${a.both} let in by both) ${percent(a.level.percent)}, weighted κ ${a.level.kappa.toFixed(2)}; posture ${percent(a.posture.percent)}, κ ${a.posture.kappa.toFixed(2)}`)
    for (const d of a.disagreements)
      console.log(`  ${d}`)
  }
  const years = secondSearchYears()
  const s = searchOverlap(years)
  console.log(`Second search (${years.join(', ')}): it found ${s.second} moves in, the first ${s.first}, both ${s.both}; estimated ${s.estimate.toFixed(1)} such moves, ${s.found} found (${percent(s.completeness)})`)
}
