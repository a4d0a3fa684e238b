import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PDFDocument, StandardFonts } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import { contentOperators, markArtifacts } from '../../scripts/pdf-finish.ts'
import { readTags } from '../pdf.ts'

describe('the content-stream scanner', () => {
  it('finds the operators and skips strings, names, arrays and dictionaries that look like them', () => {
    const text = '/P <</MCID 0 /Alt (EMC) >> BDC BT /F1 12 Tf (a\\) BDC \\(b) Tj [(c) -20 <454d43>] TJ ET EMC'
    expect(contentOperators(text).map(o => o.op)).toEqual(['BDC', 'BT', 'Tf', 'Tj', 'TJ', 'ET', 'EMC'])
  })

  it('keeps an inline image\'s data out of the operators', () => {
    expect(contentOperators('BI /W 1 /H 1 ID \x00S f EMC\x01 EI q Q').map(o => o.op)).toEqual(['EI', 'q', 'Q'])
  })
})

describe('marking what Chromium leaves unmarked as artifacts', () => {
  it('wraps each unmarked run of painting, and leaves tagged content and bare state alone', () => {
    const text = [
      'q 1 0 0 1 0 0 cm 0 0 10 10 re f Q',
      '/P <</MCID 0>> BDC BT (tagged) Tj ET EMC',
      'BT (loose) Tj ET',
      '1 g',
      '/Span <</MCID 1>> BDC 0 0 m 5 5 l S EMC',
    ].join('\n')
    expect(markArtifacts(text)).toBe([
      '/Artifact BMC\nq 1 0 0 1 0 0 cm 0 0 10 10 re f Q\nEMC',
      '/P <</MCID 0>> BDC BT (tagged) Tj ET EMC',
      'BT/Artifact BMC\n (loose) Tj\nEMC ET',
      '1 g',
      '/Span <</MCID 1>> BDC 0 0 m 5 5 l S EMC',
    ].join('\n'))
  })

  it('changes nothing where everything is marked', () => {
    const text = '/Artifact BMC 0 0 1 1 re f EMC /P <</MCID 0>> BDC BT (x) Tj ET EMC'
    expect(markArtifacts(text)).toBe(text)
  })
})

describe('the PDF/UA checks', () => {
  it('fail an untagged PDF, saying what it lacks', async () => {
    const pdf = await PDFDocument.create()
    const page = pdf.addPage([200, 100])
    page.drawText('Not tagged', { x: 10, y: 50, font: await pdf.embedFont(StandardFonts.Helvetica) })
    const file = join(mkdtempSync(join(tmpdir(), 'pdf-ua-')), 'untagged.pdf')
    writeFileSync(file, await pdf.save())
    const { problems } = await readTags(file)
    expect(problems).toEqual(expect.arrayContaining([
      'page 1: no structure tree',
      'page 1: 1 painting operations are neither tagged nor marked as artifacts',
      'the document is not marked as tagged (MarkInfo /Marked)',
      'the document has no language (catalogue /Lang)',
      'the XMP metadata does not identify the document as PDF/UA-1 (pdfuaid:part)',
      'the XMP metadata has no dc:title',
      'the viewer is not told to show the title (ViewerPreferences /DisplayDocTitle)',
      'the font /Helvetica is not embedded',
    ]))
  })
})
