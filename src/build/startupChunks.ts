/**
 * Fewer, larger start-up chunks. A page starts with the framework, the app and its own
 * component; left to itself the bundler also cuts out every small module two pages share
 * (the page-meta composable, the number formats, the chart options …) as a chunk of its own,
 * 0.2–3 KB each. A district page then started with 14 files. Over HTTP/1.1 a browser fetches
 * six at a time, so 14 files took three round trips of a slow network (about 0.6 s each on
 * slow 4G) where the bytes needed one.
 *
 * - `framework`: Vue, vue-i18n, and Vue's and Vite's small helpers (src/boot.ts still evaluates
 *   the start-up chunks one task each);
 * - `pages`: the app's modules that two or more pages import as they load (statically), one
 *   chunk every page shares (its CSS, 1 KB, comes inlined with every page). A module only one
 *   page uses stays in that page's chunk; what loads later (ECharts, the summary image, a page's
 *   data, the English messages) keeps a chunk of its own.
 */
import type { ChunkingContext, CodeSplittingGroup } from 'rolldown'

const FRAMEWORK = /[\\/]node_modules[\\/](?:@vue|vue|vue-i18n|@intlify)[\\/]|^\0vite[\\/]preload-helper|^\0plugin-vue:export-helper/
// a component's id, or its script's (`Foo.vue?vue&type=script&setup=true&lang.ts`)
const APP_MODULE = /[\\/]src[\\/](?!pages[\\/])[^?]+\.(?:ts|vue(?:\?vue&type=script\b.*)?)$/
const PAGE = /[\\/]src[\\/]pages[\\/][^/\\?]+\.vue(?:\?vue&type=script\b.*)?$/

/** The page components that import the module as they load, directly or through other modules. */
function pagesLoading(id: string, ctx: ChunkingContext, pages = new Set<string>(), seen = new Set<string>()): Set<string> {
  if (seen.has(id))
    return pages
  seen.add(id)
  for (const importer of ctx.getModuleInfo(id)?.importers ?? []) {
    if (PAGE.test(importer))
      pages.add(importer.replace(/\?.*$/, ''))
    else if (APP_MODULE.test(importer))
      pagesLoading(importer, ctx, pages, seen)
  }
  return pages
}

export const startupChunks: CodeSplittingGroup[] = [
  { name: 'framework', test: FRAMEWORK, priority: 2 },
  { name: (id, ctx) => (APP_MODULE.test(id) && pagesLoading(id, ctx).size > 1 ? 'pages' : null), priority: 1 },
]
