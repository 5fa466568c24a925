/**
 * The service worker's precache list as the worker keeps it (src/sw.ts): each page under its clean
 * URL, the one a server answers without a redirect (`d/410703.html` → `d/410703`, `index.html` →
 * the app's root), and each file with its hash (`integrity`), which the browser checks on every
 * fetch of it the worker makes: a wrong file is never cached.
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { ManifestTransform } from 'workbox-build'

/** `d/410703.html` → `d/410703`, `en/index.html` → `en/`, `index.html` → `./` (relative to the worker, at the app's root). */
export function cleanUrl(url: string): string {
  if (!url.endsWith('.html'))
    return url
  const page = url.slice(0, -'.html'.length)
  return page === 'index' ? './' : page.endsWith('/index') ? page.slice(0, -'index'.length) : page
}

export function precacheManifest(outDir: string, base: string): ManifestTransform {
  return async (entries) => {
    const manifest = entries.map((entry) => {
      const file = entry.url.startsWith(base) ? entry.url.slice(base.length) : entry.url
      const integrity = `sha384-${createHash('sha384').update(readFileSync(join(outDir, file))).digest('base64')}`
      return { ...entry, url: entry.url.slice(0, entry.url.length - file.length) + cleanUrl(file), integrity }
    })
    return { manifest, warnings: [] }
  }
}
