/**
 * The box a view (data/map-views.ts) fits the map to, derived from what it must show: places, and
 * the reach of weapons from anywhere in Kaliningrad Oblast (their envelopes, reach.ts).
 */
import type { BalticGeodata } from '../../data/geodata.ts'
import type { ViewId } from '../../data/map-views.ts'
import type { BoundsTuple, LatLon } from '../../components/baltic-map/map-spec-types.ts'
import bbox from '@turf/bbox'
import { VIEWS } from '../../data/map-views.ts'
import { placeById } from '../../data/places.ts'
import { longestRangeKm, weaponById } from '../../data/weapons.ts'
import { toPosition } from './geodesy.ts'
import { reachEnvelope } from './reach.ts'

/** The smallest box around the view's places and its weapons' envelopes, widened by its margin. */
export function viewBounds(view: ViewId, data: BalticGeodata): BoundsTuple {
  const spec = VIEWS[view]
  const points: LatLon[] = [...spec.places.map(placeById), ...(spec.reach ?? []).flatMap(id => reachEnvelope(data, longestRangeKm(weaponById(id))))]
  const [west, south, east, north] = bbox({ type: 'MultiPoint', coordinates: points.map(toPosition) })
  const marginLat = spec.marginKm / 111.2
  const marginLon = marginLat / Math.cos((((south + north) / 2) * Math.PI) / 180)
  return [[south - marginLat, west - marginLon], [north + marginLat, east + marginLon]]
}
