/**
 * The data files (scripts/handouts.ts) read back as a citation manager or a spreadsheet reads them,
 * by parsers of their own: citation-js for the BibTeX, csv-parse for the CSV, JSON.parse for the
 * JSON. The unit tests read what the functions write; the end-to-end test reads what the built site
 * hands out.
 */
import type { CSL } from '@citation-js/core'
import { Cite } from '@citation-js/core'
import '@citation-js/plugin-bibtex'
import { parse } from 'csv-parse/sync'
import { clauses } from '../data/codebook.ts'
import { events } from '../data/escalation-events.ts'
import { sources } from '../data/sources.ts'
import { CODEBOOK_MARKDOWN, RECORD_CSV, RECORD_JSON, REFERENCES_BIBTEX, REFERENCES_CSL_JSON } from '../lib/outputs.ts'

/** BibTeX as CSL items, as citation-js reads it; throws, saying so, for BibTeX it cannot read. */
export function readBibtex(text: string): CSL[] {
  try {
    return new Cite(text).data as CSL[]
  }
  catch (error) {
    throw new Error(`citation-js cannot read the BibTeX: ${(error as Error).message}`)
  }
}

/** CSV as one object a row, keyed by the header row; a byte-order mark is dropped. */
export function readCsv(text: string): Record<string, string>[] {
  return parse(text, { columns: true, bom: true }) as Record<string, string>[]
}

/** The clause ids a codebook in Markdown gives in its headings: "### Period (`period`)". */
export function clauseIdsIn(markdown: string): string[] {
  return [...markdown.matchAll(/^### .+ \(`([\w-]+)`\)$/gm)].map(m => m[1])
}

/** How many entries each data file holds, read back: references, moves, clauses. */
export const READ_BACK: Record<string, (text: string) => number> = {
  [REFERENCES_BIBTEX]: text => readBibtex(text).length,
  [REFERENCES_CSL_JSON]: text => (JSON.parse(text) as unknown[]).length,
  [RECORD_CSV]: text => readCsv(text).length,
  [RECORD_JSON]: text => (JSON.parse(text) as { moves: unknown[] }).moves.length,
  [CODEBOOK_MARKDOWN]: text => clauseIdsIn(text).length,
}

/** How many each should hold, counted in data/: one reference a source, one row a record, one section a clause. */
export const ENTRIES: Record<string, number> = {
  [REFERENCES_BIBTEX]: sources.length,
  [REFERENCES_CSL_JSON]: sources.length,
  [RECORD_CSV]: events.length,
  [RECORD_JSON]: events.length,
  [CODEBOOK_MARKDOWN]: clauses.length,
}
