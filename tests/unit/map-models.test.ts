/**
 * The map's one pipeline: steps, date and geodata in, layer models out (models.ts). Every layer
 * yields models, every model cites a source the slide lists, and the key and the text alternative
 * are read off the same models, by kind.
 */
import type { BalticGeodata } from '../../data/geodata.ts'
import type { LayerId } from '../../data/map-layers.ts'
import type { LayerModel } from '../../components/baltic-map/models.ts'
import { describe, expect, it } from 'vitest'
import { describeMap } from '../../components/baltic-map/describe.ts'
import { mapSourceIds } from '../../components/baltic-map/layers.ts'
import { legendEntries, LINE_SWATCHES } from '../../components/baltic-map/legend.ts'
import { mapModels, MODEL_KINDS } from '../../components/baltic-map/models.ts'
import { DISTANCES_KM } from '../distances.ts'
import basemap from '../../data/geo/baltic.json'
import { LAYERS } from '../../data/map-layers.ts'
import { sourceById } from '../../data/sources.ts'

const data = basemap as unknown as BalticGeodata
const LAYER_IDS = Object.keys(LAYERS) as LayerId[]
const DATES = [undefined, '1999-01-01', '2016-11-21', '2023-01-01']
const allCountries = new Set(data.features.map(f => f.properties.id))
const ownedBy = (models: readonly LayerModel[], owner: string) => models.filter(m => m.owner === owner)

describe('the map\'s models', () => {
  it('every layer yields models of its own, and draws something', () => {
    for (const id of LAYER_IDS) {
      const own = ownedBy(mapModels({ steps: [id], data }), id)
      expect(own.length, `layer "${id}"`).toBeGreaterThan(0)
      expect(own.some(m => m.kind !== 'label'), `layer "${id}" draws a shape or a point`).toBe(true)
    }
  })

  it('the base map is its countries, filled, and their names', () => {
    const models = mapModels({ steps: [], data })
    expect(models[0]).toMatchObject({ kind: 'area', owner: 'base', pane: 'land' })
    expect(models.every(m => m.owner === 'base')).toBe(true)
    expect(new Set(models.map(m => m.kind))).toEqual(new Set(['area', 'label']))
  })

  it('every model has a kind from the closed union, and sources the slide lists, which exist', () => {
    for (const date of DATES) {
      const steps = [...LAYER_IDS]
      const listed = new Set(mapSourceIds(date, steps))
      for (const model of mapModels({ date, steps, data })) {
        expect(MODEL_KINDS).toContain(model.kind)
        expect(model.sourceIds.length, `${model.kind} of ${model.owner} (${model.record.type})`).toBeGreaterThan(0)
        for (const id of model.sourceIds) {
          expect(() => sourceById(id)).not.toThrow()
          expect(listed.has(id), `${model.kind} of ${model.owner} cites "${id}", which the slide's bottom line would not list`).toBe(true)
        }
      }
    }
  })

  it('come in step order after the base map\'s fill, with the country names last', () => {
    const steps: LayerId[] = ['suwalki', 'iskander', 'cities']
    const models = mapModels({ date: '2016-11-21', steps, data })
    const owners = models.map(m => m.owner).filter((o, i, all) => all.indexOf(o) === i)
    expect(owners).toEqual(['base', ...steps])
    expect(models.at(-1)).toMatchObject({ kind: 'label', owner: 'base' })
  })

  it('mark a place once, by the first step that names it', () => {
    const models = mapModels({ steps: ['a2ad', 'bastion', 'blockade'], data })
    const baltiysk = models.filter(m => m.kind === 'point' && m.record.type === 'place' && m.record.place.id === 'baltiysk')
    expect(baltiysk.map(m => m.owner)).toEqual(['a2ad'])
  })

  it('give labels unique keys, so the placer can tell them apart', () => {
    const keys = mapModels({ date: '2016-11-21', steps: [...LAYER_IDS], data }).flatMap(m => m.kind === 'label' ? [m.key] : [])
    expect(new Set(keys).size).toBe(keys.length)
  })

  it('carry every step\'s class, so the slide can show and hide what a step draws', () => {
    for (const m of mapModels({ steps: [...LAYER_IDS], data })) {
      if (m.owner === 'base' || m.kind === 'label')
        continue
      const classes = m.kind === 'area' ? m.countries.map(c => c.className) : m.kind === 'arrow' ? [m.shaftClass, m.headClass] : [m.className]
      for (const className of classes)
        expect(className.split(' ')).toContain(`layer-${m.owner}`)
    }
  })

  it('measure what the slides state, on the same geodata', () => {
    const models = mapModels({ steps: ['mainland', 'suwalki', 'iskander'], data })
    const link = models.find(m => m.record.type === 'link')!
    expect(link.record.type === 'link' && Math.round(link.record.link.distanceKm)).toBe(DISTANCES_KM.mainlandRussia)
    const measured = models.flatMap(m => m.kind === 'line' && m.record.type === 'measure' ? [[m.record.place.id, Math.round(m.record.nearest.distanceKm)]] : [])
    expect(Object.fromEntries(measured)).toEqual({ vilnius: DISTANCES_KM.vilnius, warsaw: DISTANCES_KM.warsaw, berlin: DISTANCES_KM.berlin })
  })
})

describe('the key and the text alternative come from the models', () => {
  it('every key entry of a step comes from a model of that step with a swatch', () => {
    for (const id of LAYER_IDS) {
      const models = mapModels({ steps: [id], data })
      const entries = legendEntries(models, allCountries).filter(e => e.layer)
      const swatches = new Set(ownedBy(models, id).flatMap(m => m.swatch ?? []))
      for (const entry of entries)
        expect(entry.swatch === undefined || swatches.has(entry.swatch), `layer "${id}": ${entry.label}`).toBe(true)
      expect(entries.filter(e => e.swatch).length, `layer "${id}": one entry per model with a swatch`).toBe(ownedBy(models, id).filter(m => m.swatch).length)
    }
  })

  it('a line swatch is drawn as a line, whichever model gave it', () => {
    const models = mapModels({ steps: [...LAYER_IDS], data })
    for (const m of models) {
      if (m.swatch && (m.kind === 'line' || m.kind === 'arrow' || (m.kind === 'envelope' && !m.fill)))
        expect(LINE_SWATCHES, `${m.kind} of ${m.owner}`).toContain(m.swatch)
    }
  })

  it('no models, no key and no layer sentences; the models alone decide what is said', () => {
    expect(legendEntries([], allCountries)).toEqual([])
    const steps: LayerId[] = ['suwalki', 'corridor']
    const models = mapModels({ date: '2016-11-21', steps, data })
    const withAll = describeMap({ view: 'suwalki', date: '2016-11-21', models, stepCount: 2, visible: steps, countriesShown: allCountries })
    const withoutArrow = describeMap({ view: 'suwalki', date: '2016-11-21', models: models.filter(m => m.kind !== 'arrow'), stepCount: 2, visible: steps, countriesShown: allCountries })
    expect(withAll).toContain('an arrow from Hrodna to Kaliningrad')
    expect(withoutArrow).not.toContain('an arrow from Hrodna')
    expect(withoutArrow).toContain('The Suwałki Gap is highlighted')
  })
})
