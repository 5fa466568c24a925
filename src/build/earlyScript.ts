/**
 * Inlines src/beforePaint.ts into every page's head as a small classic script, and allows it, by
 * its sha256, in the page's Content-Security-Policy (`script-src 'self'` allows no inline
 * script). A script file of its own would cost a first visit a round trip before the first paint.
 */
import { createHash } from 'node:crypto'
import { fileURLToPath } from 'node:url'
import type { Plugin } from 'vite'

const SOURCE = fileURLToPath(new URL('../beforePaint.ts', import.meta.url))

/** The script as one minified classic script. */
export async function bundleEarlyScript(): Promise<string> {
  const { build } = await import('rolldown')
  const { output } = await build({ input: SOURCE, write: false, output: { format: 'iife', minify: true } })
  return output[0].code.trim()
}

/** The page with the script at the end of its head and its hash in the meta CSP's `script-src`. */
export function withEarlyScript(html: string, code: string): string {
  const hash = `'sha256-${createHash('sha256').update(code).digest('base64')}'`
  return html
    .replace(/script-src 'self'/, `script-src 'self' ${hash}`)
    .replace('</head>', `<script>${code}</script></head>`)
}

export function earlyScriptPlugin(): Plugin {
  return {
    name: 'district-brief:early-script',
    transformIndexHtml: {
      order: 'post',
      handler: async html => withEarlyScript(html, await bundleEarlyScript()),
    },
  }
}
