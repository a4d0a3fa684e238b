/**
 * The walk's reading of the record's lists (tests/deck-figures.ts listPartProblems): a slide's items
 * must be the list's next ones, so that the runs of the walk together hold each list once and in
 * order. Here on the real lists, cut by hand, with the faults a wrong cut or a wrong component makes.
 */
import { describe, expect, it } from 'vitest'
import { LIST_CONTENTS, listPartProblems } from '../deck-figures.ts'

const moves = LIST_CONTENTS.EscalationTable.expected
const disputed = LIST_CONTENTS.EscalationDisputes.expected

describe('a walk reading a list of the record, part by part', () => {
  it('passes the whole list cut in three, read in one run or from the middle', () => {
    const cut = [moves.slice(0, 10), moves.slice(10, 30), moves.slice(30)]
    let trail = listPartProblems('EscalationTable', 1, 3, cut[0], undefined)
    expect(trail.problems).toEqual([])
    trail = listPartProblems('EscalationTable', 2, 3, cut[1], trail.trail)
    expect(trail.problems).toEqual([])
    expect(listPartProblems('EscalationTable', 3, 3, cut[2], trail.trail).problems).toEqual([])
    // A run that starts at part 3 cannot see where part 2 ended; the run before checks that.
    expect(listPartProblems('EscalationTable', 3, 3, cut[2], undefined).problems).toEqual([])
  })

  it('names an item left out, one shown twice, one out of place, a list that ends early, and an empty part', () => {
    const first = listPartProblems('EscalationTable', 1, 2, moves.slice(0, 10), undefined).trail
    expect(listPartProblems('EscalationTable', 2, 2, moves.slice(11), first).problems).toEqual([`part 2 of 2 of every move: item 1 is "${moves[11]}", where the list has "${moves[10]}"`])
    expect(listPartProblems('EscalationTable', 2, 2, moves.slice(9), first).problems).toEqual([`part 2 of 2 of every move: item 1 is "${moves[9]}", where the list has "${moves[10]}"`])
    const swapped = [moves[0], moves[2], moves[1]]
    expect(listPartProblems('EscalationTable', 1, 2, swapped, undefined).problems).toEqual([`part 1 of 2 of every move: item 2 is "${moves[2]}", where the list has "${moves[1]}"`])
    expect(listPartProblems('EscalationTable', 2, 2, moves.slice(10, -1), first).problems).toEqual([`the last part of every move ends at "${moves.at(-2)}", 1 before the end of the list ("${moves.at(-1)}")`])
    expect(listPartProblems('EscalationTable', 2, 2, [], first).problems).toEqual(['part 2 of 2 of every move lists nothing'])
    expect(listPartProblems('EscalationTable', 2, 2, ['no-such-move'], undefined).problems).toEqual(['part 2 of 2 of every move begins with "no-such-move", which is not in the list'])
  })

  it('names a part out of order, and reports a fault once, not again on every part after it', () => {
    const cut = [moves.slice(0, 10), moves.slice(10, 20), moves.slice(20)]
    const first = listPartProblems('EscalationTable', 1, 3, cut[0], undefined).trail
    expect(listPartProblems('EscalationTable', 3, 3, cut[2], first).problems).toEqual(['part 3 of 3 of every move comes after part 1, not after part 2'])
    const third = listPartProblems('EscalationTable', 3, 3, cut[2], undefined).trail
    expect(listPartProblems('EscalationTable', 2, 3, cut[1], third).problems).toEqual(['part 2 of 3 of every move comes after part 3, not after part 1'])
    // Part 2 drops its first item: one problem there, none on part 3, which starts where it should.
    const second = listPartProblems('EscalationTable', 2, 3, cut[1].slice(1), first)
    expect(second.problems).toHaveLength(1)
    expect(listPartProblems('EscalationTable', 3, 3, cut[2], second.trail).problems).toEqual([])
  })

  it('reads the disputes one per dispute: a move disputed on two points is listed twice, in a row', () => {
    const twice = disputed.findIndex((id, i) => id === disputed[i + 1])
    expect(twice, 'the record has a move disputed on more than one point').toBeGreaterThan(0)
    const cut = [disputed.slice(0, twice + 1), disputed.slice(twice + 1)]
    const first = listPartProblems('EscalationDisputes', 1, 2, cut[0], undefined)
    expect(first.problems).toEqual([])
    expect(listPartProblems('EscalationDisputes', 2, 2, cut[1], first.trail).problems).toEqual([])
    expect(listPartProblems('EscalationDisputes', 2, 2, cut[1].slice(1), first.trail).problems).toHaveLength(1)
  })
})
