/**
 * What the reader chooses and keeps on this device: pinned districts, theme, reading size,
 * language. Backed by localStorage; every value is validated on read, and a corrupted one is
 * quietly reset to its default.
 */
import { usePreferredDark, useStorage } from '@vueuse/core'
import { defineStore } from 'pinia'
import { computed } from 'vue'
// zod/mini: the same validation, a fraction of the bytes in the first load
import * as z from 'zod/mini'
import { READING_SIZES, THEMES } from '~/utils/appearance'
import { storedJson } from '~/utils/stored'
import type { Locale } from '~/utils/format'

// zod's eval probe (new Function) is reported as a violation by our CSP even though it is caught
z.config({ jitless: true })

const schemas = {
  pins: z.array(z.string().check(z.regex(/^\d{6}$/))).check(z.maxLength(100)),
  theme: z.enum(THEMES),
  readingSize: z.number().check(z.refine(n => (READING_SIZES as readonly number[]).includes(n))),
  locale: z.nullable(z.enum(['zh-CN', 'en'])),
}

type Prefs = { [K in keyof typeof schemas]: z.infer<(typeof schemas)[K]> }

const defaults: Prefs = { pins: [], theme: 'auto', readingSize: 1, locale: null }

/**
 * A localStorage ref whose stored value must pass its schema; anything else reads as the default.
 * Where the browser blocks storage (reading `localStorage` throws), it is a ref for this visit.
 */
function validated<K extends keyof Prefs>(key: K) {
  const schema = schemas[key] as unknown as z.ZodMiniType<Prefs[K]>
  // no storage given: VueUse finds localStorage itself, and goes without when reaching it throws
  return useStorage<Prefs[K]>(`district-brief:${key}`, defaults[key], undefined, {
    initOnMounted: true,
    // storage blocked or full: the choice lasts the visit, and nothing is for the reader to fix
    onError: () => {},
    serializer: {
      // read as the boot script reads it before the app starts (src/utils/stored.ts)
      read: (raw: string) => {
        const parsed = schema.safeParse(storedJson(raw))
        return parsed.success ? parsed.data : defaults[key]
      },
      write: (v: Prefs[K]) => JSON.stringify(v),
    },
  })
}

export const usePreferencesStore = defineStore('preferences', () => {
  const pins = validated('pins')
  const theme = validated('theme')
  const readingSize = validated('readingSize')
  const locale = validated('locale')

  const pinned = computed(() => new Set(pins.value))
  const systemDark = usePreferredDark()
  /** Whether dark colours are in use (chosen, or following the system). */
  const isDark = computed(() => theme.value === 'dark' || (theme.value === 'auto' && systemDark.value))

  function togglePin(code: string) {
    pins.value = pinned.value.has(code) ? pins.value.filter(c => c !== code) : [...pins.value, code]
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

  return { pins, pinned, theme, isDark, readingSize, atSmallestSize, atLargestSize, locale, togglePin, stepReadingSize, setLocale, toggleTheme }
})
