/**
 * The names of the files the deck is handed out as: one place for the build, the single-file
 * build, the exports (scripts/export.ts), the data files (scripts/handouts.ts), the deck's download
 * controls (custom-nav-controls.vue) and the tests.
 * slides.md's `exportFilename:` (Slidev's default name for `slidev export`) is the same stem; a unit
 * test keeps the two the same.
 */
export const DECK_FILE_STEM = 'kaliningrad-deck'

/** The PDF handout, inside the built site (`dist/`) and in `exports/`. */
export const SITE_PDF = `${DECK_FILE_STEM}.pdf`

/** The self-contained single HTML file, inside the built site and in `exports/`. */
export const SINGLE_HTML = `${DECK_FILE_STEM}.html`

/** What `npm run export` can write: the slides, every click step, or the notes handout. */
export type ExportKind = 'slides' | 'clicks' | 'notes'

/** Where each export goes unless told otherwise (relative to the deck's root). */
export const EXPORT_FILES: Record<ExportKind, string> = {
  slides: `exports/${SITE_PDF}`,
  clicks: `exports/${DECK_FILE_STEM}-clicks.pdf`,
  notes: `exports/${DECK_FILE_STEM}-notes.pdf`,
}

/** Where `npm run build:single` writes the single file (relative to the deck's root). */
export const SINGLE_FILE_OUTPUT = `exports/${SINGLE_HTML}`

/**
 * The deck's sources for a citation manager (scripts/handouts.ts writes them; Zotero and the others
 * import both): BibTeX, and CSL-JSON, the format citation styles are written for.
 */
export const REFERENCES_BIBTEX = `${DECK_FILE_STEM}-references.bib`
export const REFERENCES_CSL_JSON = `${DECK_FILE_STEM}-references.json`

/** The escalation record, a row per move: for a spreadsheet (CSV) and as JSON. */
export const RECORD_CSV = `${DECK_FILE_STEM}-record.csv`
export const RECORD_JSON = `${DECK_FILE_STEM}-record.json`

/** The record's codebook, with what each column of the record means, in Markdown. */
export const CODEBOOK_MARKDOWN = `${DECK_FILE_STEM}-codebook.md`

/**
 * The data files, in the order the navigation bar's menu lists them, each with its name there.
 * `npm run build` writes them into the site and `npm run handouts` into `exports/`.
 */
export const DATA_FILES: readonly { name: string, label: string }[] = [
  { name: REFERENCES_BIBTEX, label: 'References, BibTeX (.bib)' },
  { name: REFERENCES_CSL_JSON, label: 'References, CSL-JSON (.json)' },
  { name: RECORD_CSV, label: 'Escalation record, CSV (.csv)' },
  { name: RECORD_JSON, label: 'Escalation record, JSON (.json)' },
  { name: CODEBOOK_MARKDOWN, label: 'Codebook (.md)' },
]
