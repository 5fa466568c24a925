import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { open } from '../helpers/app'
import { build, serve, stop } from '../helpers/server'

const PORT = 4175
const ORIGIN = `http://localhost:${PORT}`

test.describe('deployed under a sub-folder', () => {
  test.use({ serviceWorkers: 'allow', baseURL: ORIGIN })

  test('BASE_PATH=/brief/ builds an app that loads, navigates and works offline under /brief/', async ({ page, context }) => {
    test.setTimeout(480_000) // its build may wait for another test's (tests/helpers/server.ts)
    const out = join(mkdtempSync(join(tmpdir(), 'district-brief-base-')), 'dist')
    await build({ BASE_PATH: '/brief/', SITE_URL: 'https://example.org', OUT_DIR: out })
    const server = await serve(out, PORT, '/brief/')
    try {
      const failed: string[] = []
      const outside: string[] = []
      page.on('response', (r) => {
        if (r.status() >= 400)
          failed.push(`${r.status()} ${r.url()}`)
      })
      page.on('request', (r) => {
        const url = new URL(r.url())
        if (url.origin === ORIGIN && !url.pathname.startsWith('/brief/'))
          outside.push(url.pathname)
      })
      // the home page is the sub-folder itself, slash and all (the worker precaches it as ./)
      expect((await page.request.get('/brief/', { maxRedirects: 0 })).status()).toBe(200)
      expect((await page.request.get('/brief', { maxRedirects: 0 })).headers().location).toBe('/brief/')
      await page.goto('/brief/d/410703')
      await page.locator('html[data-hydrated]').waitFor({ state: 'attached' })
      // the page names its own chunks, under the sub-folder too
      const preloads = await page.locator('link[rel="modulepreload"]').evaluateAll(els => els.map(el => new URL((el as HTMLLinkElement).href).pathname))
      expect(preloads.some(c => /^\/brief\/assets\/DistrictPage-[\w-]+\.js$/.test(c))).toBe(true)
      expect(preloads.every(c => c.startsWith('/brief/assets/'))).toBe(true)
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', 'https://example.org/brief/d/410703')
      await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', '/brief/manifest.webmanifest')

      // a compare link gets the app's frame under the sub-folder…
      expect(await (await page.request.get('/brief/compare?d=410703,410702')).text()).toContain('data-rendered-for="/shell"')
      // …in which the app renders it, and a chart drawn in the browser finds ECharts there
      await open(page, '/brief/compare?d=410703,410702&m=gdp')
      const row = page.getByTestId('compare-row').first()
      await row.scrollIntoViewIfNeeded()
      await expect(row.locator('.echart svg')).toHaveCount(1)
      await open(page, '/brief/d/410703')

      await page.getByTestId('read-report').click()
      await expect(page).toHaveURL(`${ORIGIN}/brief/d/410703/report`)
      await expect(page.locator('main')).toContainText('141.8亿元')

      await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 60_000 }).toBe(true)
      await page.goto('/brief/about')
      await expect(page.getByTestId('offline-status')).toHaveAttribute('data-status', 'ready', { timeout: 60_000 })
      await context.setOffline(true)
      await page.goto('/brief/d/410702')
      await expect(page.locator('main')).toContainText('261亿元')
      expect(failed).toEqual([])
      expect(outside).toEqual([])
    }
    finally {
      await context.setOffline(false)
      await stop(server)
    }
  })
})
