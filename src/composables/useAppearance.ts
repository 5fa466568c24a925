/** Applies the chosen theme and reading size to the document (once, from App.vue). */
import { storeToRefs } from 'pinia'
import { onMounted, watchEffect } from 'vue'
import { usePreferencesStore } from '~/stores/preferences'
import { applyAppearance } from '~/utils/appearance'

export function useAppearance() {
  const { theme, readingSize } = storeToRefs(usePreferencesStore())
  // the stored choice is on the page from its first paint (src/beforePaint.ts), and the store
  // reads storage as the app mounts: applied from then on, never the defaults in between
  onMounted(() => watchEffect(() => applyAppearance(document.documentElement, theme.value, readingSize.value)))
}
