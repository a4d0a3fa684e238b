/**
 * Dates as the records write them: YYYY, YYYY-MM or YYYY-MM-DD, as precise as their sources are,
 * and as the slides show them ("5 Nov 2008", "Nov 2008", "2008").
 */
export interface PartialDate {
  year: number
  month?: number
  day?: number
}

const DATE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/** A date as YYYY, YYYY-MM or YYYY-MM-DD; undefined if it is not one. */
export function parsePartialDate(text: string): PartialDate | undefined {
  const match = DATE.exec(text)
  if (!match)
    return undefined
  return { year: Number(match[1]), month: match[2] ? Number(match[2]) : undefined, day: match[3] ? Number(match[3]) : undefined }
}

/**
 * "5 Nov 2008", "Nov 2008" or "2008", as precise as the text; with `long` month names,
 * "5 November 2008". Throws, naming the text, if it is not such a date.
 */
export function formatPartialDate(text: string, months: 'short' | 'long' = 'short'): string {
  const date = parsePartialDate(text)
  if (!date)
    throw new RangeError(`"${text}" is not a date as YYYY, YYYY-MM or YYYY-MM-DD`)
  const month = date.month ? MONTHS[date.month - 1] : undefined
  return [date.day, months === 'short' ? month?.slice(0, 3) : month, date.year].filter(part => part !== undefined).join(' ')
}
