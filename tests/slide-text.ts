/**
 * What a viewer reads on a slide, from its markdown as mdast-util-from-markdown parses it (with
 * GFM, for tables): the body text (for word budgets), the boxes that quote the essay
 * (`> **The essay:** “…”`), the boxes that correct or clarify it (`<div class="check">`,
 * `<div class="note">`), and its tables' cells. Works on the content scripts/deck.ts gives.
 */
import { fromMarkdown } from 'mdast-util-from-markdown'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import { gfm } from 'micromark-extension-gfm'

/** A blockquote or box on a slide: its bold opening ("The essay:", "Essay check.", "Note."), if any, and the words after it. */
export interface Box {
  kind: 'essay-quote' | 'check' | 'note'
  label?: string
  text: string
}

/** The parts of an mdast node this module reads. */
interface MdNode {
  type: string
  value?: string
  depth?: number
  children?: MdNode[]
}

/** A slide's markdown as an mdast tree. */
function parse(content: string): MdNode {
  return fromMarkdown(content, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] })
}

/** Raw HTML's words: its tags and comments dropped (a component tag has none). */
const htmlWords = (html: string) => html.replace(/<!--[\s\S]*?-->/g, ' ').replace(/<[^>]*>/g, ' ')

/** The words of a node and everything in it, blocks apart. */
function words(node: MdNode): string {
  if (node.type === 'html')
    return htmlWords(node.value ?? '')
  if (node.value !== undefined)
    return node.value
  return (node.children ?? []).map(words).join(node.type === 'paragraph' || node.type === 'heading' ? '' : ' ')
}

/** Straight and typographic quotes, apostrophes and primes: all read as the same mark. */
const QUOTE_MARKS = /[“”„"‘’'`]/g

/** For comparing a quotation with the essay: quotes and apostrophes dropped, spaces folded, lower case. */
export function normalizeForQuote(text: string): string {
  return text.replace(QUOTE_MARKS, '').replace(/\s+/g, ' ').trim().toLowerCase()
}

/** The body text a viewer reads: no title (`# …`), no notes or comments, no components, no layout slots (`::figure::`), no markup. */
export function bodyText(content: string): string {
  return (parse(content).children ?? [])
    .filter(node => !(node.type === 'heading' && node.depth === 1))
    .filter(node => !(node.type === 'paragraph' && /^::\w+::$/.test(words(node).trim())))
    .map(words)
    .join('\n')
}

/** Words: runs of letters or digits (with inner hyphens, apostrophes, dots or commas). */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:[-’'.,][\p{L}\p{N}]+)*/gu)?.length ?? 0
}

/** A block's bold opening and the words after it: `**Essay check.** “…”` is { label: 'Essay check.', text: ' “…”' }. */
function labelled(blocks: readonly MdNode[]): { label?: string, text: string } {
  const [first, ...rest] = blocks
  const opening = first?.type === 'paragraph' ? first.children?.[0] : undefined
  const label = opening?.type === 'strong' ? words(opening) : undefined
  const firstWords = first?.type === 'paragraph' && label !== undefined ? (first.children ?? []).slice(1).map(words).join('') : first ? words(first) : ''
  return { label, text: [firstWords, ...rest.map(words)].join('\n').trim() }
}

/** Every node of the tree, depth first. */
function* walk(node: MdNode): Generator<MdNode> {
  yield node
  for (const child of node.children ?? [])
    yield* walk(child)
}

/**
 * The essay quotes (a blockquote that opens with **The essay:** or a quotation mark), then the
 * checks and notes (the blocks between `<div class="check">` or `<div class="note">` and `</div>`).
 */
export function boxesOf(content: string): Box[] {
  const root = parse(content)
  const boxes: Box[] = []
  for (const node of walk(root)) {
    if (node.type !== 'blockquote')
      continue
    const box = labelled(node.children ?? [])
    if (box.label === 'The essay:' || (box.label === undefined && box.text.startsWith('“')))
      boxes.push({ kind: 'essay-quote', ...box })
  }
  const blocks = root.children ?? []
  blocks.forEach((node, i) => {
    const open = node.type === 'html' ? /^<div class="(check|note)">$/.exec(node.value?.trim() ?? '') : null
    if (!open)
      return
    const end = blocks.findIndex((n, j) => j > i && n.type === 'html' && n.value?.trim().startsWith('</div>'))
    boxes.push({ kind: open[1] === 'check' ? 'check' : 'note', ...labelled(blocks.slice(i + 1, end < 0 ? undefined : end)) })
  })
  return boxes
}

/** Every table on the slide (GFM), as rows of cells' words, the header row first. */
export function tablesOf(content: string): string[][][] {
  return [...walk(parse(content))].filter(node => node.type === 'table').map(table => (table.children ?? []).map(row => (row.children ?? []).map(cell => words(cell).trim())))
}

/** The quoted stretches in a text (“…” pairs), split at ellipses into the fragments quoted. */
export function quotedFragments(text: string): string[] {
  return [...text.matchAll(/“([^”]+)”/g)]
    .flatMap(m => m[1].split(/\s*…\s*/))
    .map(f => f.trim())
    .filter(f => /\w/.test(f))
}

/**
 * What is left of an essay-quote box's words (after its label) once its quotations are taken
 * out: nothing but punctuation, if the box quotes the essay and paraphrases nothing.
 */
export function wordsOutsideQuotes(text: string): string {
  return text
    .replace(/“[^”]*”/g, '')
    .replace(/[\s.,;:…()–—-]+/g, ' ')
    .trim()
}
