/**
 * Marks the chunks a page runs as it starts with V8's compile hint, `//# allFunctionsCalledOnLoad`.
 *
 * V8 compiles a function the first time it is called, on the main thread, unless told that the
 * whole file runs on load: then it compiles the file at once, while the file streams in, off
 * the main thread in Chromium. Hydrating a page calls most of Vue, the router, i18n and the page's
 * own components, so compiling them on first call made hydration one long task. Chunks that load
 * on demand (ECharts, the QR code, the summary picture) keep V8's lazy compilation: most of their
 * functions never run. Browsers without the hint read it as a comment.
 */
import type { Plugin } from 'vite'
import type { ChunkInfo } from './bootScript.ts'
import { evaluationOrder, isAppEntry, isPageChunk } from './bootScript.ts'

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n'

/**
 * The entry and every page component (src/pages/*), each with the chunks it imports statically:
 * the code a prerendered page evaluates and calls as it starts.
 */
export function startupChunks(bundle: Record<string, ChunkInfo>): Set<string> {
  const starts = Object.entries(bundle)
    .filter(([, chunk]) => chunk.type === 'chunk' && (isAppEntry(chunk) || isPageChunk(chunk)))
  return new Set(starts.flatMap(([file]) => evaluationOrder(bundle, file)))
}

export function compileHintsPlugin(): Plugin {
  return {
    name: 'district-brief:compile-hints',
    apply: 'build',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        if (this.environment.name !== 'client')
          return
        for (const file of startupChunks(bundle)) {
          const chunk = bundle[file]
          if (chunk?.type === 'chunk' && !chunk.code.startsWith(COMPILE_HINT))
            chunk.code = COMPILE_HINT + chunk.code
        }
      },
    },
  }
}
