import type { Membership } from '../../data/alliances.ts'
import type { Scenario } from '../../data/scenarios.ts'
import type { Weapon } from '../../data/weapons.ts'
import { describe, expect, it } from 'vitest'
import { isMemberOn, memberships } from '../../data/alliances.ts'
import { recordSourceIds } from '../../data/index.ts'
import { places } from '../../data/places.ts'
import { scenarioById, scenarios } from '../../data/scenarios.ts'
import { sources } from '../../data/sources.ts'
import { weaponById, weapons } from '../../data/weapons.ts'
import { dateProblems, idProblems, placeProblems, sourceProblems } from '../record-checks.ts'

const scenarioPlaces = (s: Scenario) => s.shape.kind === 'cordon' ? [s.shape.centrePlaceId] : s.shape.kind === 'arrow' ? [s.shape.fromPlaceId, s.shape.toPlaceId] : []

describe('the map\'s records', () => {
  it('weapons have ids, sources, ranges and a base among the places', () => {
    expect(idProblems('weapon', weapons)).toEqual([])
    expect(sourceProblems('weapon', weapons, sources)).toEqual([])
    expect(placeProblems<Weapon>('weapon', weapons, w => (w.basePlaceId ? [w.basePlaceId] : []), places)).toEqual([])
    expect(sourceProblems('weapon', (weapons as readonly Weapon[]).flatMap(w => (w.alsoSourceIds ?? []).map(sourceId => ({ id: w.id, sourceId }))), sources)).toEqual([])
    expect(weapons.filter(w => !(w.rangeKm > 0)).map(w => w.id)).toEqual([])
  })

  it('memberships have ids, sources, and accession dates in order', () => {
    expect(idProblems('membership', memberships)).toEqual([])
    expect(sourceProblems('membership', memberships, sources)).toEqual([])
    expect(dateProblems('membership', (memberships as readonly Membership[]).map(m => ({ id: m.id, date: m.joined })), { ordered: true })).toEqual([])
  })

  it('give no date where the deck cites none: members before 1999 are only "before 1999"', () => {
    const early = memberships.filter(m => m.cohort === 'before-1999')
    expect(early.map(m => m.id).sort()).toEqual(['denmark', 'germany', 'norway'])
    expect(early.every(m => !('joined' in m))).toBe(true)
  })

  it('answer "member on this day?" and refuse days they cannot answer for', () => {
    const poland = memberships.find(m => m.id === 'poland')!
    expect(isMemberOn(poland, '1999-03-11')).toBe(false)
    expect(isMemberOn(poland, '1999-03-12')).toBe(true)
    expect(isMemberOn(memberships.find(m => m.id === 'sweden')!, '2023-12-31')).toBe(false)
    expect(() => isMemberOn(poland, '1995-01-01')).toThrow(/1995-01-01 is before 1999-01-01/)
    expect(() => isMemberOn(poland, '12 March 1999')).toThrow(/"12 March 1999" is not a date/)
  })

  it('scenarios are marked illustrative, cite the essay, and name known places and weapons', () => {
    expect(idProblems('scenario', scenarios)).toEqual([])
    expect(sourceProblems('scenario', scenarios, sources)).toEqual([])
    expect(scenarios.filter(s => !s.illustrative || s.sourceId !== 'essay').map(s => s.id)).toEqual([])
    expect(placeProblems<Scenario>('scenario', scenarios, scenarioPlaces, places)).toEqual([])
    const zoneWeapons = (scenarios as readonly Scenario[]).flatMap(s => s.shape.kind === 'zone' ? s.shape.weaponIds : [])
    expect(zoneWeapons).toEqual(['bastion-p', 's-400'])
    for (const id of zoneWeapons)
      expect(() => weaponById(id), `scenario zone weapon "${id}"`).not.toThrow()
  })

  it('captions say whose picture each drawing is', () => {
    // Our own sketches say so, in their caption and in the key; the essay's argument never does.
    for (const s of scenarios as readonly Scenario[]) {
      const ours = s.authorship === 'our-sketch'
      expect(/^our (?:sketch|illustration)/.test(s.caption.join(' ')), `scenario "${s.id}"'s caption`).toBe(ours)
      expect(/^our /.test(s.keyNote), `scenario "${s.id}"'s key note`).toBe(ours)
    }
  })

  it('are all counted among the sources records cite', () => {
    const cited = new Set(recordSourceIds())
    const missing = [...weapons, ...memberships, ...scenarios].filter(r => !cited.has(r.sourceId)).map(r => r.id)
    expect(missing).toEqual([])
  })
})

describe('a broken record fails, naming its id', () => {
  it('a weapon citing an unknown source', () => {
    const broken = [{ ...weapons[0], id: 'iskander-x', sourceId: 'made-up' }]
    expect(sourceProblems('weapon', broken, sources)).toEqual(['weapon "iskander-x" cites an unknown source "made-up"'])
  })

  it('a membership without a source, or joining out of order', () => {
    expect(sourceProblems('membership', [{ id: 'atlantis' }], sources)).toEqual(['membership "atlantis" has no source'])
    expect(dateProblems('membership', [{ id: 'finland', date: '2023-04-04' }, { id: 'poland', date: '1999-03-12' }], { ordered: true }))
      .toEqual(['membership "poland" (1999-03-12) is out of order: it comes after "finland" (2023-04-04)'])
  })

  it('a scenario naming a place that does not exist', () => {
    const broken: Scenario[] = [{ id: 'airlift', name: 'Airlift', illustrative: true, authorship: 'our-sketch', caption: [], keyNote: 'ours', shape: { kind: 'arrow', fromPlaceId: 'minsk', toPlaceId: 'nowhere' as never }, sourceId: 'essay' }]
    expect(placeProblems('scenario', broken, scenarioPlaces, places)).toEqual(['scenario "airlift" names an unknown place "nowhere"'])
  })

  it('a lookup by an unknown id', () => {
    expect(() => weaponById('tochka-u')).toThrow(/Unknown weapon id "tochka-u"/)
    expect(() => scenarioById('invasion')).toThrow(/Unknown scenario id "invasion"/)
  })
})
