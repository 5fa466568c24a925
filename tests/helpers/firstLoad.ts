/**
 * What a page costs on first load: every JS and CSS file the browser fetches until the page
 * is idle (no interaction, no service worker), with gzip sizes computed from the build.
 * Shared by the size-budget test and the benchmark.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Browser } from '@playwright/test'

export interface LoadedFile {
  path: string
  kind: 'js' | 'css' | 'font'
  gzip: number
}

export function gzipSize(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length
}

export async function firstLoad(browser: Browser, baseURL: string, path: string, distDir = 'dist'): Promise<LoadedFile[]> {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 390, height: 844 }, locale: 'zh-CN' })
  const page = await context.newPage()
  const seen = new Map<string, LoadedFile['kind']>()
  page.on('request', (req) => {
    const type = req.resourceType()
    const kind = type === 'script' ? 'js' : type === 'stylesheet' ? 'css' : type === 'font' ? 'font' : undefined
    const url = new URL(req.url())
    if (kind && url.origin === new URL(baseURL).origin)
      seen.set(url.pathname, kind)
  })
  await page.goto(new URL(path, baseURL).href, { waitUntil: 'networkidle' })
  await context.close()
  return [...seen].map(([p, kind]) => ({ path: p, kind, gzip: gzipSize(join(distDir, p)) }))
}

export function total(files: LoadedFile[], kind: LoadedFile['kind']): number {
  return files.filter(f => f.kind === kind).reduce((n, f) => n + f.gzip, 0)
}

/** Every file the service worker precaches, from the list inlined in sw.js (pages under their clean URLs: src/build/precacheManifest.ts). */
export function precacheFiles(distDir = 'dist'): string[] {
  const sw = readFileSync(join(distDir, 'sw.js'), 'utf8')
  return [...sw.matchAll(/"revision":(?:"[^"]*"|null),"url":"([^"]+)"/g)].map(m => m[1]!)
    .map(url => (url.endsWith('/') ? `${url.replace(/^\.\//, '')}index.html` : /\.\w+$/.test(url) ? url : `${url}.html`))
}

export function precacheBytes(distDir = 'dist'): number {
  return precacheFiles(distDir).reduce((n, f) => n + readFileSync(join(distDir, f)).length, 0)
}
