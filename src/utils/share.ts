/** Share URLs. The site URL and base path come from the build configuration. */
import type { Locale } from './format'

const SITE = (import.meta.env.VITE_SITE_URL ?? 'http://localhost:4173').replace(/\/$/, '')
const BASE = (import.meta.env.BASE_URL ?? '/').replace(/\/$/, '')

/** '/d/410703' in English is '/en/d/410703'. Paths never end with a slash (except '/'). */
export function localizedPath(path: string, locale: Locale): string {
  const clean = path === '/' ? '' : path.replace(/\/$/, '')
  if (locale === 'en')
    return `/en${clean}`
  return clean || '/'
}

/** A path inside the app as the browser asks for it, under the build's base path (/brief/data/…). */
export function sitePath(path: string): string {
  return `${BASE}${path}`
}

/**
 * An absolute URL for a path inside the app ('/d/410703'): on the site the build names (the
 * canonical address), or on the origin given.
 */
export function absoluteUrl(path: string, origin = SITE): string {
  return `${origin.replace(/\/$/, '')}${BASE}${path.startsWith('/') ? path : `/${path}`}`
}

/** The query parameters that say what a page shows (a comparison's districts and indicator, a ranking's district, scope and year): a link keeps them, and drops any other. */
export const LINK_PARAMS = ['d', 'm', 'scope', 'y']

/**
 * The URL to share for the page the reader is on: no tracking parameters, same language. Given
 * the origin the reader opened the page from, the link is one that has worked for them, wherever
 * the app is served.
 */
export function shareUrl(fullPath: string, origin = SITE): string {
  const [pathAndQuery = '/', hash] = fullPath.split('#')
  const [path = '/', query] = pathAndQuery.split('?')
  const kept = new URLSearchParams(query)
  for (const key of [...kept.keys()]) {
    if (!LINK_PARAMS.includes(key))
      kept.delete(key)
  }
  const q = kept.toString()
  return absoluteUrl(`${path}${q ? `?${q.replace(/%2C/gi, ',').replace(/%3A/gi, ':')}` : ''}${hash ? `#${hash}` : ''}`, origin)
}
