/**
 * The moves around Kaliningrad and the Baltic, by both sides, as records: who moved, when, what
 * kind of move (with the attributes that matter for coding it), which earlier move it answered,
 * and what ties it to Kaliningrad or the Baltic. The escalation charts, the coding appendix and the
 * data table are drawn from this list; nothing about an event is written anywhere else.
 *
 * THE RULE OF SELECTION (SELECTION_RULES, below, and the appendix): moves by NATO, its members or
 * the EU, and by Russia (with Belarus), that a cited source ties to Kaliningrad or the Baltic, tested
 * kind by kind with the same tests for both sides; exercises are left out for both. Off the scale:
 * a state joining NATO, forces leaving the region, damage at sea that neither side is shown to have
 * done, a civil step. The tie is written in each record (`link`), with the source that makes it; a
 * unit test checks that every record has one that names Kaliningrad or the Baltic.
 *
 * THE CODING (the deck's own, not a measure from the literature; see `rubric`, `levelFor` and the
 * appendix): a record carries no level. Its level FOLLOWS from its kind and attributes through
 * `levelFor`, so two moves of the same kind and attributes always sit on the same rung.
 */

/** Who made the move. 'neither': neither NATO nor Russia, as far as shown (drawn on the centre line). */
export type Actor = 'west' | 'russia' | 'neither'

export const ACTOR_NAMES: Record<Actor, string> = {
  west: 'NATO and the West',
  russia: 'Russia',
  neither: 'Neither side',
}

/**
 * What kind of move it is. The first seven are coded on the level scale; the last four are
 * marked apart from it (see OFF_SCALE_KINDS and the appendix for why). Exercises are not a kind:
 * the record leaves out both sides' exercises (see SELECTION_RULES).
 */
export type MoveKind =
  | 'statement' | 'step-back' | 'plan' | 'measure' | 'deployment' | 'incursion' | 'use-of-force'
  | 'accession' | 'drawdown' | 'incident' | 'civil'

export const KIND_NAMES: Record<MoveKind, string> = {
  'statement': 'Statement or threat',
  'step-back': 'Step back',
  'plan': 'Plan or decision',
  'measure': 'Economic or legal measure',
  'deployment': 'Deployment',
  'incursion': 'Incursion or jamming',
  'use-of-force': 'Use of force',
  'accession': 'Accession to NATO',
  'drawdown': 'Forces leave the region',
  'incident': 'Damage at sea',
  'civil': 'Civil step',
}

/** What each kind covers, for the appendix. */
export const KIND_MEANINGS: Record<MoveKind, string> = {
  'statement': 'a threat, a warning or an announcement of intent, with nothing yet done',
  'step-back': 'a threat, plan or measure withdrawn',
  'plan': 'a plan or decision announced but not yet carried out (a summit decision, a programme)',
  'measure': 'sanctions, a treaty suspended or left, a transit restriction',
  'deployment': 'forces or weapons placed in the region (temporary, or to stay)',
  'incursion': 'military aircraft or drones in another state’s airspace, or jamming across its border, with no attack on it',
  'use-of-force': 'armed force against another state: war, invasion, annexation',
  'accession': 'a state joins NATO by its own choice',
  'drawdown': 'forces taken out of the region to fight elsewhere',
  'incident': 'damage to pipelines or cables on the Baltic seabed that neither side has been shown to have done',
  'civil': 'a civil step with no forces in it, such as an energy link cut',
}

/** Kinds marked apart from the level scale: they are no one's escalatory step. */
export const OFF_SCALE_KINDS: readonly MoveKind[] = ['accession', 'drawdown', 'incident', 'civil']

export type Level = 1 | 2 | 3 | 4 | 5 | 6

export interface RubricStep {
  level: Level
  name: string
  /** What counts at this level, in words. */
  meaning: string
}

/**
 * The deck's escalation rubric: each level a heavier kind of move than the one below. Use of force
 * is above every peacetime move; within peacetime, words < measures and plans < forces for a while
 * < forces to stay < nuclear-capable forces to stay.
 */
export const rubric: readonly RubricStep[] = [
  { level: 1, name: 'Words', meaning: 'a statement or threat; or a step back' },
  { level: 2, name: 'Plans and measures', meaning: 'a plan or decision not yet carried out; an economic or legal measure' },
  { level: 3, name: 'Forces for a while', meaning: 'a temporary deployment; an incursion or jamming across a border' },
  { level: 4, name: 'Forces to stay', meaning: 'a lasting deployment of conventional forces or weapons' },
  { level: 5, name: 'Nuclear-capable, to stay', meaning: 'a lasting deployment of nuclear-capable weapons' },
  { level: 6, name: 'Use of force', meaning: 'armed force against another state' },
]

/** The escalation-ladder literature the rubric is measured against (see the appendix). */
export const RUBRIC_SOURCE_ID = 'kahn-1965'

/** The rule of selection, in one sentence, for the appendix (the file's header says it in full). */
export const SELECTION_RULE = 'Moves by NATO, its members or the EU, and by Russia (with Belarus), that a cited source ties to Kaliningrad or the Baltic, each record naming the tie and its source. The same tests hold for both sides:'

/** The tests, kind by kind, that decide whether a move is in the record; the same for both sides. */
export const SELECTION_RULES: readonly { what: string, rule: string }[] = [
  { what: 'Statements', rule: 'a government’s threat or warning that names a military step in or against the region (missiles placed, a site targeted); protests and unnamed “measures” are left out.' },
  { what: 'Plans and measures', rule: 'summit and government decisions on forces, commands or border defences in the region; sanctions and transit rules; arms-control treaties suspended or left.' },
  { what: 'Deployments', rule: 'a unit or weapon system placed in the region to stay; for a while, where a source ties it to Kaliningrad or to a move it answers. Weapons brought into Kaliningrad for a drill count as deployments for a while.' },
  { what: 'Incursions', rule: 'military aircraft or drones in another state’s airspace that the state took to NATO; jamming a government attributes.' },
  { what: 'Use of force', rule: 'war or annexation that a source ties to the region’s security.' },
  { what: 'Exercises', rule: 'left out for both sides. Both hold large ones in the region (Zapad-2013, -2017, -2021, -2025; Steadfast Jazz 2013, Anakonda-16), the declared sizes are disputed (Zapad-2025: 13,000 announced, 100,000 by Putin’s count), and no cut-off we could source treats both alike.' },
  { what: 'Off the scale', rule: 'every Baltic state’s accession to NATO; forces leaving the region; damage to Baltic pipelines and cables; civil steps such as a grid cut.' },
]

/**
 * Why a state joining NATO is marked apart from the scale, in plain words, for the appendix (the
 * chart draws the diamonds as large as the other moves, with their labels in full).
 */
export const ACCESSION_NOTE = 'A state joining NATO is that state’s decision, ratified by every member, and it brings no forces by itself: the forces that follow are coded when they arrive (air policing in 2004, the battlegroups in 2017, the German brigade in 2025). Russia names enlargement as a cause of its own moves, and the chart draws those links (the CFE Treaty, 2007 and 2023).'

/** What the record claims to be: as complete as the sources we read, with the same search for both sides. */
export const COMPLETENESS_NOTE = 'The record holds every move we found that passes these tests; where we found a move by one side, we looked for the other side’s moves of the same kind.'

/**
 * How the rubric differs from Kahn's ladder, for the appendix: the deck's argument for its coding,
 * with the ladder as Kahn's book (source RUBRIC_SOURCE_ID) gives it.
 */
export const KAHN_COMPARISON: readonly string[] = [
  'Kahn’s ladder has 44 rungs in seven groups, from “Ostensible Crisis” to all-out nuclear war, for one crisis between nuclear powers; ours has six levels for 26 years of posture and three wars, all below his nuclear rungs (from rung 15, “Barely Nuclear War”).',
  'Kahn ranks steps in a bargaining contest; we rank kinds of move by what they put in place. Plans are coded when made, their forces when they arrive: nothing counts twice.',
  'Kahn has no rung for a third state’s choice: a state joining NATO is marked apart, and the forces it brings are coded when they deploy.',
]

/** The attributes a kind's level depends on. */
export interface Coding {
  kind: MoveKind
  /** Deployments only: placed to stay (true) or for a while (false). */
  lasting?: boolean
  /** Deployments only: the weapons can carry nuclear warheads. */
  nuclearCapable?: boolean
}

/**
 * THE CODING RULES: a move's level from its kind and attributes, or null for a kind marked apart
 * from the scale. Throws, naming the kind, for a deployment without `lasting`.
 */
export function levelFor({ kind, lasting, nuclearCapable, ...rest }: Coding & { id?: string }): Level | null {
  switch (kind) {
    case 'statement':
    case 'step-back':
      return 1
    case 'plan':
    case 'measure':
      return 2
    case 'incursion':
      return 3
    case 'deployment':
      if (lasting === undefined)
        throw new Error(`${rest.id ? `Event "${rest.id}" is a deployment` : 'A deployment'} that does not say whether it is lasting: set \`lasting\` in data/escalation.ts`)
      return !lasting ? 3 : nuclearCapable ? 5 : 4
    case 'use-of-force':
      return 6
    case 'accession':
    case 'drawdown':
    case 'incident':
    case 'civil':
      return null
  }
}

/** The kind and attributes in words: "Deployment, to stay, nuclear-capable". */
export function codingWords(coding: Coding): string {
  const attributes = coding.kind === 'deployment'
    ? [coding.lasting ? 'to stay' : 'for a while', ...(coding.nuclearCapable ? ['nuclear-capable'] : [])]
    : []
  return [KIND_NAMES[coding.kind], ...attributes].join(', ')
}

/** The rule in words, for the appendix: "Deployment, to stay, nuclear-capable → level 5". */
export function codingReason(coding: Coding): string {
  const level = levelFor(coding)
  const what = codingWords(coding)
  return level === null ? `${what} → not on the scale` : `${what} → level ${level}`
}

/** Whether the essay (written in November 2016) could know of the event. */
type Era = 'essay' | 'after'

export interface Response {
  /** The earlier event this one answers. */
  id: string
  /** Who makes the link: the reporting itself, or only the essay's reading of events. */
  basis: 'reported' | 'essay'
  /** The source for the link, where it is not the event's own source. */
  sourceId?: string
}

/** What ties a move to Kaliningrad or the Baltic (the rule of selection), and who says so. */
interface Link {
  /** One sentence; it names Kaliningrad or the Baltic. */
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
  /** Why it sits where it does, beyond its kind and attributes (a judgement the coding needed). */
  codingNote?: string
  /** Where sources disagree about the event (dates, numbers, who did it), said plainly. */
  disagreement?: string
  respondsTo?: Response
  link: Link
  sourceId: string
  /** Further sources for the event itself (a second date, the end of a span). */
  moreSourceIds?: readonly string[]
  era: Era
}

/** An event with its level, as the rules code it (null: marked apart from the scale). */
export type CodedEvent = EscalationEvent & { level: Level | null }

/** Every source an event rests on: its own, its further ones, its link's and its answer's, each once. */
export function eventSourceIds(event: EscalationEvent): string[] {
  return [...new Set([event.sourceId, ...(event.moreSourceIds ?? []), event.link.sourceId, ...(event.respondsTo?.sourceId ? [event.respondsTo.sourceId] : [])])]
}

/**
 * The last month whose events the essay could know: it calls Russia's missile moves of October and
 * 21 November 2016 "last week's". (The essay itself is dated only to late 2016: if its "Zochowski 2016"
 * is the OSW report of December 2016, it was finished in December; see data/sources.ts.)
 */
export const ESSAY_HORIZON = '2016-11'

export const events = [
  // 1999–2012: enlargement, missile defence, Georgia.
  {
    id: 'nato-1999',
    date: '1999-03-12',
    actor: 'west',
    kind: 'accession',
    label: 'Poland, Czechia, Hungary join',
    detail: 'Poland, the Czech Republic and Hungary join NATO; the alliance now borders Kaliningrad.',
    link: { text: 'The essay reads NATO’s enlargement as external balancing and dates the Kaliningrad build-up from it.', sourceId: 'essay' },
    sourceId: 'rferl-1999',
    era: 'essay',
  },
  {
    id: 'nato-2004',
    date: '2004-03-29',
    actor: 'west',
    kind: 'accession',
    label: 'Baltic states join NATO',
    detail: 'Estonia, Latvia and Lithuania join NATO with Bulgaria, Romania, Slovakia and Slovenia.',
    link: { text: 'The essay: “The Russian military buildup in Kaliningrad dates to the 2004 NATO expansion”.', sourceId: 'essay' },
    sourceId: 'tvp-2024',
    era: 'essay',
  },
  {
    id: 'air-policing-2004',
    date: '2004-03-29',
    actor: 'west',
    kind: 'deployment',
    lasting: true,
    label: 'Allied air policing begins',
    detail: 'Allied fighter jets begin guarding the airspace of Estonia, Latvia and Lithuania from Šiauliai, four at a time, in rotation.',
    codingNote: 'Rotating jets, never absent since 2004: a standing presence, coded like the battlegroups.',
    link: { text: 'Allied fighters guard the Baltic states’ airspace from Šiauliai, Lithuania.', sourceId: 'kam-2024' },
    sourceId: 'kam-2024',
    era: 'essay',
  },
  {
    id: 'us-missile-defence-plan',
    date: '2007',
    dateText: '2007–08',
    actor: 'west',
    kind: 'plan',
    label: 'US missile-defence plan',
    detail: 'The United States plans missile interceptors in Poland and a radar in the Czech Republic.',
    codingNote: 'Nothing was built; dropped in 2009.',
    link: { text: 'The essay names “the proposed US-Polish missile defense shield” as a cause of the Kaliningrad build-up.', sourceId: 'essay' },
    sourceId: 'guardian-2008',
    era: 'essay',
  },
  {
    id: 'ivanov-threat-2007',
    date: '2007-07-04',
    actor: 'russia',
    kind: 'statement',
    label: 'Ivanov’s Kaliningrad warning',
    detail: 'First Deputy Prime Minister Sergei Ivanov says Russia will need new missiles in its European part, Kaliningrad included, unless the US takes up its radar offer.',
    codingNote: 'A conditional threat; he named no missile.',
    respondsTo: { id: 'us-missile-defence-plan', basis: 'reported', sourceId: 'bbc-2007' },
    link: { text: 'The missiles he warns of would go to the Kaliningrad region, among others.', sourceId: 'bbc-2007' },
    sourceId: 'bbc-2007',
    era: 'essay',
  },
  {
    id: 'cfe-suspension-2007',
    date: '2007-12-12',
    actor: 'russia',
    kind: 'measure',
    label: 'Russia suspends the CFE Treaty',
    detail: 'Russia stops applying the Treaty on Conventional Armed Forces in Europe from 12 December, under a decree Putin signed in July.',
    respondsTo: { id: 'nato-2004', basis: 'reported', sourceId: 'rmf24-2007' },
    link: { text: 'Moscow objected that the Baltic states, new NATO members, stood outside the treaty’s limits.', sourceId: 'afp-2004-cfe' },
    sourceId: 'ap-2007-cfe',
    moreSourceIds: ['nato-2007-cfe'],
    era: 'essay',
  },
  {
    id: 'georgia-2008',
    date: '2008-08',
    actor: 'russia',
    kind: 'use-of-force',
    label: 'Russia’s war with Georgia',
    detail: 'Russian troops enter Georgia in the war over South Ossetia; the essay cites it as a test of Russia’s army.',
    link: { text: 'The Baltic states condemn it; Lithuania’s minister warns of grave consequences for regional and Euro-Atlantic security.', sourceId: 'baltictimes-2008' },
    sourceId: 'baltictimes-2008',
    era: 'essay',
  },
  {
    id: 'iskander-threat-2008',
    date: '2008-11-05',
    actor: 'russia',
    kind: 'statement',
    label: 'Medvedev threatens Iskanders',
    detail: 'President Medvedev says Russia will deploy Iskander missiles in Kaliningrad against the US plan.',
    respondsTo: { id: 'us-missile-defence-plan', basis: 'reported' },
    link: { text: 'The threat names Kaliningrad as the place for the Iskanders.', sourceId: 'bbc-2008' },
    sourceId: 'bbc-2008',
    era: 'essay',
  },
  {
    id: 'epaa-2009',
    date: '2009-09-17',
    actor: 'west',
    kind: 'plan',
    label: 'US switches to a phased plan',
    detail: 'President Obama drops the plan for interceptors in Poland and a radar in Czechia, and announces a phased approach: interceptors at sea first, then on land in Romania and Poland.',
    codingNote: 'A new plan, not a step back: it led to Deveselu (2016) and Redzikowo (2024).',
    link: { text: 'With the first plan gone, Moscow calls off the Iskanders it had meant for Kaliningrad.', sourceId: 'moscowtimes-2009' },
    sourceId: 'whitehouse-2009',
    moreSourceIds: ['navaltoday-2016'],
    era: 'essay',
  },
  {
    id: 'russia-calls-off-2009',
    date: '2009-09-25',
    actor: 'russia',
    kind: 'step-back',
    label: 'Russia calls the Iskanders off',
    detail: 'Medvedev says that, with the US plan gone, the Iskanders will not be deployed.',
    respondsTo: { id: 'epaa-2009', basis: 'reported', sourceId: 'moscowtimes-2009' },
    link: { text: 'The Iskanders called off are those threatened for Kaliningrad.', sourceId: 'moscowtimes-2009' },
    sourceId: 'moscowtimes-2009',
    moreSourceIds: ['reuters-2009-kaliningrad'],
    era: 'essay',
  },
  {
    id: 'patriot-morag-2010',
    date: '2010-05',
    actor: 'west',
    kind: 'deployment',
    lasting: false,
    label: 'US Patriots rotate to Morąg',
    detail: 'A US Patriot battery, without live missiles, begins training rotations at Morąg, Poland, about 60 km from Kaliningrad: a month each quarter, until 2012.',
    codingNote: 'Training rotations of about a month a quarter: forces for a while.',
    link: { text: 'Morąg lies about 60 km from the Kaliningrad exclave.', sourceId: 'ap-2010-patriot' },
    sourceId: 'ap-2010-patriot',
    moreSourceIds: ['kaiserslautern-2012'],
    era: 'essay',
  },
  {
    id: 'iskander-threat-2011',
    date: '2011-11-23',
    actor: 'russia',
    kind: 'statement',
    label: 'Medvedev repeats the threat',
    detail: 'Medvedev names Iskanders in Kaliningrad as one answer to US missile defence in Europe.',
    respondsTo: { id: 'epaa-2009', basis: 'reported', sourceId: 'cnn-2011' },
    link: { text: 'The answer he names is Iskanders in Kaliningrad.', sourceId: 'afp-2011' },
    sourceId: 'afp-2011',
    moreSourceIds: ['cnn-2011'],
    era: 'essay',
  },
  {
    id: 's400-2012',
    date: '2012-04',
    actor: 'russia',
    kind: 'deployment',
    lasting: true,
    label: 'S-400s arrive in Kaliningrad',
    detail: 'S-400 surface-to-air missiles are reported arriving in Kaliningrad (Izvestia, citing unnamed officials).',
    codingNote: 'Air defence, placed to stay.',
    disagreement: 'Rzeczpospolita reported in 2011 that the first S-400 transports had already arrived; the Moscow Times (April 2012) reports the arrival then. The Defence Ministry did not comment.',
    link: { text: 'S-400s deployed in Kaliningrad, the Baltic exclave.', sourceId: 'moscowtimes-2012' },
    sourceId: 'moscowtimes-2012',
    moreSourceIds: ['rp-2011'],
    era: 'essay',
  },

  // 2013–Nov 2016: Crimea and after.
  {
    id: 'iskanders-reported-2013',
    date: '2013-12',
    actor: 'russia',
    kind: 'deployment',
    lasting: false,
    nuclearCapable: true,
    label: 'Iskanders reported in Kaliningrad',
    detail: 'Iskanders are reported in Kaliningrad; Lithuania and Poland protest.',
    codingNote: 'Reported, not confirmed: coded as temporary.',
    disagreement: 'AP reports the deployment; Putin said on 19 December that no decision to deploy had been taken (Reuters).',
    link: { text: 'Iskanders reported in Kaliningrad.', sourceId: 'ap-2013' },
    sourceId: 'ap-2013',
    moreSourceIds: ['reuters-2013'],
    era: 'essay',
  },
  {
    id: 'crimea-2014',
    date: '2014-03',
    actor: 'russia',
    kind: 'use-of-force',
    label: 'Russia annexes Crimea',
    detail: 'Russia annexes Ukraine’s Crimean peninsula after a referendum the US and EU call illegitimate.',
    link: { text: 'The essay fears “another Crimean type operation” with Kaliningrad as the excuse.', sourceId: 'essay' },
    sourceId: 'latimes-2014',
    era: 'essay',
  },
  {
    id: 'sanctions-2014',
    date: '2014-07-29',
    actor: 'west',
    kind: 'measure',
    label: 'EU sectoral sanctions',
    detail: 'The EU bars Russian state banks from its capital markets and bans arms sales and oil technology exports to Russia.',
    respondsTo: { id: 'crimea-2014', basis: 'reported', sourceId: 'ceps-2015' },
    link: { text: 'The essay blames “sanctions against Russia” for Kaliningrad’s failing economy.', sourceId: 'essay' },
    sourceId: 'hartenergy-2014',
    era: 'essay',
  },
  {
    id: 'wales-2014',
    date: '2014-09-05',
    actor: 'west',
    kind: 'plan',
    label: 'Wales: Readiness Action Plan',
    detail: 'NATO agrees a continuous rotational presence in its eastern part and a spearhead force able to deploy within days.',
    codingNote: 'A decision; its forces are not coded separately.',
    respondsTo: { id: 'crimea-2014', basis: 'reported' },
    link: { text: 'Lithuania’s president says NATO is now ready to defend the Baltic region within hours.', sourceId: 'lithuaniatribune-2014' },
    sourceId: 'nato-2014',
    era: 'essay',
  },
  {
    id: 'snap-drills-2014',
    date: '2014-12',
    actor: 'russia',
    kind: 'deployment',
    lasting: false,
    nuclearCapable: true,
    label: 'Iskanders on snap drills',
    detail: 'Iskander-M units come to Kaliningrad for snap drills and then return to their base in Russia.',
    codingNote: 'Nuclear-capable missiles brought into the exclave for a drill: a deployment for a while, as in 2013 and 2016.',
    link: { text: 'The drills bring Iskanders to Kaliningrad.', sourceId: 'tass-2014' },
    sourceId: 'tass-2014',
    era: 'essay',
  },
  {
    id: 'brigade-2015',
    date: '2015-05',
    actor: 'russia',
    kind: 'plan',
    label: 'Iskander-M for the 152nd brigade',
    detail: 'Russia announces that its missile brigade in Kaliningrad will have Iskander-M by 2018.',
    codingNote: 'Announced for 2018; coded again when done.',
    respondsTo: { id: 'nato-2004', basis: 'essay', sourceId: 'essay' },
    link: { text: 'The brigade is based in Kaliningrad.', sourceId: 'tass-2015' },
    sourceId: 'tass-2015',
    era: 'essay',
  },
  {
    id: 'aegis-2016',
    date: '2016-05-12',
    actor: 'west',
    kind: 'deployment',
    lasting: true,
    label: 'Aegis Ashore: Romania, Poland',
    detail: 'The US missile-defence site at Deveselu, Romania, is declared operational on 12 May; building starts at Redzikowo, Poland, on 13 May: phases of the 2009 plan.',
    codingNote: 'Interceptors placed to stay; Redzikowo’s start is the same step.',
    link: { text: 'Moscow names S-400s and Iskanders in Kaliningrad as its answer to the US shield.', sourceId: 'newscityhub-2016' },
    sourceId: 'stripes-2016-aegis',
    moreSourceIds: ['mda-2016', 'navaltoday-2016'],
    era: 'essay',
  },
  {
    id: 'warsaw-summit-2016',
    date: '2016-07-08',
    actor: 'west',
    kind: 'plan',
    label: 'Warsaw: four battlegroups agreed',
    detail: 'NATO agrees to station four multinational battlegroups in the Baltic states and Poland from 2017.',
    codingNote: 'A decision; the battlegroups are coded on arrival (2017).',
    respondsTo: { id: 'crimea-2014', basis: 'reported', sourceId: 'ap-2016-warsaw' },
    link: { text: 'The battlegroups are for the Baltic states and Poland.', sourceId: 'nato-2016' },
    sourceId: 'defensenews-2016',
    era: 'essay',
  },
  {
    id: 'iskanders-2016',
    date: '2016-10',
    actor: 'russia',
    kind: 'deployment',
    lasting: false,
    nuclearCapable: true,
    label: 'Iskanders moved in again',
    detail: 'Russia moves Iskander-M missiles into Kaliningrad and calls it routine drills.',
    codingNote: 'Called drills: coded as temporary.',
    disagreement: 'A Russian senator tied the Kaliningrad missiles to the US shield (RIA, via a repost); a European record of the November reports says no explicit link was made by the authorities.',
    respondsTo: { id: 'aegis-2016', basis: 'reported', sourceId: 'newscityhub-2016' },
    link: { text: 'Iskanders moved into Kaliningrad.', sourceId: 'rferl-2016' },
    sourceId: 'rferl-2016',
    moreSourceIds: ['europeansources-2016'],
    era: 'essay',
  },
  {
    id: 'bastion-2016',
    date: '2016-11-21',
    actor: 'russia',
    kind: 'deployment',
    lasting: true,
    label: 'Bastion-P coastal missiles',
    detail: 'Bastion-P anti-ship missiles are reported deployed to Kaliningrad; NATO criticises the move.',
    codingNote: 'Reported as a deployment, not a drill.',
    respondsTo: { id: 'warsaw-summit-2016', basis: 'essay', sourceId: 'essay' },
    link: { text: 'Bastion-P deployed to Kaliningrad.', sourceId: 'ap-2016' },
    sourceId: 'ap-2016',
    era: 'essay',
  },

  // 2017–2021.
  {
    id: 'us-brigade-2017',
    date: '2017-01-12',
    actor: 'west',
    kind: 'deployment',
    lasting: true,
    label: 'US armoured brigade in Poland',
    detail: 'A US armoured brigade of about 3,500 troops arrives in Poland, the first of nine-month rotations without a break; its units fan out to the Baltic states.',
    codingNote: 'Rotating brigades, never absent since: a standing presence, coded like the battlegroups.',
    respondsTo: { id: 'crimea-2014', basis: 'reported', sourceId: 'usatoday-2017' },
    link: { text: 'The brigade’s units fan out from Poland to the Baltic states.', sourceId: 'usatoday-2017' },
    sourceId: 'stripes-2017',
    moreSourceIds: ['usatoday-2017'],
    era: 'after',
  },
  {
    id: 'efp-2017',
    date: '2017-02-07',
    actor: 'west',
    kind: 'deployment',
    lasting: true,
    label: 'NATO battlegroups arrive',
    detail: 'The first of NATO’s four forward battlegroups, led by Germany, is welcomed at Rukla, Lithuania.',
    codingNote: 'Rotating units, but a standing presence.',
    link: { text: 'The battlegroups agreed at Warsaw for the Baltic states and Poland.', sourceId: 'nato-2016' },
    sourceId: 'germany-nato-2017',
    era: 'after',
  },
  {
    id: 'ssc8-2017',
    date: '2017-02-14',
    actor: 'russia',
    kind: 'deployment',
    lasting: true,
    nuclearCapable: true,
    label: '9M729 cruise missile fielded',
    detail: 'US officials say Russia has fielded a ground-launched cruise missile, later named the 9M729, that breaks the INF Treaty; Russia denies the breach.',
    codingNote: 'Fielded to stay, and able to carry nuclear warheads, as the US reports it.',
    disagreement: 'Russia denies that the missile’s range breaks the treaty.',
    link: { text: 'Lithuania’s foreign minister says such missiles may be in Kaliningrad, in reach of Berlin.', sourceId: 'newsweek-2018' },
    sourceId: 'ap-2017-ssc8',
    moreSourceIds: ['pgs-2017'],
    era: 'after',
  },
  {
    id: 'iskanders-permanent-2018',
    date: '2018-02',
    actor: 'russia',
    kind: 'deployment',
    lasting: true,
    nuclearCapable: true,
    label: 'Iskanders based for good',
    detail: 'Iskander-M missiles are stationed permanently in Kaliningrad with the 152nd brigade.',
    respondsTo: { id: 'us-brigade-2017', basis: 'reported', sourceId: 'reuters-2018-iskander' },
    link: { text: 'Iskanders stationed permanently in Kaliningrad.', sourceId: 'lsm-2018' },
    sourceId: 'lsm-2018',
    moreSourceIds: ['reuters-2018-iskander'],
    era: 'after',
  },
  {
    id: 'inf-end-2019',
    date: '2019-08-02',
    actor: 'west',
    kind: 'measure',
    label: 'US leaves the INF Treaty',
    detail: 'The United States withdraws from the INF Treaty, saying Russia’s 9M729 missile breaks it; Russia denies it.',
    respondsTo: { id: 'ssc8-2017', basis: 'reported', sourceId: 'csis-2019-inf' },
    link: { text: 'Lithuania’s foreign minister says Russia’s treaty-breaking missiles may be in Kaliningrad, in reach of Berlin.', sourceId: 'newsweek-2018' },
    sourceId: 'csis-2019-inf',
    era: 'after',
  },

  {
    id: 'kaliningrad-division-2020',
    date: '2020-12-07',
    actor: 'russia',
    kind: 'deployment',
    lasting: true,
    label: 'New division in Kaliningrad',
    detail: 'The Baltic Fleet’s commander announces a full motor-rifle division formed in Kaliningrad, joining the fleet’s army corps.',
    codingNote: 'A division formed to stay; its date is the announcement’s.',
    respondsTo: { id: 'efp-2017', basis: 'reported', sourceId: 'reuters-2020-division' },
    link: { text: 'The division is formed in Kaliningrad, citing NATO units at the exclave’s borders.', sourceId: 'reuters-2020-division' },
    sourceId: 'reuters-2020-division',
    moreSourceIds: ['moscowtimes-2020-division'],
    era: 'after',
  },

  // 2022–2025: the full-scale war and after.
  {
    id: 'invasion-2022',
    date: '2022-02-24',
    actor: 'russia',
    kind: 'use-of-force',
    label: 'Russia invades Ukraine',
    detail: 'Russia launches its full-scale invasion of Ukraine, partly from Belarus.',
    link: { text: 'The EU sanctions imposed over the invasion cut Kaliningrad off from some rail freight.', sourceId: 'rumain-2022' },
    sourceId: 'upi-2022',
    era: 'after',
  },
  {
    id: 'corps-to-ukraine-2022',
    date: '2022-05',
    actor: 'russia',
    kind: 'drawdown',
    label: 'Kaliningrad’s corps sent to war',
    detail: 'Russia sends the 11th Army Corps from Kaliningrad to fight in Ukraine, where it suffers heavy losses near Kharkiv.',
    codingNote: 'Forces leave to fight elsewhere: neither a step up nor back.',
    disagreement: 'Onet dates the decision to late March or early April; n-tv, after Forbes, has the corps moved in May via Belgorod.',
    link: { text: 'The corps was formed to defend Kaliningrad.', sourceId: 'ntv-2022' },
    sourceId: 'ntv-2022',
    moreSourceIds: ['onet-2022'],
    era: 'after',
  },
  {
    id: 'transit-2022',
    date: '2022-06-18',
    dateText: '18 Jun – 22 Jul 2022',
    actor: 'west',
    kind: 'measure',
    label: 'Rail transit of listed goods held',
    detail: 'Lithuania applies EU sanctions to rail transit of listed goods between Russia and Kaliningrad; after Commission guidance, it resumes on 22 July.',
    codingNote: 'EU sanctions on listed goods by rail, about five weeks: not a blockade.',
    disagreement: 'The start is given as the night of 17–18 June (Reuters) or midnight on Saturday 18 June (LRT).',
    respondsTo: { id: 'invasion-2022', basis: 'reported', sourceId: 'rumain-2022' },
    link: { text: 'The restriction applies to freight between mainland Russia and Kaliningrad.', sourceId: 'lrt-2022' },
    sourceId: 'lrt-2022',
    moreSourceIds: ['euractiv-2022', 'ec-2022-transit'],
    era: 'after',
  },
  {
    id: 'madrid-2022',
    date: '2022-06-29',
    actor: 'west',
    kind: 'plan',
    label: 'Madrid: brigades for the east',
    detail: 'NATO’s new Strategic Concept calls Russia “the most significant and direct threat”; the summit plans brigade-size forces on the eastern flank where required and invites Finland and Sweden.',
    codingNote: 'Brigades “where and when required”.',
    respondsTo: { id: 'invasion-2022', basis: 'reported' },
    link: { text: 'After the invasion NATO strengthens its eastern flank; Germany is to lead a brigade for Lithuania, next to Kaliningrad.', sourceId: 'merkur-2022' },
    sourceId: 'nato-2022-madrid',
    moreSourceIds: ['asianewsday-2022', 'eurointegration-2022'],
    era: 'after',
  },
  {
    id: 'kinzhal-2022',
    date: '2022-08-18',
    actor: 'russia',
    kind: 'deployment',
    lasting: true,
    nuclearCapable: true,
    label: 'Kinzhal jets to Kaliningrad',
    detail: 'Russia moves three MiG-31s with Kinzhal hypersonic missiles to Chkalovsk, Kaliningrad, for round-the-clock combat duty.',
    codingNote: '“Round-the-clock combat duty”: placed to stay; the Kinzhal can carry a nuclear warhead.',
    link: { text: 'The jets are based at Chkalovsk, in Kaliningrad.', sourceId: 'aljazeera-2022-kinzhal' },
    sourceId: 'aljazeera-2022-kinzhal',
    moreSourceIds: ['rsi-2018'],
    era: 'after',
  },
  {
    id: 'nord-stream-2022',
    date: '2022-09-26',
    actor: 'neither',
    kind: 'incident',
    label: 'Nord Stream pipelines blown up',
    detail: 'Explosions near Bornholm wreck three of the four Nord Stream gas pipelines; Denmark finds deliberate sabotage.',
    codingNote: 'Neither NATO nor Russia has been shown to have done it.',
    disagreement: 'German prosecutors blame a group of Ukrainians, one arrested in Italy in August 2025, without alleging the Ukrainian state’s part; Ukraine denies it; Russia blames the United States.',
    link: { text: 'The pipelines run along the Baltic seabed, near Bornholm.', sourceId: 'ap-2024-nordstream' },
    sourceId: 'ap-2024-nordstream',
    moreSourceIds: ['thenational-2025', 'kyivindependent-2025', 'tass-2025-nordstream'],
    era: 'after',
  },
  {
    id: 'finland-2023',
    date: '2023-04-04',
    actor: 'west',
    kind: 'accession',
    label: 'Finland joins NATO',
    detail: 'Finland becomes a member of NATO, doubling the alliance’s land border with Russia.',
    respondsTo: { id: 'invasion-2022', basis: 'reported' },
    link: { text: 'With Finland and then Sweden in NATO, every Baltic Sea state but Russia is a member.', sourceId: 'shafaq-2024' },
    sourceId: 'ap-2023',
    era: 'after',
  },
  {
    id: 'belarus-warheads-2023',
    date: '2023-06-16',
    actor: 'russia',
    kind: 'deployment',
    lasting: true,
    nuclearCapable: true,
    label: 'Nuclear warheads in Belarus',
    detail: 'Putin says the first Russian nuclear warheads have been delivered to Belarus.',
    link: { text: 'Lithuania asks NATO to strengthen the Baltic states’ defence in answer.', sourceId: 'mind-2023' },
    sourceId: 'tass-2023',
    era: 'after',
  },
  {
    id: 'balticconnector-2023',
    date: '2023-10-08',
    actor: 'neither',
    kind: 'incident',
    label: 'Balticconnector damaged',
    detail: 'A dragged anchor damages the Finland–Estonia gas pipeline; Finnish police trace it to the Hong Kong-flagged Newnew Polar Bear.',
    codingNote: 'Neither NATO nor Russia: China says its ship did it, by accident.',
    disagreement: 'China said in August 2024 that the ship caused the damage by accident, in a storm; Finland’s police had left intent open.',
    link: { text: 'The pipeline crosses the Gulf of Finland, in the Baltic.', sourceId: 'offshore-2023' },
    sourceId: 'offshore-2023',
    moreSourceIds: ['splash-2024', 'kyivindependent-2023'],
    era: 'after',
  },
  {
    id: 'cfe-withdrawal-2023',
    date: '2023-11-07',
    actor: 'russia',
    kind: 'measure',
    label: 'Russia leaves the CFE Treaty',
    detail: 'Russia completes its withdrawal from the CFE Treaty; NATO allies suspend it in turn.',
    respondsTo: { id: 'finland-2023', basis: 'reported', sourceId: 'mfa-2023-cfe' },
    link: { text: 'Moscow cites Finland’s accession to NATO, on the Baltic, among its reasons.', sourceId: 'mfa-2023-cfe' },
    sourceId: 'straitstimes-2023',
    era: 'after',
  },
  {
    id: 'military-districts-2024',
    date: '2024-02-26',
    actor: 'russia',
    kind: 'plan',
    label: 'Leningrad military district back',
    detail: 'Putin re-creates the Moscow and Leningrad military districts; the Leningrad district, Kaliningrad included, faces NATO’s north-eastern border.',
    codingNote: 'A decision on commands; forces it brings are coded when they arrive.',
    respondsTo: { id: 'finland-2023', basis: 'reported', sourceId: 'essanews-2024' },
    link: { text: 'The new Leningrad district takes in the Kaliningrad region.', sourceId: 'essanews-2024' },
    sourceId: 'essanews-2024',
    moreSourceIds: ['priyom-2024'],
    era: 'after',
  },
  {
    id: 'sweden-2024',
    date: '2024-03-07',
    actor: 'west',
    kind: 'accession',
    label: 'Sweden joins NATO',
    detail: 'Sweden becomes NATO’s 32nd member.',
    respondsTo: { id: 'invasion-2022', basis: 'reported', sourceId: 'shafaq-2024' },
    link: { text: 'Every Baltic Sea state but Russia is now in NATO.', sourceId: 'shafaq-2024' },
    sourceId: 'ap-2024',
    era: 'after',
  },
  {
    id: 'gnss-jamming-2024',
    date: '2024-04-29',
    actor: 'russia',
    kind: 'incursion',
    label: 'GPS jamming blamed on Russia',
    detail: 'Estonia’s foreign minister calls the GPS jamming over the Baltic a deliberate Russian hybrid attack; Finnair halts flights to Tartu. Lithuania later traces it to over ten sites in Kaliningrad.',
    codingNote: 'Attributed by governments, not admitted; jamming across borders is coded with incursions.',
    disagreement: 'Finland’s transport agency calls it most likely a side effect of Russia’s defences against drones; at the ITU, Russia’s representatives called it protection of national infrastructure.',
    link: { text: 'Lithuania traces the interference to over ten sites in Kaliningrad.', sourceId: 'newsaz-2025-gps' },
    sourceId: 'err-2024-gps',
    moreSourceIds: ['politico-2024-traficom', 'portalobronny-2025'],
    era: 'after',
  },
  {
    id: 'east-shield-2024',
    date: '2024-05',
    actor: 'west',
    kind: 'plan',
    label: 'Poland’s East Shield',
    detail: 'Poland announces the East Shield, fortifications along its borders with Kaliningrad and Belarus; the Baltic states plan a defence line of their own.',
    codingNote: 'A plan for border defences; built from late 2024.',
    link: { text: 'The East Shield strengthens Poland’s border with the Kaliningrad exclave.', sourceId: 'ap-2024-shield' },
    sourceId: 'ap-2024-shield',
    moreSourceIds: ['reuters-2024-shield'],
    era: 'after',
  },
  {
    id: 'long-range-fires-2024',
    date: '2024-07-10',
    actor: 'west',
    kind: 'plan',
    label: 'US strike missiles for Germany',
    detail: 'The US and Germany announce episodic deployments in Germany from 2026 of US long-range fires: SM-6, Tomahawk and hypersonic weapons.',
    codingNote: 'A plan; coded again if and when the missiles arrive.',
    respondsTo: { id: 'iskanders-permanent-2018', basis: 'reported', sourceId: 'tagesschau-2024' },
    link: { text: 'Germany’s defence minister points to Russia’s missiles in Kaliningrad, within reach of Germany.', sourceId: 'tagesschau-2024' },
    sourceId: 'esd-2024',
    era: 'after',
  },
  {
    id: 'mirror-threat-2024',
    date: '2024-07-28',
    actor: 'russia',
    kind: 'statement',
    label: 'Putin: mirror deployments',
    detail: 'Putin says that if the US deploys the missiles, Russia will drop its moratorium on intermediate-range missiles and deploy its own in mirror fashion.',
    respondsTo: { id: 'long-range-fires-2024', basis: 'reported', sourceId: 'uawire-2024' },
    link: { text: 'An answer to US missiles that Germany justifies by Russia’s missiles in Kaliningrad.', sourceId: 'tagesschau-2024' },
    sourceId: 'uawire-2024',
    era: 'after',
  },
  {
    id: 'redzikowo-2024',
    date: '2024-11-13',
    actor: 'west',
    kind: 'deployment',
    lasting: true,
    label: 'Redzikowo base opens',
    detail: 'The US Aegis Ashore base at Redzikowo, Poland, opens under NATO command: interceptors against ballistic missiles.',
    codingNote: 'Interceptors placed to stay; the phase the 2009 plan set.',
    disagreement: 'NATO had declared the site operational at its Washington summit on 10 July 2024; the opening ceremony was on 13 November.',
    link: { text: 'Redzikowo lies on Poland’s Baltic coast; Russia’s answer named the base as a target.', sourceId: 'politico-2024-zakharova' },
    sourceId: 'famagusta-2024',
    moreSourceIds: ['mdaa-2024'],
    era: 'after',
  },
  {
    id: 'cables-2024',
    date: '2024-11-17',
    dateText: 'Nov–Dec 2024',
    actor: 'neither',
    kind: 'incident',
    label: 'Baltic cables cut by anchors',
    detail: 'Anchors cut Baltic cables: the Chinese bulk carrier Yi Peng 3 is suspected in November; in December the tanker Eagle S, out of Russia’s Ust-Luga, cuts Estlink 2.',
    codingNote: 'Neither NATO nor Russia has been shown to have done it.',
    disagreement: 'Finland charged three Eagle S officers; a Helsinki court dismissed the case in October 2025 (not final); no finding on the November cuts has been published; Russia denies involvement.',
    link: { text: 'The cables run across the Baltic seabed.', sourceId: 'menafn-2024-cables' },
    sourceId: 'menafn-2024-cables',
    moreSourceIds: ['lloydslist-2024', 'maltatoday-2025', 'mtv-2025'],
    era: 'after',
  },
  {
    id: 'redzikowo-threat-2024',
    date: '2024-11-21',
    actor: 'russia',
    kind: 'statement',
    label: 'Moscow: Redzikowo a target',
    detail: 'Russia’s Foreign Ministry says the Redzikowo base has long been among the priority targets for potential neutralisation.',
    respondsTo: { id: 'redzikowo-2024', basis: 'reported', sourceId: 'politico-2024-zakharova' },
    link: { text: 'The base named is at Redzikowo, on Poland’s Baltic coast.', sourceId: 'politico-2024-zakharova' },
    sourceId: 'politico-2024-zakharova',
    era: 'after',
  },
  {
    id: 'baltic-sentry-2025',
    date: '2025-01-14',
    actor: 'west',
    kind: 'deployment',
    lasting: false,
    label: 'NATO’s Baltic Sentry',
    detail: 'NATO sends frigates, patrol aircraft and naval drones to guard Baltic Sea cables and pipelines.',
    codingNote: 'A patrol mission, not a garrison.',
    respondsTo: { id: 'cables-2024', basis: 'reported', sourceId: 'novaya-2025' },
    link: { text: 'The mission guards the Baltic Sea’s undersea infrastructure.', sourceId: 'novaya-2025' },
    sourceId: 'novaya-2025',
    era: 'after',
  },
  {
    id: 'brell-exit-2025',
    date: '2025-02-08',
    actor: 'west',
    kind: 'civil',
    label: 'Baltic grids leave Russia’s',
    detail: 'Estonia, Latvia and Lithuania leave the Soviet-era BRELL grid; Kaliningrad runs its power system alone.',
    codingNote: 'A civil step, not a military one.',
    link: { text: 'Kaliningrad now runs its power system alone.', sourceId: 'reuters-2025' },
    sourceId: 'reuters-2025',
    era: 'after',
  },
  {
    id: 'german-brigade-2025',
    date: '2025-04-01',
    actor: 'west',
    kind: 'deployment',
    lasting: true,
    label: 'German brigade for Lithuania',
    detail: 'Germany commissions Panzerbrigade 45 in Lithuania, its first brigade stationed abroad for good, to reach about 5,000 troops by 2027.',
    codingNote: 'Placed to stay; coded when commissioned.',
    link: { text: 'Lithuania borders Russia’s Kaliningrad exclave.', sourceId: 'ap-2025-brigade' },
    sourceId: 'piz-2025',
    moreSourceIds: ['ap-2025-brigade'],
    era: 'after',
  },
  {
    id: 'moratorium-end-2025',
    date: '2025-08-04',
    actor: 'russia',
    kind: 'measure',
    label: 'Russia ends missile moratorium',
    detail: 'Russia says it is no longer bound by its moratorium on deploying intermediate-range missiles.',
    respondsTo: { id: 'long-range-fires-2024', basis: 'reported', sourceId: 'ap-2025-moratorium' },
    link: { text: 'It answers US missiles for Germany, which Germany justifies by Russia’s missiles in Kaliningrad.', sourceId: 'tagesschau-2024' },
    sourceId: 'ap-2025-moratorium',
    era: 'after',
  },
  {
    id: 'drones-poland-2025',
    date: '2025-09-10',
    actor: 'russia',
    kind: 'incursion',
    label: 'Russian drones over Poland',
    detail: 'Nineteen Russian drones cross into Poland in one night of strikes on Ukraine; Polish and Dutch jets shoot some down, and Poland calls for NATO consultations.',
    disagreement: 'Russia’s Defence Ministry says no targets in Poland were planned and its drones could not fly that far; Poland calls the incursion deliberate.',
    link: { text: 'Poland borders Kaliningrad; NATO answers along its eastern flank.', sourceId: 'nato-2025-eastern-sentry' },
    sourceId: 'avioblog-2025',
    moreSourceIds: ['pravda-2025-drones'],
    era: 'after',
  },
  {
    id: 'eastern-sentry-2025',
    date: '2025-09-12',
    actor: 'west',
    kind: 'deployment',
    lasting: false,
    label: 'NATO’s Eastern Sentry',
    detail: 'NATO launches Eastern Sentry: allied jets and a frigate reinforce the air defence of its eastern flank.',
    codingNote: 'A reinforcement for a while, not a garrison.',
    respondsTo: { id: 'drones-poland-2025', basis: 'reported', sourceId: 'nato-2025-eastern-sentry' },
    link: { text: 'Launched after the drones over Poland, which borders Kaliningrad.', sourceId: 'nato-2025-eastern-sentry' },
    sourceId: 'nato-2025-eastern-sentry',
    era: 'after',
  },
  {
    id: 'mig31-estonia-2025',
    date: '2025-09-19',
    actor: 'russia',
    kind: 'incursion',
    label: 'MiG-31s in Estonian airspace',
    detail: 'Three armed Russian MiG-31s fly into Estonian airspace near Vaindloo for about 12 minutes; Estonia calls for NATO consultations.',
    disagreement: 'Russia says the flight, from Karelia to Kaliningrad, stayed over neutral waters.',
    link: { text: 'The jets were flying from Karelia to Kaliningrad.', sourceId: 'saudigazette-2025' },
    sourceId: 'estonia-2025',
    moreSourceIds: ['nato-2025-nac'],
    era: 'after',
  },
  {
    id: 'lithuania-incursion-2025',
    date: '2025-10-23',
    actor: 'russia',
    kind: 'incursion',
    label: 'Su-30 and Il-78 over Lithuania',
    detail: 'A Russian Su-30 and an Il-78 tanker cross about 700 m into Lithuanian airspace for some 18 seconds; Lithuania summons Russia’s envoy and informs NATO.',
    disagreement: 'Russia’s Defence Ministry says its aircraft stayed inside Kaliningrad’s borders.',
    link: { text: 'The aircraft crossed from Kaliningrad, most likely on a refuelling exercise over the oblast.', sourceId: 'kyivindependent-2025-lithuania' },
    sourceId: 'kyivindependent-2025-lithuania',
    moreSourceIds: ['devdiscourse-2025', 'novinite-2025'],
    era: 'after',
  },
] as const satisfies readonly EscalationEvent[]

/** Every event with its level, coded by the rules (levelFor). */
export const codedEvents: readonly CodedEvent[] = (events as readonly EscalationEvent[]).map(e => ({ ...e, level: levelFor(e) }))
