/**
 * The audit's arithmetic (scripts/agreement.ts): agreement per cent, Cohen's kappa (nominal and
 * linearly weighted), the Chapman capture–recapture estimate; and the audit files it reads (a
 * second coder's batches, the second search's years) held to the record and the log.
 */
import { describe, expect, it } from 'vitest'
import { batchAgreement, captureRecapture, coderBatches, kappa, ourCode, percentAgreement, searchOverlap, secondSearchYears } from '../../scripts/agreement.ts'
import { candidates } from '../../data/search-log.ts'

/** `count` copies of a pair. */
const times = <T>(count: number, pair: readonly [T, T]): (readonly [T, T])[] => Array.from({ length: count }, () => pair)

describe('agreement between two codings', () => {
  it('counts the share of pairs that agree', () => {
    expect(percentAgreement([['a', 'a'], ['a', 'b'], ['b', 'b'], ['b', 'b']])).toBe(0.75)
    expect(() => percentAgreement([])).toThrow('at least one pair')
  })

  it('gives Cohen\'s kappa as the textbook does: 70 % observed against 50 % by chance is 0.4', () => {
    const pairs = [...times(20, ['yes', 'yes'] as const), ...times(5, ['yes', 'no'] as const), ...times(10, ['no', 'yes'] as const), ...times(15, ['no', 'no'] as const)]
    expect(percentAgreement(pairs)).toBeCloseTo(0.7, 10)
    expect(kappa(pairs, ['yes', 'no'])).toBeCloseTo(0.4, 10)
  })

  it('is 1 for perfect agreement, and 0 or less when the two agree no more than chance', () => {
    expect(kappa([[1, 1], [2, 2], [3, 3]], [1, 2, 3])).toBe(1)
    expect(kappa([...times(10, [1, 1] as const), ...times(10, [1, 2] as const), ...times(10, [2, 1] as const), ...times(10, [2, 2] as const)], [1, 2])).toBeCloseTo(0, 10)
  })

  it('weights a near miss less than a far one for ordered levels, so weighted kappa rises above nominal kappa when disagreements are one level apart', () => {
    const near = [...times(8, [3, 3] as const), ...times(8, [4, 4] as const), ...times(4, [3, 4] as const), ...times(8, [1, 1] as const)]
    const levels = [1, 2, 3, 4, 5, 6]
    expect(kappa(near, levels, 'linear')).toBeGreaterThan(kappa(near, levels))
    const far = [...times(8, [3, 3] as const), ...times(8, [4, 4] as const), ...times(4, [1, 6] as const), ...times(8, [1, 1] as const)]
    expect(kappa(far, levels, 'linear')).toBeLessThan(kappa(near, levels, 'linear'))
  })

  it('names a value that is not among the categories', () => {
    expect(() => kappa([[1, 7]], [1, 2, 3])).toThrow('7 is not among the categories')
  })
})

describe('capture–recapture', () => {
  it('estimates the population as Chapman does: (n1 + 1)(n2 + 1)/(m + 1) − 1', () => {
    const r = captureRecapture(45, 35, 32)
    expect(r.estimate).toBeCloseTo((46 * 36) / 33 - 1, 10)
    expect(r.found).toBe(48)
    expect(r.completeness).toBeCloseTo(48 / r.estimate, 10)
  })

  it('refuses more found by both than by either', () => {
    expect(() => captureRecapture(3, 5, 4)).toThrow('4 found by both, but the searches found 3 and 5')
  })
})

describe('the audit files', () => {
  const batches = coderBatches()

  it('hold two coders\' batches of candidates from the log, each coded in or out, and a level and posture for each let in', () => {
    expect(batches.length).toBeGreaterThanOrEqual(2)
    const ids = new Set(candidates.map(c => c.id))
    for (const batch of batches) {
      expect(batch.codes.length, `batch ${batch.batch}`).toBeGreaterThanOrEqual(30)
      for (const code of batch.codes) {
        expect(ids.has(code.id), `batch ${batch.batch}: "${code.id}" is a candidate in the log`).toBe(true)
        if (code.theirs.in)
          expect(code.theirs.kind, `batch ${batch.batch}: "${code.id}", let in, needs its kind`).toBeDefined()
        else
          expect(code.theirs.clause, `batch ${batch.batch}: "${code.id}", kept out, needs its clause`).toBeTruthy()
      }
    }
    const [first, second] = batches.map(b => new Set(b.codes.map(c => c.id)))
    expect([...second].filter(id => first.has(id)), 'the second batch is fresh: no candidate the first coder saw').toEqual([])
  })

  it('read our coding of a candidate from the log and the record', () => {
    const admitted = candidates.find(c => c.decision.in)!
    expect(ourCode(admitted.id).in).toBe(true)
    const kept = candidates.find(c => !c.decision.in)!
    expect(ourCode(kept.id).in).toBe(false)
  })

  it('report agreement of at least 90 % on in/out and on level in the fresh batch, as the README says', () => {
    const last = batchAgreement(batches[batches.length - 1])
    expect(last.inOut.percent).toBeGreaterThanOrEqual(0.9)
    expect(last.level.percent).toBeGreaterThanOrEqual(0.9)
  })

  it('compare the two searches over at least four sample years', () => {
    const years = secondSearchYears()
    expect(years.length).toBeGreaterThanOrEqual(4)
    const overlap = searchOverlap(years)
    expect(overlap.both).toBeLessThanOrEqual(Math.min(overlap.first, overlap.second))
    expect(overlap.completeness).toBeGreaterThan(0)
  })
})
