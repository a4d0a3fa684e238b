/**
 * THE SEARCH LOG of the escalation record: every query run to find moves, and every candidate move
 * considered, each with its decision: in (the record that holds it, coded in
 * data/escalation-events.ts) or out (the codebook clause that keeps it out, and why). It is not a
 * claim of completeness: it shows how the search was done, so that anyone can redo it, and what
 * was found and left out. The data are in search-log.json; this module gives them their types.
 *
 * Two searches are logged: the first (`by: 'first'`), and a second searcher's, who saw the
 * codebook but not the first search's candidates (`by: 'second'`), for the capture–recapture
 * estimate in the README.
 */
import type { Actor, MoveKind } from './escalation.ts'
import type { OutClauseId } from './codebook.ts'
import log from './search-log.json' with { type: 'json' }

/** The families of sources a query aimed at (and a logged source belongs to). */
export type SourceFamily =
  /** Each side's governments and defence ministries. */
  | 'government'
  /** NATO and the EU. */
  | 'alliance'
  /** Wire services (AP, Reuters, AFP, Interfax, TASS, RIA). */
  | 'wire'
  /** The region's public broadcasters (LRT, ERR, LSM, Yle, DR, SVT, TVP, DW). */
  | 'broadcaster'
  /** Either side's national press. */
  | 'press'
  /** Think tanks of the region and of both sides. */
  | 'think-tank'
  /** Reference works and other pages. */
  | 'reference'

export const FAMILY_NAMES: Record<SourceFamily, string> = {
  'government': 'governments and defence ministries',
  'alliance': 'NATO and the EU',
  'wire': 'wire services',
  'broadcaster': 'public broadcasters',
  'press': 'national press',
  'think-tank': 'think tanks',
  'reference': 'reference works',
}

/** Which search found it: the first, or the second searcher's (blind to the first's candidates). */
export type Search = 'first' | 'second'

export interface LoggedQuery {
  /** Stable id, cited by the candidates it found. */
  id: string
  /** The query as sent to the search tool (a semantic search over stored copies of public web pages). */
  text: string
  /** What it looked for. */
  aim: { years: string, side: Actor | 'both', kinds: readonly string[], family: SourceFamily }
  /** How many pages it returned. */
  results: number
  by: Search
}

/** A source a candidate rests on, where it is not one of the deck's sources (data/sources.ts). */
interface LogSource {
  /** Where it was read; absent only where the search result showed no address (then `unlinked` says so). */
  url?: string
  /** Why a source has no address. */
  unlinked?: string
  publisher: string
  /** The headline exactly as the copy shows it; absent where it shows none. */
  title?: string
  /** YYYY, YYYY-MM or YYYY-MM-DD, where the copy shows it. */
  date?: string
  family: SourceFamily
  /** What the outlet is, where a state controls it (the same criterion as data/sources.ts). */
  stateMedia?: string
}

/** In: the record that holds the move. */
interface InDecision {
  in: true
  recordId: string
}

/** Out: the clause that keeps it out, how it applies, and what kind of move it would have been. */
interface OutDecision {
  in: false
  clause: OutClauseId
  why: string
  kind?: MoveKind
}

export interface Candidate {
  /** Stable id: "cand-…" for the first search, "s2-…" for the second. */
  id: string
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string
  actor: Actor
  /** What happened, in one sentence, in our words. */
  what: string
  /** A short name (at most 34 characters), for a candidate the codebook gives as an example. */
  label?: string
  decision: InDecision | OutDecision
  /** For a candidate kept out: its sources (a candidate in the record cites the record's). */
  sources?: readonly LogSource[]
  /** The queries that found it, or how else it came (ORIGINS): named by the issue, in the record before the log, found while drafting. */
  foundBy: readonly string[]
  by: Search
  /** For a candidate of the second search: the first search's candidate it matches, if any. */
  sameAs?: string
}

/** Candidates that came other than by a logged query. */
export const ORIGINS: Record<string, string> = {
  'issue-22': 'named by the issue that asked for this log (readers from both sides of the Baltic)',
  'record': 'in the record before the log was kept, found by earlier searches and readers’ reports',
  'drafting': 'found by the first search while it read the sources of another candidate',
  'checking': 'found while checking the second search’s finds against the record (the arrival of a plan the record held)',
}

export const queries: readonly LoggedQuery[] = log.queries as LoggedQuery[]
export const candidates: readonly Candidate[] = log.candidates as Candidate[]
