import { describe, expect, it } from 'vitest'
import { median } from '../../scripts/bench.ts'
import { parseSuiteLine } from '../../scripts/bench-suite.ts'

describe('the benchmark', () => {
  it('reports medians', () => {
    expect(median([3, 1, 2])).toBe(2)
    expect(median([4, 1, 3, 2])).toBe(2.5)
    expect(() => median([])).toThrow('median of no values')
  })

  it('reads the suite\'s timing line as npm test prints it, and fails on one it cannot read', () => {
    const output = 'lots of output\nSuite: typecheck 7.5 s · lint 6.2 s · build (beside the checks) 40.7 s · end-to-end 218.2 s (FAILED) · in all 265.5 s\n'
    expect(parseSuiteLine(output)).toEqual({ 'typecheck': 7.5, 'lint': 6.2, 'build (beside the checks)': 40.7, 'end-to-end': 218.2, 'in all': 265.5 })
    expect(parseSuiteLine('no timing here')).toBeUndefined()
    expect(() => parseSuiteLine('Suite: typecheck fast')).toThrow('Cannot read "typecheck fast"')
  })
})
