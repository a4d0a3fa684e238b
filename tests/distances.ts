/**
 * Every distance the deck states about the map, reckoned by the tests' own oracle (geo-oracle.ts:
 * haversine and brute force) from the map's shapes (data/geo/baltic.json, Natural Earth), not by
 * the code that compiles the maps. The unit tests hold the compiled maps (data/figure-specs/) and
 * the slides' words to these values. The weapons' ranges are their records' (data/weapons.ts).
 */
import type { BalticGeodata, CountryFeature } from '../data/geodata.ts'
import type { MeasuredPlaceId } from '../data/map-layers.ts'
import basemap from '../data/geo/baltic.json' with { type: 'json' }
import { MEASURED_PLACES } from '../data/map-layers.ts'
import { placeById } from '../data/places.ts'
import { weapons } from '../data/weapons.ts'
import { haversineKm, nearestKm, sampledOutline } from './geo-oracle.ts'

const GEODATA = basemap as unknown as BalticGeodata

export const countryShape = (id: string) => (GEODATA.features.find(f => f.properties.id === id) as CountryFeature).geometry

/** The oblast's outline, sampled every 0.5 km. */
export const OBLAST_OUTLINE = sampledOutline(countryShape('kaliningrad'))

/** Shortest distance between the oblast and mainland Russia, by brute force over both outlines (near each other). */
function mainlandKm(): number {
  const mainland = sampledOutline(countryShape('russia'), 1).filter(p => p.lon < 30 && p.lat < 58)
  return Math.min(...OBLAST_OUTLINE.filter(p => p.lon > 21.5).map(p => nearestKm(p, mainland)))
}

function suwalkiKm(): number {
  const gap = GEODATA.features.find(f => f.properties.id === 'suwalki-gap')!.geometry as { coordinates: number[][] }
  const [[lon1, lat1], [lon2, lat2]] = [gap.coordinates[0], gap.coordinates.at(-1)!]
  return haversineKm({ lat: lat1, lon: lon1 }, { lat: lat2, lon: lon2 })
}

const places = Object.fromEntries(MEASURED_PLACES.map(id => [id, nearestKm(placeById(id), OBLAST_OUTLINE)])) as Record<MeasuredPlaceId, number>

/**
 * In km, rounded: from Kaliningrad Oblast to mainland Russia (shortest great circle between the
 * two shapes), across the Suwałki Gap (tripoint to tripoint), and from Vilnius, Warsaw and Berlin
 * to the oblast's nearest point.
 */
export const DISTANCES_KM = {
  mainlandRussia: Math.round(mainlandKm()),
  suwalkiGap: Math.round(suwalkiKm()),
  ...Object.fromEntries(MEASURED_PLACES.map(id => [id, Math.round(places[id])])) as Record<MeasuredPlaceId, number>,
} as const

/** Every nominal maximum range a weapon's missiles have had, in km, from data/weapons.ts (the slides may state any). */
export const RANGES_KM = weapons.flatMap(w => w.missiles.map(m => m.rangeKm))
