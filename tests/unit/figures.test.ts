import { readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DECK_ROOT, DRAWN_FIGURES, drawnFigureCount, figuresIn, loadDeck } from '../../scripts/deck.ts'
import { FigureError, parseFigures, parseLiteral, propOf, requiredProp } from '../../lib/figures.ts'

const place = { slide: 9, title: 'A map', file: 'pages/02-build-up.md', line: 30 }
const one = (markdown: string) => parseFigures(markdown, place)

describe('reading a JavaScript literal without running it', () => {
  it('reads strings, numbers, booleans, null, arrays and objects, as JSON5 spells them', () => {
    expect(parseLiteral(`['exclave', "cities", \`mainland\`]`)).toEqual(['exclave', 'cities', 'mainland'])
    expect(parseLiteral('[1, -2.5, 3e2, .5, 1_000,]')).toEqual([1, -2.5, 300, 0.5, 1000])
    expect(parseLiteral('{ part: 1, \'parts\': 6, "nested": { ok: true, none: null }, }')).toEqual({ part: 1, parts: 6, nested: { ok: true, none: null } })
    expect(parseLiteral('  false ')).toBe(false)
    expect(parseLiteral(`'it\\'s \\u00e9'`)).toBe('it\'s é')
    expect(parseLiteral('[]')).toEqual([])
  })

  it('refuses anything that would have to run: names, calls, arithmetic, placeholders', () => {
    expect(() => parseLiteral('steps')).toThrow(/"steps", a name rather than a value/)
    expect(() => parseLiteral('layers()')).toThrow(FigureError)
    expect(() => parseLiteral('1 + 2')).toThrow(/more after the value at character 3/)
    expect(() => parseLiteral('[1, 2')).toThrow(/array item followed by something other than/)
    expect(() => parseLiteral('`${year}`')).toThrow(/template literal with a \$\{…\} placeholder/)
    expect(() => parseLiteral('\'open')).toThrow(/never closes/)
    expect(() => parseLiteral('')).toThrow(/nothing at character 1/)
    expect(() => parseLiteral('trueish')).toThrow(/"trueish", a name/)
  })
})

describe('the figures a slide places', () => {
  it('reads each component tag with its static and bound props, camel-cased, directives left out', () => {
    const figures = one([
      '# A map',
      '',
      '<BalticMap view="baltic" at="1999-01-01" :steps="[\'nato-1999\', \'nato-2004\']" />',
      '',
      '<EscalationChart',
      '  from="2013"',
      '  to=\'2016-11\'',
      '  v-click',
      '  @click="go"',
      '  show-legend',
      '  v-bind:max-level="7"',
      '/>',
      '<References :part="1" :parts="6"></References>',
      '<div class="note"><EscalationCoding/></div>',
    ].join('\n'))
    expect(figures.map(f => [f.tag, f.props])).toEqual([
      ['BalticMap', { view: 'baltic', at: '1999-01-01', steps: ['nato-1999', 'nato-2004'] }],
      ['EscalationChart', { from: '2013', to: '2016-11', showLegend: true, maxLevel: 7 }],
      ['References', { part: 1, parts: 6 }],
      ['EscalationCoding', {}],
    ])
    expect(figures[0].where).toBe('slide 9 "A map" (pages/02-build-up.md:32)')
    expect(figures[1].where).toBe('slide 9 "A map" (pages/02-build-up.md:34)')
  })

  it('decodes entities in attribute values, as Vue does', () => {
    expect(one('<BalticMap :steps="[&quot;a&quot;, &#39;b&#39;]" note="x &amp; y" />')[0].props).toEqual({ steps: ['a', 'b'], note: 'x & y' })
  })

  it('does not read tags inside comments or code', () => {
    const markdown = [
      '<!-- <BalticMap :steps="broken" /> -->',
      'Write `<EscalationChart from="1999" />` to place a chart.',
      '```vue',
      '<References :part="x" />',
      '```',
      '<EscalationCoding />',
    ].join('\n')
    expect(one(markdown).map(f => f.tag)).toEqual(['EscalationCoding'])
  })

  it('names the slide, the line, the tag and the prop it cannot read', () => {
    const unreadable = '# A map\n\n<BalticMap view="baltic" :steps="layersFor(2016)" />'
    expect(() => one(unreadable)).toThrow(FigureError)
    expect(() => one(unreadable)).toThrow('slide 9 "A map" (pages/02-build-up.md:32): cannot read the prop "steps" of <BalticMap view="baltic" :steps="layersFor(2016)": "layersFor", a name rather than a value, at character 1')
  })

  it('names a tag that never closes and a prop given twice', () => {
    expect(() => one('<BalticMap view="baltic"')).toThrow('slide 9 "A map" (pages/02-build-up.md:30): <BalticMap> is never closed with ">" or "/>"')
    expect(() => one('<BalticMap at="2016" :at="\'2017\'" />')).toThrow('<BalticMap> gives the prop "at" twice')
  })
})

describe('reading a prop by name', () => {
  const [map] = one('<BalticMap view="baltic" :steps="[\'exclave\']" :zoom="2" />')

  it('gives its value when it is of the kind asked for, and nothing when it is absent', () => {
    expect(propOf(map, 'view', 'string')).toBe('baltic')
    expect(propOf(map, 'steps', 'strings')).toEqual(['exclave'])
    expect(propOf(map, 'zoom', 'number')).toBe(2)
    expect(propOf(map, 'at', 'string')).toBeUndefined()
  })

  it('names the slide and the prop when it is of another kind, or missing but required', () => {
    expect(() => propOf(map, 'zoom', 'string')).toThrow('slide 9 "A map" (pages/02-build-up.md:30): <BalticMap>\'s "zoom" should be a string, not 2')
    expect(() => propOf(map, 'view', 'strings')).toThrow('<BalticMap>\'s "view" should be an array of strings, not "baltic"')
    expect(() => requiredProp(map, 'at', 'string')).toThrow('slide 9 "A map" (pages/02-build-up.md:30): <BalticMap> has no "at" (it should be a string)')
  })
})

describe('the deck\'s figures, as loadDeck reads them', async () => {
  const deck = await loadDeck()

  it('place maps, charts, the reference list and the appendix, each a component of the deck', () => {
    const tags = new Set(deck.flatMap(s => s.figures.map(f => f.tag)))
    for (const tag of ['BalticMap', 'EscalationChart', 'References', 'EscalationTable', 'EscalationCoding'])
      expect(tags, `some slide should place <${tag}>`).toContain(tag)
    const components = new Set(readdirSync(resolve(DECK_ROOT, 'components')).filter(f => f.endsWith('.vue')).map(f => f.slice(0, -4)))
    for (const tag of tags)
      expect(components, `<${tag}> should be a component in components/`).toContain(tag)
  })

  it('name the slide and the line each figure is written on', () => {
    const [{ slide, figure }] = figuresIn(deck, 'BalticMap')
    const [, file, line] = /\((.+):(\d+)\)$/.exec(figure.where)!
    expect(file).toBe(slide.file)
    expect(readFileSync(resolve(DECK_ROOT, file), 'utf8').split('\n')[Number(line) - 1]).toMatch(/^<BalticMap\b/)
    expect(figure.where.startsWith(`slide ${slide.no} "${slide.title}"`)).toBe(true)
  })

  it('count as drawn figures exactly the components that say when they are drawn (data-waitfor)', () => {
    const waiting = readdirSync(resolve(DECK_ROOT, 'components'))
      .filter(f => f.endsWith('.vue') && readFileSync(resolve(DECK_ROOT, 'components', f), 'utf8').includes('data-waitfor'))
      .map(f => f.slice(0, -4))
    expect([...DRAWN_FIGURES].sort()).toEqual(waiting.sort())
    const withMap = figuresIn(deck, 'BalticMap')[0].slide
    expect(drawnFigureCount(withMap)).toBe(withMap.figures.filter(f => f.tag === 'BalticMap' || f.tag === 'EscalationChart').length)
  })
})
