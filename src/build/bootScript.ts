/**
 * Emits src/boot.ts as a classic script, `assets/boot-[hash].js`, with the app's base, the client
 * entry and the chunks it imports written in (in the order the browser evaluates them), and records its file
 * name, each page's own chunks and each data chunk in `.vite/boot.json` beside Vite's own build
 * manifests; src/build/prerenderedPage.ts points each page's script tag at it, naming the
 * page's chunks and the data it was rendered with.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Plugin } from 'vite'
import { isDataChunkModule } from '../data/chunkModules.ts'
import { isEchartsEntry } from './echartsChunk.ts'

const SOURCE = fileURLToPath(new URL('../boot.ts', import.meta.url))

export function bootScriptPlugin(): Plugin {
  let base = '/'
  let file: string | undefined
  let pages: Record<string, string[]> = {}
  let data: Record<string, string[]> = {}
  let messages: Record<string, string[]> = {}
  return {
    name: 'district-brief:boot-script',
    apply: 'build',
    configResolved(config) {
      base = config.base
    },
    async generateBundle(_options, bundle) {
      if (this.environment.name !== 'client')
        return
      const entries = Object.values(bundle).filter(isAppEntry)
      const entry = entries[0]
      if (entries.length !== 1 || !entry || entry.type !== 'chunk')
        this.error(`expected one client entry chunk to boot, found ${entries.length}: ${entries.map(e => e.fileName).join(', ')}`)
      const boot = { base, chunks: evaluationOrder(bundle, entry.fileName).map(f => base + f) }
      pages = pageChunks(bundle, entry.fileName)
      data = dataChunks(bundle, entry.fileName)
      messages = messageChunks(bundle, entry.fileName)
      // a classic script (no module of its own), with the little it imports bundled in
      const { build } = await import('rolldown')
      const { output } = await build({
        input: SOURCE,
        write: false,
        transform: { target: 'es2022' },
        output: { format: 'iife', minify: true, comments: false, intro: `const BOOT=${JSON.stringify(boot)};` },
        onLog: (_level, log) => this.warn(log.message),
      })
      const source = output[0].code
      file = this.getFileName(this.emitFile({ type: 'asset', name: 'boot.js', source }))
    },
    writeBundle(options) {
      if (this.environment.name !== 'client' || !file || !options.dir)
        return
      mkdirSync(join(options.dir, '.vite'), { recursive: true })
      writeFileSync(join(options.dir, '.vite', RECORD), JSON.stringify({ file, pages, data, messages } satisfies BootRecord))
    },
  }
}

const RECORD = 'boot.json'

/** What the build records for the prerendered pages (src/build/prerenderedPage.ts). */
export interface BootRecord {
  /** the boot script, `assets/boot-….js` */
  file: string
  /** each page component's chunk, with the chunks it imports that the entry does not */
  pages: Record<string, string[]>
  /** each report's and indicator slice's chunk, by module name (`virtual:data/report/weibin-2023`) */
  data: Record<string, string[]>
  /** the messages of each language loaded on demand (src/i18n.ts), by locale (`en`) */
  messages: Record<string, string[]>
}

/** The parts of a chunk in Rolldown's output bundle that the start-up reads. */
export interface ChunkInfo {
  type: string
  imports?: string[]
  isEntry?: boolean
  facadeModuleId?: string | null
}

/** The app's entry chunk (src/main.ts): the ECharts chunk is an entry too (src/build/echartsChunk.ts). */
export function isAppEntry(chunk: ChunkInfo): boolean {
  return chunk.type === 'chunk' && !!chunk.isEntry && !isEchartsEntry(chunk.facadeModuleId)
}

/** A page component's own chunk (src/pages/*). */
export function isPageChunk(chunk: ChunkInfo): boolean {
  return chunk.type === 'chunk' && /\/src\/pages\/[^/]+\.vue$/.test(chunk.facadeModuleId ?? '')
}

/**
 * For each page component's chunk, the chunks its first route loads besides the entry's: the
 * page itself and what it imports that the entry does not.
 */
export function pageChunks(bundle: Record<string, ChunkInfo>, entry: string): Record<string, string[]> {
  const started = new Set(evaluationOrder(bundle, entry))
  return Object.fromEntries(Object.entries(bundle)
    .filter(([, chunk]) => isPageChunk(chunk))
    .map(([file]) => [file, evaluationOrder(bundle, file).filter(f => !started.has(f))]))
}

/**
 * Chunks loaded on demand, each with what it imports that the entry does not, under the key
 * `keyOf` gives its module (chunks it gives none are left out).
 */
function onDemandChunks(bundle: Record<string, ChunkInfo>, entry: string, keyOf: (module: string) => string | undefined): Record<string, string[]> {
  const started = new Set(evaluationOrder(bundle, entry))
  return Object.fromEntries(Object.entries(bundle).flatMap(([file, chunk]) => {
    const key = chunk.type === 'chunk' && chunk.facadeModuleId ? keyOf(chunk.facadeModuleId.replace(/^\0/, '')) : undefined
    return key ? [[key, evaluationOrder(bundle, file).filter(f => !started.has(f))]] : []
  }))
}

/** Each report's and indicator slice's chunk (src/data/vitePlugin.ts), by module name. */
export function dataChunks(bundle: Record<string, ChunkInfo>, entry: string): Record<string, string[]> {
  return onDemandChunks(bundle, entry, module => (isDataChunkModule(module) ? module : undefined))
}

/** The chunk of each language's messages that loads on demand (src/locales/en.json), by locale. */
export function messageChunks(bundle: Record<string, ChunkInfo>, entry: string): Record<string, string[]> {
  return onDemandChunks(bundle, entry, module => module.match(/\/src\/locales\/([\w-]+)\.json$/)?.[1])
}

/**
 * The entry and every chunk it imports, transitively, in the order a browser evaluates them:
 * each chunk after the chunks it imports (depth first, in import order), the entry last.
 */
export function evaluationOrder(bundle: Record<string, ChunkInfo>, entry: string): string[] {
  const order: string[] = []
  const seen = new Set<string>()
  const visit = (file: string) => {
    if (seen.has(file))
      return
    seen.add(file)
    for (const imported of bundle[file]?.imports ?? []) visit(imported)
    order.push(file)
  }
  visit(entry)
  return order
}

/** What the build recorded about the boot script, or undefined when it was not built. */
export function bootRecord(outDir: string): BootRecord | undefined {
  try {
    const { file, pages, data, messages } = JSON.parse(readFileSync(join(outDir, '.vite', RECORD), 'utf8')) as Partial<BootRecord>
    const record = (value: unknown) => (typeof value === 'object' && value ? value as Record<string, string[]> : {})
    return typeof file === 'string' ? { file, pages: record(pages), data: record(data), messages: record(messages) } : undefined
  }
  catch {
    return undefined
  }
}
