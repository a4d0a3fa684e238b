import type { Membership } from '../../data/alliances.ts'
import type { Scenario } from '../../data/scenarios.ts'
import type { Weapon } from '../../data/weapons.ts'
import { describe, expect, it } from 'vitest'
import { isMemberOn, memberships } from '../../data/alliances.ts'
import { recordSourceIds } from '../../data/index.ts'
import { places } from '../../data/places.ts'
import { scenarioById, scenarios } from '../../data/scenarios.ts'
import { sourceById, sources } from '../../data/sources.ts'
import { missileOn, weaponById, weapons } from '../../data/weapons.ts'
import { codedEvents } from '../../data/escalation-events.ts'
import { FIGURES } from '../../data/figures.ts'
import { LAYERS } from '../../data/map-layers.ts'
import { dateProblems, idProblems, placeProblems, sourceProblems } from '../record-checks.ts'
import { parsePartialDate } from '../../lib/dates.ts'

/** The weapons a layer draws the reach of: its own, or its scenario's zone. */
function drawnWeapons(step: keyof typeof LAYERS): Weapon[] {
  const spec = LAYERS[step]
  const scenario = spec.scenarioId ? scenarioById(spec.scenarioId) : undefined
  return [...(spec.weaponId ? [weaponById(spec.weaponId)] : []), ...(scenario?.shape.kind === 'zone' ? scenario.shape.weaponIds.map(weaponById) : [])]
}

/** A weapon's missiles: each range and name sourced; only the first without a start, the starts rising; ranges positive. */
function missileProblems(list: readonly Weapon[]): string[] {
  return list.flatMap((w) => {
    const out = sourceProblems('weapon', w.missiles.flatMap(m => [{ id: `${w.id} ${m.name}`, sourceId: m.sourceId }, ...(m.nameSourceId ? [{ id: `${w.id} ${m.name}`, sourceId: m.nameSourceId }] : [])]), sources)
    const starts = w.missiles.map(m => m.from)
    if (starts[0] !== undefined || starts.slice(1).some((from, i) => from === undefined || (i > 0 && from <= starts[i]!)))
      out.push(`weapon "${w.id}": only its first missile may lack a start (from), and starts must rise`)
    for (const m of w.missiles.filter(m => !(m.rangeKm > 0)))
      out.push(`weapon "${w.id}": missile ${m.name} has no range`)
    if (w.base && (!w.base.sourceId || !parsePartialDate(w.base.from)))
      out.push(`weapon "${w.id}" marks a base with no source or no date from which it is based there`)
    return out
  })
}

const scenarioPlaces = (s: Scenario) => s.shape.kind === 'cordon' ? [s.shape.centrePlaceId] : s.shape.kind === 'arrow' ? [s.shape.fromPlaceId, s.shape.toPlaceId] : []

describe('the map\'s records', () => {
  it('weapons have ids, a sourced range for each missile, missiles in order of service, and a sourced base among the places', () => {
    expect(idProblems('weapon', weapons)).toEqual([])
    expect(missileProblems(weapons)).toEqual([])
    expect(placeProblems<Weapon>('weapon', weapons, w => (w.base ? [w.base.placeId] : []), places)).toEqual([])
    expect(sourceProblems('weapon', (weapons as readonly Weapon[]).flatMap(w => (w.alsoSourceIds ?? []).map(sourceId => ({ id: w.id, sourceId }))), sources)).toEqual([])
  })

  it('every map range names its weapon and missile, with a source dated no later than the map (or one that dates the missile\'s service no later)', () => {
    const maps = Object.entries(FIGURES).flatMap(([id, f]) => (f.component === 'BalticMap' ? [{ id, figure: f }] : []))
    const problems = maps.flatMap(({ id, figure }) => figure.steps.flatMap(step => drawnWeapons(step).flatMap((weapon) => {
      if (!figure.date)
        return [`map "${id}" draws the ${weapon.name} (layer "${step}") but has no date`]
      const missile = missileOn(weapon, figure.date)
      const dated = sourceById(missile.sourceId).date
      const out: string[] = []
      if (!weapon.name || !missile.name)
        out.push(`map "${id}" draws a range that names no weapon or missile (layer "${step}")`)
      if (!(dated !== undefined && dated <= figure.date) && !(missile.inServiceBy !== undefined && missile.inServiceBy <= figure.date))
        out.push(`map "${id}" (${figure.date}) draws the ${weapon.name}'s ${missile.name} at ${missile.rangeKm} km from "${missile.sourceId}" (${dated ?? 'undated'}), later than the map and not dating the missile's service`)
      return out
    })))
    expect(maps.length, 'the deck has maps that draw ranges').toBeGreaterThan(1)
    expect(problems).toEqual([])
  })

  it('draw every weapon of their theme that the record has in the oblast on their date, and no other', () => {
    const maps = Object.entries(FIGURES).flatMap(([id, f]) => (f.component === 'BalticMap' && f.theme ? [{ id, figure: f }] : []))
    expect(maps.length, 'the deck has maps with a theme').toBeGreaterThan(0)
    /** The weapons the record has in the oblast on `date`: the last record of each by then places it (it does not take it out). */
    const present = (date: string): Set<string> => new Set(weapons.flatMap((w) => {
      const last = codedEvents.filter(e => e.weaponId === w.id && e.date <= date).at(-1)
      return last && last.kind === 'deployment' ? [w.id] : []
    }))
    const problems = maps.flatMap(({ id, figure }) => {
      const drawn = new Set(figure.steps.flatMap(step => drawnWeapons(step).map(w => w.id)))
      const there = present(figure.date!)
      const wanted = weapons.filter(w => figure.theme!.includes(w.role) && there.has(w.id)).map(w => w.id)
      return [
        ...wanted.filter(w => !drawn.has(w)).map(w => `map "${id}" (${figure.date}) is about ${figure.theme!.join(', ')} weapons but does not draw the ${w}, which the record has in the oblast then`),
        ...[...drawn].filter(w => !there.has(w)).map(w => `map "${id}" (${figure.date}) draws the ${w}, which the record does not have in the oblast then`),
      ]
    })
    expect(problems).toEqual([])
  })

  it('mark a weapon\'s base from the month the record places the weapon there to stay', () => {
    for (const weapon of weapons as readonly Weapon[]) {
      if (!weapon.base)
        continue
      const placed = codedEvents.find(e => e.weaponId === weapon.id && e.kind === 'deployment' && e.lasting)
      expect(placed, `the record places the ${weapon.name} in the oblast to stay`).toBeDefined()
      expect(weapon.base.from, `the ${weapon.name}'s base is marked from the month of "${placed!.id}"`).toBe(placed!.date.slice(0, 7))
    }
  })

  it('draw the S-400 at the 48N6\'s 250 km before the 40N6 served, and at 400 km only after', () => {
    const s400 = weaponById('s-400')
    expect(missileOn(s400, '2016-11-21')).toMatchObject({ name: '48N6 family', rangeKm: 250 })
    expect(missileOn(s400, '2018-10-01')).toMatchObject({ name: '40N6', rangeKm: 400 })
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
    const missing = [...weapons.flatMap(w => w.missiles.map(m => ({ id: `${w.id} ${m.name}`, sourceId: m.sourceId }))), ...memberships, ...scenarios].filter(r => !cited.has(r.sourceId)).map(r => r.id)
    expect(missing).toEqual([])
  })
})

describe('a broken record fails, naming its id', () => {
  it('a weapon whose missile cites an unknown source, or whose missiles are out of order', () => {
    const broken: Weapon[] = [{ ...weapons[0], id: 'iskander-x', missiles: [{ name: '9M723', rangeKm: 500, sourceId: 'made-up' }] }]
    expect(missileProblems(broken)).toEqual(['weapon "iskander-x 9M723" cites an unknown source "made-up"'])
    const shuffled: Weapon[] = [{ ...weapons[2], id: 's-400-x', missiles: [weapons[2].missiles[1], weapons[2].missiles[0]] }]
    expect(missileProblems(shuffled)).toEqual(['weapon "s-400-x": only its first missile may lack a start (from), and starts must rise'])
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
