/**
 * The names of the files the deck is handed out as: one place for the build, the single-file
 * build, the exports (scripts/export.ts), the deck's download controls (custom-nav-controls.vue)
 * and the tests.
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
