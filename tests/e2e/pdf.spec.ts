import type { PdfSummary } from '../pdf.ts'
import { resolve } from 'node:path'
import { LAYERS } from '../../data/map-layers.ts'
import { places } from '../../data/places.ts'
import { SITE_PDF } from '../../lib/outputs.ts'
import { chartsIn, mapsIn, recordNumber } from '../deck-figures.ts'
import { E2E } from '../../scripts/e2e-site.ts'
import { expect, slides, test } from '../fixtures.ts'
import type { TaggedPdf } from '../pdf.ts'
import { plain, readPdf, readTags, squash } from '../pdf.ts'

const maps = mapsIn(slides)
const charts = chartsIn(slides)

/**
 * The handout the site offers: the build exports it beside the site (scripts/build.ts, with the
 * same export as `npm run export`), so the tests read that file rather than export it again. Read
 * once per worker.
 */
let builtPdf: Promise<PdfSummary> | undefined
const readBuiltPdf = () => builtPdf ??= readPdf(resolve(E2E.siteDir, SITE_PDF))
let builtTags: Promise<TaggedPdf> | undefined
const readBuiltTags = () => builtTags ??= readTags(resolve(E2E.siteDir, SITE_PDF))

/** Words as a screen reader's comparison would take them: letters only, case aside. */
const letters = (text: string) => squash(text).toLowerCase()

test.describe('the PDF the build wrote beside the site', () => {
  // One worker reads the 130 pages once for all these tests (each worker would read them again).
  test.describe.configure({ mode: 'default' })
  test('has one page per slide, text on every page, and the acts in its outline', async () => {
    const deck = await readBuiltPdf()
    expect(deck.pages, 'one page per slide counted by the parser').toBe(slides.length)
    for (const slide of slides) {
      const text = deck.text[slide.no - 1]
      expect(text.length, `page ${slide.no} should have selectable text`).toBeGreaterThan(20)
      expect(squash(text), `page ${slide.no} should show its heading "${slide.heading}"`).toContain(squash(slide.heading))
    }
    const outlineTitles = deck.outline.map(item => item.title)
    // The acts: the slides at outline level 1 after the cover (Slidev's parser reads the level).
    const acts = slides.filter(s => s.level === 1 && s.no > 1)
    expect(acts.length, 'the deck has acts').toBeGreaterThan(3)
    for (const act of acts)
      expect(outlineTitles, `the outline should list the act "${act.title}"`).toContain(plain(act.title))
    const withSlides = deck.outline.filter(item => item.children.length > 0)
    expect(withSlides.length, 'slides should sit under their acts in the outline').toBeGreaterThanOrEqual(5)
    expect(deck.title).toBe(slides[0].title)
  })

  test('draws the map and chart pages, not blank', async () => {
    const deck = await readBuiltPdf()
    // Text, bullets and boxes draw a few dozen shapes; a drawn map or chart adds more than any page
    // of words does (a chart of five moves draws its guides, spine, markers and leaders: about a
    // tenth more than the busiest page of words).
    const plainSlides = slides.filter(s => !s.figure && !/\btable-slide\b/.test(String(s.frontmatter.class ?? '')))
    const mostOnPlainSlide = Math.max(...plainSlides.map(s => deck.paths[s.no - 1]))
    for (const { slide } of [...maps, ...charts])
      expect(deck.paths[slide.no - 1], `page ${slide.no} ("${slide.title}") should draw its figure`).toBeGreaterThan(mostOnPlainSlide * 1.1)
  })

  test('shows on each map page every layer of its last click', async () => {
    const deck = await readBuiltPdf()
    for (const { slide, steps, spec } of maps) {
      const keyLabels = spec.key.filter(e => e.layer).map(e => e.label)
      const placeNames = steps.flatMap(step => LAYERS[step].places.map(id => places.find(p => p.id === id)!.name))
      const text = squash(deck.text[slide.no - 1])
      const missing = [...keyLabels, ...placeNames].filter(words => !text.includes(squash(words)))
      expect(missing, `page ${slide.no} ("${slide.title}") should show the layers ${steps.join(', ')}`).toEqual([])
    }
  })

  test('shows on each chart page every spoken move labelled, every other move by its number, and the range of numbers it shows', async () => {
    const deck = await readBuiltPdf()
    for (const { slide, moves, spoken } of charts) {
      const text = deck.text[slide.no - 1]
      const missing = spoken.map(id => moves.find(m => m.id === id)!.label).filter(label => !squash(text).includes(squash(label)))
      expect(missing, `page ${slide.no} ("${slide.title}") should label every spoken move`).toEqual([])
      const numbers = new Set(text.match(/\d+/g) ?? [])
      const quiet = moves.filter(m => !spoken.includes(m.id)).map(m => String(recordNumber(m.id))).filter(no => !numbers.has(no))
      expect(quiet, `page ${slide.no} ("${slide.title}") should number every other move`).toEqual([])
      expect(text).toContain(`#${recordNumber(moves[0].id)}–#${recordNumber(moves[moves.length - 1].id)}`)
    }
  })

  test('is tagged for a screen reader: each page opens with its slide\'s title as a heading, each map and chart is a figure with its text alternative, in English, within the rules of PDF/UA-1 a program can check', async () => {
    const tags = await readBuiltTags()
    expect(tags.problems, 'the PDF should break none of the machine-checkable rules of PDF/UA-1').toEqual([])
    expect(tags.language, 'the document language').toBe('en')
    expect(tags.pages.length).toBe(slides.length)
    for (const slide of slides) {
      const first = tags.pages[slide.no - 1].headings[0]
      expect(first?.level, `page ${slide.no} ("${slide.title}") should open with a first-level heading`).toBe(1)
      expect(letters(first?.text ?? ''), `page ${slide.no}: its first heading should be the slide's title`).toBe(letters(slide.heading))
    }
    // What the slide's markdown writes as a list, a table or a quotation is tagged as one.
    const structures = { L: /^\s*(?:[-*]|\d+\.) /m, Table: /^\|.*\|\s*$/m, BlockQuote: /^>\s/m }
    for (const [role, written] of Object.entries(structures)) {
      const writing = slides.filter(s => written.test(s.content))
      expect(writing.length, `some slide writes a ${role}`).toBeGreaterThan(0)
      const untagged = writing.filter(s => !tags.pages[s.no - 1].roles.has(role)).map(s => `page ${s.no} ("${s.title}")`)
      expect(untagged, `each slide that writes a ${role} should have it tagged as one`).toEqual([])
    }
    const figurePages = new Set([...maps, ...charts].map(({ slide }) => slide.no))
    const stray = slides.filter(s => !figurePages.has(s.no) && tags.pages[s.no - 1].figures.length).map(s => `page ${s.no} ("${s.title}")`)
    expect(stray, 'only the maps and charts are figures').toEqual([])
    for (const { slide, steps } of maps) {
      const figures = tags.pages[slide.no - 1].figures
      expect(figures.length, `page ${slide.no} ("${slide.title}") should hold its map as one figure`).toBe(1)
      expect(figures[0], `page ${slide.no}: the map's alternative text`).toMatch(/^Map of /)
      const placeNames = steps.flatMap(step => LAYERS[step].places.map(id => places.find(p => p.id === id)!.name))
      const unnamed = placeNames.filter(name => !figures[0].includes(name))
      expect(unnamed, `page ${slide.no}: the map's alternative text should name the places of every step`).toEqual([])
    }
    for (const { slide, moves } of charts) {
      const figures = tags.pages[slide.no - 1].figures
      expect(figures.length, `page ${slide.no} ("${slide.title}") should hold its chart as one figure`).toBe(1)
      expect(figures[0], `page ${slide.no}: the chart's alternative text`).toContain(`Escalation chart: ${moves.length} moves`)
      const told = [...figures[0].matchAll(/#(\d+): /g)].map(m => Number(m[1]))
      expect(told, `page ${slide.no}: the chart's alternative text should tell every move of its period, in order`).toEqual(moves.map(m => recordNumber(m.id)))
    }
  })
})
