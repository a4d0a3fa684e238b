// Fonts are bundled from @fontsource, so the deck never asks a font server for anything.
import '@fontsource-variable/inter/wght.css'
import '@fontsource-variable/source-serif-4/wght.css'
import './palette.css'
import './deck.css'
import './print.css'
