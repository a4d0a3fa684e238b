/**
 * The action–reaction chain the essay describes, as records: who moved, when, what kind of move,
 * how far up the escalation rubric, and which earlier move it answered. The escalation charts and
 * the appendix table are drawn from this list; nothing about an event is written anywhere else.
 */

/** Who made the move. */
export type Actor = 'west' | 'russia'

export const ACTOR_NAMES: Record<Actor, string> = {
  west: 'NATO and the West',
  russia: 'Russia',
}

/**
 * The neorealist vocabulary for a move (external balancing = allies; internal = own strength), with
 * "use of force" for the one move that is none of the others: taking territory.
 */
export type MoveKind = 'external-balancing' | 'internal-balancing' | 'deployment' | 'exercise' | 'use-of-force' | 'economic' | 'diplomatic'

export const KIND_NAMES: Record<MoveKind, string> = {
  'external-balancing': 'External balancing',
  'internal-balancing': 'Internal balancing',
  'deployment': 'Deployment',
  'exercise': 'Exercise',
  'use-of-force': 'Use of force',
  'economic': 'Economic',
  'diplomatic': 'Diplomatic',
}

export type Level = 1 | 2 | 3 | 4 | 5

export interface RubricStep {
  level: Level
  name: string
  /** What counts at this level. */
  meaning: string
}

/** The escalation rubric the deck explains: each level a heavier kind of move than the one below. */
export const rubric: readonly RubricStep[] = [
  { level: 1, name: 'Words', meaning: 'a threat, a statement, or a step back' },
  { level: 2, name: 'Plans and measures', meaning: 'an announced plan, an economic or legal measure' },
  { level: 3, name: 'Temporary forces', meaning: 'an exercise or a temporary deployment' },
  { level: 4, name: 'Lasting change', meaning: 'enlargement, lasting conventional forces, territory taken' },
  { level: 5, name: 'Nuclear-capable, to stay', meaning: 'a lasting deployment of nuclear-capable weapons' },
]

/** Whether the essay (written in November 2016) could know of the event. */
export type Era = 'essay' | 'after'

export interface Response {
  /** The earlier event this one answers. */
  id: string
  /** Who makes the link: the reporting itself, or only the essay's reading of events. */
  basis: 'reported' | 'essay'
  /** The source for the link, where it is not the event's own source. */
  sourceId?: string
}

export interface EscalationEvent {
  id: string
  /** YYYY, YYYY-MM or YYYY-MM-DD: as precise as the sources are. */
  date: string
  /** How the date reads on the chart where the date alone would mislead (a span, say). */
  dateText?: string
  actor: Actor
  kind: MoveKind
  level: Level
  /** The chart label: short enough to read at projector distance (at most 34 characters). */
  label: string
  /** One sentence for the table and the text alternative. */
  detail: string
  respondsTo?: Response
  sourceId: string
  era: Era
}

export const events = [
  {
    id: 'nato-1999',
    date: '1999-03-12',
    actor: 'west',
    kind: 'external-balancing',
    level: 4,
    label: 'Poland, Czechia, Hungary join NATO',
    detail: 'Poland, the Czech Republic and Hungary join NATO; the alliance now borders Kaliningrad.',
    sourceId: 'rferl-1999',
    era: 'essay',
  },
  {
    id: 'nato-2004',
    date: '2004-03-29',
    actor: 'west',
    kind: 'external-balancing',
    level: 4,
    label: 'Baltic states join NATO',
    detail: 'Estonia, Latvia and Lithuania join NATO with Bulgaria, Romania, Slovakia and Slovenia.',
    sourceId: 'tvp-2024',
    era: 'essay',
  },
  {
    id: 'us-missile-defence-plan',
    date: '2007',
    dateText: '2007–08',
    actor: 'west',
    kind: 'deployment',
    level: 2,
    label: 'US missile-defence plan',
    detail: 'The United States plans missile interceptors in Poland and a radar in the Czech Republic.',
    sourceId: 'guardian-2008',
    era: 'essay',
  },
  {
    id: 'iskander-threat-2008',
    date: '2008-11-05',
    actor: 'russia',
    kind: 'diplomatic',
    level: 1,
    label: 'Medvedev threatens Iskanders',
    detail: 'President Medvedev says Russia will deploy Iskander missiles in Kaliningrad against the US plan.',
    respondsTo: { id: 'us-missile-defence-plan', basis: 'reported' },
    sourceId: 'bbc-2008',
    era: 'essay',
  },
  {
    id: 'us-drops-plan-2009',
    date: '2009-09',
    actor: 'west',
    kind: 'diplomatic',
    level: 1,
    label: 'US drops the plan',
    detail: 'The United States scraps its plan for interceptors in Poland and a radar in the Czech Republic.',
    sourceId: 'moscowtimes-2009',
    era: 'essay',
  },
  {
    id: 'russia-calls-off-2009',
    date: '2009-09',
    actor: 'russia',
    kind: 'diplomatic',
    level: 1,
    label: 'Russia calls the Iskanders off',
    detail: 'Medvedev says that, with the US plan gone, the Iskanders will not be deployed.',
    respondsTo: { id: 'us-drops-plan-2009', basis: 'reported' },
    sourceId: 'moscowtimes-2009',
    era: 'essay',
  },
  {
    id: 'iskander-threat-2011',
    date: '2011-11-23',
    actor: 'russia',
    kind: 'diplomatic',
    level: 1,
    label: 'Medvedev repeats the threat',
    detail: 'Medvedev names Iskanders in Kaliningrad as one answer to US missile defence in Europe.',
    sourceId: 'afp-2011',
    era: 'essay',
  },
  {
    id: 'iskanders-reported-2013',
    date: '2013-12',
    actor: 'russia',
    kind: 'deployment',
    level: 3,
    label: 'Iskanders reported in Kaliningrad',
    detail: 'Iskanders are reported in Kaliningrad; Russia does not clearly confirm it.',
    sourceId: 'ap-2013',
    era: 'essay',
  },
  {
    id: 'crimea-2014',
    date: '2014-03',
    actor: 'russia',
    kind: 'use-of-force',
    level: 4,
    label: 'Russia annexes Crimea',
    detail: 'Russia annexes Ukraine’s Crimean peninsula after a referendum the US and EU call illegitimate.',
    sourceId: 'latimes-2014',
    era: 'essay',
  },
  {
    id: 'snap-drills-2014',
    date: '2014-12',
    actor: 'russia',
    kind: 'exercise',
    level: 3,
    label: 'Iskanders on snap drills',
    detail: 'Iskander-M units come to Kaliningrad for snap drills and then return to their base in Russia.',
    sourceId: 'tass-2014',
    era: 'essay',
  },
  {
    id: 'brigade-2015',
    date: '2015-05',
    actor: 'russia',
    kind: 'internal-balancing',
    level: 2,
    label: 'Iskander-M for the 152nd brigade',
    detail: 'Russia announces that its missile brigade in Kaliningrad will have Iskander-M by 2018.',
    respondsTo: { id: 'nato-2004', basis: 'essay', sourceId: 'essay' },
    sourceId: 'tass-2015',
    era: 'essay',
  },
  {
    id: 'anakonda-2016',
    date: '2016-06',
    actor: 'west',
    kind: 'exercise',
    level: 3,
    label: 'Anakonda-16 in Poland',
    detail: 'A ten-day exercise in Poland with about 31,000 troops from 24 countries.',
    sourceId: 'stripes-2016',
    era: 'essay',
  },
  {
    id: 'warsaw-summit-2016',
    date: '2016-07-08',
    actor: 'west',
    kind: 'deployment',
    level: 4,
    label: 'Warsaw summit: four battlegroups',
    detail: 'NATO agrees to station four multinational battlegroups in the Baltic states and Poland from 2017.',
    respondsTo: { id: 'crimea-2014', basis: 'reported', sourceId: 'ap-2016-warsaw' },
    sourceId: 'nato-2016',
    era: 'essay',
  },
  {
    id: 'iskanders-2016',
    date: '2016-10',
    actor: 'russia',
    kind: 'deployment',
    level: 3,
    label: 'Iskanders moved in again',
    detail: 'Russia moves Iskander-M missiles into Kaliningrad and calls it routine drills.',
    respondsTo: { id: 'warsaw-summit-2016', basis: 'essay', sourceId: 'essay' },
    sourceId: 'rferl-2016',
    era: 'essay',
  },
  {
    id: 'bastion-2016',
    date: '2016-11-21',
    actor: 'russia',
    kind: 'deployment',
    level: 4,
    label: 'Bastion-P coastal missiles',
    detail: 'Bastion-P anti-ship missiles are reported deployed to Kaliningrad; NATO criticises the move.',
    respondsTo: { id: 'warsaw-summit-2016', basis: 'essay', sourceId: 'essay' },
    sourceId: 'ap-2016',
    era: 'essay',
  },
  {
    id: 'iskanders-permanent-2018',
    date: '2018-02',
    actor: 'russia',
    kind: 'internal-balancing',
    level: 5,
    label: 'Iskanders based for good',
    detail: 'Iskander-M missiles are stationed permanently in Kaliningrad with the 152nd brigade.',
    sourceId: 'lsm-2018',
    era: 'after',
  },
  {
    id: 'transit-ban-2022',
    date: '2022-06-18',
    actor: 'west',
    kind: 'economic',
    level: 2,
    label: 'Lithuania stops sanctioned transit',
    detail: 'Lithuanian Railways stop carrying EU-sanctioned goods between Russia and Kaliningrad.',
    sourceId: 'lrt-2022',
    era: 'after',
  },
  {
    id: 'transit-resumes-2022',
    date: '2022-07-22',
    actor: 'west',
    kind: 'diplomatic',
    level: 1,
    label: 'Rail transit resumes',
    detail: 'After EU guidance, Lithuania lets the rail transit of sanctioned goods resume within usual volumes.',
    respondsTo: { id: 'transit-ban-2022', basis: 'reported' },
    sourceId: 'euractiv-2022',
    era: 'after',
  },
  {
    id: 'finland-2023',
    date: '2023-04-04',
    actor: 'west',
    kind: 'external-balancing',
    level: 4,
    label: 'Finland joins NATO',
    detail: 'Finland becomes a member of NATO.',
    sourceId: 'ap-2023',
    era: 'after',
  },
  {
    id: 'belarus-warheads-2023',
    date: '2023-06-16',
    actor: 'russia',
    kind: 'deployment',
    level: 5,
    label: 'Nuclear warheads in Belarus',
    detail: 'Putin says the first Russian nuclear warheads have been delivered to Belarus.',
    sourceId: 'tass-2023',
    era: 'after',
  },
  {
    id: 'sweden-2024',
    date: '2024-03-07',
    actor: 'west',
    kind: 'external-balancing',
    level: 4,
    label: 'Sweden joins NATO',
    detail: 'Sweden becomes NATO’s 32nd member.',
    sourceId: 'ap-2024',
    era: 'after',
  },
  {
    id: 'brell-exit-2025',
    date: '2025-02-08',
    actor: 'west',
    kind: 'economic',
    level: 2,
    label: 'Baltic grids leave Russia’s',
    detail: 'Estonia, Latvia and Lithuania leave the Soviet-era BRELL grid; Kaliningrad runs its power system alone.',
    sourceId: 'reuters-2025',
    era: 'after',
  },
] as const satisfies readonly EscalationEvent[]

export type EventId = (typeof events)[number]['id']
