/** Applies the chosen theme and reading size to the document (once, from App.vue). */
import { storeToRefs } from 'pinia'
import { watchEffect } from 'vue'
import { usePreferencesStore } from '~/stores/preferences'

export function useAppearance() {
  const { theme, readingSize } = storeToRefs(usePreferencesStore())
  if (import.meta.env.SSR)
    return
  watchEffect(() => {
    const root = document.documentElement
    root.classList.toggle('dark', theme.value === 'dark')
    root.classList.toggle('light', theme.value === 'light')
    root.style.setProperty('--reading-scale', String(readingSize.value))
  })
}
