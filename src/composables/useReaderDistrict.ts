/**
 * The reader's own district on a page that lists many: the one the link names (`?d=`), else the
 * district page the reader came from, else their first pinned one. Only the link's is known
 * before the app starts; the others apply once the page is mounted, so a prerendered page stays
 * what it was rendered as.
 */
import { useMounted } from '@vueuse/core'
import type { MaybeRefOrGetter } from 'vue'
import { computed, toValue } from 'vue'
import { useRouter } from 'vue-router'
import { usePreferencesStore } from '~/stores/preferences'

export function useReaderDistrict(options: { named: MaybeRefOrGetter<string | undefined>, known: (code: string) => boolean }) {
  const router = useRouter()
  const prefs = usePreferencesStore()
  const mounted = useMounted()
  // vue-router keeps the path navigated from in the history entry
  const cameFrom = computed(() => {
    if (!mounted.value)
      return undefined
    const back = router.options.history.state.back
    const code = typeof back === 'string' ? /^(?:\/en)?\/d\/(\d{6})(?:[/?#]|$)/.exec(back)?.[1] : undefined
    return code && options.known(code) ? code : undefined
  })
  const pinned = computed(() => (mounted.value ? prefs.pins.find(options.known) : undefined))
  return computed(() => {
    const named = toValue(options.named)
    return named && options.known(named) ? named : cameFrom.value ?? pinned.value
  })
}
