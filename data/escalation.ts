/**
 * The escalation record's rules and types: what a record holds, and what follows from it. The
 * records themselves are in data/escalation-events.ts; the written rules that put each one in (and
 * kept others out) are the codebook, data/codebook.ts; every candidate considered is in the search
 * log, data/search-log.ts.
 *
 * A record carries only what a source says and the inputs the codebook asks for (kind, whether a
 * deployment stays, nuclear capability, what the force can do and where it stands). Everything the
 * chart draws is DERIVED here, never typed by hand: the level (`levelFor`), offence or defence
 * (`postureFor`), the era (`eraOf`), the clause that admits the record (`clauseFor`). So two moves
 * with the same inputs always get the same level and posture, whichever side made them.
 */
import type { WeaponId } from './weapons.ts'
import type { KindClauseId } from './codebook.ts'

/** Who made the move. 'neither': neither side, as far as shown (drawn on the centre line). */
export type Actor = 'west' | 'russia' | 'neither'

export const ACTOR_NAMES: Record<Actor, string> = {
  west: 'NATO and the West',
  russia: 'Russia',
  neither: 'Neither side',
}

/**
 * What kind of move it is (the codebook's kind clauses). The first seven are coded on the level
 * scale; the rest are marked apart from it (OFF_SCALE_KINDS).
 */
export type MoveKind =
  | 'statement' | 'plan' | 'measure' | 'deployment' | 'incursion' | 'use-of-force'
  | 'step-back' | 'accession' | 'drawdown' | 'incident' | 'civil'

export const KIND_NAMES: Record<MoveKind, string> = {
  'statement': 'Statement or threat',
  'plan': 'Plan or decision',
  'measure': 'Economic or legal measure',
  'deployment': 'Deployment',
  'incursion': 'Incursion or jamming',
  'use-of-force': 'Use of force',
  'step-back': 'Step back or restraint',
  'accession': 'Accession to NATO',
  'drawdown': 'Forces leave the region',
  'incident': 'Damage at sea',
  'civil': 'Civil step',
}

/** Kinds marked apart from the level scale: they raise no one's level (a step back lowers it). */
export const OFF_SCALE_KINDS: readonly MoveKind[] = ['step-back', 'accession', 'drawdown', 'incident', 'civil']

export type Level = 1 | 2 | 3 | 4 | 5 | 6

export interface RubricStep {
  level: Level
  name: string
  /** Its name in the chart's one-line key. */
  short: string
  /** What counts at this level, in words. */
  meaning: string
}

/**
 * The deck's escalation levels: each a heavier KIND of move than the one below. They rank kinds,
 * not sizes (the codebook's clause "level"): four jets and a division placed to stay share level 4.
 */
export const rubric: readonly RubricStep[] = [
  { level: 1, name: 'Words', short: 'Words', meaning: 'a statement or threat naming a military step' },
  { level: 2, name: 'Plans and measures', short: 'Plans, measures', meaning: 'a plan or decision not yet carried out; an economic or legal measure' },
  { level: 3, name: 'Forces for a while', short: 'Forces for a while', meaning: 'a deployment for a while; an incursion or jamming across a border' },
  { level: 4, name: 'Forces to stay', short: 'Forces to stay', meaning: 'a lasting deployment of forces or weapons' },
  { level: 5, name: 'Nuclear-capable, to stay', short: 'Nuclear-capable to stay', meaning: 'a lasting deployment of nuclear-capable weapons' },
  { level: 6, name: 'Use of force', short: 'Use of force', meaning: 'armed force against another state' },
]

/** What the force or weapon a move places (or names, or withdraws) can do: the first input of its posture. */
export type Capability =
  /** Hit targets beyond its own side's borders: land-attack and anti-ship missiles and rockets, strike aircraft, warheads. */
  | 'strike'
  /** Take and hold ground: armoured, mechanised, infantry, airborne units. */
  | 'manoeuvre'
  /** Defend against aircraft and missiles: interceptors, surface-to-air missiles. */
  | 'air-defence'
  /** Bar a border: fortifications, obstacles, mines. */
  | 'barrier'
  /** Police the air or the sea: air policing, patrols that guard infrastructure. */
  | 'policing'
  /** Watch: radars, reconnaissance aircraft and drones. */
  | 'surveillance'
  /** Jam or spoof navigation and radio signals. */
  | 'electronic'
  /** Command only: a headquarters, a district. */
  | 'command'
  /** No force at all: a measure, a civil step, an accession. */
  | 'none'

export const CAPABILITY_NAMES: Record<Capability, string> = {
  'strike': 'strike',
  'manoeuvre': 'ground forces',
  'air-defence': 'air and missile defence',
  'barrier': 'border defences',
  'policing': 'policing',
  'surveillance': 'surveillance',
  'electronic': 'jamming',
  'command': 'command',
  'none': 'no force',
}

/** Where it stands (or would stand): the second input of its posture. */
export type Ground =
  /** Its own side's soil, sea or air. */
  | 'own'
  /** An ally's soil, with its leave. */
  | 'allied'
  /** International waters or air. */
  | 'international'
  /** Across another state's border, without its leave. */
  | 'across'

export const GROUND_NAMES: Record<Ground, string> = {
  own: 'on its own side’s ground',
  allied: 'on an ally’s ground',
  international: 'in international waters or air',
  across: 'across another state’s border',
}

/** Offence, defence, both or neither (Jervis 1978): derived by `postureFor`, never typed. */
export type Posture = 'offence' | 'defence' | 'both' | 'neither'

export const POSTURE_NAMES: Record<Posture, string> = {
  offence: 'Offence',
  defence: 'Defence',
  both: 'Both',
  neither: 'Neither',
}

/** The inputs a move's coding depends on. */
export interface Coding {
  kind: MoveKind
  /** Deployments only: placed to stay (true) or for a while (false). */
  lasting?: boolean
  /** The system named or placed can carry a nuclear warhead (a source says so). */
  nuclearCapable?: boolean
  /** What the force or weapon can do (several for a mixed force). */
  capability: readonly Capability[]
  /** Where it stands, or would stand. */
  ground: Ground
}

/**
 * THE LEVEL: from the kind (and, for a deployment, whether it stays and is nuclear-capable), or
 * null for a kind marked apart from the scale. Throws, naming the record, for a deployment that
 * does not say whether it stays.
 */
export function levelFor({ kind, lasting, nuclearCapable, ...rest }: Pick<Coding, 'kind' | 'lasting' | 'nuclearCapable'> & { id?: string }): Level | null {
  switch (kind) {
    case 'statement':
      return 1
    case 'plan':
    case 'measure':
      return 2
    case 'incursion':
      return 3
    case 'deployment':
      if (lasting === undefined)
        throw new Error(`${rest.id ? `Event "${rest.id}" is a deployment` : 'A deployment'} that does not say whether it is lasting: set \`lasting\` in data/escalation-events.ts`)
      return !lasting ? 3 : nuclearCapable ? 5 : 4
    case 'use-of-force':
      return 6
    case 'step-back':
    case 'accession':
    case 'drawdown':
    case 'incident':
    case 'civil':
      return null
  }
}

/**
 * THE POSTURE (the codebook's clause "posture"): across a border, offence; strike weapons,
 * offence (with defences in the same move, both); forces that take and hold ground, both; air
 * and missile defence, barriers and policing, defence; command only or no force, neither.
 */
export function postureFor({ capability, ground }: Pick<Coding, 'capability' | 'ground'>): Posture {
  if (ground === 'across')
    return 'offence'
  const has = (c: Capability): boolean => capability.includes(c)
  const defensive = has('air-defence') || has('barrier') || has('policing')
  if (has('strike'))
    return defensive ? 'both' : 'offence'
  if (has('manoeuvre'))
    return 'both'
  if (defensive)
    return 'defence'
  return 'neither'
}

/** The codebook clause that admits a move of this kind (a deployment's, by whether it stays). */
function clauseFor({ kind, lasting }: Pick<Coding, 'kind' | 'lasting'>): KindClauseId {
  if (kind === 'deployment')
    return lasting ? 'deployment-stay' : 'deployment-while'
  return kind
}

/** The kind and attributes in words: "Deployment, to stay, nuclear-capable". */
export function codingWords(coding: Pick<Coding, 'kind' | 'lasting' | 'nuclearCapable'>): string {
  const attributes = [
    ...(coding.kind === 'deployment' ? [coding.lasting ? 'to stay' : 'for a while'] : []),
    ...(coding.nuclearCapable ? ['nuclear-capable'] : []),
  ]
  return [KIND_NAMES[coding.kind], ...attributes].join(', ')
}

/** The rule in words: "Deployment, to stay, nuclear-capable → level 5". */
export function codingReason(coding: Pick<Coding, 'kind' | 'lasting' | 'nuclearCapable'>): string {
  const level = levelFor(coding)
  const what = codingWords(coding)
  return level === null ? `${what} → not on the scale` : `${what} → level ${level}`
}

/**
 * The last month whose events the essay could know: it calls Russia's missile moves of October and
 * 21 November 2016 "last week's". (The essay itself is dated only to late 2016; see data/sources.ts.)
 */
export const ESSAY_HORIZON = '2016-11'

/** Whether the essay could know of a move: 'essay' up to its horizon (by month), 'after' beyond. */
type Era = 'essay' | 'after'

function eraOf(date: string): Era {
  return date.slice(0, 7) > ESSAY_HORIZON ? 'after' : 'essay'
}

/** Words a side's official gave (a stated reason, or a reading of the other side's move), as a source reports them. */
export interface Statement {
  /** In our words, in the speaker's terms. */
  text: string
  /** Who said it, with their office: "Putin, President of Russia". */
  by: string
  sourceId: string
}

/** No stated reason was found: what we searched. */
interface NoneFound {
  none: string
}

/** An earlier move this one answers: 'maker' where its maker named it as a reason, 'essay' where only the essay links them. */
export interface Answer {
  id: string
  basis: 'maker' | 'essay'
  /** The source where the maker names the earlier move (or 'essay'). */
  sourceId: string
}

/** What a dispute is about (the codebook's clause "dispute"). */
export type DisputeAbout = 'fact' | 'author' | 'posture' | 'tie' | 'link'

export const DISPUTE_NAMES: Record<DisputeAbout, string> = {
  fact: 'what happened',
  author: 'who did it',
  posture: 'offence or defence',
  tie: 'its tie to the region',
  link: 'what it answered',
}

/** One reading of a disputed point, with its source (and, where it is a side's, who gave it). */
interface Reading {
  text: string
  sourceId: string
  by?: string
}

interface Dispute {
  about: DisputeAbout
  /** At least two readings, each with its source. */
  readings: readonly [Reading, Reading, ...Reading[]]
}

/** What ties a move to the region (the codebook's clause "tie"), and which source says so. */
interface Tie {
  /** One sentence; it names a place of the region (REGION_NAMES). */
  text: string
  sourceId: string
}

export interface EscalationEvent extends Coding {
  id: string
  /** YYYY, YYYY-MM or YYYY-MM-DD: as precise as the sources are. */
  date: string
  /** How the date reads where the date alone would mislead (a span, say). */
  dateText?: string
  actor: Actor
  /** The chart label: short enough to read at projector distance (at most 34 characters). */
  label: string
  /** One sentence for the table and the text alternative. */
  detail: string
  /** Why it sits where it does, beyond its kind and inputs (a judgement the coding needed). */
  codingNote?: string
  /** The maker's stated reason, or what we searched without finding one. */
  reason: Statement | NoneFound
  /** The other side's official reading of the move, or what we searched without finding one. */
  otherReading: Statement | NoneFound
  /** The earlier moves it answers: as its maker said, or in the essay's reading. */
  answers?: readonly Answer[]
  /** Its contested points, each with both readings. */
  disputes?: readonly Dispute[]
  tie: Tie
  /**
   * The map's weapon (data/weapons.ts) that the move places in Kaliningrad Oblast or takes out of
   * it: the maps draw a weapon of their theme that the record has there on their date (a unit test
   * holds them to it).
   */
  weaponId?: WeaponId
  sourceId: string
  /** Further sources for the event itself (a second date, the end of a span). */
  moreSourceIds?: readonly string[]
}

/** An event with everything derived from it: level, posture, era, the clause that admits it. */
export type CodedEvent = EscalationEvent & { level: Level | null, posture: Posture, era: Era, clause: KindClauseId }

export function codeEvent(event: EscalationEvent): CodedEvent {
  return { ...event, level: levelFor(event), posture: postureFor(event), era: eraOf(event.date), clause: clauseFor(event) }
}

/** Whether a stated reason was found. */
export function hasReason(reason: EscalationEvent['reason']): reason is Statement {
  return !('none' in reason)
}

/** Every source an event rests on, each once: its own, its further ones, its tie's, its reason's, the other reading's, its answers' and its disputes'. */
export function eventSourceIds(event: EscalationEvent): string[] {
  return [...new Set([
    event.sourceId,
    ...(event.moreSourceIds ?? []),
    event.tie.sourceId,
    ...(hasReason(event.reason) ? [event.reason.sourceId] : []),
    ...(hasReason(event.otherReading) ? [event.otherReading.sourceId] : []),
    ...(event.answers ?? []).map(a => a.sourceId),
    ...(event.disputes ?? []).flatMap(d => d.readings.map(r => r.sourceId)),
  ])]
}
