import { existsSync, readdirSync, readFileSync } from 'node:fs'
import type { APIRequestContext } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { IMMUTABLE, REVALIDATE, SECURITY_HEADERS } from '~/build/headers'

/** The deployment the README documents and the one `npm start` runs: both must serve the build alike. */
const SERVERS = [
  { name: 'nginx with docs/nginx.conf', origin: 'http://127.0.0.1:4174' },
  { name: 'npm start', origin: 'http://localhost:4173' },
]

const built = (file: string) => readFileSync(`dist/${file}`, 'utf8')
const asset = `/assets/${readdirSync('dist/assets').find(f => f.endsWith('.js'))}`

/** A page's clean URL, and the file it answers. */
const CLEAN_URLS = [
  ['/', 'index.html'],
  ['/d/410703', 'd/410703.html'],
  ['/d/410703/report', 'd/410703/report.html'],
  ['/en', 'en.html'],
  ['/en/d/410811', 'en/d/410811.html'],
  ['/m/gdp', 'm/gdp.html'],
] as const

/** Another URL of a page, and the Location of its 301. */
const REDIRECTS = [
  ['/d/410703.html', '/d/410703'],
  ['/d/410703.html?from=groupmessage', '/d/410703?from=groupmessage'],
  ['/index.html', '/'],
  ['/d/410703/', '/d/410703'],
  ['/en/m/gdp/?lang=en', '/en/m/gdp?lang=en'],
  ['/404.html', '/404'],
  // never off the site: //example.org would be another host
  ['//example.org/', '/example.org'],
] as const

/** A path that is no page, and the not-found page it gets. */
const NOT_FOUND = [
  ['/no/such/page', '404.html'],
  ['/d/999999', '404.html'],
  ['/404', '404.html'],
  ['/en/no/such/page', 'en/404.html'],
] as const

/** A compare link, and the page it gets: compare.html with no choice, else the app's frame, in which the app renders it (no comparison has a file). */
const COMPARE_LINKS = [
  ['/compare', 'compare.html'],
  ['/compare?from=groupmessage', 'compare.html'],
  ['/en/compare?m=', 'en/compare.html'],
  ['/compare?d=410703,410702', 'shell.html'],
  ['/compare?d=410702,410703&from=groupmessage', 'shell.html'],
  ['/en/compare?d=410811', 'en/shell.html'],
  ['/compare?d=410811,410702,410703', 'shell.html'],
  ['/compare?d=410703:2023,410702', 'shell.html'],
  ['/compare?d=410703,410702&m=gdp', 'shell.html'],
  ['/compare?m=gdp&d=410703', 'shell.html'],
  ['/compare?d=410703&d=410702', 'shell.html'],
  ['/compare?d=999999', 'shell.html'],
  ['/en/compare?d=410703,410702&m=gdp', 'en/shell.html'],
] as const

for (const { name, origin } of SERVERS) {
  test.describe(`deploy: ${name}`, () => {
    /** One request as a browser's navigation asks for it, redirects not followed. */
    const get = (request: APIRequestContext, path: string, headers: Record<string, string> = {}) =>
      request.get(`${origin}${path}`, { maxRedirects: 0, headers: { Accept: 'text/html', ...headers } })

    async function expectPage(request: APIRequestContext, path: string, file: string, status = 200) {
      const response = await get(request, path)
      expect(response.status(), path).toBe(status)
      expect(await response.text(), `${path} answers ${file}`).toBe(built(file))
    }

    async function expectRedirect(request: APIRequestContext, path: string, location: string) {
      const response = await get(request, path)
      expect(response.status(), path).toBe(301)
      expect(response.headers().location, path).toBe(location)
    }

    test('serves each page at its clean URL', async ({ request }) => {
      for (const [path, file] of CLEAN_URLS)
        await expectPage(request, path, file)
    })

    test('gives each page one URL: .html and a trailing slash redirect to it, keeping the query', async ({ request }) => {
      for (const [path, location] of REDIRECTS)
        await expectRedirect(request, path, location)
    })

    test('answers unknown paths and /404 with the not-found page and status 404', async ({ request }) => {
      for (const [path, file] of NOT_FOUND)
        await expectPage(request, path, file, 404)
      expect(built('404.html')).toContain('<meta name="robots" content="noindex">')
    })

    test('gives the not-found page to any client, not only to a browser (curl asks for */*)', async ({ request }) => {
      for (const [path, file] of [['/d/999999', '404.html'], ['/no/such/page', '404.html'], ['/en/d/999999', 'en/404.html']] as const) {
        const response = await get(request, path, { Accept: '*/*' })
        expect(response.status(), path).toBe(404)
        expect(response.headers()['content-type'], path).toMatch(/^text\/html/)
        expect(await response.text(), `${path} answers ${file}`).toBe(built(file))
      }
    })

    test('serves each report\'s figures as JSON at /data/<report>.json', async ({ request }) => {
      const response = await get(request, '/data/weibin-2023.json', { Accept: '*/*' })
      expect(response.status()).toBe(200)
      expect(response.headers()['content-type']).toMatch(/^application\/json/)
      expect((await response.json()).report.code).toBe('410703')
    })

    test('deploys no build metadata', async ({ request }) => {
      expect(existsSync('dist/.vite'), 'the build leaves dist/.vite behind').toBe(false)
      expect((await get(request, '/.vite/ssr-manifest.json')).status()).toBe(404)
    })

    test('sends the security headers on pages, assets and the not-found page', async ({ request }) => {
      for (const path of ['/d/410703', asset, '/no/such/page']) {
        const headers = (await get(request, path)).headers()
        for (const [header, value] of Object.entries(SECURITY_HEADERS))
          expect(headers[header.toLowerCase()], `${header} on ${path}`).toBe(value)
      }
      expect(SECURITY_HEADERS['Content-Security-Policy']).toContain('frame-ancestors \'none\'')
    })

    test('lets HTML, the service worker and the manifest revalidate, and keeps hashed assets forever', async ({ request }) => {
      for (const path of ['/', '/d/410703', '/compare?d=410703,410702', '/sw.js', '/manifest.webmanifest'])
        expect((await get(request, path)).headers()['cache-control'], path).toBe(REVALIDATE)
      expect((await get(request, asset)).headers()['cache-control'], asset).toBe(IMMUTABLE)
    })

    test('gives a compare link compare.html with no choice and the app\'s frame with one', async ({ request }) => {
      for (const [path, file] of COMPARE_LINKS)
        await expectPage(request, path, file)
      // no comparison is a file of the build
      expect(existsSync('dist/compare')).toBe(false)
      await expectPage(request, '/compare/410703,410702', '404.html', 404)
    })

    test('compresses pages and scripts with gzip', async ({ request }) => {
      for (const path of ['/d/410703', asset])
        expect((await get(request, path, { 'Accept-Encoding': 'gzip' })).headers()['content-encoding'], path).toBe('gzip')
    })
  })
}
