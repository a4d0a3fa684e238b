/**
 * An essay scenario's sketch (data/scenarios.ts), built once: a zone of reaches, a cordon across the
 * sea or an arrow over land, with its label, its entries in the key and its sentence in the text
 * alternative, each saying whose picture it is.
 */
import type { BalticGeodata } from '../../data/geodata.ts'
import type { LayerId } from '../../data/map-layers.ts'
import type { Scenario } from '../../data/scenarios.ts'
import type { Missile, Weapon } from '../../data/weapons.ts'
import type { LabelLine, LabelSpot } from '../../components/baltic-map/map-spec-types.ts'
import type { LabelModel, LayerModel, Part } from './map-types.ts'
import { placeById } from '../../data/places.ts'
import { weaponById } from '../../data/weapons.ts'
import { arc, bearingDeg, destination, distanceKm, partWay } from './geodesy.ts'
import { drawnMissile } from './shading.ts'
import { atBearing, reachEnvelope } from './reach.ts'
import { listWords } from './words.ts'

/** How the text alternative names a weapon's role. */
const ROLE_WORDS: Record<Weapon['role'], string> = { 'land-attack': 'land-attack', 'anti-ship': 'anti-ship', 'air-defence': 'air-defence' }

/** How a zone names a weapon's role on the map and in the key. */
const ROLE_NAMES: Record<Weapon['role'], string> = { 'land-attack': 'land attack', 'anti-ship': 'anti-ship', 'air-defence': 'air defence' }

/** A weapon of a zone in the key, with its missile: "Bastion-P anti-ship (also fired at land targets), P-800 Oniks, 300 km" */
const zoneKeyLabel = ({ weapon, missile }: Armed) => `${weapon.name} ${weapon.role === 'anti-ship' ? 'anti-ship (also fired at land targets)' : ROLE_NAMES[weapon.role]}, ${missile.name}, ${missile.rangeKm} km`

/** A weapon with the missile it fires on the map's date. */
interface Armed {
  weapon: Weapon
  missile: Missile
}

export function scenarioModels(step: LayerId, scenario: Scenario, data: BalticGeodata, date: string | undefined): Part {
  const shape = scenario.shape
  // A sketch of ours is called what its caption calls it ("our sketch", "our illustration"), so a
  // screen reader hears the words the map shows (map-data.test.ts holds the captions to that form).
  const ours = /^our (?:sketch|illustration)/.exec(scenario.caption.join(' '))?.[0] ?? 'our sketch'
  const whose = scenario.authorship === 'our-sketch' ? `${ours}, not the essay's plan` : `the essay's argument`
  const caption: LabelLine[] = scenario.caption.map(text => ({ text, className: 'map-label-caption' }))
  const name: LabelLine = { text: scenario.name, className: 'map-label-name' }
  const label = (lines: LabelLine[], spot: LabelSpot): LabelModel => ({ kind: 'label', owner: step, id: `scenario:${step}`, style: 'scenario', lines, spot })
  const sketchKey = { id: step, swatch: step, line: true, label: `${scenario.name} (${scenario.keyNote})`, layer: step }

  if (shape.kind === 'zone') {
    const armed: Armed[] = shape.weaponIds.map(weaponById).map(weapon => ({ weapon, missile: drawnMissile(weapon, date, step) }))
    // Widest first, so the narrower reach is drawn over it.
    const zone = armed.toSorted((a, b) => b.missile.rangeKm - a.missile.rangeKm)
    const models: LayerModel[] = zone.map(({ weapon, missile }): LayerModel => {
      const airDefence = weapon.role === 'air-defence'
      return { kind: 'envelope', owner: step, pane: 'zones', ring: reachEnvelope(data, missile.rangeKm), fill: !airDefence, className: `layer-${step} ${airDefence ? 'air-defence-line' : 'zone-fill'}` }
    })
    // Just outside the narrowest reach, to the north-west (open sea) where the view allows.
    const inner = reachEnvelope(data, zone[zone.length - 1].missile.rangeKm)
    // The weapons and their ranges are in the key; on the map, the zone's name and whose reading it is.
    models.push(label([name, ...caption], { anchors: [295, 305, 285, 315, 275, 330].map(b => atBearing(data, inner, b)), placements: ['left', 'top-left', 'bottom-left', 'top', 'center'], gapPx: 6 }))
    const reaches = armed.map(({ weapon, missile }) => `the ${weapon.name} ${ROLE_WORDS[weapon.role]} missiles' reach (${missile.name}) of about ${missile.rangeKm} km`)
    return {
      models,
      // In the key, in the scenario's own order (the map draws the widest first).
      key: armed.map(a => a.weapon.role === 'air-defence'
        ? { id: `${step}-${a.weapon.id}`, swatch: 'air-defence', line: true, label: zoneKeyLabel(a), layer: step }
        : { id: `${step}-${a.weapon.id}`, swatch: step, label: zoneKeyLabel(a), layer: step }),
      says: `${scenario.name}, ${whose}: shaded, ${listWords(reaches)}, each from anywhere in the oblast. These are nominal maximum ranges: such rings overstate denial. Bastion-P has also been fired at land targets.`,
    }
  }

  if (shape.kind === 'cordon') {
    const cordon = arc(placeById(shape.centrePlaceId), shape.radiusKm, shape.fromBearingDeg, shape.toBearingDeg, 48)
    return {
      models: [
        { kind: 'line', owner: step, path: cordon, className: `layer-${step} cordon-line`, keepClear: true },
        // On the arc, from its middle outwards.
        label([name, ...caption], { anchors: [24, 20, 28, 16, 32, 12, 36, 40, 44, 8, 4].map(i => cordon[i]), placements: ['top', 'top-left', 'top-right', 'left', 'right'], gapPx: [10, 24] }),
      ],
      key: [sketchKey],
      says: `${scenario.name}, ${whose}: a line across the sea approaches ${shape.radiusKm} km from ${placeById(shape.centrePlaceId).name}, inside the missiles' reach.`,
    }
  }

  if (shape.kind === 'barrier') {
    const line = shape.points
    return {
      models: [
        { kind: 'line', owner: step, path: line, className: `layer-${step} barrier-line`, keepClear: true },
        // Beside the line, to its west, away from the missiles' zone and its words.
        label([name, ...caption], { anchors: [0.5, 0.3, 0.7].map(f => partWay(line[0], line[1], f)), placements: ['left', 'bottom-left', 'top-left', 'bottom', 'top', 'right'], gapPx: 6 }),
      ],
      key: [sketchKey],
      says: `${scenario.name}, ${whose}: ${shape.what}, beyond the reach of the anti-ship missiles in the oblast.`,
    }
  }

  const from = placeById(shape.fromPlaceId)
  const to = placeById(shape.toPlaceId)
  // The head: two barbs 25° either side of the shaft, a tenth of its length (at least 12 km) long.
  const lengthKm = distanceKm(from, to)
  const headKm = Math.max(12, lengthKm / 10)
  const back = bearingDeg(to, from)
  const head = [destination(to, back - 25, headKm), to, destination(to, back + 25, headKm)]
  const neck = destination(to, back, headKm * Math.cos((25 * Math.PI) / 180))
  return {
    models: [
      { kind: 'arrow', owner: step, shaft: [from, neck], head, shaftClass: `layer-${step} arrow-shaft`, headClass: `layer-${step} arrow-head` },
      // Beside the shaft, from its middle outwards.
      label([name, ...caption], { anchors: [0.5, 0.4, 0.6, 0.3, 0.7].map(f => partWay(from, to, f)), placements: ['bottom-left', 'top-right', 'left', 'right', 'bottom', 'top'], gapPx: 12 }),
    ],
    key: [sketchKey],
    says: `${scenario.name}, ${whose}: an arrow from ${from.name} to ${to.name}.`,
  }
}
