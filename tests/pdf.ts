/** Reads a PDF the way the tests need it: page count, text per page, drawing work per page, outline, metadata. */
import { readFileSync } from 'node:fs'
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { decodePDFRawStream, PDFArray, PDFBool, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFStream } from 'pdf-lib'

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

/** A node of a page's structure tree as pdf.js gives it (`getStructTree`). */
interface StructNode {
  role?: string
  alt?: string
  lang?: string
  type?: string
  id?: string
  children?: StructNode[]
}

/** What a page's structure tree holds, in reading order. */
interface PageTags {
  /** The headings, in reading order: level (H1 → 1) and words. */
  headings: { level: number, text: string }[]
  /** Each Figure's alternative text ('' when it has none). */
  figures: string[]
  /** Every structure type used on the page, each once. */
  roles: Set<string>
}

export interface TaggedPdf {
  pages: PageTags[]
  /** The catalogue's /Lang. */
  language: string
  /** Breaches of the machine-checkable rules of PDF/UA-1 that `pdfUaProblems` checks, each saying where. */
  problems: string[]
}

/** The standard structure types of PDF 1.7 (ISO 32000-1, 14.8.4); PDF/UA-1 wants any other role-mapped to one. */
const STANDARD_TYPES = new Set(['Document', 'Part', 'Art', 'Sect', 'Div', 'BlockQuote', 'Caption', 'TOC', 'TOCI', 'Index', 'NonStruct', 'Private', 'H', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'P', 'L', 'LI', 'Lbl', 'LBody', 'Table', 'TR', 'TH', 'TD', 'THead', 'TBody', 'TFoot', 'Span', 'Quote', 'Note', 'Reference', 'BibEntry', 'Code', 'Link', 'Annot', 'Ruby', 'RB', 'RT', 'RP', 'Warichu', 'WT', 'WP', 'Figure', 'Formula', 'Form'])

/** Operators that paint (PDF 1.7, tables 51, 59, 87, 92), as pdf.js numbers them. */
const PAINTING = new Set([OPS.stroke, OPS.closeStroke, OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke, OPS.shadingFill, OPS.showText, OPS.showSpacedText, OPS.nextLineShowText, OPS.nextLineSetSpacingShowText, OPS.paintXObject, OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject, OPS.paintFormXObjectBegin])

/**
 * Reads a PDF's tags, and checks the rules of PDF/UA-1 (ISO 14289-1) that a program can check with
 * pdf.js and pdf-lib: identified as PDF/UA-1 in its XMP metadata (clause 5); marked as tagged and
 * not suspect, every piece of content either tagged or an artifact, every structure type a
 * standard one, a dc:title that the viewer shows (7.1); a document language (7.2); every figure
 * with alternative text (7.3); headings that skip no level (7.4.2); table cells inside rows (7.5);
 * a structure tab order on pages with annotations and words on every link (7.18.1, 7.18.5); every
 * font embedded (7.21.4.1). What needs a reader's judgement (is the alternative text right, is the
 * reading order the visual one) is for the tests to check by content.
 */
export async function readTags(path: string): Promise<TaggedPdf> {
  const bytes = new Uint8Array(readFileSync(path))
  const problems: string[] = []
  const task = getDocument({ data: bytes.slice(), verbosity: 0 })
  const doc = await task.promise
  const pages: PageTags[] = []
  for (let no = 1; no <= doc.numPages; no++) {
    const page = await doc.getPage(no)
    const tags: PageTags = { headings: [], figures: [], roles: new Set() }
    // The words of each marked-content sequence, by the id the structure tree points at.
    const words = new Map<string, string>()
    const open: string[] = []
    for (const item of (await page.getTextContent({ includeMarkedContent: true })).items) {
      if ('type' in item) {
        if (item.type === 'beginMarkedContentProps' || item.type === 'beginMarkedContent')
          open.push(item.id ?? '')
        else if (item.type === 'endMarkedContent')
          open.pop()
      }
      else {
        // A sequence without an id (a Span giving a glyph's actual text) belongs to the one around it.
        const id = open.findLast(Boolean)
        if (id)
          words.set(id, `${words.get(id) ?? ''}${item.str}${item.hasEOL ? ' ' : ''}`)
      }
    }
    const textOf = (node: StructNode): string => node.type === 'content' ? words.get(node.id ?? '') ?? '' : (node.children ?? []).map(textOf).join('')
    const walk = (node: StructNode, parentRole?: string) => {
      const role = node.role
      if (!role || node.type)
        return
      tags.roles.add(role)
      if (role !== 'Root' && !STANDARD_TYPES.has(role))
        problems.push(`page ${no}: structure type "${role}" is not a standard one`)
      const heading = /^H([1-6])$/.exec(role)
      if (heading)
        tags.headings.push({ level: Number(heading[1]), text: plain(textOf(node)) })
      if (role === 'Figure') {
        tags.figures.push(node.alt ?? '')
        if (!node.alt?.trim())
          problems.push(`page ${no}: a Figure has no alternative text`)
      }
      if ((role === 'TH' || role === 'TD') && parentRole !== 'TR')
        problems.push(`page ${no}: a table cell (${role}) outside a row (in ${parentRole})`)
      for (const child of node.children ?? [])
        walk(child, role)
    }
    const tree = await page.getStructTree() as StructNode | null
    if (!tree)
      problems.push(`page ${no}: no structure tree`)
    else
      walk(tree)
    const levels = tags.headings.map(h => h.level)
    for (let i = 1; i < levels.length; i++) {
      if (levels[i] > levels[i - 1] + 1)
        problems.push(`page ${no}: heading H${levels[i]} follows H${levels[i - 1]}, skipping a level`)
    }
    // Painting outside every marked-content sequence is neither tagged nor an artifact.
    const ops = await page.getOperatorList()
    let depth = 0
    let unmarked = 0
    ops.fnArray.forEach((fn) => {
      if (fn === OPS.beginMarkedContent || fn === OPS.beginMarkedContentProps)
        depth++
      else if (fn === OPS.endMarkedContent)
        depth = Math.max(0, depth - 1)
      else if (depth === 0 && PAINTING.has(fn))
        unmarked++
    })
    if (unmarked)
      problems.push(`page ${no}: ${unmarked} painting operations are neither tagged nor marked as artifacts`)
    pages.push(tags)
  }
  await task.destroy()

  // What pdf.js does not expose, read with pdf-lib.
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false })
  const catalog = pdf.catalog
  const mark = catalog.lookup(PDFName.of('MarkInfo'))
  if (!(mark instanceof PDFDict) || mark.lookup(PDFName.of('Marked')) !== PDFBool.True)
    problems.push('the document is not marked as tagged (MarkInfo /Marked)')
  else if (mark.lookup(PDFName.of('Suspects')) === PDFBool.True)
    problems.push('the document says its tags are suspect (MarkInfo /Suspects)')
  const language = catalog.lookup(PDFName.of('Lang'))?.toString().replace(/^\(|\)$/g, '') ?? ''
  if (!language)
    problems.push('the document has no language (catalogue /Lang)')
  const metadata = catalog.lookup(PDFName.of('Metadata'))
  const xmp = metadata instanceof PDFRawStream ? Buffer.from(decodePDFRawStream(metadata).decode()).toString('utf8') : metadata instanceof PDFStream ? 'unreadable' : ''
  if (!/<pdfuaid:part>1<\/pdfuaid:part>|pdfuaid:part="1"/.test(xmp))
    problems.push('the XMP metadata does not identify the document as PDF/UA-1 (pdfuaid:part)')
  if (!/<dc:title>[\s\S]*?<rdf:li[^>]*>[^<\s][^<]*<\/rdf:li>/.test(xmp))
    problems.push('the XMP metadata has no dc:title')
  const preferences = catalog.lookup(PDFName.of('ViewerPreferences'))
  if (!(preferences instanceof PDFDict) || preferences.lookup(PDFName.of('DisplayDocTitle')) !== PDFBool.True)
    problems.push('the viewer is not told to show the title (ViewerPreferences /DisplayDocTitle)')
  const fonts = new Set<PDFDict>()
  for (const [index, page] of pdf.getPages().entries()) {
    const annots = page.node.Annots()?.asArray() ?? []
    if (annots.length && page.node.lookup(PDFName.of('Tabs')) !== PDFName.of('S'))
      problems.push(`page ${index + 1}: has annotations but no structure tab order (/Tabs /S)`)
    for (const ref of annots) {
      const annot = pdf.context.lookup(ref) as PDFDict
      if (annot.lookup(PDFName.of('Subtype')) === PDFName.of('Link') && !annot.lookup(PDFName.of('Contents'))?.toString().replace(/^\(|\)$/g, '').trim())
        problems.push(`page ${index + 1}: a link annotation has no words (/Contents)`)
    }
    const fontDict = page.node.Resources()?.lookup(PDFName.of('Font'))
    if (fontDict instanceof PDFDict) {
      for (const value of fontDict.values())
        fonts.add(pdf.context.lookup(value) as PDFDict)
    }
  }
  for (const font of fonts) {
    const descendants = font.lookup(PDFName.of('DescendantFonts'))
    const program = descendants instanceof PDFArray ? pdf.context.lookup(descendants.get(0)) as PDFDict : font
    const descriptor = program.lookup(PDFName.of('FontDescriptor'))
    const embedded = descriptor instanceof PDFDict && ['FontFile', 'FontFile2', 'FontFile3'].some(key => descriptor.has(PDFName.of(key)))
    if (!embedded && font.lookup(PDFName.of('Subtype')) !== PDFName.of('Type3'))
      problems.push(`the font ${font.lookup(PDFName.of('BaseFont'))?.toString() ?? '(unnamed)'} is not embedded`)
  }
  return { pages, language, problems }
}
