import turfDistance from '@turf/distance'
import { describe, expect, it } from 'vitest'
import { places } from '../../data/places.ts'
import { approxKm, bearingDeg, densifyRing, destination, envelopeRing, geodesicArc, geodesicCircle, greatCircleKm, lngLatToLatLng, nearestOnRing, nearestOnSegment, roundKm, shortestLink, toLatLng } from '../../lib/geo.ts'
import { insidePolygon, insideRings, openRing, polygonsOf, positionToLatLon, shapeBBox, shapeRings } from '../../lib/shapes.ts'

const place = (id: string) => {
  const found = places.find(p => p.id === id)
  if (!found)
    throw new Error(`no place "${id}" in data/places.ts`)
  return found
}

/** Great-circle distance by Turf, an implementation independent of lib/geo. */
const turfKm = (a: { lat: number, lon: number }, b: { lat: number, lon: number }) => turfDistance([a.lon, a.lat], [b.lon, b.lat], { units: 'kilometers' })

describe('great-circle distance', () => {
  it('agrees with Turf to within 0.01 %', () => {
    for (const [a, b] of [['chernyakhovsk', 'berlin'], ['stockholm', 'minsk'], ['helsinki', 'warsaw']]) {
      const ours = greatCircleKm(place(a), place(b))
      expect(Math.abs(ours - turfKm(place(a), place(b))) / ours, `${a} → ${b}`).toBeLessThan(1e-4)
    }
  })

  it('gives the slide\'s distances from Chernyakhovsk, each within 2 %', () => {
    const from = place('chernyakhovsk')
    for (const [to, km] of [['vilnius', 223], ['warsaw', 272], ['berlin', 600]] as const) {
      const measured = greatCircleKm(from, place(to))
      expect(Math.abs(measured - km) / km, `Chernyakhovsk → ${to}: ${measured.toFixed(1)} km, expected about ${km}`).toBeLessThan(0.02)
    }
  })

  it('is zero from a place to itself and symmetric', () => {
    expect(greatCircleKm(place('riga'), place('riga'))).toBe(0)
    expect(greatCircleKm(place('riga'), place('tallinn'))).toBeCloseTo(greatCircleKm(place('tallinn'), place('riga')), 9)
  })

  it('names a position that is not one', () => {
    expect(() => greatCircleKm({ lat: 95, lon: 0 }, place('riga'))).toThrow(/from is not a position in degrees: \(95, 0\)/)
    expect(() => greatCircleKm(place('riga'), { lat: 0, lon: Number.NaN })).toThrow(/to is not a position/)
  })
})

describe('destination and bearing', () => {
  it('go there and back', () => {
    const from = place('baltiysk')
    for (const bearing of [0, 45, 200, 359]) {
      const to = destination(from, bearing, 300)
      expect(greatCircleKm(from, to)).toBeCloseTo(300, 6)
      const turn = Math.abs(bearingDeg(from, to) - bearing) % 360
      expect(Math.min(turn, 360 - turn), `bearing ${bearing}°`).toBeLessThan(1e-6)
    }
  })

  it('point north, east, south and west as compass bearings', () => {
    const c = { lat: 54, lon: 20 }
    expect(bearingDeg(c, { lat: 55, lon: 20 })).toBeCloseTo(0, 9)
    expect(bearingDeg(c, { lat: 54, lon: 21 })).toBeGreaterThan(89)
    expect(bearingDeg(c, { lat: 53, lon: 20 })).toBeCloseTo(180, 9)
    expect(bearingDeg(c, { lat: 54, lon: 19 })).toBeLessThan(271)
  })

  it('refuses a negative distance, naming it', () => {
    expect(() => destination(place('riga'), 0, -5)).toThrow(/distanceKm .* not -5/)
  })
})

describe('geodesic rings', () => {
  const cases = [
    { centre: place('chernyakhovsk'), radiusKm: 500 },
    { centre: place('baltiysk'), radiusKm: 300 },
    { centre: { lat: 69.7, lon: 30 }, radiusKm: 1200 },
  ]

  for (const { centre, radiusKm } of cases) {
    it(`a ${radiusKm} km ring around (${centre.lat}, ${centre.lon}) is a true circle: every vertex within 0.5 % by great-circle distance`, () => {
      const ring = geodesicCircle(centre, radiusKm)
      expect(ring).toHaveLength(128)
      const worst = Math.max(...ring.map(p => Math.abs(turfKm(centre, p) - radiusKm) / radiusKm))
      expect(worst).toBeLessThan(0.005)
    })
  }

  it('is not a flat circle: at 55°N a 500 km ring spans about 1.7 times more degrees of longitude than of latitude', () => {
    const ring = geodesicCircle(place('chernyakhovsk'), 500)
    const lats = ring.map(p => p.lat)
    const lons = ring.map(p => p.lon)
    const ratio = (Math.max(...lons) - Math.min(...lons)) / (Math.max(...lats) - Math.min(...lats))
    expect(ratio).toBeGreaterThan(1.6)
    expect(ratio).toBeLessThan(1.85)
  })

  it('an arc runs clockwise from its first bearing to its last, ends included', () => {
    const arc = geodesicArc(place('baltiysk'), 110, 280, 40, 12)
    expect(arc).toHaveLength(13)
    expect(bearingDeg(place('baltiysk'), arc[0])).toBeCloseTo(280, 6)
    expect(bearingDeg(place('baltiysk'), arc[6])).toBeCloseTo(340, 6)
    expect(bearingDeg(place('baltiysk'), arc[12])).toBeCloseTo(40, 6)
  })

  it('refuses a radius that is not a distance', () => {
    expect(() => geodesicCircle(place('riga'), 0)).toThrow(/radiusKm .* not 0/)
  })
})

describe('nearest points and shortest links', () => {
  /** The nearest point of a segment by brute force: 20,000 points along it, measured by Turf. */
  const bruteForce = (p: { lat: number, lon: number }, a: { lat: number, lon: number }, b: { lat: number, lon: number }) => {
    const km = greatCircleKm(a, b)
    let best = Infinity
    for (let i = 0; i <= 20000; i++)
      best = Math.min(best, turfKm(p, destination(a, bearingDeg(a, b), (km * i) / 20000)))
    return best
  }

  it('finds the foot of the perpendicular, or the nearer end, as brute force does (within 0.1 %)', () => {
    const a = { lat: 54.3, lon: 19.6 }
    const b = { lat: 55.3, lon: 22.9 }
    for (const p of [place('berlin'), place('vilnius'), place('warsaw'), place('riga'), { lat: 54.8, lon: 21.2 }]) {
      const ours = nearestOnSegment(p, a, b)
      const brute = bruteForce(p, a, b)
      expect(Math.abs(ours.distanceKm - brute) / Math.max(brute, 1), `${p.lat}, ${p.lon}`).toBeLessThan(0.001)
      expect(turfKm(p, ours.point)).toBeCloseTo(ours.distanceKm, 3)
    }
  })

  it('on a ring, checks every edge, the closing one too', () => {
    const square = [{ lat: 54, lon: 20 }, { lat: 54, lon: 22 }, { lat: 55, lon: 22 }, { lat: 55, lon: 20 }]
    const west = nearestOnRing({ lat: 54.5, lon: 19 }, square)
    expect(west.point.lon).toBeCloseTo(20, 6)
    expect(west.distanceKm).toBeCloseTo(greatCircleKm({ lat: 54.5, lon: 19 }, west.point), 9)
    expect(() => nearestOnRing(place('riga'), [])).toThrow(/at least one position/)
  })

  it('links two shapes by their nearest points, whichever shape holds the vertex', () => {
    const left = [[{ lat: 54, lon: 20 }, { lat: 55, lon: 20 }, { lat: 54.5, lon: 21 }]]
    const right = [[{ lat: 54, lon: 23 }, { lat: 55, lon: 23 }, { lat: 55, lon: 24 }, { lat: 54, lon: 24 }]]
    const link = shortestLink(left, right)
    expect(link.from).toEqual({ lat: 54.5, lon: 21 })
    expect(link.to.lon).toBeCloseTo(23, 6)
    expect(link.distanceKm).toBeCloseTo(turfKm(link.from, link.to), 3)
    expect(shortestLink(right, left).distanceKm).toBeCloseTo(link.distanceKm, 9)
  })
})

describe('envelopes: the area within a distance of any of many points', () => {
  it('densifies a ring so no two neighbours are further apart than the step', () => {
    const ring = [{ lat: 54, lon: 20 }, { lat: 54, lon: 22 }, { lat: 55, lon: 21 }]
    const dense = densifyRing(ring, 5)
    expect(dense[0]).toEqual(ring[0])
    const gaps = dense.map((p, i) => greatCircleKm(p, dense[(i + 1) % dense.length]))
    expect(Math.max(...gaps)).toBeLessThanOrEqual(5 + 1e-9)
    expect(() => densifyRing(ring, 0)).toThrow(/stepKm .* not 0/)
  })

  it('around one point is that point\'s geodesic circle', () => {
    const c = place('chernyakhovsk')
    const ring = envelopeRing([c], c, 500, 72)
    for (const p of ring)
      expect(turfKm(c, p)).toBeCloseTo(500, 3)
  })

  it('around two points is, at every vertex, the radius from the nearer of them', () => {
    const points = [place('baltiysk'), place('chernyakhovsk')]
    const ring = envelopeRing(points, place('kaliningrad'), 300, 180)
    for (const p of ring)
      expect(Math.min(...points.map(q => turfKm(q, p)))).toBeCloseTo(300, 2)
  })

  it('refuses a centre that is not within the radius of every point, naming the distance', () => {
    expect(() => envelopeRing([place('berlin'), place('riga')], place('berlin'), 300)).toThrow(/a point is \d+\.\d km from the centre, not within the radius of 300 km/)
    expect(() => envelopeRing([], place('riga'), 300)).toThrow(/at least one point/)
  })
})

describe('GeoJSON and Leaflet coordinates', () => {
  it('swap [lng, lat] into [lat, lng] in one place', () => {
    expect(lngLatToLatLng([21.82, 54.63])).toEqual([54.63, 21.82])
    expect(lngLatToLatLng([21.82, 54.63, 120])).toEqual([54.63, 21.82])
    expect(toLatLng(place('vilnius'))).toEqual([54.69, 25.28])
  })

  it('name a position that is not one', () => {
    expect(() => lngLatToLatLng([21.82])).toThrow(/not a GeoJSON \[lng, lat\] position: \[21.82\]/)
  })
})

describe('point in polygon, on pixels and on degrees alike', () => {
  /** A 10 × 10 square with a 4 × 4 hole in its middle, as pixel rings. */
  const holed = [
    [{ x: 0, y: 0 }, { x: 10, y: 0 }, { x: 10, y: 10 }, { x: 0, y: 10 }],
    [{ x: 3, y: 3 }, { x: 7, y: 3 }, { x: 7, y: 7 }, { x: 3, y: 7 }],
  ]
  const asDegrees = holed.map(ring => ring.map(p => ({ lon: p.x, lat: p.y })))

  it('counts a point inside the outer ring and outside the hole, and nothing else', () => {
    expect(insidePolygon(holed, { x: 1, y: 1 })).toBe(true)
    expect(insidePolygon(holed, { x: 5, y: 5 }), 'in the hole').toBe(false)
    expect(insidePolygon(holed, { x: 11, y: 5 })).toBe(false)
    expect(insidePolygon([], { x: 1, y: 1 })).toBe(false)
  })

  it('gives the same answer on { lat, lon } with longitude across and latitude up', () => {
    for (const [x, y] of [[1, 1], [5, 5], [11, 5], [9.5, 2], [2, 9.5], [-1, -1]])
      expect(insideRings(asDegrees, { lon: x, lat: y }), `(${x}, ${y})`).toBe(insidePolygon(holed, { x, y }))
  })

  it('finds Kaliningrad in a rough outline of the oblast, and Vilnius outside it', () => {
    const oblast = [[{ lat: 54.4, lon: 19.6 }, { lat: 55.3, lon: 20.9 }, { lat: 55.1, lon: 22.9 }, { lat: 54.3, lon: 22.8 }]]
    expect(insideRings(oblast, place('kaliningrad'))).toBe(true)
    expect(insideRings(oblast, place('vilnius'))).toBe(false)
  })
})

describe('GeoJSON rings', () => {
  const polygon = { type: 'Polygon' as const, coordinates: [[[20, 54], [22, 54], [22, 55], [20, 54]]] }
  const multi = { type: 'MultiPolygon' as const, coordinates: [polygon.coordinates, [[[24, 56], [25, 56], [25, 57], [24, 56]]]] }

  it('lists a shape\'s polygons whatever its type', () => {
    expect(polygonsOf(polygon)).toEqual([polygon.coordinates])
    expect(polygonsOf(multi)).toHaveLength(2)
  })

  it('drops the repeated closing position once, and only that', () => {
    expect(openRing([[0, 0], [1, 0], [1, 1], [0, 0]])).toEqual([[0, 0], [1, 0], [1, 1]])
    expect(openRing([[0, 0], [1, 0], [1, 1]])).toEqual([[0, 0], [1, 0], [1, 1]])
    expect(openRing([[0, 0]])).toEqual([[0, 0]])
  })

  it('unwraps every ring of every polygon as { lat, lon }', () => {
    expect(positionToLatLon([21.82, 54.63])).toEqual({ lat: 54.63, lon: 21.82 })
    expect(shapeRings(multi)).toEqual([
      [{ lat: 54, lon: 20 }, { lat: 54, lon: 22 }, { lat: 55, lon: 22 }],
      [{ lat: 56, lon: 24 }, { lat: 56, lon: 25 }, { lat: 57, lon: 25 }],
    ])
  })

  it('boxes a shape as [west, south, east, north]', () => {
    expect(shapeBBox(polygon)).toEqual([20, 54, 22, 55])
    expect(shapeBBox(multi)).toEqual([20, 54, 25, 57])
  })
})

describe('distances in words', () => {
  it('round to the step asked for, and say "about" with a tilde', () => {
    expect(roundKm(64.4)).toBe(64)
    expect(roundKm(67.6, 5)).toBe(70)
    expect(roundKm(62.4, 5)).toBe(60)
    expect(approxKm(500)).toBe('~500 km')
  })
})
