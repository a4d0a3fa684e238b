/**
 * What a viewer reads on a slide, from its markdown: the body text (for word budgets), the boxes that
 * quote the essay (`> **The essay:** “…”`), and the boxes that correct it (`<div class="check">`).
 * Pure string work on the content that scripts/deck.ts gives, so the rules are unit-tested.
 */

/** A blockquote or box on a slide, as written (markdown, without the `>` markers). */
export interface Box {
  kind: 'essay-quote' | 'check' | 'note'
  text: string
}

/** Straight and typographic quotes, apostrophes and primes: all read as the same mark. */
const QUOTE_MARKS = /[“”„"‘’'`]/g

/** For comparing a quotation with the essay: quotes and apostrophes dropped, spaces folded, lower case. */
export function normalizeForQuote(text: string): string {
  return text.replace(QUOTE_MARKS, '').replace(/\s+/g, ' ').trim().toLowerCase()
}

/** The body text a viewer reads: no heading, no notes, no components, no markup. */
export function bodyText(content: string): string {
  return content
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/^#\s.*$/m, ' ')
    .replace(/<([A-Z]\w*)\b[^>]*\/>/g, ' ')
    .replace(/<\/?[a-z][^>]*>/g, ' ')
    .replace(/^::\w+::$/gm, ' ')
    .replace(/^\s*(?:>|[-*]|\d+\.)\s+/gm, '')
    .replace(/\*\*|__|[*_`|]/g, ' ')
    .replace(/^\s*:?-{3,}:?(?:\s+:?-{3,}:?)*\s*$/gm, ' ')
}

/** Words: runs of letters or digits (with inner hyphens, apostrophes, dots or commas). */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:[-’'.,][\p{L}\p{N}]+)*/gu)?.length ?? 0
}

/** The essay quotes (`> **The essay:** …`), checks and notes on a slide. */
export function boxesOf(content: string): Box[] {
  const boxes: Box[] = []
  const quoteBlocks = content.match(/(?:^>.*(?:\n|$))+/gm) ?? []
  for (const block of quoteBlocks) {
    const text = block.replace(/^>\s?/gm, '').trim()
    if (/^\*\*The essay:?\*\*/.test(text) || /^“/.test(text))
      boxes.push({ kind: 'essay-quote', text })
  }
  for (const match of content.matchAll(/<div class="(check|note)">([\s\S]*?)<\/div>/g))
    boxes.push({ kind: match[1] as 'check' | 'note', text: match[2].trim() })
  return boxes
}

/** The quoted stretches in a text (“…” pairs), split at ellipses into the fragments quoted. */
export function quotedFragments(text: string): string[] {
  return [...text.matchAll(/“([^”]+)”/g)]
    .flatMap(m => m[1].split(/\s*…\s*/))
    .map(f => f.trim())
    .filter(f => /\w/.test(f))
}

/**
 * What is left of an essay-quote box once its label and its quotations are taken out: nothing but
 * punctuation, if the box quotes the essay and paraphrases nothing.
 */
export function wordsOutsideQuotes(text: string): string {
  return text
    .replace(/^\*\*The essay:?\*\*/, '')
    .replace(/“[^”]*”/g, '')
    .replace(/[\s.,;:…()–—-]+/g, ' ')
    .trim()
}
