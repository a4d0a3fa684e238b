/**
 * THE CODEBOOK of the escalation record: the written rules that decide whether a move is in the
 * record and how it is coded, clause by clause, each worded with no side, so that anyone can check
 * a decision by pointing at a clause. Every record in data/escalation.ts and every candidate in
 * data/search-log.ts names the clause that put it in or kept it out; a unit test holds them to it.
 *
 * Modelled on the codebooks of event datasets that scholars audit (the Correlates of War MID
 * codebook, ACLED's methodology): a written test for each kind, a documented search, a decision
 * for every candidate, and a second coder's agreement reported (README).
 *
 * A clause's examples name a record (or, for a rule that keeps moves out, a logged candidate) from
 * each side where one exists; where none does, the clause says why.
 */

/** The groups of clauses, in the order the appendix shows them. */
export type ClauseGroup = 'scope' | 'kind' | 'coding' | 'out'

export const GROUP_NAMES: Record<ClauseGroup, string> = {
  scope: 'What the record covers',
  kind: 'The kinds of move, and their tests',
  coding: 'How a move is coded',
  out: 'What the record does not code',
}

/** An example of a clause at work: a record or a logged candidate, by its id. */
interface ClauseExample {
  /** A record id (data/escalation.ts) or a candidate id (data/search-log.ts). */
  id: string
}

export interface Clause {
  /** Stable id, cited by records and the search log. */
  id: string
  group: ClauseGroup
  /** A short name for the appendix. */
  name: string
  /** The test, worded with no side and no place that only one side has. */
  test: string
  /** An example from each side; where a side has none, `none` says why. */
  examples: {
    west?: ClauseExample
    russia?: ClauseExample
    /** A move by neither side, where the clause is about such moves. */
    neither?: ClauseExample
    /** Why a side has no example (e.g. "no such move found"). */
    none?: string
  }
}

export const clauses = [
  // What the record covers.
  {
    id: 'period',
    group: 'scope',
    name: 'Period',
    test: 'Moves from 27 May 1997 (the NATO–Russia Founding Act) to 31 December 2025. Earlier moves are context, told on the slides, not coded.',
    examples: { west: { id: 'founding-act-1997' }, russia: { id: 'founding-act-russia-1997' } },
  },
  {
    id: 'sides',
    group: 'scope',
    name: 'Sides',
    test: 'One side is NATO and the EU with their member states, and every state of the region from the start of the period (the Baltic states and Poland count from 1997, before they joined); the other is Russia and Belarus, its ally in the Union State. A move by a third state, or by no one shown, is “neither side”.',
    examples: { west: { id: 'gotland-2018' }, russia: { id: 'belarus-warheads-2023' } },
  },
  {
    id: 'region',
    group: 'scope',
    name: 'The region',
    test: '“The Baltic” here means Kaliningrad Oblast; Poland, Lithuania, Latvia and Estonia; and the Baltic Sea: its waters, seabed and islands (Bornholm, Gotland, Åland and the rest), and the air above them. Belarus, mainland Russia, Finland, Sweden, Denmark and Germany outside those islands and waters are not the region: a move there is in only by the next clause.',
    examples: { west: { id: 'himars-bornholm-2022' }, russia: { id: 'bastion-2016' } },
  },
  {
    id: 'tie',
    group: 'scope',
    name: 'A move’s tie to the region',
    test: 'A move is in if a cited source places it in the region; or states that its place, target or object is in the region, or that its maker gave something in the region as its reason; or if the maker of a move in the region named it as a reason (so that the record holds what the region’s moves answer). A source that names only “Europe” does not tie a move to the region, nor does a move outside the region replacing one that left it. The essay is a source for its own reading (an arrow drawn dashed), never for a tie; our own gloss is never a tie. A tie that one source states and another contests is kept, and marked disputed.',
    examples: { west: { id: 'long-range-fires-2024' }, russia: { id: 'belarus-warheads-2023' } },
  },
  {
    id: 'voices',
    group: 'scope',
    name: 'Whose words count for a side',
    test: 'Heads of state and government; ministers and their ministries (ambassadors and envoys speaking for them); senior officials of the executive (a security council’s secretary or deputy chair, a head of state’s aides); official spokespeople; NATO’s and the EU’s councils, summits and secretaries-general; serving commanders speaking in office. Unnamed officials speak for no one: what they say is a report, which needs a second source (see “Not shown to have happened”). Legislators, party leaders, retired officers, analysts and journalists, state media commentators included, do not speak for a side: their words may be quoted as a reading, marked as theirs, never coded as a move or a reason.',
    examples: { west: { id: 'duda-nuclear-sharing-2022' }, russia: { id: 'iskander-threat-2008' } },
  },

  // The kinds of move.
  {
    id: 'statement',
    group: 'kind',
    name: 'Statement or threat',
    test: 'An official (by the clause on voices) says that their side will or may take a named military step in or against the region: a weapon system placed, forces sent, a site targeted, nuclear weapons hosted. Conditional threats count. A protest, a condemnation, a warning of unnamed “measures” or “consequences”, and an assessment of the other side’s intent do not.',
    examples: { west: { id: 'duda-nuclear-sharing-2022' }, russia: { id: 'iskander-threat-2008' } },
  },
  {
    id: 'step-back',
    group: 'kind',
    name: 'Step back or restraint',
    test: 'An official withdrawal of the side’s own earlier threat, plan or measure; or a pledge or offer to limit or verify the side’s own forces in the region (a moratorium, a pledge not to station forces, an offer of inspections), alone or in return for like limits on the other side. It lowers tension, so it is marked apart from the escalation scale.',
    examples: { west: { id: 'founding-act-1997' }, russia: { id: 'russia-calls-off-2009' } },
  },
  {
    id: 'plan',
    group: 'kind',
    name: 'Plan or decision',
    test: 'A decision announced by a government, NATO or the EU to place, build or organise forces or border defences in the region (or tied to it), not yet carried out; coded when announced, and the forces it brings coded again when they arrive; equipment stored for forces that come later (pre-positioning) is coded with the decision, not again when it is stored. A headquarters or command with no forces of its own (a district, a corps or division headquarters, a liaison unit) is coded here, for both sides, at its official date of set-up: it places no force. A decision to buy weapons is not a plan (see “Budgets, purchases and manpower”).',
    examples: { west: { id: 'warsaw-summit-2016' }, russia: { id: 'kaliningrad-division-plan-2019' } },
  },
  {
    id: 'measure',
    group: 'kind',
    name: 'Economic or legal measure',
    test: 'A sanction, a transit or trade restriction, a ban, or an arms-control treaty suspended or left (coded when the suspension or the leaving first takes effect), in force (a draft that was never adopted is not a measure), aimed at the other side: at a state of the region, or at the other side as a whole where a cited source states its tie to the region (its reason, target or effect there).',
    examples: { west: { id: 'sanctions-2014' }, russia: { id: 'food-embargo-2014' } },
  },
  {
    id: 'deployment-stay',
    group: 'kind',
    name: 'Deployment, to stay',
    test: 'Units or weapon systems placed in the region to stay: stationed or based there, or rotated as a standing presence that a source says goes on without a gap; a new unit formed there (not a readiness grouping of units already there); and a state’s own forces in the region taking a major weapon system new to them, dated at its first delivery to the region: strike missiles and rockets reaching 70 km or more, surface-to-air missiles of medium or long range, combat aircraft, and warships armed with missiles (not man-portable or short-range weapons, not unarmed ships). More of a system already in the region is not new, even in a new unit. Coded once, when they arrive (or, when a source gives only that, when their basing is confirmed).',
    examples: { west: { id: 'efp-2017' }, russia: { id: 'iskanders-permanent-2018' } },
  },
  {
    id: 'deployment-while',
    group: 'kind',
    name: 'Deployment, for a while',
    test: 'Units or weapon systems sent into the region for a set time or a named mission, whatever they do while there (train, patrol, police): rotations with gaps between them; a reinforcement sent for a set time, a mission, or in answer to a crisis, unless a source says it stays; a patrol mission with a name. A ground-based missile or rocket launcher, of any role, brought into the region from outside it for an exercise also counts here, for either side, when a source names the system and the place. Forces on a named exercise with set dates, which then go home, are not coded (see “Exercises”); nor is a state moving its own forces within the region (see “Routine activity”).',
    examples: { west: { id: 'himars-bornholm-2022' }, russia: { id: 'snap-drills-2014' } },
  },
  {
    id: 'incursion',
    group: 'kind',
    name: 'Incursion or jamming',
    test: 'Military or border-guard personnel, aircraft, drones, missiles or ships of one side entering another state’s airspace, territory or territorial waters without leave, as that state’s government reports it; or jamming or spoofing of navigation signals across a border that a government attributes to the other side. No attack on the state entered (an attack is use of force).',
    examples: { russia: { id: 'mig31-estonia-2025' }, none: 'No incursion into Russian or Belarusian airspace or waters by the first side was found reported by Russia’s or Belarus’s government in the region and period.' },
  },
  {
    id: 'use-of-force',
    group: 'kind',
    name: 'Use of force',
    test: 'Armed force used by a state against another state’s territory, forces, ships or aircraft outside its own territory: war, invasion, annexation, an armed attack, a seizure. It is in when a cited source ties it to the region’s security. Force used inside one’s own territory against an intruder is coded with the incursion it answers.',
    examples: { russia: { id: 'invasion-2022' }, none: 'No use of force by the first side against Russia or Belarus was found in the period.' },
  },
  {
    id: 'accession',
    group: 'kind',
    name: 'Accession to NATO',
    test: 'A state of the region, or on the Baltic Sea, joins NATO. It is that state’s choice, ratified by every member, and brings no forces by itself: marked apart from the scale; the forces that follow are coded when they arrive.',
    examples: { west: { id: 'nato-2004' }, none: 'The other side has no such move: Belarus and Russia joined no alliance in the period (the Union State predates it).' },
  },
  {
    id: 'drawdown',
    group: 'kind',
    name: 'Forces leave the region',
    test: 'Units based in the region are cut, disbanded or taken out of it, to fight elsewhere or for good, as a source reports. Marked apart from the scale: neither a step up nor a step back.',
    examples: { west: { id: 'gotland-drawdown-2005' }, russia: { id: 'corps-to-ukraine-2022' } },
  },
  {
    id: 'incident',
    group: 'kind',
    name: 'Damage at sea, author not shown',
    test: 'Damage to pipelines or cables on the Baltic seabed that no government has been shown, by a court or its own admission, to have done. Coded as neither side’s, marked apart from the scale; who is suspected or charged is a dispute, shown with its sources.',
    examples: { neither: { id: 'nord-stream-2022' }, none: 'By this clause such damage is neither side’s until a government is shown to have done it; then it is coded as that side’s move of its kind.' },
  },
  {
    id: 'civil',
    group: 'kind',
    name: 'Civil step that cuts a link',
    test: 'A government cuts an energy, transport or trade link between the sides in the region (a grid left, gas, oil or power supply stopped, a border crossing closed); a state-owned company’s cut counts as its government’s where the government ordered or announced it, and is disputed (author) where the company gave a technical reason. Marked apart from the scale. Building one’s own supply is not a move (see “Own supply”); reopening a link one’s own side cut is a step back.',
    examples: { west: { id: 'brell-exit-2025' }, russia: { id: 'gas-cut-poland-2022' } },
  },

  // How a move is coded.
  {
    id: 'level',
    group: 'coding',
    name: 'Levels rank kinds, not sizes',
    test: 'A move’s level follows from its kind alone (and, for a deployment, whether it stays and is nuclear-capable): four jets and a division placed to stay sit on one level. How large a move is, is said in its record, not in its level.',
    examples: { west: { id: 'air-policing-2004' }, russia: { id: 'kaliningrad-division-2020' } },
  },
  {
    id: 'posture',
    group: 'coding',
    name: 'Offence or defence',
    test: 'Derived from two recorded inputs: what the force or weapon can do (strike beyond its own side’s borders; take and hold ground; defend against air and missile attack; bar a border; police air or sea; watch (radars, reconnaissance); jam signals; command only; or no force at all) and where it stands (its own side’s ground, an ally’s with its leave, international waters or air, or across another state’s border without leave). Across a border: offence. Strike weapons: offence (with defences in the same move: both; multirole combat aircraft, able to strike and to defend the air, are both; interceptors and air-policing fighters are defence). Ground forces that can take and hold ground: both. Air and missile defence, barriers and policing: defence. Watching, jamming on one’s own ground, commands and moves with no force: neither. A statement or plan takes the posture of the force it names; an incursion, whatever crosses, is offence; a move marked apart from the scale puts no force in place (ground: its maker’s own): neither. A posture that the other side contests (a launcher it says can also strike) is marked disputed.',
    examples: { west: { id: 'patriot-morag-2010' }, russia: { id: 's400-2012' } },
  },
  {
    id: 'nuclear',
    group: 'coding',
    name: 'Nuclear-capable',
    test: 'A weapon system able to deliver a nuclear warhead, as a cited source says, is marked nuclear-capable; a deployment of one placed to stay sits a level higher. Nuclear-capable is not nuclear-armed: where a source says warheads are present, the record says so.',
    examples: { west: { id: 'duda-nuclear-sharing-2022' }, russia: { id: 'iskanders-permanent-2018' } },
  },
  {
    id: 'reason',
    group: 'coding',
    name: 'Stated reasons, both sides',
    test: 'Every record gives its maker’s stated reason, as a cited source reports it, in the maker’s terms (by the clause on voices), or says that none was found. Where the other side’s officials gave their reading of the move, the record gives it too, with its source.',
    examples: { west: { id: 'efp-2017' }, russia: { id: 'invasion-2022' } },
  },
  {
    id: 'answer',
    group: 'coding',
    name: 'Arrows: as its maker said',
    test: 'The chart draws an arrow from an earlier move to a later one only where the later move’s maker named the earlier move, or that kind of move in the region in particular (“the battlegroups”, “the missile-defence sites”), as a reason; a general trend (“militarisation”, “NATO’s build-up”) is a stated reason, not an arrow. A link that only a reporter, a legislator or we draw is not an arrow; a link that only the essay draws is drawn dashed, as the essay’s reading.',
    examples: { west: { id: 'finland-2023' }, russia: { id: 'cfe-withdrawal-2023' } },
  },
  {
    id: 'dispute',
    group: 'coding',
    name: 'Disputes in sight',
    test: 'A record whose fact (did it happen, when, how big), author, posture, tie or link is contested by a cited source is marked disputed on the chart; the appendix gives each reading with its source. A side’s denial of its own move is a dispute of fact or author.',
    examples: { west: { id: 'aegis-2016' }, russia: { id: 'mig31-estonia-2025' } },
  },
  {
    id: 'once',
    group: 'coding',
    name: 'Coded once',
    test: 'A move is coded once, at its official date or, failing that, its first credible report; later rotations of the same presence, and later reports of the same move, are not new moves. A presence that changes kind (from for a while to staying) is coded again. A threat or offer repeated by the same side is coded once, at its first, unless it names a new step; an agreement that carries out a decision already coded (a basing or status-of-forces agreement) is the same move. Incursions by one side in one calendar year are one record, dated at the first that a government reported, with the counts each state gave; an incursion that the state entered takes to its alliance (NATO’s Article 4, the CSTO) or to the UN Security Council is a record of its own. Jamming is coded when a government first attributes it.',
    examples: { west: { id: 'efp-2017' }, russia: { id: 'iskanders-permanent-2018' } },
  },

  {
    id: 'precedence',
    group: 'coding',
    name: 'The clause a decision names',
    test: 'Where several clauses keep a candidate out, the log names the first in the codebook’s order: what the record covers, then the kinds’ tests, then what the record does not code; where a test sends a case on to another clause (“see …”), the log names that clause, and a move with no tie to the region is logged under “No tie to the region”. Where two kinds fit, the heavier kind (the higher level) is coded.',
    examples: { none: 'A rule of procedure, with no examples of its own.' },
  },
  // What the record does not code (its silence is not absence).
  {
    id: 'out-exercise',
    group: 'out',
    name: 'Exercises',
    test: 'Exercises themselves: forces on a named exercise with set dates, which then go home (their troops, ships and aircraft, their sizes, snap inspections), for both sides; their declared sizes are disputed and no cut-off that treats both alike could be sourced. Only a launcher brought onto the region’s land for one is coded, by the clause on deployments for a while; forces sent for a rotation or mission of their own are coded there too, even when they train.',
    examples: { west: { id: 'cand-steadfast-jazz-2013' }, russia: { id: 'cand-zapad-2017' } },
  },
  {
    id: 'out-routine',
    group: 'out',
    name: 'Routine activity',
    test: 'Patrols, intercepts, port visits, transits and flights in international waters or air, and harassment there (close passes, orders to change course); a state moving its own forces within the region (to a border, onto an island of its own); rotations that replace like with like in a presence already coded; a warship or aircraft coming close without entering; an incursion whose side no government names.',
    examples: { west: { id: 'cand-rc135-flights-2014' }, russia: { id: 'cand-donald-cook-2016' } },
  },
  {
    id: 'out-budget',
    group: 'out',
    name: 'Budgets, purchases and manpower',
    test: 'Defence budgets and spending targets, arms purchases and contracts, and manpower laws (conscription, reserves, territorial defence forces), for both sides: what they buy or raise is coded when it arrives in the region (a major weapon system delivered, a unit formed). Contracts are public on one side far more than on the other; deliveries are seen on both.',
    examples: { west: { id: 'cand-lithuania-conscription-2015' }, russia: { id: 'cand-evmenov-baltic-fleet-plan-2021' } },
  },
  {
    id: 'out-covert',
    group: 'out',
    name: 'Cyber attacks, sabotage and covert action',
    test: 'Cyber attacks; sabotage, arson and plots on land; abductions and assassinations; espionage. Their authors are seldom shown in public within the period, and a record of them could not be kept to one standard for both sides.',
    examples: { russia: { id: 'cand-kohver-2014' }, none: 'No covert act of the first side in the region was found attributed by Russia’s government with evidence we could read.' },
  },
  {
    id: 'out-migration',
    group: 'out',
    name: 'Migrants, balloons and smuggling',
    test: 'Migrants pushed across a border, smuggling balloons and similar pressure by non-military means, and the border closures that answer them.',
    examples: { west: { id: 'cand-border-barriers-2021' }, russia: { id: 'cand-migration-2021' } },
  },
  {
    id: 'out-diplomatic',
    group: 'out',
    name: 'Diplomacy and words',
    test: 'Protests, condemnations, summonses, expulsions of diplomats, closed consulates; proposals and demands made in negotiation that ask the other side to leave the region (a draft treaty); and words that name no military step, or that come from those who do not speak for a side (legislators, analysts, commentators).',
    examples: { west: { id: 'cand-poland-pca-veto-2006' }, russia: { id: 'cand-barbin-2022' } },
  },
  {
    id: 'out-own-supply',
    group: 'out',
    name: 'Own supply',
    test: 'Building or buying one’s own energy or transport (a power plant, an LNG terminal, a pipeline to an ally, a port): it cuts no link by itself. The step that cuts the link is coded, as a civil step.',
    examples: { west: { id: 'cand-klaipeda-lng-2014' }, russia: { id: 'cand-kaliningrad-lng-2019' } },
  },
  {
    id: 'out-third-state',
    group: 'out',
    name: 'Help to a third state',
    test: 'Arms, money or training given to a state outside both sides (Ukraine, Georgia), and sanctions with no tie to the region.',
    examples: { none: 'No candidate of either side was kept out by this clause in the search; it is written so that arms for Ukraine, which the region’s states send, are not read as left out by mistake.' },
  },
  {
    id: 'out-law-enforcement',
    group: 'out',
    name: 'Policing of merchant ships',
    test: 'Police, customs or coast-guard checks, boardings and detentions of merchant ships, for either side; force used by warships or military aircraft against the other side’s state ships or aircraft is not policing and is coded.',
    examples: { west: { id: 'cand-eagle-s-boarding-2024' }, russia: { id: 'cand-green-admire-2025' } },
  },
  {
    id: 'out-untied',
    group: 'out',
    name: 'No tie to the region',
    test: 'A move outside the region that no source we read ties to it (by the clause on ties), however large.',
    examples: { west: { id: 'cand-us-cfe-countermeasure-2011' }, russia: { id: 'cand-western-divisions-2016' } },
  },
  {
    id: 'out-unconfirmed',
    group: 'out',
    name: 'Not shown to have happened',
    test: 'A move reported only by an anonymous claim that no second source, official or independent, repeats; or a plan that was never announced by a government.',
    examples: { west: { id: 'cand-us-brigade-pullback-2025' }, russia: { id: 'cand-nukes-2000' } },
  },
] as const satisfies readonly Clause[]

/** The clauses that admit a move, one per kind (a record's `clause` must be one of these). */
export type KindClauseId = Extract<(typeof clauses)[number], { group: 'kind' }>['id']

/** The clauses that keep a candidate out. */
export type OutClauseId = Extract<(typeof clauses)[number], { group: 'out' }>['id'] | 'tie' | 'voices' | 'region' | 'period' | 'once' | 'sides' | 'step-back'

/**
 * Each kind of move set beside the Correlates of War MID coding (hostility levels 1–5 and their
 * action types; Jones, Bremer and Singer 1996) and Kahn's escalation ladder (1965), and where ours
 * differs, and why. MID codes only threats, displays and uses of force that one state directs at
 * another; Kahn ranks steps in one crisis between nuclear powers.
 */
export interface KindMapping {
  /** The MID hostility level and action types nearest to the kind, or "not coded". */
  mid: string
  /** The nearest rungs of Kahn's ladder, or "no rung". */
  kahn: string
  /** Where ours differs, and why. */
  differs?: string
}

export const KIND_MAPPINGS: Record<MoveKindForMapping, KindMapping> = {
  'statement': { mid: '2, threat to use force', kahn: '3, Solemn and Formal Declarations', differs: 'MID needs an explicit threat of force; we also code a named step announced as an answer (missiles placed), since the essay’s argument turns on them.' },
  'plan': { mid: 'not coded', kahn: '4, Hardening of Positions', differs: 'A decision is not a militarized act for MID; we code it, once, because balancing starts with a decision.' },
  'measure': { mid: 'not coded (not militarized)', kahn: '2, Political, Economic and Diplomatic Gestures; 7, “Legal” Harassment' },
  'deployment': { mid: '3, display of force (show of troops, ships or planes; fortify border)', kahn: '5, Show of Force; 6, Significant Mobilization', differs: 'MID counts a display only when aimed at a state in a dispute; we code forces placed in the region, and rank those that stay, and nuclear-capable ones, above those for a while.' },
  'incursion': { mid: '3, display of force (border violation)', kahn: '7–8, harassment', differs: 'None on the level: MID too puts a border violation with displays, below any use of force.' },
  'use-of-force': { mid: '4, use of force (occupation, seizure, attack, clash); 5, war', kahn: '9, Dramatic Military Confrontations; 12, Large Conventional War', differs: 'We keep one top level for war and lesser force alike: the record holds three wars and no lesser use of force.' },
  'step-back': { mid: 'not coded', kahn: 'no rung: the ladder climbs', differs: 'Marked apart from the scale: a step back lowers tension, and a scale of escalation has no place for it.' },
  'accession': { mid: 'not coded', kahn: 'no rung', differs: 'Marked apart: a third state’s choice, not a move against the other side.' },
  'drawdown': { mid: 'not coded', kahn: 'no rung' },
  'incident': { mid: 'not coded (no state shown to have acted)', kahn: 'no rung' },
  'civil': { mid: 'not coded (not militarized)', kahn: '2, Political, Economic and Diplomatic Gestures' },
}

/** The kinds (data/escalation.ts's MoveKind), spelled out here so that data/escalation.ts stays the only importer of the codebook's types. */
type MoveKindForMapping = 'statement' | 'plan' | 'measure' | 'deployment' | 'incursion' | 'use-of-force' | 'step-back' | 'accession' | 'drawdown' | 'incident' | 'civil'
