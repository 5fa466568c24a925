/**
 * Few, larger start-up chunks. A page starts with the framework, the app and its own component;
 * left to itself the bundler also cuts out every small module two pages share (the page-meta
 * composable, the number formats, the chart options …) as a chunk of its own, 0.2–3 KB each. A
 * district page then started with 14 scripts. Over HTTP/1.1 a browser fetches six at a time
 * from one server, so 14 scripts took three rounds of a slow network (about 0.6 s each on slow
 * 4G) where the bytes needed one.
 *
 * - `framework`: Vue, vue-i18n, and Vue's and Vite's small helpers;
 * - `shared`: the app's modules that two or more pages import as they load (statically,
 *   directly or through other modules), with what they import in turn (the router, Pinia,
 *   VueUse, unhead, zod/mini: Rolldown's `includeDependenciesRecursively`, which also keeps each
 *   component's CSS with it).
 *
 * A Chinese page then starts with six scripts: the bundler's runtime (a chunk of its own that no
 * group can take), these two, the entry, the page's component and its data; an English page adds
 * its messages. The costs: every page runs all of `shared` (about 43 KB gzip), the About page
 * too, in one task of the boot script's (src/boot.ts); and every page inlines its CSS (1 KB),
 * before the app's global CSS (its rules are all scoped). What loads later (ECharts, the summary
 * image, a page's data, the English messages) keeps a chunk of its own, and a module that only
 * one page imports as it loads stays in that page's chunk, or in the entry's.
 */
import { fileURLToPath } from 'node:url'
import type { ChunkingContext, CodeSplittingGroup } from 'rolldown'

const FRAMEWORK = /[\\/]node_modules[\\/](?:@vue|vue|vue-i18n|@intlify)[\\/]|^\0vite[\\/]preload-helper|^\0plugin-vue:export-helper/

/** This project's src/, with forward slashes. */
const SRC = fileURLToPath(new URL('..', import.meta.url)).replaceAll('\\', '/')

/** The path under src/ of one of the app's modules, or of a component's script (`Foo.vue?vue&type=script…`). */
function appPath(id: string): string | undefined {
  const path = id.replaceAll('\\', '/')
  if (!path.startsWith(SRC))
    return undefined
  const [file, query] = path.slice(SRC.length).split('?', 2) as [string, string | undefined]
  if (!/\.(?:ts|vue)$/.test(file) || (query !== undefined && !query.startsWith('vue&type=script')))
    return undefined
  return file
}

const isPage = (path: string) => /^pages\/[^/]+\.vue$/.test(path)

/** The page components that import the module as they load, directly or through other modules of the app. */
export function pagesLoading(id: string, ctx: ChunkingContext, pages = new Set<string>(), seen = new Set<string>()): Set<string> {
  if (seen.has(id))
    return pages
  seen.add(id)
  for (const importer of ctx.getModuleInfo(id)?.importers ?? []) {
    const path = appPath(importer)
    if (path && isPage(path))
      pages.add(path)
    else if (path)
      pagesLoading(importer, ctx, pages, seen)
  }
  return pages
}

/** Which group one of the app's modules goes to, if any. */
export function sharedChunk(id: string, ctx: ChunkingContext): 'shared' | null {
  const path = appPath(id)
  return path && !isPage(path) && pagesLoading(id, ctx).size > 1 ? 'shared' : null
}

export const startupChunkGroups: CodeSplittingGroup[] = [
  { name: 'framework', test: FRAMEWORK, priority: 2 },
  { name: sharedChunk, debugName: 'shared', priority: 1, includeDependenciesRecursively: true },
]
