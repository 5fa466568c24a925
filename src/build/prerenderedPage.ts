/**
 * Makes a prerendered page paint with its HTML alone:
 * - the stylesheet links become the CSS itself (a few KB), so no request blocks rendering;
 * - the modulepreload hints go: the page is readable without script, and hydration can fetch its
 *   chunks after the first paint instead of competing with it.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

export function optimizePrerenderedPage(html: string, outDir: string, base = '/'): string {
  return inlineStylesheets(html, outDir, base).replace(/<link rel="modulepreload"[^>]*>/g, '')
}

export function inlineStylesheets(html: string, outDir: string, base = '/'): string {
  return html.replace(/<link rel="stylesheet"[^>]*href="([^"]+\.css)"[^>]*>/g, (tag, href: string) => {
    const file = join(outDir, href.startsWith(base) ? href.slice(base.length) : href)
    try {
      return `<style>${readFileSync(file, 'utf8').replaceAll('</style', '<\\/style')}</style>`
    }
    catch {
      return tag
    }
  })
}
