/**
 * Emits src/boot.ts as a classic script, `assets/boot-[hash].js`, with the client entry and its
 * static imports written in; src/build/prerenderedPage.ts points each page's script tag at it.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Plugin } from 'vite'
import { minify, transformWithOxc } from 'vite'

const SOURCE = fileURLToPath(new URL('../boot.ts', import.meta.url))

export function bootScriptPlugin(): Plugin {
  let base = '/'
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
      const boot = { entry: base + entry.fileName, preload: entry.imports.map(f => base + f) }
      const { code } = await transformWithOxc(readFileSync(SOURCE, 'utf8'), SOURCE, { lang: 'ts', target: 'es2022' })
      const source = (await minify('boot.js', `const BOOT=${JSON.stringify(boot)};${code}`)).code
      this.emitFile({ type: 'asset', name: 'boot.js', source })
    },
  }
}

/** The emitted boot script's file name inside `assets/`, or undefined when it was not built. */
export function bootScriptFile(outDir: string): string | undefined {
  try {
    return readdirSync(join(outDir, 'assets')).find(f => /^boot-[\w-]+\.js$/.test(f))
  }
  catch {
    return undefined
  }
}
