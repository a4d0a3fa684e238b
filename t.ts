import { loadDeck } from './lib/deck.ts'
import { bodyText, countWords } from './lib/slide-text.ts'
const deck = await loadDeck()
let t = 0
for (const s of deck) { const n = countWords(s.note.replace(/\[click\]/g, '')); t += n; console.log(s.no, n, countWords(bodyText(s.content)), s.title) }
console.log('total', t, deck.length)
