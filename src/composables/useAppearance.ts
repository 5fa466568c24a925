/** Applies the chosen theme and reading size to the document (once, from App.vue). */
import { storeToRefs } from 'pinia'
import { watchEffect } from 'vue'
import { usePreferencesStore } from '~/stores/preferences'
import { applyAppearance } from '~/utils/appearance'

export function useAppearance() {
  const { theme, readingSize } = storeToRefs(usePreferencesStore())
  if (import.meta.env.SSR)
    return
  watchEffect(() => applyAppearance(document.documentElement, theme.value, readingSize.value))
}
