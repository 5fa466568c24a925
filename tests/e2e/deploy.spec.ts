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
      await expectPage(request, '/', 'index.html')
      await expectPage(request, '/d/410703', 'd/410703.html')
      await expectPage(request, '/d/410703/report', 'd/410703/report.html')
      await expectPage(request, '/en', 'en.html')
      await expectPage(request, '/en/d/410811', 'en/d/410811.html')
      await expectPage(request, '/m/gdp', 'm/gdp.html')
    })

    test('gives each page one URL: .html and a trailing slash redirect to it, keeping the query', async ({ request }) => {
      await expectRedirect(request, '/d/410703.html', '/d/410703')
      await expectRedirect(request, '/d/410703.html?from=groupmessage', '/d/410703?from=groupmessage')
      await expectRedirect(request, '/index.html', '/')
      await expectRedirect(request, '/d/410703/', '/d/410703')
      await expectRedirect(request, '/en/m/gdp/?lang=en', '/en/m/gdp?lang=en')
      // never off the site: //example.org would be another host
      await expectRedirect(request, '//example.org/', '/example.org')
    })

    test('answers unknown paths and /404 with the not-found page and status 404', async ({ request }) => {
      await expectPage(request, '/no/such/page', '404.html', 404)
      await expectPage(request, '/d/999999', '404.html', 404)
      await expectPage(request, '/404', '404.html', 404)
      await expectPage(request, '/en/no/such/page', 'en/404.html', 404)
      await expectRedirect(request, '/404.html', '/404')
      expect(built('404.html')).toContain('<meta name="robots" content="noindex">')
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

    test('gives a compare link its own page where there is one, and the app\'s frame otherwise', async ({ request }) => {
      await expectPage(request, '/compare', 'compare.html')
      await expectPage(request, '/compare?d=410703,410702', 'compare/410703,410702.html')
      await expectPage(request, '/compare?d=410702,410703&from=groupmessage', 'compare/410702,410703.html')
      await expectPage(request, '/en/compare?d=410811', 'en/compare/410811.html')
      await expectPage(request, '/compare?d=410811,410702,410703', 'compare/410811,410702,410703.html')
      // three districts in another order, an indicator, two d=, an unknown code: the app renders them
      await expectPage(request, '/compare?d=410703,410702,410811', 'shell.html')
      await expectPage(request, '/compare?d=410703,410702&m=gdp', 'shell.html')
      await expectPage(request, '/compare?m=gdp&d=410703', 'shell.html')
      await expectPage(request, '/compare?d=410703&d=410702', 'shell.html')
      await expectPage(request, '/compare?d=999999', 'shell.html')
      await expectPage(request, '/en/compare?d=410703,410702&m=gdp', 'en/shell.html')
      // a comparison's page answers its link, not an address of its own
      await expectPage(request, '/compare/410703,410702', '404.html', 404)
    })

    test('compresses pages and scripts with gzip', async ({ request }) => {
      for (const path of ['/d/410703', asset])
        expect((await get(request, path, { 'Accept-Encoding': 'gzip' })).headers()['content-encoding'], path).toBe('gzip')
    })
  })
}
