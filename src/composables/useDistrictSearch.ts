/**
 * Search over every district, with the search index loaded when the reader starts: on focus
 * (`start`) or the first character typed, never with the page.
 */
import type { MaybeRefOrGetter } from 'vue'
import { computed, toValue, watch } from 'vue'
import { useDistrictsStore } from '~/stores/districts'
import { foundDistrict, searchEntries } from '~/utils/search'

export function useDistrictSearch(query: MaybeRefOrGetter<string>) {
  const store = useDistrictsStore()
  function start() {
    void store.loadSearch()
  }
  watch(() => toValue(query), (q) => {
    if (q.trim())
      start()
  })
  /** The matches, best first; undefined while nothing is typed or the index is on its way. */
  const results = computed(() => {
    const q = toValue(query)
    return q.trim() && store.searchIndex ? searchEntries(q, store.searchIndex).map(foundDistrict) : undefined
  })
  return { results, start }
}
