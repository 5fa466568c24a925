/**
 * The response headers of a production host, in one place: `npm start` sets them from here and a
 * unit test holds docs/nginx.conf to the same values, so the two deployments cannot drift.
 */

/** HTML, sw.js and the manifest: a reader gets a new version as soon as it is deployed. */
export const REVALIDATE = 'max-age=0, must-revalidate'

/** Hashed assets never change under their name. */
export const IMMUTABLE = 'public, max-age=31536000, immutable'

/**
 * Headers on every response. The CSP holds only what a page's meta CSP cannot (framing, base,
 * plugins, form targets); the script and style policy stays in each page's meta tag, because a
 * header default-src would also block the hashed inline script that meta policy allows.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': 'frame-ancestors \'none\'; base-uri \'self\'; object-src \'none\'; form-action \'self\'',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
}

export function cacheControlFor(path: string): string {
  return /^\/(?:.*\/)?assets\//.test(path) ? IMMUTABLE : REVALIDATE
}
