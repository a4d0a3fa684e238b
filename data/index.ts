/**
 * Every record in data/ that cites a source, in one place, so tests can prove that each source is
 * cited and each citation resolves.
 */
import type { EscalationEvent } from './escalation.ts'
import type { Scenario } from './scenarios.ts'
import type { Weapon } from './weapons.ts'
import { memberships } from './alliances.ts'
import { eventSourceIds } from './escalation.ts'
import { events } from './escalation-events.ts'
import basemap from './geo/baltic.json'
import { places } from './places.ts'
import { scenarios } from './scenarios.ts'
import { weapons } from './weapons.ts'

/** Source ids cited by records (places, ranges, events, …), each once. */
export function recordSourceIds(): string[] {
  return [...new Set([
    ...places.map(p => p.sourceId),
    ...(weapons as readonly Weapon[]).flatMap(w => [...w.missiles.flatMap(m => [m.sourceId, ...(m.nameSourceId ? [m.nameSourceId] : [])]), ...(w.base ? [w.base.sourceId] : []), ...(w.alsoSourceIds ?? [])]),
    ...memberships.map(m => m.sourceId),
    ...(scenarios as readonly Scenario[]).flatMap(s => [s.sourceId, ...(s.alsoSourceIds ?? [])]),
    basemap.sourceId,
    ...(events as readonly EscalationEvent[]).flatMap(eventSourceIds),
  ])]
}
