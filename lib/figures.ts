/**
 * The figures a slide places: every component tag in its markdown (`<BalticMap view="baltic"
 * :steps="['exclave', 'cities']" />`), with its props read as Vue would receive them. Pure string
 * work on the content lib/deck.ts gives, so tests and scripts ask the deck what a slide shows
 * instead of each matching the markdown with a regular expression of its own.
 *
 * - A static prop (`view="baltic"`) is a string; a bare one (`<X flag />`) is `true`.
 * - A bound prop (`:steps="[…]"`, `v-bind:steps="[…]"`) is read as a JavaScript literal, without
 *   running it: strings, numbers, `true`, `false`, `null`, and arrays and objects of them (JSON5's
 *   spelling: single or double quotes, unquoted keys, trailing commas). Anything else (a variable,
 *   a call, arithmetic) is refused with an error that names the slide, the tag and the prop.
 * - Prop names are camel-cased, as Vue matches them (`font-size` and `fontSize` are one prop).
 * - Directives (`v-if`, `v-click`, `@click`, `#slot`) are not props and are left out.
 * - Tags inside HTML comments and code (fenced blocks, inline spans) are not placed, so not read.
 */

/** A prop's value: a static string, or the literal a bound prop holds. */
export type PropValue = string | number | boolean | null | PropValue[] | { [key: string]: PropValue }

export interface Figure {
  /** The component, as written: `BalticMap`. */
  tag: string
  /** Its props by (camel-cased) name, without the `:` of a bound one. */
  props: Record<string, PropValue>
  /** Where it is written, for messages: `slide 9 "Title" (pages/02-build-up.md:35)`. */
  where: string
}

/** Where a slide's content lies, for naming a figure in messages. */
export interface FigurePlace {
  slide: number
  title?: string
  file?: string
  /** The line (1-based) of the file on which the slide's content starts. */
  line?: number
}

/**
 * The components that say when they are drawn (`data-waitfor`, which Slidev's PDF export and the
 * end-to-end tests wait for). A unit test keeps this list and the components in step.
 */
export const DRAWN_FIGURES: readonly string[] = ['BalticMap', 'EscalationChart']

export class FigureError extends Error {
  override name = 'FigureError'
}

/** The content with comments and code blanked out (same length, same line breaks), so offsets still match. */
function blankUnplaced(content: string): string {
  const blank = (text: string) => text.replace(/[^\n]/g, ' ')
  return content
    .replace(/<!--[\s\S]*?-->/g, blank)
    .replace(/^( {0,3})(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^ {0,3}\2[^\n]*$|(?![\s\S]))/gm, blank)
    .replace(/(`+)(?!`)[^\n]*?[^`]\1(?!`)/g, blank)
}

const camelize = (name: string) => name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())

/** `&quot;` and the like, as the Vue template compiler decodes them in attribute values. */
function decodeEntities(text: string): string {
  const named: Record<string, string> = { quot: '"', apos: '\'', amp: '&', lt: '<', gt: '>', nbsp: '\u00A0' }
  return text.replace(/&(?:#(\d+)|#x([\da-f]+)|(\w+));/gi, (whole, dec?: string, hex?: string, name?: string) => {
    if (dec)
      return String.fromCodePoint(Number(dec))
    if (hex)
      return String.fromCodePoint(Number.parseInt(hex, 16))
    return named[name!.toLowerCase()] ?? whole
  })
}

/**
 * Reads a JavaScript literal without running it: a string (single, double or back quotes without
 * `${`), a number, `true`, `false`, `null`, or an array or object of these. Throws a FigureError
 * saying what it found, and where, for anything else.
 */
export function parseLiteral(text: string): PropValue {
  let i = 0
  const fail = (what: string): never => {
    const near = text.slice(i, i + 24)
    throw new FigureError(`${what} at character ${i + 1}${near ? ` ("${near}${text.length > i + 24 ? '…' : ''}")` : ' (the end)'}: only literals are read (strings, numbers, true, false, null, and arrays and objects of them)`)
  }
  const space = () => {
    while (i < text.length && /\s/.test(text[i]))
      i++
  }
  const string = (): string => {
    const quote = text[i++]
    let out = ''
    while (i < text.length && text[i] !== quote) {
      if (quote === '`' && text.startsWith('${', i))
        fail('a template literal with a ${…} placeholder')
      if (text[i] === '\\') {
        const next = text[i + 1]
        const escapes: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', 0: '\0' }
        if (next === 'u') {
          const hex = /^u(?:\{([\da-f]+)\}|([\da-f]{4}))/i.exec(text.slice(i + 1))
          if (!hex)
            fail('a malformed \\u escape')
          out += String.fromCodePoint(Number.parseInt(hex![1] ?? hex![2], 16))
          i += 1 + hex![0].length
          continue
        }
        if (next === undefined)
          fail('an unfinished string')
        out += escapes[next] ?? (next === '\n' ? '' : next)
        i += 2
        continue
      }
      if (text[i] === '\n' && quote !== '`')
        fail('a line break inside a string')
      out += text[i++]
    }
    if (i >= text.length)
      fail(`a string that never closes its ${quote}`)
    i++
    return out
  }
  const value = (): PropValue => {
    space()
    const c = text[i]
    if (c === '"' || c === '\'' || c === '`')
      return string()
    if (c === '[') {
      i++
      const items: PropValue[] = []
      space()
      while (text[i] !== ']') {
        items.push(value())
        space()
        if (text[i] === ',') {
          i++
          space()
        }
        else if (text[i] !== ']') {
          fail('an array item followed by something other than "," or "]"')
        }
      }
      i++
      return items
    }
    if (c === '{') {
      i++
      const object: { [key: string]: PropValue } = {}
      space()
      while (text[i] !== '}') {
        let key: string
        if (text[i] === '"' || text[i] === '\'') {
          key = string()
        }
        else {
          const name = /^[A-Za-z_$][\w$]*|^\d+/.exec(text.slice(i))
          if (!name)
            fail('an object key that is neither a name nor a quoted string')
          key = name![0]
          i += key.length
        }
        space()
        if (text[i] !== ':')
          fail(`an object key "${key}" without ":" after it`)
        i++
        object[key] = value()
        space()
        if (text[i] === ',') {
          i++
          space()
        }
        else if (text[i] !== '}') {
          fail('an object entry followed by something other than "," or "}"')
        }
      }
      i++
      return object
    }
    const number = /^[+-]?(?:\d[\d_]*(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?(?![\w$.])/i.exec(text.slice(i))
    if (number) {
      i += number[0].length
      return Number(number[0].replace(/_/g, ''))
    }
    const word = /^[A-Za-z_$][\w$]*/.exec(text.slice(i))?.[0]
    if (word === 'true' || word === 'false' || word === 'null') {
      const after = text.slice(i + word.length).trimStart()[0]
      if (after === undefined || ',]}'.includes(after)) {
        i += word.length
        return word === 'true' ? true : word === 'false' ? false : null
      }
    }
    return fail(i >= text.length ? 'nothing' : word ? `"${word}", a name rather than a value,` : `"${c}"`)
  }
  const result = value()
  space()
  if (i < text.length)
    fail('more after the value')
  return result
}

/** Every component tag (a name that starts with a capital) the content places, with its props. */
export function parseFigures(content: string, place: FigurePlace): Figure[] {
  const text = blankUnplaced(content)
  const figures: Figure[] = []
  const lineOf = (offset: number) => content.slice(0, offset).split('\n').length
  const whereAt = (offset: number) => {
    const file = place.file ? ` (${place.file}${place.line ? `:${place.line + lineOf(offset) - 1}` : ''})` : ''
    return `slide ${place.slide}${place.title ? ` "${place.title}"` : ''}${file}`
  }
  for (const start of text.matchAll(/<([A-Z][\w.]*)(?=[\s/>])/g)) {
    const tag = start[1]
    const where = whereAt(start.index)
    const props: Record<string, PropValue> = {}
    let i = start.index + start[0].length
    const written = () => content.slice(start.index, Math.min(i, start.index + 160)).replace(/\s+/g, ' ')
    for (;;) {
      while (i < text.length && /\s/.test(text[i]))
        i++
      if (i >= text.length)
        throw new FigureError(`${where}: <${tag}> is never closed with ">" or "/>"`)
      if (text.startsWith('/>', i) || text[i] === '>') {
        i += text[i] === '>' ? 1 : 2
        break
      }
      const name = /^[^\s"'=/>]+/.exec(text.slice(i))?.[0]
      if (!name)
        throw new FigureError(`${where}: ${written()}… has "${text[i]}" where a prop's name should be`)
      i += name.length
      let raw: string | undefined
      while (/[ \t]/.test(text[i] ?? ''))
        i++
      if (text[i] === '=') {
        i++
        while (/\s/.test(text[i] ?? ''))
          i++
        const quote = text[i]
        if (quote === '"' || quote === '\'') {
          const end = text.indexOf(quote, i + 1)
          if (end < 0)
            throw new FigureError(`${where}: <${tag}>'s ${name} opens a ${quote} that never closes`)
          raw = decodeEntities(content.slice(i + 1, end))
          i = end + 1
        }
        else {
          raw = /^[^\s>]*/.exec(text.slice(i))![0]
          i += raw.length
        }
      }
      const bound = /^(?::|v-bind:)(.+)$/.exec(name)
      if (!bound && /^(?:v-|@|#)/.test(name))
        continue
      const key = camelize(bound ? bound[1] : name)
      if (key in props)
        throw new FigureError(`${where}: <${tag}> gives the prop "${key}" twice`)
      if (!bound) {
        props[key] = raw ?? true
        continue
      }
      if (raw === undefined)
        throw new FigureError(`${where}: <${tag}>'s ${name} is bound to nothing`)
      try {
        props[key] = parseLiteral(raw)
      }
      catch (error) {
        if (!(error instanceof FigureError))
          throw error
        throw new FigureError(`${where}: cannot read the prop "${key}" of ${written()}: ${error.message}`)
      }
    }
    figures.push({ tag, props, where })
  }
  return figures
}

/** The kinds of value a test reads from a prop. */
export interface PropKinds {
  string: string
  number: number
  boolean: boolean
  strings: string[]
  numbers: number[]
}
export type PropKind = keyof PropKinds

const KIND_CHECKS: { [K in PropKind]: { is: (value: PropValue) => boolean, words: string } } = {
  string: { is: v => typeof v === 'string', words: 'a string' },
  number: { is: v => typeof v === 'number', words: 'a number' },
  boolean: { is: v => typeof v === 'boolean', words: 'true or false' },
  strings: { is: v => Array.isArray(v) && v.every(x => typeof x === 'string'), words: 'an array of strings' },
  numbers: { is: v => Array.isArray(v) && v.every(x => typeof x === 'number'), words: 'an array of numbers' },
}

/** A prop's value, if the figure gives it; an error naming the slide if it is not of the kind asked for. */
export function propOf<K extends PropKind>(figure: Figure, name: string, kind: K): PropKinds[K] | undefined {
  if (!(name in figure.props))
    return undefined
  const value = figure.props[name]
  if (!KIND_CHECKS[kind].is(value))
    throw new FigureError(`${figure.where}: <${figure.tag}>'s "${name}" should be ${KIND_CHECKS[kind].words}, not ${JSON.stringify(value)}`)
  return value as PropKinds[K]
}

/** A prop the figure must give: its value, or an error naming the slide. */
export function requiredProp<K extends PropKind>(figure: Figure, name: string, kind: K): PropKinds[K] {
  const value = propOf(figure, name, kind)
  if (value === undefined)
    throw new FigureError(`${figure.where}: <${figure.tag}> has no "${name}" (it should be ${KIND_CHECKS[kind].words})`)
  return value
}
