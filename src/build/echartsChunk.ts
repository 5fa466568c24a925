/**
 * `virtual:echarts-url`: the URL of the app's ECharts chunk (src/charts/echarts.ts), for the
 * chart worker (src/charts/svgWorker.ts). A worker is bundled on its own, so a worker importing
 * ECharts carried a second copy of it (165 KB gzip, precached twice). The worker now imports the
 * chunk the page's interactive chart uses: the build emits that module as a chunk of its own and
 * names its file here (the dev server serves the module itself).
 */
import { relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Plugin } from 'vite'

const ID = 'virtual:echarts-url'
const RESOLVED = `\0${ID}`
const ECHARTS_MODULE = fileURLToPath(new URL('../charts/echarts.ts', import.meta.url))

/** Whether a chunk's module is the ECharts entry this plugin emits (any path separator). */
export function isEchartsEntry(facadeModuleId: string | null | undefined): boolean {
  return /[\\/]src[\\/]charts[\\/]echarts\.ts$/.test(facadeModuleId ?? '')
}

export function echartsChunkPlugin(): Plugin {
  let reference: string | undefined
  let serve = false
  let devUrl = ''
  return {
    name: 'district-brief:echarts-chunk',
    configResolved(config) {
      serve = config.command === 'serve'
      devUrl = config.base + relative(config.root, ECHARTS_MODULE).replaceAll('\\', '/')
    },
    buildStart() {
      reference = undefined
      if (!serve && this.environment.name === 'client')
        reference = this.emitFile({ type: 'chunk', id: ECHARTS_MODULE, name: 'echarts', preserveSignature: 'strict' })
    },
    resolveId(id) {
      return id === ID ? RESOLVED : undefined
    },
    load(id) {
      if (id !== RESOLVED)
        return undefined
      if (reference)
        return `export default new URL(import.meta.ROLLDOWN_FILE_URL_${reference}, location.href).href`
      // the dev server serves the module as it is; the server build draws no charts in a worker
      return `export default ${JSON.stringify(serve ? devUrl : '')}`
    },
  }
}
