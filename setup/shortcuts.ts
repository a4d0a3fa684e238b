/**
 * One press of a navigation key is one step, however busy the machine.
 *
 * Slidev repeats a navigation key (→, ←, Space, Page Down…) by a timer while the key is down: a
 * second step one second after the first, then faster. When the step itself keeps the page busy for
 * that second (entering a map slide draws the map), the key's release is handled after the timer
 * has fired, and a single press moves two steps: the presenter lands on the map's second click, or
 * the end-to-end walk through the deck sees `?clicks=1` where it pressed once (seen at a load
 * average of ~14 on 2 cores). Without the timer a held key moves once; the keys are otherwise
 * Slidev's own.
 */
import { defineShortcutsSetup } from '@slidev/types'

export default defineShortcutsSetup((_nav, shortcuts) => shortcuts.map(shortcut => ({ ...shortcut, autoRepeat: false })))
