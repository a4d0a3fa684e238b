/**
 * NATO membership of the countries the map draws, by accession cohort. Ids are the country ids of
 * data/geo/baltic.json. Members that joined before 1999 carry no date: the deck cites none, and
 * only needs to know that they were members when Poland joined.
 */
export type Cohort = 'before-1999' | '1999' | '2004' | '2023-24'

export interface Membership {
  /** The country's id in data/geo/baltic.json. */
  id: string
  /** The country's name as the map shows it. */
  country: string
  cohort: Cohort
  /** Accession date, YYYY-MM-DD; absent for members that joined before 1999. */
  joined?: string
  sourceId: string
}

/** How the legend and labels name each cohort. */
export const COHORT_LABELS: Record<Cohort, string> = {
  'before-1999': 'before 1999',
  '1999': '1999',
  '2004': '2004',
  '2023-24': '2023–24',
}

/** The earliest date the records can answer for: before it, members of 'before-1999' have no known date. */
const EARLIEST_KNOWN_DATE = '1999-01-01'

export const memberships = [
  { id: 'norway', country: 'Norway', cohort: 'before-1999', sourceId: 'rferl-1999' },
  { id: 'denmark', country: 'Denmark', cohort: 'before-1999', sourceId: 'rferl-1999' },
  { id: 'germany', country: 'Germany', cohort: 'before-1999', sourceId: 'rferl-1999' },
  { id: 'poland', country: 'Poland', cohort: '1999', joined: '1999-03-12', sourceId: 'rferl-1999' },
  { id: 'czechia', country: 'Czechia', cohort: '1999', joined: '1999-03-12', sourceId: 'rferl-1999' },
  { id: 'hungary', country: 'Hungary', cohort: '1999', joined: '1999-03-12', sourceId: 'rferl-1999' },
  { id: 'estonia', country: 'Estonia', cohort: '2004', joined: '2004-03-29', sourceId: 'tvp-2024' },
  { id: 'latvia', country: 'Latvia', cohort: '2004', joined: '2004-03-29', sourceId: 'tvp-2024' },
  { id: 'lithuania', country: 'Lithuania', cohort: '2004', joined: '2004-03-29', sourceId: 'tvp-2024' },
  { id: 'slovakia', country: 'Slovakia', cohort: '2004', joined: '2004-03-29', sourceId: 'tvp-2024' },
  { id: 'slovenia', country: 'Slovenia', cohort: '2004', joined: '2004-03-29', sourceId: 'tvp-2024' },
  { id: 'romania', country: 'Romania', cohort: '2004', joined: '2004-03-29', sourceId: 'tvp-2024' },
  { id: 'bulgaria', country: 'Bulgaria', cohort: '2004', joined: '2004-03-29', sourceId: 'tvp-2024' },
  { id: 'finland', country: 'Finland', cohort: '2023-24', joined: '2023-04-04', sourceId: 'ap-2023' },
  { id: 'sweden', country: 'Sweden', cohort: '2023-24', joined: '2024-03-07', sourceId: 'ap-2024' },
] as const satisfies readonly Membership[]

const ISO_DAY = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/

/** Whether `member` had joined NATO on `date` (YYYY-MM-DD); throws, naming the date, if the records cannot say. */
export function isMemberOn(member: Membership, date: string): boolean {
  if (!ISO_DAY.test(date))
    throw new RangeError(`"${date}" is not a date as YYYY-MM-DD`)
  if (date < EARLIEST_KNOWN_DATE)
    throw new RangeError(`${date} is before ${EARLIEST_KNOWN_DATE}: the records give no accession dates for members that joined before 1999`)
  return member.joined === undefined || member.joined <= date
}

/** The membership of the country with this id, or undefined for a country not in NATO. */
export function membershipOf(countryId: string): Membership | undefined {
  return (memberships as readonly Membership[]).find(m => m.id === countryId)
}
