import { describe, expect, it } from 'vitest'
import { median } from '../../scripts/bench.ts'

describe('the benchmark', () => {
  it('reports medians', () => {
    expect(median([3, 1, 2])).toBe(2)
    expect(median([4, 1, 3, 2])).toBe(2.5)
    expect(() => median([])).toThrow('median of no values')
  })
})
