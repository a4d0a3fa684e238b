/**
 * How records in data/ are looked up by id: one lookup per list, which throws, naming the id and
 * the file to fix, for an id the list does not have.
 */

/** A lookup that finds a record by id, and throws, naming the id and the file to fix, if there is none. */
export function byId<T extends { id: string }>(records: readonly T[], kind: string, file: string): (id: string) => T {
  const index = new Map(records.map(record => [record.id, record]))
  return (id) => {
    const record = index.get(id)
    if (!record)
      throw new Error(`Unknown ${kind} id "${id}": add it to ${file} or fix the reference`)
    return record
  }
}
