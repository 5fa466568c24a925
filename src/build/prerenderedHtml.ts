/**
 * Each stylesheet a prerendered page links (the app's and its page's own, a few KB) becomes a
 * `<style>` in it, so no request stands before the first paint. The link stays, disabled (never
 * fetched or applied): Vite's chunk loader finds it and knows that CSS is on the page already.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

export function inlineStylesheets(html: string, outDir: string, base = '/'): string {
  const inlined = new Set<string>()
  return html.replace(/<link rel="stylesheet"[^>]*href="([^"]+\.css)"[^>]*>/g, (_tag, href: string) => {
    if (inlined.has(href))
      return ''
    inlined.add(href)
    const css = readFileSync(join(outDir, href.startsWith(base) ? href.slice(base.length) : href), 'utf8')
    return `<style>${css.replaceAll('</style', '<\\/style')}</style><link rel="stylesheet" href="${href}" disabled>`
  })
}
