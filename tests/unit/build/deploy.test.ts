import { readFileSync } from 'node:fs'
import { describe, expect, it, vi } from 'vitest'
import { deployChecksPlugin, syntheticDeployError } from '~/build/deployChecks'
import { markSynthetic, SYNTHETIC_LABEL } from '~/build/prerenderedHtml'
import { cacheControlFor, IMMUTABLE, REVALIDATE, SECURITY_HEADERS } from '~/build/headers'
import { canonicalPath } from '~/build/previewServer'
import { siteConfig } from '../../helpers/nginx'

const NGINX_CONF = readFileSync(new URL('../../../docs/nginx.conf', import.meta.url), 'utf8')

describe('docs/nginx.conf', () => {
  it('sends the security headers `npm start` sends, on every response', () => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS))
      expect(NGINX_CONF).toContain(`add_header ${name} "${value}" always;`)
  })

  it('sends the cache headers `npm start` sends', () => {
    expect(NGINX_CONF).toContain(`"~/assets/"  "${IMMUTABLE}";`)
    expect(NGINX_CONF).toContain(`default      "${REVALIDATE}";`)
  })

  it('has the one listen and root line the tests (and a host) set', () => {
    const conf = siteConfig('/srv/brief', 8080)
    expect(conf).toContain('listen 127.0.0.1:8080;')
    expect(conf).toContain('root /srv/brief;')
  })
})

describe('the headers of src/build/headers.ts', () => {
  it('keeps hashed assets forever and revalidates everything else', () => {
    expect(cacheControlFor('/assets/app-Bx1.js')).toBe(IMMUTABLE)
    expect(cacheControlFor('/brief/assets/app-Bx1.js')).toBe(IMMUTABLE)
    expect(cacheControlFor('/d/410703')).toBe(REVALIDATE)
    expect(cacheControlFor('/sw.js')).toBe(REVALIDATE)
  })

  it('holds no script or default policy, which belongs to each page\'s meta CSP', () => {
    expect(SECURITY_HEADERS['Content-Security-Policy']).not.toMatch(/script-src|style-src|default-src/)
  })
})

describe('canonicalPath', () => {
  it('drops .html and trailing slashes', () => {
    expect(canonicalPath('/d/410703.html')).toBe('/d/410703')
    expect(canonicalPath('/d/410703/')).toBe('/d/410703')
    expect(canonicalPath('/index.html')).toBe('/')
    expect(canonicalPath('/en/index.html')).toBe('/en')
  })

  it('never leads off the site', () => {
    expect(canonicalPath('//example.org/')).toBe('/example.org')
    expect(canonicalPath('/\\example.org/')).toBe('/example.org')
    expect(canonicalPath('//')).toBe('/')
  })

  it('leaves a clean URL alone', () => {
    expect(canonicalPath('/')).toBeUndefined()
    expect(canonicalPath('/d/410703')).toBeUndefined()
  })

  it('keeps the slash of the home page of a site under a sub-folder, as Vite\'s base does', () => {
    expect(canonicalPath('/brief/', '/brief/')).toBeUndefined()
    expect(canonicalPath('/brief', '/brief/')).toBe('/brief/')
    expect(canonicalPath('/brief/index.html', '/brief/')).toBe('/brief/')
    expect(canonicalPath('/brief/d/410703/', '/brief/')).toBe('/brief/d/410703')
  })
})

describe('a build on synthetic data', () => {
  it('labels the page above the app\'s root, and keeps it out of search', () => {
    const html = markSynthetic('<html><head><title>卫滨区</title></head><body class="x"><div id="app"></div></body></html>')
    expect(html).toContain(`<body class="x"><p class="synthetic-data" role="note" data-testid="synthetic-data"`)
    expect(html).toContain(`>${SYNTHETIC_LABEL}</p><div id="app">`)
    expect(html).toContain('<meta name="robots" content="noindex"></head>')
  })

  it('stops before building for a real host', () => {
    const plugin = deployChecksPlugin({ synthetic: true })
    const config = plugin.config as (c: object) => void
    try {
      vi.stubEnv('SITE_URL', 'https://example.org')
      expect(() => config({})).toThrow(syntheticDeployError())
      vi.stubEnv('SITE_URL', '')
      expect(() => config({})).not.toThrow()
    }
    finally {
      vi.unstubAllEnvs()
    }
  })
})
