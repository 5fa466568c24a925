/**
 * The build's last lines say how many pages it wrote, how fast, and the most memory it held, so a
 * build on a large dataset (`DATA_DIR=… npx vite-ssg build`, `npm run bench:scale`) shows what it
 * costs without a profiler.
 */
import process from 'node:process'
import type { Logger, Plugin } from 'vite'

export interface BuildStats {
  pages: number
  /** the whole build: both of vite-ssg's bundles, the pages, the service worker */
  seconds: number
  /** from the first page rendered to the last */
  renderSeconds: number
  /** the process's peak resident memory */
  peakBytes: number
}

export function formatBuildStats({ pages, seconds, renderSeconds, peakBytes }: BuildStats): string {
  const rate = (n: number, s: number) => (s > 0 ? n / s : 0).toFixed(1)
  const duration = (s: number) => (s >= 60 ? `${Math.floor(s / 60)} min ${Math.round(s % 60)} s` : `${s.toFixed(1)} s`)
  return `${pages} pages in ${duration(seconds)}: ${rate(pages, seconds)} pages/s (rendering alone ${rate(pages, renderSeconds)} pages/s), peak memory ${(peakBytes / 1024 ** 3).toFixed(2)} GB`
}

/**
 * Counts the pages vite-ssg renders (`onPageRendered`, each with its aliases) and prints the stats
 * in its `onFinished`, after everything else it does.
 */
export function buildStatsPlugin(aliasesOf: (route: string) => number = () => 0): Plugin {
  const started = performance.now()
  let firstPage = 0
  let lastPage = 0
  let pages = 0
  let logger: Logger | undefined
  return {
    name: 'district-brief:build-stats',
    apply: 'build',
    config(config) {
      const { onPageRendered, onFinished } = config.ssgOptions ?? {}
      config.ssgOptions = {
        ...config.ssgOptions,
        onPageRendered: async (route, html, appCtx) => {
          const page = await onPageRendered?.(route, html, appCtx)
          firstPage ||= performance.now()
          lastPage = performance.now()
          pages += 1 + aliasesOf(route)
          return page
        },
        onFinished: async () => {
          await onFinished?.()
          const stats = formatBuildStats({
            pages,
            seconds: (performance.now() - started) / 1000,
            renderSeconds: (lastPage - firstPage) / 1000,
            // resourceUsage gives kilobytes
            peakBytes: process.resourceUsage().maxRSS * 1024,
          })
          logger?.info(`\n✓ ${stats}`)
        },
      }
    },
    configResolved(config) {
      logger = config.logger
    },
  }
}
