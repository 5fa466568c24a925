/**
 * A list rendered in the browser a few items a task, so the task that renders its page stays short
 * on a phone: the first items at once, then a few more in each task after. Where the page's HTML
 * is rendered or hydrated, the whole list comes at once, as the HTML has it; items added later
 * (the reader ticks another district) come a few a task again.
 */
import type { MaybeRefOrGetter } from 'vue'
import { computed, onBeforeUnmount, onMounted, ref, toValue, watch } from 'vue'
import { rendersTheHtml } from '~/utils/lazyHydration'

export function useProgressiveList<T>(items: MaybeRefOrGetter<T[]>, { first = 3, step = 3 } = {}) {
  const shown = ref(rendersTheHtml() ? Number.POSITIVE_INFINITY : first)
  let timer: ReturnType<typeof setTimeout> | undefined

  function showMore() {
    clearTimeout(timer)
    if (shown.value < toValue(items).length) {
      timer = setTimeout(() => {
        shown.value += step
        showMore()
      }, 0)
    }
  }

  onMounted(() => {
    // hydrated whole, the list grows a few items a task like any other from then on
    if (shown.value === Number.POSITIVE_INFINITY)
      shown.value = toValue(items).length
    showMore()
  })
  // a longer list (the reader picked another district) goes on where it was
  watch(() => toValue(items).length, showMore)
  onBeforeUnmount(() => clearTimeout(timer))

  return computed(() => toValue(items).slice(0, shown.value))
}
