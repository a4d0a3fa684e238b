/**
 * The palette survives a black-and-white printer and every common eye. The values come from
 * styles/palette.css, the stylesheet the deck loads, light (:root) and dark (html.dark).
 *
 * Thresholds (defined in tests/colour-checks.ts, shared with the end-to-end walk's map checks in
 * tests/figure-checks.ts):
 * - Russia vs every other map fill: |ΔL*| ≥ 15 (CIELAB lightness), against a pattern's ground and
 *   against the pattern averaged as a coarse print averages it. 15 survives a laser printer's
 *   halftone and a projector's lifted blacks, each of which eats several units, and still reads as
 *   "darker" at a glance.
 * - NATO's cohorts: |ΔL*| ≥ 10, or a pattern (dots, stripes) that tells them apart. They are
 *   shades of one thing ordered by date, so a smaller step than Russia's is enough.
 * - Colour-vision deficiency: CIEDE2000 ΔE ≥ 10 between every pair shown together, under normal
 *   vision and culori's simulations (Machado et al. 2009, full severity) of protanopia,
 *   deuteranopia and tritanopia. ΔE00 ≈ 1 is about the smallest difference seen side by side;
 *   categories on a projected map are named from across a room, on small patches and not side by
 *   side, so we ask for ten times that. A pair a pattern tells apart is exempt (texture does not
 *   depend on colour vision), except pairs with Russia, which must pass whatever the pattern.
 *
 * Every map fill is checked against every other: the 2023 map shows them all at once.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DECK_ROOT } from '../../scripts/deck.ts'
import { deltaE, fillProblems, lightness, mapFills, MIN_DE, readPalette, simulate, VISIONS } from '../colour-checks.ts'

const palette = readPalette(readFileSync(resolve(DECK_ROOT, 'styles/palette.css'), 'utf8'))

describe('the palette, read from styles/palette.css', () => {
  it('defines both schemes, dark overriding light', () => {
    expect(palette.light['--k-russia-fill']).toMatch(/^#[0-9a-f]{6}$/i)
    expect(palette.dark['--k-russia-fill']).not.toBe(palette.light['--k-russia-fill'])
  })

  for (const scheme of ['light', 'dark'] as const) {
    describe(`${scheme}`, () => {
      it('keeps Russia 15 L* from every other map fill, NATO\'s cohorts 10 L* apart or patterned, and every pair 10 ΔE00 apart under each simulated deficiency', () => {
        expect(fillProblems(mapFills(palette[scheme]), `${scheme} palette`)).toEqual([])
      })

      it('makes Russia the land that stands out in grey: darkest in light mode, lightest in dark mode', () => {
        const fills = mapFills(palette[scheme])
        const russia = lightness(fills.find(f => f.id === 'russia')!.paint.ground)
        for (const other of fills.filter(f => f.id !== 'russia' && f.id !== 'sea')) {
          const l = lightness(other.paint.ground)
          expect(scheme === 'light' ? l > russia : l < russia, `${other.id} (L* ${l.toFixed(1)}) against Russia (L* ${russia.toFixed(1)})`).toBe(true)
        }
      })

      it('keeps the chart\'s two sides apart in colour under every vision (their markers also differ in shape)', () => {
        for (const vision of VISIONS) {
          const de = deltaE(palette[scheme]['--k-nato'], palette[scheme]['--k-russia'], vision)
          expect(de, `NATO ${palette[scheme]['--k-nato']} vs Russia ${palette[scheme]['--k-russia']} (${vision})`).toBeGreaterThanOrEqual(MIN_DE)
        }
      })
    })
  }
})

describe('the colour checks', () => {
  it('simulate the deficiencies: a red and a green that differ in hue alone merge for a deuteranope', () => {
    expect(deltaE('#d62728', '#2ca02c')).toBeGreaterThan(50)
    expect(deltaE('#c05050', '#7a7a2a', 'deuteranopia')).toBeLessThan(deltaE('#c05050', '#7a7a2a'))
    expect(simulate('#ffffff', 'tritanopia')).toBe('#ffffff')
  })

  it('name the pair that fails: the old palette put Kaliningrad and Poland 5 L* apart', () => {
    const old = mapFills({ ...palette.light, '--k-russia-fill': '#e8906a', '--k-nato-fill-1999': '#4f9fd3' })
    const problems = fillProblems(old, 'old light palette')
    expect(problems.some(p => p.startsWith('old light palette: russia vs nato-1999: L* 68.1 vs 62.6'))).toBe(true)
  })

  it('let a pattern tell two cohorts apart, but not two flat fills of one lightness', () => {
    const flat = mapFills({ ...palette.light, '--k-nato-fill-2004': palette.light['--k-nato-fill-1999'] })
    expect(fillProblems(flat, 'same')).toContain('same: nato-1999 vs nato-2004: L* differ by 0.0, under 10, and no pattern tells them apart')
    const patterned = mapFills({ ...palette.light, '--k-nato-fill-2023': palette.light['--k-nato-fill-2004'] })
    expect(fillProblems(patterned, 'patterned').filter(p => p.includes('nato-2004 vs nato-2023-24'))).toEqual([])
  })
})
