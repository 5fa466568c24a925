/**
 * Makes a prerendered page paint with its HTML alone:
 * - the stylesheet links become the CSS itself (a few KB), so no request blocks rendering;
 * - the module script and its modulepreload hints become one small classic deferred script
 *   (src/boot.ts) that fetches the app's modules and the page's own after the first frame, so
 *   they never compete with the first paint;
 * - the favicon becomes a data: URL, and the web manifest is linked later by the app, so the
 *   first paint waits for no other request.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Pinia } from 'pinia'
import type { App } from 'vue'
import type { Router } from 'vue-router'
import { isDataChunkModule } from '../data/chunkModules.ts'
import { SHOWS_OTHER_CHOICES } from '../utils/renderKey.ts'
import type { BootRecord } from './bootScript.ts'
import { bootRecord } from './bootScript.ts'

/**
 * `dataModules`: the data chunks the page was rendered with (`renderedData`); `followsQuery`:
 * the page is served for links with other choices too (`followsQuery`).
 */
export function optimizePrerenderedPage(html: string, outDir: string, base = '/', dataModules: string[] = [], followsQuery = false): string {
  const page = inlineIcon(bootScript(inlineStylesheets(followsQuery ? choicesUnknown(html) : html, outDir, base), bootRecord(outDir), base, dataModules), outDir)
  // linked by the app when it registers the service worker (src/stores/pwa.ts)
  return page.replace(/<link rel="manifest"[^>]*>\s*/, '')
}

/**
 * The data chunks a prerendered page was rendered with, as module names: the reports and
 * indicator slices its districts store loaded (src/stores/districts.ts keeps the state of each
 * load under its chunk's name, src/data/chunkModules.ts). A page whose data follows its query
 * names none (`followsQuery`): compare.html, rendered with every district, also serves the
 * compare links that have no page of their own, which show only some.
 */
export function renderedData(app: App): string[] {
  const { $pinia } = app.config.globalProperties as { $pinia?: Pinia }
  if (followsQuery(app))
    return []
  const states = ($pinia?.state.value.districts as { states?: Record<string, string> } | undefined)?.states ?? {}
  return Object.keys(states).filter(module => states[module] === 'ready' && isDataChunkModule(module))
}

/**
 * Whether the page's content follows its query (route meta `dataFromQuery`) and it was rendered
 * with no choice made: compare.html. A comparison's own page (`/compare?d=…`) is served only for
 * its own links (src/data/prerenderPaths.ts).
 */
export function followsQuery(app: App): boolean {
  const { $router } = app.config.globalProperties as { $router?: Router }
  const route = $router?.currentRoute.value
  return !!route?.meta.dataFromQuery && route.query.d === undefined
}

/**
 * compare.html is served for every `/compare?d=…`, and shows every district ticked and charted.
 * Until the boot script has read the link (src/boot.ts) it cannot know whether that is the
 * comparison asked for, so the page leaves its heading only: a shared link never shows, even for
 * a moment, a comparison nobody sent (src/styles/main.css).
 */
export function choicesUnknown(html: string): string {
  return html.replace(/<html\b/, `<html ${SHOWS_OTHER_CHOICES}`)
}

const ICON_LINKS = /<link rel="icon"[^>]*>\s*/g

/**
 * The favicon links (an .ico and an .svg) become one `data:` URL of the SVG: the tab icon needs
 * no request of its own, on every page.
 */
export function inlineIcon(html: string, outDir: string): string {
  const file = join(outDir, 'favicon.svg')
  if (!existsSync(file) || !html.includes('<link rel="icon"'))
    return html
  const svg = readFileSync(file, 'utf8').replace(/\s*\n\s*/g, ' ').trim()
  const href = `data:image/svg+xml,${encodeURIComponent(svg).replace(/%20/g, ' ').replace(/%3D/g, '=').replace(/%3A/g, ':').replace(/%2F/g, '/').replace(/%22/g, "'")}`
  let first = true
  return html.replace(ICON_LINKS, () => {
    if (!first)
      return ''
    first = false
    return `<link rel="icon" href="${href}" type="image/svg+xml">`
  })
}

/** Each stylesheet a page links becomes the CSS itself, once (a page may link a shared chunk's CSS twice). */
export function inlineStylesheets(html: string, outDir: string, base = '/'): string {
  const inlined = new Set<string>()
  return html.replace(/<link rel="stylesheet"[^>]*href="([^"]+\.css)"[^>]*>/g, (tag, href: string) => {
    if (inlined.has(href))
      return ''
    const file = join(outDir, href.startsWith(base) ? href.slice(base.length) : href)
    try {
      // data-href: src/boot.ts tells Vite's chunk preloader that this CSS is already here
      const css = readFileSync(file, 'utf8')
      inlined.add(href)
      return `<style data-href="${href}">${css.replaceAll('</style', '<\\/style')}</style>`
    }
    catch {
      return tag
    }
  })
}

const ENTRY = /<script type="module"[^>]*\ssrc="[^"]+"[^>]*><\/script>/
const PRELOAD = /<link rel="modulepreload"[^>]*>/g
const HREF = /\shref="([^"]+)"/
const LANG = /<html[^>]*\slang="([^"]+)"/

/**
 * Replaces the entry module and its preload hints with the boot script (when it was built). The
 * hints name the page component the page was rendered with; the script tag names that page's
 * own chunks, the data chunks it was rendered with and the messages of its language when they
 * load on demand (`data-page-chunks`), so the boot script fetches them with the app's and the
 * first route waits for no further round trip.
 */
export function bootScript(html: string, boot: BootRecord | undefined, base = '/', dataModules: string[] = []): string {
  const hinted = (html.match(PRELOAD) ?? []).map(tag => tag.match(HREF)?.[1] ?? '')
  const withoutHints = html.replace(PRELOAD, '')
  if (!boot)
    return withoutHints
  const own = [...new Set([
    ...hinted.filter(href => href.startsWith(base)).flatMap(href => boot.pages[href.slice(base.length)] ?? []),
    ...dataModules.flatMap(module => boot.data[module] ?? []),
    ...boot.messages[html.match(LANG)?.[1] ?? ''] ?? [],
  ])]
  const chunks = own.length ? ` data-page-chunks="${own.map(f => base + f).join(' ')}"` : ''
  return withoutHints.replace(ENTRY, `<script defer src="${base}${boot.file}"${chunks}></script>`)
}
