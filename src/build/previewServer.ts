/**
 * `npm start` serves the build the way docs/nginx.conf does (tests/e2e/deploy.spec.ts holds both
 * to the same behaviour):
 * - clean URLs: /d/410703 → d/410703.html (Vite's own HTML fallback); one URL per page, so
 *   /d/410703.html and /d/410703/ answer 301 to /d/410703;
 * - a compare link that names no districts and no indicator gets compare.html; any other gets
 *   the app's frame (shell.html), in which the app renders it: no comparison has a file of its own;
 * - unknown paths, /404, build metadata (/.vite/) and paths that do not decode get 404.html with
 *   status 404 (en/404.html under /en/);
 * - the headers of src/build/headers.ts: cache headers and the security headers;
 * - gzip.
 */
import { existsSync, readFileSync } from 'node:fs'
import type { ServerResponse } from 'node:http'
import { join, resolve } from 'node:path'
import compression from 'compression'
import type { Connect, Plugin } from 'vite'
import { compareLinkPage } from '../utils/compareLink.ts'
import { cacheControlFor, SECURITY_HEADERS } from './headers.ts'

/** A request's path as a file path, or undefined for one that does not decode (cut mid-character: /d/%E0). */
function decodedPath(path: string): string | undefined {
  try {
    return decodeURIComponent(path)
  }
  catch {
    return undefined
  }
}

/**
 * The one URL of a path, or undefined when the path is it: no `.html`, no trailing slash, and
 * one leading slash, so that `//example.org/` cannot redirect a reader off the site. The home
 * page of a site under a sub-folder keeps its slash (/brief/), as Vite's base does.
 */
export function canonicalPath(path: string, base = '/'): string | undefined {
  const stripped = `/${path.replace(/\/index\.html$/, '/').replace(/\.html$/, '').replace(/\/+$/, '').replace(/^[/\\]+/, '')}`
  const clean = `${stripped}/` === base ? base : stripped
  return clean === path ? undefined : clean
}

/** Paths inside the build that are no page of their own: the not-found page, build metadata. */
function isHidden(path: string): boolean {
  return /^(?:\/en)?\/404$/.test(path) || path.startsWith('/.vite/')
}

/** Sets a response's Cache-Control for good: Vite's preview sends its HTML with a `no-cache` of its own, which no host sends. */
function pinCacheControl(res: ServerResponse, value: string) {
  const setHeader = res.setHeader.bind(res)
  setHeader('Cache-Control', value)
  res.setHeader = (name, header) => name.toLowerCase() === 'cache-control' ? res : setHeader(name, header)
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
      const inApp = (path: string) => path.startsWith(base) ? `/${path.slice(base.length)}` : undefined
      function notFound(res: ServerResponse, path: string) {
        const page = join(outDir, inApp(path)?.startsWith('/en/') ? 'en/404.html' : '404.html')
        res.statusCode = 404
        res.setHeader('Content-Type', 'text/html; charset=utf-8')
        res.end(existsSync(page) ? readFileSync(page) : '')
      }
      // gzip, as any real static host does
      server.middlewares.use(compression() as unknown as Connect.NextHandleFunction)
      server.middlewares.use((req, res, next) => {
        const url = req.url ?? '/'
        const [path, query] = url.includes('?') ? [url.slice(0, url.indexOf('?')), url.slice(url.indexOf('?') + 1)] : [url, '']
        for (const [name, value] of Object.entries(SECURITY_HEADERS))
          res.setHeader(name, value)
        const canonical = canonicalPath(path, base)
        if (canonical !== undefined) {
          res.statusCode = 301
          res.setHeader('Location', `${canonical}${url.includes('?') ? `?${query}` : ''}`)
          return res.end()
        }
        pinCacheControl(res, cacheControlFor(path))
        const file = inApp(path)
        // a link cut mid-character (/d/%E0) names no file: the not-found page, not a server error
        if (decodedPath(path) === undefined || (file && isHidden(file)))
          return notFound(res, path)
        const page = file && (req.method === 'GET' || req.method === 'HEAD') ? compareLinkPage(file, query) : undefined
        if (page)
          req.url = `${base}${page.slice(1)}`
        next()
      })
      return () => {
        server.middlewares.use((req, res, next) => {
          // Vite's HTML fallback has already mapped clean URLs to their .html file
          const file = join(outDir, decodedPath((req.url ?? '/').split('?')[0]!) ?? '')
          const found = file.endsWith('.html') && existsSync(file)
          // whatever it accepts (curl sends */*), a request for what is not there gets the not-found page, as from nginx
          if (found || (req.method !== 'GET' && req.method !== 'HEAD'))
            return next()
          notFound(res, (req.originalUrl ?? req.url ?? '/').split('?')[0]!)
        })
      }
    },
  }
}
