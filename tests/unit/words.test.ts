/**
 * The words hold an expert's reading: the talk fits its time, a quotation box quotes the essay word for
 * word, and every correction quotes a claim the essay really makes. The essay's text is the copy in
 * data/essay.txt, held to the essay's SHA-256 (and to shared/seed/'s copy where that folder sits
 * beside the repository).
 */
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DECK_ROOT, loadDeck } from '../../scripts/deck.ts'
import { TALK_BUDGET } from '../../scripts/talk.ts'
import { bodyText, boxesOf, countWords, normalizeForQuote, quotedFragments, tablesOf, wordsOutsideQuotes } from '../slide-text.ts'

const deck = await loadDeck()
const essay = readFileSync(resolve(DECK_ROOT, 'data/essay.txt'), 'utf8')
const essayText = normalizeForQuote(essay)

/** The SHA-256 of the essay as received (shared/seed/kaliningrad-essay.txt), so the copy is checked on a fresh clone too. */
const ESSAY_SHA256 = '71dcc8ab33609edf2162680e01302343b271b023b049dc6a5f9f50d5d444276a'

/** Words in a spoken slide's markdown, tables included (the end-to-end tests count what the built slide shows, labels included). */
const MAX_BODY_WORDS = TALK_BUDGET.visibleWords
const where = (s: (typeof deck)[number]) => `slide ${s.no} "${s.title}" (${s.file})`

describe('the text helpers', () => {
  it('count what a viewer reads, not the markup', () => {
    const md = '# Title\n\n- **Bold** words, here\n\n<div class="check">\n\n**Essay check.** Two more.\n\n</div>\n\n<BalticMap />\n\n<!-- notes are not body -->'
    expect(countWords(bodyText(md))).toBe(7)
  })

  it('find quotation boxes and the fragments they quote', () => {
    const md = '> **The essay:** “one part” … “another, here”\n\n<div class="note">\n\n**Note.** x\n\n</div>'
    const [quote, note] = boxesOf(md)
    expect(quote).toMatchObject({ kind: 'essay-quote', label: 'The essay:' })
    expect(quotedFragments(quote.text)).toEqual(['one part', 'another, here'])
    expect(wordsOutsideQuotes(quote.text)).toBe('')
    expect(wordsOutsideQuotes(boxesOf('> **The essay:** Russia “wants” more')[0].text)).toBe('Russia more')
    expect(note).toEqual({ kind: 'note', label: 'Note.', text: 'x' })
  })

  it('read a table\'s cells', () => {
    expect(tablesOf('| The essay says | The sources |\n|---|---|\n| “a” (2016) | **b** |')).toEqual([[['The essay says', 'The sources'], ['“a” (2016)', 'b']]])
  })
})

describe('a talk that fits its time', () => {
  it(`keeps every spoken slide to ${MAX_BODY_WORDS} words of body text`, () => {
    const over = deck.filter(s => s.spoken)
      .map(s => ({ s, words: countWords(bodyText(s.content)) }))
      .filter(({ words }) => words > MAX_BODY_WORDS)
      .map(({ s, words }) => `${where(s)} has ${words} words of body text (at most ${MAX_BODY_WORDS})`)
    expect(over).toEqual([])
  })
})

describe('the essay, quoted and checked fairly', () => {
  it('is the essay, byte for byte: its SHA-256, and shared/seed/\'s copy where that folder is beside the repository', () => {
    expect(createHash('sha256').update(essay).digest('hex'), 'data/essay.txt should be the essay as received (shared/seed/kaliningrad-essay.txt)').toBe(ESSAY_SHA256)
    const seed = resolve(DECK_ROOT, '../shared/seed/kaliningrad-essay.txt')
    if (existsSync(seed))
      expect(essay, 'data/essay.txt should be a copy of shared/seed/kaliningrad-essay.txt').toBe(readFileSync(seed, 'utf8'))
  })

  it('quotes the essay word for word in every quotation box, and paraphrases nothing there', () => {
    const problems = deck.flatMap(s => boxesOf(s.content).filter(b => b.kind === 'essay-quote').flatMap((box) => {
      const out: string[] = []
      const fragments = quotedFragments(box.text)
      if (!fragments.length)
        out.push(`${where(s)}: a quotation box quotes nothing: ${box.text}`)
      for (const f of fragments) {
        if (!essayText.includes(normalizeForQuote(f)))
          out.push(`${where(s)}: “${f}” is not in the essay`)
      }
      const rest = wordsOutsideQuotes(box.text)
      if (rest)
        out.push(`${where(s)}: a quotation box has words of ours outside the quotes: “${rest}”`)
      return out
    }))
    expect(problems).toEqual([])
  })

  it('opens every essay check with the claim it corrects, quoted from the essay', () => {
    const checks = deck.flatMap(s => boxesOf(s.content).filter(b => b.kind === 'check').map(box => ({ s, box })))
    expect(checks.length, 'the deck should carry its essay checks').toBeGreaterThan(5)
    const problems = checks.flatMap(({ s, box }) => {
      if (box.label !== 'Essay check.')
        return [`${where(s)}: a check box should start with “Essay check.” (a box that clarifies is a note)`]
      const fragments = quotedFragments(box.text)
      const claim = fragments.find(f => essayText.includes(normalizeForQuote(f)))
      const slideQuotes = boxesOf(s.content).filter(b => b.kind === 'essay-quote').flatMap(b => quotedFragments(b.text))
      if (!claim && !slideQuotes.length)
        return [`${where(s)}: the essay check quotes no claim that is in the essay (fragments: ${fragments.join(' | ') || 'none'})`]
      return fragments.filter(f => !essayText.includes(normalizeForQuote(f))).map(f => `${where(s)}: the essay check quotes “${f}”, which is not in the essay`)
    })
    expect(problems).toEqual([])
  })

  it('quotes the essay\'s own phrase in every row of the appendix\'s checks, which hold every check the talk makes', () => {
    const appendix = deck.filter(s => /^Appendix: every essay check/.test(s.title))
    expect(appendix.length, 'an appendix with every check').toBeGreaterThan(0)
    const rows = appendix.flatMap(s => tablesOf(s.content)[0].slice(1))
    const problems = rows.flatMap(([said]) => {
      const fragments = quotedFragments(said)
      if (!fragments.length)
        return [`the checks table row "${said.trim()}" does not quote the essay`]
      return fragments.filter(f => !essayText.includes(normalizeForQuote(f))).map(f => `the checks table quotes “${f}”, which is not in the essay`)
    })
    expect(problems).toEqual([])
    // Every claim a spoken check corrects is a row of the appendix, so a reader finds it there with its sources.
    const listed = rows.flatMap(([said]) => quotedFragments(said)).map(normalizeForQuote)
    const spokenClaims = deck.filter(s => s.spoken).flatMap(s => boxesOf(s.content).filter(b => b.kind === 'check').flatMap(b => quotedFragments(b.text).map(f => ({ s, f }))))
    const missing = spokenClaims.filter(({ f }) => !listed.some(l => l.includes(normalizeForQuote(f)) || normalizeForQuote(f).includes(l))).map(({ s, f }) => `${where(s)} corrects “${f}”, which the appendix's checks do not list`)
    expect(missing).toEqual([])
  })

  it('never gives the essay a name or a term it does not use', () => {
    // The essay names no leader and never the Suwałki Gap; those are ours, and must not sit inside its quotes.
    const quoted = deck.flatMap(s => boxesOf(s.content).filter(b => b.kind === 'essay-quote').map(b => ({ s, text: b.text })))
    const problems = quoted.flatMap(({ s, text }) => ['Medvedev', 'Putin', 'Suwałki', 'Suwalki', 'reform'].filter(w => text.includes(w)).map(w => `${where(s)}: the essay never says “${w}”`))
    expect(problems).toEqual([])
  })
})
