/**
 * The essay's two scenarios, as sketches the map can draw. They are illustrations of the author's
 * argument, not plans, deployments or events: every record is marked `illustrative` and cites the
 * essay. Radii, bearings and end points are our choices for the sketch; the only measured input is
 * a weapon's range (data/weapons.ts), which a zone borrows by id. The blockade's arc, 110 km out
 * from Baltiysk, runs from the Polish coast west of the Hel peninsula to the Lithuanian shore of the
 * Curonian Spit.
 */
import type { PlaceId } from './places.ts'
import type { WeaponId } from './weapons.ts'
import { byId } from '../lib/validate.ts'

export type ScenarioShape =
  /** The area a weapon reaches from its base: the weapon's range ring, filled. */
  | { kind: 'zone', weaponId: WeaponId }
  /** A line of ships across the sea approaches to a port: an arc of `radiusKm` around it, clockwise from `fromBearingDeg` to `toBearingDeg` (degrees from north). */
  | { kind: 'cordon', centrePlaceId: PlaceId, radiusKm: number, fromBearingDeg: number, toBearingDeg: number }
  /** A push over land from one place towards another. */
  | { kind: 'arrow', fromPlaceId: PlaceId, toPlaceId: PlaceId }

export interface Scenario {
  /** Stable id, used by the map's layer of the same name. */
  id: string
  /** What the sketch shows, as the map labels it. */
  name: string
  /** Always true: these are sketches of the essay's argument. */
  illustrative: true
  shape: ScenarioShape
  sourceId: string
}

/** The caption every sketch carries on the map. */
export const ILLUSTRATIVE_CAPTION = 'illustrative: the essay’s scenario'

export const scenarios = [
  { id: 'a2ad', name: 'Anti-access / area denial', illustrative: true, shape: { kind: 'zone', weaponId: 'bastion-p' }, sourceId: 'essay' },
  { id: 'blockade', name: 'NATO blockade', illustrative: true, shape: { kind: 'cordon', centrePlaceId: 'baltiysk', radiusKm: 110, fromBearingDeg: 280, toBearingDeg: 40 }, sourceId: 'essay' },
  { id: 'corridor', name: 'Push from Belarus', illustrative: true, shape: { kind: 'arrow', fromPlaceId: 'hrodna', toPlaceId: 'kaliningrad' }, sourceId: 'essay' },
] as const satisfies readonly Scenario[]

export type ScenarioId = (typeof scenarios)[number]['id']

/** The scenario with this id; throws, naming the id, if there is none. */
export const scenarioById = byId<Scenario>(scenarios, 'scenario', 'data/scenarios.ts')
