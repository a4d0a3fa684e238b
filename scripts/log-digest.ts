/**
 * Writes data/search-log-digest.json: what the slides show of the search log (components/
 * search-log-summary.ts `searchLogDigest`), so that the deck ships a few kilobytes of counts, not
 * the whole log. Run it after changing data/search-log.json; a unit test fails while it is stale.
 *
 *   npm run log-digest
 */
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { searchLogDigest } from '../components/search-log-summary.ts'
import { DECK_ROOT } from './deck.ts'

export const DIGEST_FILE = 'data/search-log-digest.json'

/** The digest as the file holds it. */
export function digestText(): string {
  return `${JSON.stringify(searchLogDigest(), null, 2)}\n`
}

if (import.meta.main) {
  writeFileSync(resolve(DECK_ROOT, DIGEST_FILE), digestText())
  console.log(`wrote ${DIGEST_FILE}`)
}
