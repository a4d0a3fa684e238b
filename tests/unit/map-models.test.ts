/**
 * The map's one pipeline: steps, date and geodata in, the map's model out (scripts/figures/map-spec.ts). Every layer
 * draws something, each step says its piece once (its key entries and its sentence, built with its
 * drawing), and the key and the text alternative are read off that.
 */
import type { BalticGeodata } from '../../data/geodata.ts'
import type { LayerId } from '../../data/map-layers.ts'
import { describe, expect, it } from 'vitest'
import { describeMap } from '../../scripts/figures/map-description.ts'
import { legendEntries } from '../../scripts/figures/map-key.ts'
import { mapModels } from '../../scripts/figures/map-spec.ts'
import basemap from '../../data/geo/baltic.json'
import { LAYERS } from '../../data/map-layers.ts'

const data = basemap as unknown as BalticGeodata
const LAYER_IDS = Object.keys(LAYERS) as LayerId[]
const allCountries = new Set(data.features.map(f => f.properties.id))
/** A map's day: the weapons' reach depends on the missiles in service then. */
const DAY = '2016-11-21'

describe('the map\'s models', () => {
  it('every layer yields models of its own, and draws something', () => {
    for (const id of LAYER_IDS) {
      const own = mapModels({ date: DAY, steps: [id], data }).models.filter(m => m.owner === id)
      expect(own.length, `layer "${id}"`).toBeGreaterThan(0)
      expect(own.some(m => m.kind !== 'label'), `layer "${id}" draws a shape or a point`).toBe(true)
    }
  })

  it('the base map is its countries, filled, and their names', () => {
    const { models, steps } = mapModels({ steps: [], data })
    expect(models[0]).toMatchObject({ kind: 'area', owner: 'base', pane: 'land' })
    expect(models.every(m => m.owner === 'base')).toBe(true)
    expect(new Set(models.map(m => m.kind))).toEqual(new Set(['area', 'label']))
    expect(steps).toEqual([])
  })

  it('come in step order after the base map\'s fill, with the country names last', () => {
    const steps: LayerId[] = ['suwalki', 'iskander', 'cities']
    const { models } = mapModels({ date: '2016-11-21', steps, data })
    const owners = models.map(m => m.owner).filter((o, i, all) => all.indexOf(o) === i)
    expect(owners).toEqual(['base', ...steps])
    expect(models.at(-1)).toMatchObject({ kind: 'label', owner: 'base' })
  })

  it('mark a place once, by the first step that names it', () => {
    const { models } = mapModels({ date: DAY, steps: ['a2ad', 'blockade', 'iskander'], data })
    const baltiysk = models.filter(m => m.kind === 'label' && m.id === 'place:baltiysk')
    expect(baltiysk.map(m => m.owner)).toEqual(['a2ad'])
  })

  it('need a date to draw a weapon\'s reach, and name the layer when they have none', () => {
    expect(() => mapModels({ steps: ['bastion'], data })).toThrow('the layer "bastion" draws the Bastion-P\'s reach, which depends on the missile in service: give the map\'s figure a date')
  })

  it('give labels unique ids, so the placer can tell them apart', () => {
    const ids = mapModels({ date: '2016-11-21', steps: LAYER_IDS, data }).models.flatMap(m => m.kind === 'label' ? [m.id] : [])
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('carry every step\'s class, so the slide can show and hide what a step draws', () => {
    for (const m of mapModels({ date: DAY, steps: LAYER_IDS, data }).models) {
      if (m.owner === 'base' || m.kind === 'label')
        continue
      const classes = m.kind === 'area' ? m.countries.map(c => c.className) : m.kind === 'arrow' ? [m.shaftClass, m.headClass] : [m.className]
      for (const className of classes)
        expect(className.split(' ')).toContain(`layer-${m.owner}`)
    }
  })
})

describe('what each step says', () => {
  it('every layer but a cohort\'s has a sentence for the text alternative; a cohort is named by the key and the shading', () => {
    for (const id of LAYER_IDS) {
      const [step] = mapModels({ date: DAY, steps: [id], data }).steps
      expect(step.says === undefined, `layer "${id}"`).toBe(LAYERS[id].cohort !== undefined)
    }
  })

  it('every key entry of a step is that step\'s, with a sample, and its ids are unique across the map', () => {
    const { steps } = mapModels({ date: DAY, steps: LAYER_IDS, data })
    for (const step of steps) {
      for (const entry of step.key)
        expect(entry, `layer "${step.layer}"`).toMatchObject({ layer: step.layer, swatch: expect.any(String) })
    }
    const ids = steps.flatMap(s => s.key.map(e => e.id))
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('a sample drawn as a line in the key is a line on the map: a ring, a border, a sketch\'s path', () => {
    const { models, steps } = mapModels({ date: DAY, steps: LAYER_IDS, data })
    for (const step of steps) {
      const drawsLine = models.some(m => m.owner === step.layer && (m.kind === 'line' || m.kind === 'arrow' || (m.kind === 'envelope' && !m.fill)))
      if (step.key.some(e => e.line))
        expect(drawsLine, `layer "${step.layer}"`).toBe(true)
    }
  })

  it('no steps, no step entries and no step sentences', () => {
    const map = mapModels({ steps: [], data })
    expect(legendEntries(map, allCountries).filter(e => e.layer)).toEqual([])
    expect(describeMap({ view: 'baltic', map, visible: [], countriesShown: allCountries })).not.toMatch(/Step \d/)
  })
})
