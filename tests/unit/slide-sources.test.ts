import { describe, expect, it } from 'vitest'
import { slideSourceIds } from '../../components/slide-sources.ts'

describe('a slide\'s source line', () => {
  it('cites the frontmatter\'s sources alone on a slide without a map', () => {
    expect(slideSourceIds({ sources: ['essay', 'jervis-1978'] })).toEqual(['essay', 'jervis-1978'])
    expect(slideSourceIds({ sources: ['essay'], figure: 'chart-1997-2008' })).toEqual(['essay'])
    expect(slideSourceIds({})).toEqual([])
  })

  it('adds what a map draws from, after the frontmatter\'s, each once', () => {
    // The exclave map: Natural Earth's borders and GeoNames' places.
    expect(slideSourceIds({ sources: ['essay', 'natural-earth'], figure: 'exclave-1991' })).toEqual(['essay', 'natural-earth', 'geonames'])
    // The 2016 missiles: the Iskander's and the Bastion's sources too.
    expect(slideSourceIds({ figure: 'missiles-2016' })).toEqual(expect.arrayContaining(['natural-earth', 'geonames', 'ria-2013-iskander', 'sputnik-2016-bastion']))
  })

  it('ignores a figure id that names no figure', () => {
    expect(slideSourceIds({ sources: ['essay'], figure: 'no-such-figure' })).toEqual(['essay'])
  })
})
