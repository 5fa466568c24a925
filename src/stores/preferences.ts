/**
 * What the reader chooses and keeps on this device: pinned and recently read districts, theme, reading size,
 * language. Backed by localStorage; every value is checked on read (src/utils/preferences.ts),
 * and a corrupted one quietly reads as its default.
 */
import { usePreferredDark, useStorage } from '@vueuse/core'
import { defineStore } from 'pinia'
import { computed } from 'vue'
import type { Preferences } from '~/utils/preferences'
import { DEFAULTS, READING_SIZES, RECENT_LENGTH, readStored, storageKey } from '~/utils/preferences'
import type { Locale } from '~/utils/format'

/** A localStorage ref read through `readStored`; where the browser blocks storage, a ref for this visit. */
function stored<K extends keyof Preferences>(key: K) {
  return useStorage<Preferences[K]>(storageKey(key), DEFAULTS[key], undefined, {
    initOnMounted: true,
    // storage blocked or full: the choice lasts the visit, and nothing is for the reader to fix
    onError: () => {},
    serializer: { read: raw => readStored(key, raw), write: v => JSON.stringify(v) },
  })
}

export const usePreferencesStore = defineStore('preferences', () => {
  const pins = stored('pins')
  const recent = stored('recent')
  const theme = stored('theme')
  const readingSize = stored('readingSize')
  const locale = stored('locale')

  const pinned = computed(() => new Set(pins.value))
  const systemDark = usePreferredDark()
  /** Whether dark colours are in use (chosen, or following the system). */
  const isDark = computed(() => theme.value === 'dark' || (theme.value === 'auto' && systemDark.value))

  function togglePin(code: string) {
    pins.value = pinned.value.has(code) ? pins.value.filter(c => c !== code) : [...pins.value, code]
  }

  /** A district read: first among the recent ones. */
  function markRead(code: string) {
    if (recent.value[0] !== code)
      recent.value = [code, ...recent.value.filter(c => c !== code)].slice(0, RECENT_LENGTH)
  }

  /** Whether A− / A+ can go no further. */
  const atSmallestSize = computed(() => readingSize.value <= READING_SIZES[0])
  const atLargestSize = computed(() => readingSize.value >= READING_SIZES[READING_SIZES.length - 1]!)

  function stepReadingSize(step: 1 | -1) {
    const i = READING_SIZES.indexOf(readingSize.value as (typeof READING_SIZES)[number])
    const next = READING_SIZES[Math.min(READING_SIZES.length - 1, Math.max(0, (i < 0 ? 1 : i) + step))]
    readingSize.value = next ?? 1
  }

  function setLocale(l: Locale) {
    locale.value = l
  }

  function toggleTheme() {
    theme.value = isDark.value ? 'light' : 'dark'
  }

  return { pins, pinned, recent, markRead, theme, isDark, readingSize, atSmallestSize, atLargestSize, locale, togglePin, stepReadingSize, setLocale, toggleTheme }
})
