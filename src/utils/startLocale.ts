/**
 * The language the first page of a visit opens in, when its link names none: the reader's
 * choice on this device, else the browser's. The router applies it (src/router.ts); before
 * that, src/boot.ts sends a reader whose language is English from a Chinese page to the
 * English one, so it arrives prerendered instead of rendered afresh seconds later. This module
 * imports nothing at run time: the boot script is bundled with it and nothing else.
 */
import type { Locale } from './format'

/** Where the preferences store keeps the reader's choice (src/stores/preferences.ts). */
export const LOCALE_KEY = 'district-brief:locale'

export function startLocale(stored: Locale | null, browserLanguage: string): Locale {
  return stored ?? (browserLanguage.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en')
}

/**
 * The reader's choice as stored (JSON, as the store writes it), or null when there is none or
 * it is not one of the two: the store reads a corrupted value as no choice too.
 */
export function storedLocale(raw: string | null): Locale | null {
  return raw === '"en"' ? 'en' : raw === '"zh-CN"' ? 'zh-CN' : null
}

/**
 * The same page in English, after the app's base (`/brief/d/410703` → `/brief/en/d/410703`),
 * or undefined when the path is English already or not the app's. Every page exists at `/…`
 * and at `/en/…` (src/router.ts).
 */
export function englishPath(pathname: string, base: string): string | undefined {
  const root = base.endsWith('/') ? base : `${base}/`
  if (pathname !== root.slice(0, -1) && !pathname.startsWith(root))
    return undefined
  const rest = pathname.slice(root.length)
  if (rest === 'en' || rest.startsWith('en/'))
    return undefined
  return `${root}en${rest ? `/${rest}` : ''}`
}
