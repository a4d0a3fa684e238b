/** Reads a PDF the way the tests need it: page count, text per page, drawing work per page, outline, metadata. */
import { readFileSync } from 'node:fs'
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs'

export interface PdfSummary {
  pages: number
  /** Text of each page, whitespace folded, typographic quotes made plain. */
  text: string[]
  /** How many shapes (paths stroked or filled) each page draws: text alone draws next to none. */
  paths: number[]
  /** Top-level outline titles, each with its children's titles. */
  outline: { title: string, children: string[] }[]
  title: string
}

export function plain(text: string): string {
  return text.replace(/[‘’ʼ]/g, '\'').replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim()
}

/**
 * Text with every space removed, for "does this page say that": a PDF's text layer splits words at
 * glyph runs (an apostrophe can stand alone), so spacing is not comparable, the letters are.
 */
export function squash(text: string): string {
  return plain(text).replace(/\s+/g, '')
}

export async function readPdf(path: string): Promise<PdfSummary> {
  const task = getDocument({ data: new Uint8Array(readFileSync(path)), verbosity: 0 })
  const doc = await task.promise
  const text: string[] = []
  const paths: number[] = []
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i)
    const content = await page.getTextContent()
    text.push(plain(content.items.map(item => ('str' in item ? item.str : '')).join(' ')))
    paths.push((await page.getOperatorList()).fnArray.filter(op => op === OPS.constructPath).length)
  }
  const outline = ((await doc.getOutline()) ?? []).map(item => ({ title: plain(item.title), children: item.items.map(child => plain(child.title)) }))
  const info = (await doc.getMetadata()).info as { Title?: string }
  const summary = { pages: doc.numPages, text, paths, outline, title: info.Title ?? '' }
  await task.destroy()
  return summary
}
