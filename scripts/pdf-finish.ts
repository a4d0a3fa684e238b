/**
 * Finishes the tagged PDFs that Chromium prints (scripts/export.ts) so that they meet what PDF/UA-1
 * asks of a document and Chromium leaves out: the title in the XMP metadata and shown in the
 * viewer's title bar, the language, the PDF/UA identifier, a tab order that follows the structure,
 * words for every link, and no content that is neither tagged nor an artifact.
 *
 * Chromium tags what its accessibility tree holds (headings, paragraphs, lists, tables, quotations,
 * figures with their alternative text) and leaves everything else unmarked: page backgrounds,
 * borders, aria-hidden icons and separators, the inside of a drawing that is one image to a screen
 * reader. PDF/UA counts unmarked content as an error (Matterhorn checkpoint 01-005), so
 * `markArtifacts` wraps each unmarked run of drawing operators in `/Artifact BMC … EMC`. No
 * library reachable here edits content streams (pdf-lib writes them, pdf.js only reads them), hence
 * the small scanner below; it changes nothing but adds those two operators.
 */
import type { PDFDict, PDFDocument, PDFPage } from 'pdf-lib'
import { escapeHtml } from './notes-html.ts'

/** What every PDF of the deck says of itself. */
export interface PdfIdentity {
  title: string
  subject?: string
  author?: string
  /** BCP 47, e.g. "en". */
  language: string
}

/** Operators that paint (PDF 1.7, tables 51, 59, 87, 92): a run holding one is content, tagged or not. */
const PAINTING = new Set(['S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*', 'sh', 'Do', 'Tj', 'TJ', '\'', '"', 'EI'])
const DELIMITERS = new Set([...'()<>[]{}/%'])
const isWhite = (c: string) => c === ' ' || c === '\n' || c === '\r' || c === '\t' || c === '\f' || c === '\0'

/** The operators of a content stream (its text as Latin-1), each with where it starts and ends; operands are skipped. */
export function contentOperators(text: string): { op: string, start: number, end: number }[] {
  const ops: { op: string, start: number, end: number }[] = []
  let i = 0
  while (i < text.length) {
    const c = text[i]
    if (isWhite(c)) {
      i++
    }
    else if (c === '%') {
      while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++
    }
    else if (c === '(') {
      // A literal string: balanced parentheses, backslash escapes.
      let depth = 0
      for (; i < text.length; i++) {
        if (text[i] === '\\') {
          i++
        }
        else if (text[i] === '(') {
          depth++
        }
        else if (text[i] === ')' && --depth === 0) {
          i++
          break
        }
      }
    }
    else if (c === '<' && text[i + 1] !== '<') {
      i = text.indexOf('>', i) + 1 || text.length
    }
    else if (DELIMITERS.has(c)) {
      // `<<`, `>>`, brackets, or a name's slash followed by its regular characters.
      i += c === '<' || c === '>' ? 2 : 1
      if (c === '/') {
        while (i < text.length && !isWhite(text[i]) && !DELIMITERS.has(text[i])) i++
      }
    }
    else {
      const start = i
      while (i < text.length && !isWhite(text[i]) && !DELIMITERS.has(text[i])) i++
      const word = text.slice(start, i)
      if (/^[+\-.\d]/.test(word) || word === 'true' || word === 'false' || word === 'null')
        continue
      if (word === 'BI') {
        // An inline image: its data runs to the EI that stands alone.
        const end = /\sEI(?=[\s]|$)/g
        end.lastIndex = i
        const found = end.exec(text)
        i = found ? found.index + 3 : text.length
        ops.push({ op: 'EI', start, end: i })
        continue
      }
      ops.push({ op: word, start, end: i })
    }
  }
  return ops
}

/**
 * The content stream with every run of painting outside marked content wrapped as an artifact. A
 * run ends where marked content begins or a text object begins or ends, so that no artifact
 * straddles a text object or another sequence (PDF 1.7, 14.6: sequences nest, and lie wholly
 * inside or outside a text object). Returns the text unchanged if nothing is unmarked.
 */
export function markArtifacts(text: string): string {
  const ops = contentOperators(text)
  const inserts: { at: number, words: string }[] = []
  let depth = 0
  let run: { start: number, end: number, paints: boolean } | undefined
  const close = () => {
    if (run?.paints) {
      inserts.push({ at: run.start, words: '/Artifact BMC\n' })
      inserts.push({ at: run.end, words: '\nEMC' })
    }
    run = undefined
  }
  // Where the operator before this one ended: a run starts there, so that it holds its first operator's operands.
  let previousEnd = 0
  for (const { op, end } of ops) {
    const from = previousEnd
    previousEnd = end
    if (op === 'BDC' || op === 'BMC') {
      if (depth === 0)
        close()
      depth++
      continue
    }
    if (op === 'EMC') {
      depth = Math.max(0, depth - 1)
      continue
    }
    if (depth > 0)
      continue
    if (op === 'BT' || op === 'ET') {
      close()
      continue
    }
    run ??= { start: from, end, paints: false }
    run.end = end
    run.paints ||= PAINTING.has(op)
  }
  close()
  if (!inserts.length)
    return text
  let out = ''
  let from = 0
  for (const { at, words } of inserts) {
    out += text.slice(from, at) + words
    from = at
  }
  return out + text.slice(from)
}

/** The standard structure types of PDF 1.7 (ISO 32000-1, 14.8.4), the only ones PDF/UA-1 takes without a role map. */
const STANDARD_TYPES = new Set(['Document', 'Part', 'Art', 'Sect', 'Div', 'BlockQuote', 'Caption', 'TOC', 'TOCI', 'Index', 'NonStruct', 'Private', 'H', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'P', 'L', 'LI', 'Lbl', 'LBody', 'Table', 'TR', 'TH', 'TD', 'THead', 'TBody', 'TFoot', 'Span', 'Quote', 'Note', 'Reference', 'BibEntry', 'Code', 'Link', 'Annot', 'Ruby', 'RB', 'RT', 'RP', 'Warichu', 'WT', 'WP', 'Figure', 'Formula', 'Form'])

/** PDF 2.0's types that Chromium writes (`<strong>` as Strong, …), as the PDF 1.7 type nearest in meaning. */
const PDF20_TYPES: Record<string, string> = { Strong: 'Span', Em: 'Span', Sub: 'Span', Title: 'P', Aside: 'Div', FENote: 'Note', DocumentFragment: 'Div' }

/**
 * Role-maps every structure type outside PDF 1.7's standard set (PDF/UA-1, 7.1): PDF 2.0's to their
 * nearest PDF 1.7 type, anything else to NonStruct (a grouping that adds no meaning).
 */
function mapRoles(pdf: PDFDocument, { PDFArray, PDFDict, PDFName }: typeof import('pdf-lib')): void {
  const root = pdf.catalog.lookup(PDFName.of('StructTreeRoot'))
  if (!(root instanceof PDFDict))
    throw new Error('Chromium printed no structure tree: was the PDF printed with `tagged: true`?')
  const used = new Set<string>()
  const seen = new Set<PDFDict>()
  const walk = (kids: unknown) => {
    const list = kids instanceof PDFArray ? kids.asArray().map(kid => pdf.context.lookup(kid)) : [kids]
    for (const kid of list) {
      if (!(kid instanceof PDFDict) || seen.has(kid))
        continue
      seen.add(kid)
      const type = kid.lookup(PDFName.of('S'))
      if (type instanceof PDFName)
        used.add(type.decodeText())
      walk(kid.lookup(PDFName.of('K')))
    }
  }
  walk(root.lookup(PDFName.of('K')))
  const map = root.lookup(PDFName.of('RoleMap'))
  const roleMap = map instanceof PDFDict ? map : pdf.context.obj({})
  for (const type of used) {
    if (!STANDARD_TYPES.has(type) && !roleMap.has(PDFName.of(type)))
      roleMap.set(PDFName.of(type), PDFName.of(PDF20_TYPES[type] ?? 'NonStruct'))
  }
  root.set(PDFName.of('RoleMap'), roleMap)
}

function xmp(identity: PdfIdentity): string {
  return `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${escapeHtml(identity.title)}</rdf:li></rdf:Alt></dc:title>
<dc:language><rdf:Bag><rdf:li>${escapeHtml(identity.language)}</rdf:li></rdf:Bag></dc:language>
<pdfuaid:part>1</pdfuaid:part>
</rdf:Description></rdf:RDF></x:xmpmeta>
<?xpacket end="w"?>`
}

/**
 * Finishes a tagged PDF that Chromium printed: identity, XMP, tab order, link words, artifacts,
 * and, when given, an outline whose lines are `page|dashes|title` (@lillallol/outline-pdf's
 * format; the dashes are the depth). Chromium's structure tree and marked content stay as they
 * are: pdf-lib rewrites the file but keeps every object the catalogue reaches.
 */
export async function finishPdf(bytes: Uint8Array, identity: PdfIdentity, outline?: string): Promise<Uint8Array> {
  const pdfLib = await import('pdf-lib')
  const { PDFArray, PDFDocument, PDFName, PDFRawStream, PDFString, decodePDFRawStream } = pdfLib
  let pdf = await PDFDocument.load(bytes)
  pdf.setTitle(identity.title, { showInWindowTitleBar: true })
  pdf.setLanguage(identity.language)
  if (identity.subject)
    pdf.setSubject(identity.subject)
  if (identity.author)
    pdf.setAuthor(identity.author)
  pdf.setCreator('kaliningrad-deck (Slidev print view, Chromium)')
  pdf.catalog.set(PDFName.of('Metadata'), pdf.context.register(pdf.context.stream(xmp(identity), { Type: 'Metadata', Subtype: 'XML' })))

  pdf.catalog.set(PDFName.of('MarkInfo'), pdf.context.obj({ Marked: true }))
  mapRoles(pdf, pdfLib)

  const markPage = (page: PDFPage) => {
    const contents = page.node.Contents()
    const streams = contents instanceof PDFArray ? contents.asArray().map(ref => pdf.context.lookup(ref)) : [contents]
    // Skia writes one stream per page; joined, several would be marked as one.
    if (streams.length !== 1 || !(streams[0] instanceof PDFRawStream))
      throw new Error(`A page's content is not the single stream Chromium writes (${streams.length} streams): cannot mark its artifacts`)
    const text = Buffer.from(decodePDFRawStream(streams[0]).decode()).toString('latin1')
    const marked = markArtifacts(text)
    if (marked !== text)
      page.node.set(PDFName.of('Contents'), pdf.context.register(pdf.context.flateStream(Buffer.from(marked, 'latin1'))))
  }
  for (const page of pdf.getPages()) {
    markPage(page)
    // Tab order follows the structure (PDF/UA 7.18.3), and every link says where it goes (7.18.5).
    page.node.set(PDFName.of('Tabs'), PDFName.of('S'))
    const annots = page.node.Annots()
    for (const ref of annots?.asArray() ?? []) {
      const annot = pdf.context.lookup(ref) as PDFDict
      const action = annot.lookup(PDFName.of('A'))
      const uri = action && 'lookup' in action ? (action as PDFDict).lookup(PDFName.of('URI')) : undefined
      if (!annot.has(PDFName.of('Contents')))
        annot.set(PDFName.of('Contents'), PDFString.of(uri ? `Link to ${uri.toString().replace(/^\(|\)$/g, '')}` : 'Link within the document'))
    }
  }
  if (outline) {
    const { outlinePdfFactory } = await import('@lillallol/outline-pdf')
    pdf = await outlinePdfFactory(pdfLib)({ outline, pdf })
  }
  return pdf.save({ useObjectStreams: false })
}
