/**
 * The two steps a prerendered page takes after vite-ssg has rendered it (vite.config.ts), so that
 * its first paint waits for nothing but its HTML.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

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

/** The words every page of a build on synthetic data shows at its top (src/synth/). */
export const SYNTHETIC_LABEL = '合成数据 · synthetic data'

/**
 * A page built on synthetic data says so above everything else, outside the app's root so that
 * hydration never touches it, and asks search engines to leave it out.
 */
export function markSynthetic(html: string): string {
  return html
    .replace('</head>', '<meta name="robots" content="noindex"></head>')
    .replace(/<body([^>]*)>/, `<body$1><p class="synthetic-data" role="note" data-testid="synthetic-data" style="margin:0;padding:6px 12px;background:#9a3412;color:#fff;text-align:center;font:600 14px/1.4 system-ui,sans-serif">${SYNTHETIC_LABEL}</p>`)
}

/**
 * Writes a page's HTML under its alias's name too (src/data/prerenderPaths.ts), beside the file
 * vite-ssg writes for the page itself (its `dirStyle: 'flat'`: `/d/weibin` → `d/weibin.html`).
 */
export function writeAlias(outDir: string, alias: string, html: string): void {
  const file = join(outDir, `${alias.replace(/^\//, '')}.html`)
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, html)
}
