/**
 * Emits src/boot.ts as a classic script, `assets/boot-[hash].js`, with the client entry and the
 * chunks it imports written in (in the order the browser evaluates them), and records its file
 * name in `.vite/boot.json` beside Vite's own build manifests; src/build/prerenderedPage.ts points
 * each page's script tag at it.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Plugin } from 'vite'
import { minify, transformWithOxc } from 'vite'

const SOURCE = fileURLToPath(new URL('../boot.ts', import.meta.url))

export function bootScriptPlugin(): Plugin {
  let base = '/'
  let file: string | undefined
  return {
    name: 'district-brief:boot-script',
    apply: 'build',
    configResolved(config) {
      base = config.base
    },
    async generateBundle(_options, bundle) {
      if (this.environment.name !== 'client')
        return
      const entry = Object.values(bundle).find(out => out.type === 'chunk' && out.isEntry)
      if (!entry || entry.type !== 'chunk')
        this.error('no client entry chunk to boot')
      const boot = { chunks: evaluationOrder(bundle, entry.fileName).map(f => base + f) }
      const { code } = await transformWithOxc(readFileSync(SOURCE, 'utf8'), SOURCE, { lang: 'ts', target: 'es2022' })
      const source = (await minify('boot.js', `const BOOT=${JSON.stringify(boot)};${code}`)).code
      file = this.getFileName(this.emitFile({ type: 'asset', name: 'boot.js', source }))
    },
    writeBundle(options) {
      if (this.environment.name !== 'client' || !file || !options.dir)
        return
      mkdirSync(join(options.dir, '.vite'), { recursive: true })
      writeFileSync(join(options.dir, '.vite', RECORD), JSON.stringify({ file }))
    },
  }
}

const RECORD = 'boot.json'

/**
 * The entry and every chunk it imports, transitively, in the order a browser evaluates them:
 * each chunk after the chunks it imports (depth first, in import order), the entry last.
 */
export function evaluationOrder(bundle: Record<string, { type: string, imports?: string[] }>, entry: string): string[] {
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

/** The emitted boot script's file name (`assets/boot-….js`), or undefined when it was not built. */
export function bootScriptFile(outDir: string): string | undefined {
  try {
    const { file } = JSON.parse(readFileSync(join(outDir, '.vite', RECORD), 'utf8')) as { file?: unknown }
    return typeof file === 'string' ? file : undefined
  }
  catch {
    return undefined
  }
}