/**
 * What a reader keeps on this device, as stored: the keys, the defaults, and the one check each
 * stored value must pass. The preferences store (src/stores/preferences.ts) and the script that
 * applies the theme before the first paint (src/beforePaint.ts) both read through `readStored`,
 * so they can never disagree. It imports nothing: that script is inlined into every page.
 */
export const THEMES = ['auto', 'light', 'dark'] as const
export type Theme = (typeof THEMES)[number]

export const READING_SIZES = [0.875, 1, 1.125, 1.25, 1.375] as const

export interface Preferences {
  pins: string[]
  /** the districts read last, the newest first (at most RECENT_LENGTH) */
  recent: string[]
  theme: Theme
  readingSize: number
  locale: 'zh-CN' | 'en' | null
}

/** What each preference is when nothing valid is stored. */
export const DEFAULTS: Preferences = { pins: [], recent: [], theme: 'auto', readingSize: 1, locale: null }

/** A stored value (JSON) as the app reads it: the value when it passes `check`, else `fallback`. */
function parsed<T>(raw: string | null, check: (value: unknown) => boolean, fallback: T): T {
  try {
    const value: unknown = raw && JSON.parse(raw)
    return check(value) ? value as T : fallback
  }
  catch {
    return fallback
  }
}

const oneOf = (values: readonly unknown[]) => (v: unknown) => values.includes(v)

export const readTheme = (raw: string | null): Theme => parsed(raw, oneOf(THEMES), DEFAULTS.theme)
export const readReadingSize = (raw: string | null): number => parsed(raw, oneOf(READING_SIZES), DEFAULTS.readingSize)
/** How many recently read districts home lists. */
export const RECENT_LENGTH = 6

const codes = (max: number) => (v: unknown) => Array.isArray(v) && v.length <= max && v.every(c => typeof c === 'string' && /^\d{6}$/.test(c))
const readPins = (raw: string | null): string[] => parsed(raw, codes(100), DEFAULTS.pins)
const readRecent = (raw: string | null): string[] => parsed(raw, codes(RECENT_LENGTH), DEFAULTS.recent)
const readLocale = (raw: string | null): Preferences['locale'] => parsed(raw, oneOf([null, 'zh-CN', 'en']), DEFAULTS.locale)

/** Where a preference is kept in localStorage. */
export function storageKey(key: keyof Preferences): string {
  return `district-brief:${key}`
}

const READERS: { [K in keyof Preferences]: (raw: string | null) => Preferences[K] } = { pins: readPins, recent: readRecent, theme: readTheme, readingSize: readReadingSize, locale: readLocale }

/** A stored value (JSON) as the app reads it: the value when it passes its check, else the default. */
export function readStored<K extends keyof Preferences>(key: K, raw: string | null): Preferences[K] {
  return READERS[key](raw)
}
