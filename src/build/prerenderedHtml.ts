/**
 * The two steps a prerendered page takes after vite-ssg has rendered it (vite.config.ts), so that
 * its first paint waits for nothing but its HTML.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * Each stylesheet the page links (the app's and its page's own, a few KB) becomes a `<style>` in
 * it, so no request stands before the first paint. (When the app starts, Vite's chunk loader
 * fetches the page component's own CSS once more, after the paint: a KB, where a marker for it in
 * every page would cost the first round trip as much.)
 */
export function inlineStylesheets(html: string, outDir: string, base = '/'): string {
  const inlined = new Set<string>()
  return html.replace(/<link rel="stylesheet"[^>]*href="([^"]+\.css)"[^>]*>/g, (_tag, href: string) => {
    if (inlined.has(href))
      return ''
    inlined.add(href)
    const css = readFileSync(join(outDir, href.startsWith(base) ? href.slice(base.length) : href), 'utf8')
    return `<style>${css.replaceAll('</style', '<\\/style')}</style>`
  })
}

/**
 * The app starts after the first paint: its module script and the chunks it and the page preload
 * become one `<meta name="app-modules">` naming them in the order they evaluate, the entry last,
 * which src/beforePaint.ts imports once the page has painted, a task each. Fetched before the
 * first paint, they competed with it on a slow network; evaluated in one go, they made one long
 * task on a phone (the benchmark, docs/loading.md).
 */
export function startAfterPaint(html: string): string {
  const entry = /<script type="module"[^>]*\ssrc="([^"]+)"[^>]*><\/script>/.exec(html)?.[1]
  if (!entry)
    return html
  const chunks = [...html.matchAll(/<link rel="modulepreload"[^>]*\shref="([^"]+)"[^>]*>/g)].map(m => m[1]!)
  const modules = [...new Set([...chunks, entry])].join(' ')
  return html
    .replace(/<link rel="modulepreload"[^>]*>/g, '')
    .replace(/<script type="module"[^>]*><\/script>/, `<meta name="app-modules" content="${modules}">`)
}
