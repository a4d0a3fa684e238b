/**
 * The compiled figures (data/figure-specs/, written by scripts/figures/compile.ts) are what the
 * compiler makes from the records now, cover every figure, and cite only sources the deck has.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { FIGURES } from '../../data/figures.ts'
import { sourceById } from '../../data/sources.ts'
import { compileFigures, SPEC_DIR, specFiles } from '../../scripts/figures/compile.ts'

describe('the compiled figures', () => {
  // Compiled once for every test here (a compile reads the whole record and basemap).
  const compiled = compileFigures()
  const files = specFiles(compiled)
  const { index } = compiled

  it('are the files the compiler writes from the records now (regenerate with npm run figures)', () => {
    expect(readdirSync(SPEC_DIR).toSorted(), 'the files in data/figure-specs/').toEqual([...files.keys()].toSorted())
    const stale = [...files].filter(([name, text]) => readFileSync(join(SPEC_DIR, name), 'utf8') !== text).map(([name]) => `data/figure-specs/${name} differs from what npm run figures writes`)
    expect(stale).toEqual([])
  })

  it('summarise every figure of data/figures.ts, and only those', () => {
    expect(Object.keys(index).toSorted()).toEqual(Object.keys(FIGURES).toSorted())
  })

  it('cite only sources data/sources.ts has', () => {
    const unknown = Object.entries(index).flatMap(([id, s]) => s.sourceIds.filter(source => { try { sourceById(source); return false } catch { return true } }).map(source => `${id}: ${source}`))
    expect(unknown).toEqual([])
  })

  it('give a map one click per layer and a chart one per move the speaker talks about', () => {
    expect(index['exclave-1991']).toMatchObject({ component: 'BalticMap', clicks: 3, readyMark: '.baltic-map-ready' })
    expect(index['chart-1997-2008']).toMatchObject({ component: 'EscalationChart', clicks: 6, sourceIds: [], readyMark: '.escalation-frame' })
    expect(index['missiles-2016'].sourceIds).toEqual(expect.arrayContaining(['natural-earth', 'geonames', 'ria-2013-iskander', 'sputnik-2016-bastion']))
  })
})
