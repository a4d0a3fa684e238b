/**
 * The names of the files the deck is handed out as: one place for the build, the single-file
 * build, the exports, the deck's download controls (custom-nav-controls.vue) and the tests.
 * slides.md's `exportFilename:` (Slidev's default name for `slidev export`) is the same stem; a unit
 * test keeps the two the same.
 */
export const DECK_FILE_STEM = 'kaliningrad-deck'

/** The PDF handout, inside the built site (`dist/`) and in `exports/`. */
export const SITE_PDF = `${DECK_FILE_STEM}.pdf`

/** The self-contained single HTML file, inside the built site and in `exports/`. */
export const SINGLE_HTML = `${DECK_FILE_STEM}.html`
