/**
 * Which sources a slide cites: the ids in its frontmatter (`sources: [a, b]`) plus the ids its figure
 * registers for the records it draws. The slide's bottom line reads the union, so a map or chart
 * never needs its citations written twice.
 */
import type { MaybeRefOrGetter } from 'vue'
import { reactive, toValue, watchEffect } from 'vue'

const registered = reactive(new Map<number, Map<symbol, readonly string[]>>())

/** Called by a figure on slide `page` with the source ids of everything it can show. */
export function registerSlideSources(page: MaybeRefOrGetter<number>, ids: MaybeRefOrGetter<readonly string[]>): () => void {
  const key = Symbol('figure')
  let current: number | undefined
  const stop = watchEffect(() => {
    const no = toValue(page)
    if (current !== undefined && current !== no)
      registered.get(current)?.delete(key)
    current = no
    if (!registered.has(no))
      registered.set(no, new Map())
    registered.get(no)!.set(key, toValue(ids))
  })
  return () => {
    stop()
    if (current !== undefined)
      registered.get(current)?.delete(key)
  }
}

/** Every source id cited on slide `page`, frontmatter first, each once. */
export function slideSourceIds(page: number, frontmatterIds: readonly string[] = []): string[] {
  const fromFigures = [...(registered.get(page)?.values() ?? [])].flat()
  return [...new Set([...frontmatterIds, ...fromFigures])]
}
