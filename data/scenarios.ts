/**
 * The essay's two scenarios, as the map draws them, and whose picture each drawing is.
 *
 * - `a2ad` is the essay's argument (anti-access / area denial from Kaliningrad) drawn with measured
 *   inputs only: the nominal maximum ranges of the anti-ship and air-defence missiles based there
 *   (data/weapons.ts), reached from anywhere in the oblast. Its caption says that such rings
 *   overstate denial.
 * - `blockade`, `blockade-distant` and `corridor` are OUR sketches: the essay names a blockade of
 *   the port and a push over land, but draws neither. Radii, bearings, lines and end points are our
 *   choices. The close blockade's arc, 110 km out from Baltiysk, runs from the Polish coast west of
 *   the Hel peninsula to the Lithuanian shore of the Curonian Spit: where a close blockade of the
 *   port would have to sit, inside the missiles' reach. The distant one is a line across the western
 *   Baltic from Rügen to Skåne, which every ship bound for the Danish straits must cross: beyond the
 *   reach of the anti-ship missiles in the oblast (tests prove both).
 *
 * Every record cites the essay, whose argument it draws, and is marked `illustrative`.
 */
import type { PlaceId } from './places.ts'
import type { WeaponId } from './weapons.ts'
import { byId } from './by-id.ts'

type ScenarioShape =
  /** The areas the weapons reach from anywhere in the oblast, each to its nominal maximum range. */
  | { kind: 'zone', weaponIds: readonly WeaponId[] }
  /** A line of ships across the sea approaches to a port: an arc of `radiusKm` around it, clockwise from `fromBearingDeg` to `toBearingDeg` (degrees from north). */
  | { kind: 'cordon', centrePlaceId: PlaceId, radiusKm: number, fromBearingDeg: number, toBearingDeg: number }
  /** A push over land from one place towards another. */
  | { kind: 'arrow', fromPlaceId: PlaceId, toPlaceId: PlaceId }
  /** A line of ships across open sea, through these points (our choice of line, in degrees). */
  | { kind: 'barrier', points: readonly { lat: number, lon: number }[], what: string }

/** Whose picture a drawing is: the essay's argument drawn with measured ranges, or a sketch of ours. */
type Authorship = 'essay-argument' | 'our-sketch'

export interface Scenario {
  /** Stable id, used by the map's layer of the same name. */
  id: string
  /** What the drawing shows, as the map labels it. */
  name: string
  /** Always true: these draw an argument, not a plan, deployment or event. */
  illustrative: true
  authorship: Authorship
  /** The words under the name on the map: whose picture it is and how to read it. */
  caption: readonly string[]
  /** Short form for the key, after the name: "(our sketch)". */
  keyNote: string
  shape: ScenarioShape
  sourceId: string
  /** Sources for what the caption says beyond the essay (how far rings mislead). */
  alsoSourceIds?: readonly string[]
}

/** The caption of a drawing that is ours and not the essay's: the push from Belarus. */
const ILLUSTRATIVE_CAPTION = 'our illustration, not the essay’s plan'

/** The caption of every range drawn from the oblast: what such a line is and is not. */
export const NOMINAL_RANGE_CAPTION = 'nominal maximum range, not a wall'

export const scenarios = [
  {
    id: 'a2ad',
    name: 'Anti-access / area denial',
    illustrative: true,
    authorship: 'essay-argument',
    caption: ['the essay’s argument:', 'rings overstate denial'],
    keyNote: 'nominal maximum',
    shape: { kind: 'zone', weaponIds: ['bastion-p', 's-400'] },
    sourceId: 'essay',
    alsoSourceIds: ['delfi-foi'],
  },
  {
    id: 'blockade',
    name: 'Close blockade',
    illustrative: true,
    authorship: 'our-sketch',
    caption: ['our sketch:', 'inside the missiles’ reach'],
    keyNote: 'our sketch',
    shape: { kind: 'cordon', centrePlaceId: 'baltiysk', radiusKm: 110, fromBearingDeg: 280, toBearingDeg: 40 },
    sourceId: 'essay',
  },
  {
    id: 'blockade-distant',
    name: 'Distant blockade',
    illustrative: true,
    authorship: 'our-sketch',
    caption: ['our sketch'],
    keyNote: 'our sketch, beyond Bastion’s reach',
    // From Rügen's northern cape (Kap Arkona) to the coast of Skåne: our line, not a source's.
    shape: { kind: 'barrier', points: [{ lat: 54.68, lon: 13.43 }, { lat: 55.38, lon: 13.35 }], what: 'a line across the western Baltic, from Rügen to Skåne, that ships bound for the Danish straits must cross' },
    sourceId: 'essay',
  },
  {
    id: 'corridor',
    name: 'Push from Belarus',
    illustrative: true,
    authorship: 'our-sketch',
    caption: [ILLUSTRATIVE_CAPTION],
    keyNote: 'our illustration',
    shape: { kind: 'arrow', fromPlaceId: 'hrodna', toPlaceId: 'kaliningrad' },
    sourceId: 'essay',
  },
] as const satisfies readonly Scenario[]

export type ScenarioId = (typeof scenarios)[number]['id']

/** The scenario with this id; throws, naming the id, if there is none. */
export const scenarioById = byId<Scenario>(scenarios, 'scenario', 'data/scenarios.ts')
