/**
 * `npm start` serves the build the way a real static host should:
 * - clean URLs: /d/410703 → d/410703.html (Vite's own HTML fallback);
 * - a compare link gets the page prerendered for its districts where there is one:
 *   /compare?d=410703,410702 → compare/410703,410702.html;
 * - unknown paths, and paths that do not decode, get 404.html with status 404 (the prerendered
 *   not-found page);
 * - cache headers: HTML, sw.js and the manifest revalidate every time, hashed assets are immutable;
 * - gzip.
 */
import { existsSync, readFileSync } from 'node:fs'
import type { ServerResponse } from 'node:http'
import { join, resolve } from 'node:path'
import compression from 'compression'
import type { Connect, Plugin } from 'vite'
import { compareChoicePage, isCompareChoiceFile } from '../utils/compareLink.ts'

export function cacheControlFor(path: string): string {
  if (/^\/(?:.*\/)?assets\//.test(path))
    return 'public, max-age=31536000, immutable'
  return 'public, max-age=0, must-revalidate'
}

/** A request's path as a file path, or undefined for one that does not decode (cut mid-character: /d/%E0). */
function decodedPath(path: string): string | undefined {
  try {
    return decodeURIComponent(path)
  }
  catch {
    return undefined
  }
}

export function previewServerPlugin(): Plugin {
  let outDir = 'dist'
  let base = '/'
  return {
    name: 'district-brief:preview-server',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir)
      base = config.base
    },
    configurePreviewServer(server) {
      // gzip, as any real static host does
      server.middlewares.use(compression() as unknown as Connect.NextHandleFunction)
      server.middlewares.use((req, res, next) => {
        const [path = '/', query] = (req.url ?? '/').split('?')
        // one URL style everywhere: no trailing slash
        if (path.length > 1 && path.endsWith('/')) {
          res.statusCode = 301
          res.setHeader('Location', `${path.replace(/\/+$/, '')}${query ? `?${query}` : ''}`)
          return res.end()
        }
        res.setHeader('Cache-Control', cacheControlFor(path))
        // a link cut mid-character (/d/%E0) names no file: the not-found page, not a server error
        if (decodedPath(path) === undefined)
          return notFound(res)
        const inApp = path.startsWith(base) ? `/${path.slice(base.length)}` : undefined
        // a comparison's own page answers its compare link, and has no address of its own
        if (inApp && isCompareChoiceFile(inApp))
          return notFound(res)
        const choice = inApp && (req.method === 'GET' || req.method === 'HEAD') ? compareChoicePage(inApp, query ?? '') : undefined
        if (choice && existsSync(join(outDir, choice)))
          req.url = `${base}${choice.slice(1)}`
        next()
      })
      function notFound(res: ServerResponse) {
        const page = join(outDir, '404.html')
        res.statusCode = 404
        res.setHeader('Content-Type', 'text/html; charset=utf-8')
        res.end(existsSync(page) ? readFileSync(page) : '')
      }
      return () => {
        server.middlewares.use((req, res, next) => {
          // Vite's HTML fallback has already mapped clean URLs to their .html file
          const file = join(outDir, decodedPath((req.url ?? '/').split('?')[0]!) ?? '')
          const found = file.endsWith('.html') && existsSync(file)
          if (found || req.method !== 'GET' || !req.headers.accept?.includes('text/html') || !existsSync(join(outDir, '404.html')))
            return next()
          notFound(res)
        })
      }
    },
  }
}
