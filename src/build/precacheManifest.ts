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
import { rankingChunkName } from '../data/chunkModules.ts'

/** `d/410703.html` → `d/410703`, `en/index.html` → `en/`, `index.html` → `./` (relative to the worker, at the app's root). */
export function cleanUrl(url: string): string {
  if (!url.endsWith('.html'))
    return url
  const page = url.slice(0, -'.html'.length)
  return page === 'index' ? './' : page.endsWith('/index') ? page.slice(0, -'index'.length) : page
}

/**
 * What the worker installs at most. A dataset whose whole app fits (the three real reports: about
 * 1.9 MB) is all precached, so one visit saves every report; a larger one keeps the app, the
 * index and the shared pages, and each district's pages, report chunks and city chunk, and each
 * ranking's year (assets/gdp_2023-….js: every district's figure), are kept as they are read
 * (src/sw.ts), so the install does not grow with the number of districts.
 */
export const PRECACHE_LIMIT = 2.5 * 1024 * 1024

export interface PrecacheOptions {
  /** the ids of the reports (weibin-2023): their chunks are assets/<id>-<hash>.js */
  reportIds?: string[]
  limit?: number
  /** called with every file the worker could keep (relative to the build's folder) and whether it keeps them all */
  decided?: (files: Array<{ file: string, size: number, revision?: string | null }>, everything: boolean) => void
}

/** A district's own file: its pages (d/…, en/d/…), one of its reports' chunks or its city's (assets/4107-….js). */
export function isDistrictFile(file: string, reportIds: Set<string>): boolean {
  const chunk = /^assets\/(.+)-[\w-]{8}\.js$/.exec(file)?.[1]
  return /^(?:en\/)?d\//.test(file) || (chunk !== undefined && (reportIds.has(chunk) || /^\d{4}$/.test(chunk)))
}

/** A ranking's chunk, an indicator's figures for one year (assets/gdp_2023-….js): it grows with the districts. */
export function isRankingFile(file: string): boolean {
  const chunk = /^assets\/(.+)-[\w-]{8}\.js$/.exec(file)?.[1]
  return chunk !== undefined && rankingChunkName(chunk) !== undefined
}

export function precacheManifest(outDir: string, base: string, options: PrecacheOptions = {}): ManifestTransform {
  const reportIds = new Set(options.reportIds)
  const limit = options.limit ?? PRECACHE_LIMIT
  return async (all) => {
    const fileOf = (url: string) => (url.startsWith(base) ? url.slice(base.length) : url)
    const whole = all.reduce((n, e) => n + e.size, 0)
    const entries = whole <= limit ? all : all.filter(e => !isDistrictFile(fileOf(e.url), reportIds) && !isRankingFile(fileOf(e.url)))
    options.decided?.(all.map(e => ({ file: fileOf(e.url), size: e.size, revision: e.revision })), whole <= limit)
    const manifest = entries.map((entry) => {
      const file = fileOf(entry.url)
      const integrity = `sha384-${createHash('sha384').update(readFileSync(join(outDir, file))).digest('base64')}`
      return { ...entry, url: entry.url.slice(0, entry.url.length - file.length) + cleanUrl(file), integrity }
    })
    return { manifest, warnings: [] }
  }
}
