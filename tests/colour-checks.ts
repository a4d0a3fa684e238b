/**
 * Can the map's and chart's categories be told apart without colour, and by every eye? The rules
 * the palette must meet, shared by the unit test (which reads styles/palette.css) and the
 * end-to-end test (which reads the fills the browser computes on each map slide).
 *
 * - Grey-scale (a black-and-white printer, a washed-out projector): Russia, the oblast and the
 *   mainland, differs from every other fill by at least RUSSIA_MIN_DL lightness (CIELAB L*), and
 *   NATO's cohorts from each other by at least COHORT_MIN_DL, or by a pattern.
 * - Colour-vision deficiency: simulated protanopia, deuteranopia and tritanopia (Machado et al.
 *   2009, as culori implements it, at full severity), and normal vision, keep every pair of
 *   categories shown together at least MIN_DE apart in CIEDE2000, unless a pattern tells them apart.
 *
 * Why these numbers: an L* step of 15 is what two fills keep after a cheap laser printer's
 * halftone and a projector's lifted blacks have each eaten several units, and still reads as
 * "darker" at a glance, not on inspection; the issue asks for it. Ten L* between the cohorts is
 * smaller because they are shown as shades of one thing (NATO), ordered by date. ΔE00 = 1 is about
 * the smallest difference seen side by side; categories must be named across a classroom, on
 * small patches, by a viewer who cannot compare them side by side, so we ask for ten times that:
 * MIN_DE = 10, the level at which two flat colours read as different colours, not as one colour
 * unevenly printed.
 */
import type { Color } from 'culori'
import { converter, differenceCiede2000, filterDeficiencyDeuter, filterDeficiencyProt, filterDeficiencyTrit, formatHex, parse } from 'culori'

const RUSSIA_MIN_DL = 15
const COHORT_MIN_DL = 10
export const MIN_DE = 10

export type Vision = 'normal' | 'protanopia' | 'deuteranopia' | 'tritanopia'
export const VISIONS: readonly Vision[] = ['normal', 'protanopia', 'deuteranopia', 'tritanopia']

const SIMULATE: Record<Vision, (c: Color) => Color> = {
  normal: c => c,
  protanopia: filterDeficiencyProt(1),
  deuteranopia: filterDeficiencyDeuter(1),
  tritanopia: filterDeficiencyTrit(1),
}

const toLab65 = converter('lab65')
const toLrgb = converter('lrgb')
const toRgb = converter('rgb')
const ciede2000 = differenceCiede2000()

function colour(css: string): Color {
  const parsed = parse(css)
  if (!parsed)
    throw new Error(`Not a colour: "${css}"`)
  return parsed
}

/** CIELAB lightness L* (0 black … 100 white) of a CSS colour, against sRGB's own white (D65). */
export function lightness(css: string): number {
  return toLab65(colour(css)).l
}

/** The colour a viewer with `vision` sees, as #rrggbb. */
export function simulate(css: string, vision: Vision): string {
  return formatHex(toRgb(SIMULATE[vision](toRgb(colour(css)))))
}

/** CIEDE2000 difference between two colours as a viewer with `vision` sees them. */
export function deltaE(a: string, b: string, vision: Vision = 'normal'): number {
  return ciede2000(colour(simulate(a, vision)), colour(simulate(b, vision)))
}

/** A fill: a flat colour, or a pattern's ground with marks (stripes, dots) covering part of it. */
interface Paint {
  ground: string
  /** A pattern's marks; the kind names the pattern (stripes one way and dots are different kinds). */
  marks?: { colour: string, coverage: number, kind: string }
}

/**
 * What a pattern looks like from afar or printed coarsely: its colours averaged by area, in linear
 * light (as a blur or a halftone mixes them).
 */
function meanColour(paint: Paint): string {
  if (!paint.marks)
    return formatHex(toRgb(colour(paint.ground)))
  const g = toLrgb(colour(paint.ground))
  const m = toLrgb(colour(paint.marks.colour))
  const t = paint.marks.coverage
  const mix = (a: number, b: number) => a * (1 - t) + b * t
  return formatHex(toRgb({ mode: 'lrgb', r: mix(g.r, m.r), g: mix(g.g, m.g), b: mix(g.b, m.b) }))
}

/** How a category enters the rules: Russia is the subject; NATO's cohorts are shades of one thing. */
export type Role = 'russia' | 'nato' | 'other'

export interface FillCategory {
  /** The name a failure uses: "russia", "nato-1999", "sea", … */
  id: string
  role: Role
  paint: Paint
}

/** Two paints a pattern tells apart: one has marks the other lacks, or marks of another kind. */
function patternDiffers(a: Paint, b: Paint): boolean {
  return (a.marks?.kind ?? 'flat') !== (b.marks?.kind ?? 'flat')
}

const fixed = (n: number) => n.toFixed(1)

/**
 * Every broken rule among categories shown together, one sentence each naming the pair (empty if
 * all hold). `where` starts each sentence ("light palette", "slide 9, dark").
 */
export function fillProblems(categories: readonly FillCategory[], where: string): string[] {
  const problems: string[] = []
  for (const [i, a] of categories.entries()) {
    for (const b of categories.slice(i + 1)) {
      const pair = `${where}: ${a.id} vs ${b.id}`
      const byPattern = patternDiffers(a.paint, b.paint)
      // Russia is the subject: its flat fill must stand apart in lightness from every other fill,
      // from a pattern's ground and from the pattern as a whole, pattern or not.
      const [russia, other] = a.role === 'russia' ? [a, b] : [b, a]
      if (russia.role === 'russia' && other.role !== 'russia') {
        const l = lightness(russia.paint.ground)
        for (const [what, c] of [['fill', other.paint.ground], ['pattern seen from afar', meanColour(other.paint)]] as const) {
          if (what !== 'fill' && !other.paint.marks)
            continue
          const dl = Math.abs(l - lightness(c))
          if (dl < RUSSIA_MIN_DL)
            problems.push(`${pair}: L* ${fixed(l)} vs ${fixed(lightness(c))} (${other.id}'s ${what}) differ by ${fixed(dl)}, under ${RUSSIA_MIN_DL}`)
        }
      }
      if (a.role === 'nato' && b.role === 'nato' && !byPattern) {
        const dl = Math.abs(lightness(a.paint.ground) - lightness(b.paint.ground))
        if (dl < COHORT_MIN_DL)
          problems.push(`${pair}: L* differ by ${fixed(dl)}, under ${COHORT_MIN_DL}, and no pattern tells them apart`)
      }
      // Colour difference, under each vision. A pattern is texture, which every eye sees; Russia's
      // pairs are checked whatever the pattern, against the pattern's ground and its mean.
      const involvesRussia = a.role === 'russia' || b.role === 'russia'
      if (byPattern && !involvesRussia)
        continue
      const colours = (p: Paint) => p.marks ? [p.ground, meanColour(p)] : [p.ground]
      for (const vision of VISIONS) {
        for (const ca of colours(a.paint)) {
          for (const cb of colours(b.paint)) {
            const de = deltaE(ca, cb, vision)
            if (de < MIN_DE)
              problems.push(`${pair} (${vision}): ΔE00 ${fixed(de)} between ${ca} and ${cb}, under ${MIN_DE}`)
          }
        }
      }
    }
  }
  return problems
}

/** Custom properties (`--name: value`) of each rule whose selector is `:root` or `html.dark`. */
export function readPalette(css: string): { light: Record<string, string>, dark: Record<string, string> } {
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '')
  const block = (selector: string): Record<string, string> => {
    const escaped = selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    const body = new RegExp(`(?:^|[}\\s])${escaped}\\s*\\{([^}]*)\\}`).exec(withoutComments)?.[1]
    if (body === undefined)
      throw new Error(`styles/palette.css has no "${selector} { … }" rule`)
    return Object.fromEntries([...body.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map(m => [m[1], m[2].trim()]))
  }
  const light = block(':root')
  // Dark mode overrides what it names; the rest is inherited from :root.
  return { light, dark: { ...light, ...block('html.dark') } }
}

/**
 * The share of a pattern's tile its marks cover, as BalticMap.vue's <defs> draw them: Belarus
 * 2.5 px stripes every 7 px; the cohorts before 1999, dots of radius 1.2 px every 6 px; 2023–24,
 * 1.6 px stripes every 6 px. The end-to-end test measures the drawn patterns instead.
 */
const PATTERN_COVERAGE = { belarus: 2.5 / 7, early: (Math.PI * 1.2 ** 2) / 36, recent: 1.6 / 6 } as const

/** The map's fills, from the palette's custom properties (one scheme's), as the map paints them. */
export function mapFills(vars: Record<string, string>): FillCategory[] {
  const v = (name: string) => {
    const value = vars[name]
    if (!value)
      throw new Error(`styles/palette.css does not define ${name}`)
    return value
  }
  return [
    { id: 'russia', role: 'russia', paint: { ground: v('--k-russia-fill') } },
    { id: 'belarus', role: 'other', paint: { ground: v('--k-belarus-fill'), marks: { colour: v('--k-belarus-hatch'), coverage: PATTERN_COVERAGE.belarus, kind: 'belarus' } } },
    { id: 'neutral', role: 'other', paint: { ground: v('--k-neutral-fill') } },
    { id: 'sea', role: 'other', paint: { ground: v('--k-sea') } },
    { id: 'nato-before-1999', role: 'nato', paint: { ground: v('--k-nato-fill-early'), marks: { colour: v('--k-nato-dot-early'), coverage: PATTERN_COVERAGE.early, kind: 'early' } } },
    { id: 'nato-1999', role: 'nato', paint: { ground: v('--k-nato-fill-1999') } },
    { id: 'nato-2004', role: 'nato', paint: { ground: v('--k-nato-fill-2004') } },
    { id: 'nato-2023-24', role: 'nato', paint: { ground: v('--k-nato-fill-2023'), marks: { colour: v('--k-nato-hatch-2023'), coverage: PATTERN_COVERAGE.recent, kind: 'recent' } } },
  ]
}
