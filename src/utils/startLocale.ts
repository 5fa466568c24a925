/**
 * The language the first page of a visit opens in, when its link names none: the reader's
 * choice on this device, else the browser's (Chinese for a Chinese browser, English for any
 * other). The router applies it (src/router.ts); before that, src/boot.ts sends a reader from a
 * Chinese page to the English one, so it arrives prerendered instead of rendered afresh seconds
 * later. Search engines and page testers get the page the link names: each language has its own
 * URL for them (hreflang), and sending them on would read as a redirect.
 * It imports only ./stored.ts at run time: the boot script is bundled with it.
 */
// relative, not `~/`: the boot script's bundle has no aliases
import type { Locale } from './format'
import { storedJson } from './stored'

/** Where the preferences store keeps the reader's choice (src/stores/preferences.ts). */
export const LOCALE_KEY = 'district-brief:locale'

// Googlebot/2.1, bingbot/2.0, Slackbot-LinkExpanding, Baiduspider …, not a phone named CUBOT
const CRAWLER = /bot[/-]|crawl|spider|slurp|lighthouse|inspectiontool|facebookexternalhit/i

export function startLocale(stored: Locale | null, browserLanguage: string): Locale {
  return stored ?? (browserLanguage.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en')
}

/** Whether the first page follows the reader's language at all: not for a crawler or a page tester. */
export function followsReader(userAgent: string): boolean {
  return !CRAWLER.test(userAgent)
}

/** The language a link names with `?lang=en` (or `zh`): exactly one value, English or Chinese, else none. */
export function linkLocale(values: ReadonlyArray<string | null>): Locale | undefined {
  const value = values.length === 1 ? values[0]?.toLowerCase() : undefined
  return value?.startsWith('en') ? 'en' : value?.startsWith('zh') ? 'zh-CN' : undefined
}

/**
 * The reader's choice as stored (JSON, as the store writes it), or null when there is none or
 * it is not one of the two: the store reads a corrupted value as no choice too.
 */
export function storedLocale(raw: string | null): Locale | null {
  const value = storedJson(raw)
  return value === 'en' || value === 'zh-CN' ? value : null
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
  if (/^en(?:\/|$)/i.test(rest))
    return undefined
  return `${root}en${rest ? `/${rest}` : ''}`
}

/** What the boot script knows of the page and the reader as the page loads. */
export interface Arrival {
  /** the app's base, `/` or `/brief/` */
  base: string
  location: Pick<Location, 'pathname' | 'search' | 'hash'>
  /** `<html lang>` of the page the browser was given */
  htmlLang: string
  /** the route that page was prerendered for (`data-ssr-route`), a path without the base (`/404`) */
  renderedFor: string | null | undefined
  /** the stored choice, raw (`localStorage`), null when none or unreadable */
  stored: string | null
  browserLanguage: string
  userAgent: string
}

/** Pages a server or the service worker gives for links they have no page for. */
const FALLBACK_PAGES = ['/404', '/shell']

/**
 * Where the boot script sends a reader before the app starts: the English page, for a reader
 * whose first page follows their language and whose language is not Chinese, on a Chinese page;
 * else nowhere. A link that names its language (`?lang=`) is left to the app, which remembers
 * the choice; so is a page that a server or the service worker gives for a link it has no page
 * for, the not-found page or the app's frame (there the app finds what the link meant, in English).
 */
export function englishRedirect(a: Arrival): string | undefined {
  if (a.htmlLang !== 'zh-CN' || !followsReader(a.userAgent))
    return undefined
  if (linkLocale(new URLSearchParams(a.location.search).getAll('lang')) !== undefined)
    return undefined
  if (a.renderedFor && FALLBACK_PAGES.includes(a.renderedFor) && a.location.pathname !== a.base + a.renderedFor.slice(1))
    return undefined
  if (startLocale(storedLocale(a.stored), a.browserLanguage) !== 'en')
    return undefined
  const path = englishPath(a.location.pathname, a.base)
  return path && path + a.location.search + a.location.hash
}
