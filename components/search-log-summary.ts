/**
 * The search log in figures, for its appendix slide: how many candidates each search considered and
 * how many it let in, by side; the clauses that kept the most out; how many queries, in which
 * families of sources, over which years. Every figure is counted from data/search-log.json.
 */
import type { Actor } from '../data/escalation.ts'
import type { Clause } from '../data/codebook.ts'
import type { Candidate, LoggedQuery, Search, SourceFamily } from '../data/search-log.ts'
import { clauses } from '../data/codebook.ts'
import { candidates, FAMILY_NAMES, queries } from '../data/search-log.ts'

export interface SearchFigures {
  search: Search
  queries: number
  candidates: number
  in: number
  out: number
  /** Candidates let in, by side. */
  inBy: Record<Actor, number>
  /** Candidates kept out, by side. */
  outBy: Record<Actor, number>
  /** The years its queries aimed at, first to last. */
  years: [string, string]
}

const byActor = (list: readonly Candidate[]): Record<Actor, number> => ({
  west: list.filter(c => c.actor === 'west').length,
  russia: list.filter(c => c.actor === 'russia').length,
  neither: list.filter(c => c.actor === 'neither').length,
})

function searchFigures(search: Search, all: readonly Candidate[] = candidates, asked: readonly LoggedQuery[] = queries): SearchFigures {
  const mine = all.filter(c => c.by === search)
  const kept = mine.filter(c => c.decision.in)
  const left = mine.filter(c => !c.decision.in)
  const years = asked.filter(q => q.by === search).flatMap(q => q.aim.years.match(/\d{4}/g) ?? []).sort()
  return { search, queries: asked.filter(q => q.by === search).length, candidates: mine.length, in: kept.length, out: left.length, inBy: byActor(kept), outBy: byActor(left), years: [years[0] ?? '', years.at(-1) ?? ''] }
}

/** The clauses that kept the most candidates out, with their counts, most first. */
function topOutClauses(count: number, all: readonly Candidate[] = candidates): { name: string, n: number }[] {
  const tally = new Map<string, number>()
  for (const c of all)
    if (!c.decision.in)
      tally.set(c.decision.clause, (tally.get(c.decision.clause) ?? 0) + 1)
  return [...tally].sort((a, b) => b[1] - a[1]).slice(0, count).map(([id, n]) => ({ name: clauses.find(c => c.id === id)?.name ?? id, n }))
}

/** How many queries aimed at each family of sources, most first. */
function queriesByFamily(asked: readonly LoggedQuery[] = queries): { family: string, n: number }[] {
  const tally = new Map<SourceFamily, number>()
  for (const q of asked)
    tally.set(q.aim.family, (tally.get(q.aim.family) ?? 0) + 1)
  return [...tally].sort((a, b) => b[1] - a[1]).map(([family, n]) => ({ family: FAMILY_NAMES[family], n }))
}

/** A candidate the codebook gives as an example, as the codebook slides name it. */
interface ExampleCandidate { id: string, label: string, date: string, actor: Actor }

/**
 * What the slides show of the search log, counted once: each search's figures, the clauses that kept
 * the most out, the queries by family, and the candidates the codebook gives as examples. The deck
 * ships this digest (data/search-log-digest.json), not the whole log, which is for reading in the
 * repository; a unit test fails when the digest is not what this computes (`npm run log-digest`).
 */
export function searchLogDigest(all: readonly Candidate[] = candidates, asked: readonly LoggedQuery[] = queries) {
  const exampleIds = new Set((clauses as readonly Clause[]).flatMap(c => (['west', 'russia', 'neither'] as const).flatMap(side => (c.examples[side] ? [c.examples[side].id] : []))))
  return {
    first: searchFigures('first', all, asked),
    second: searchFigures('second', all, asked),
    outClauses: topOutClauses(6, all),
    families: queriesByFamily(asked),
    examples: all.flatMap(c => (exampleIds.has(c.id) && c.label ? [{ id: c.id, label: c.label, date: c.date, actor: c.actor }] : [])) as ExampleCandidate[],
  }
}
