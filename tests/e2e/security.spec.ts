import { createHash } from 'node:crypto'
import { expect, test } from '@playwright/test'
import { open } from '../helpers/app'

const ROUTES = ['/', '/d/410703', '/d/410702/report', '/compare?d=410703,410702', '/m/gdp', '/m', '/about', '/en/d/410811', '/no/such/page']

test.describe('security', () => {
  test('every page carries a Content-Security-Policy that allows scripts only from this origin, and its one inline script by its hash', async ({ request }) => {
    for (const path of ROUTES) {
      const html = await (await request.get(path, { headers: { Accept: 'text/html' } })).text()
      const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1]
      const scriptSrc = csp?.split(';').map(d => d.trim()).find(d => d.startsWith('script-src'))
      expect(csp, path).not.toContain('unsafe-eval')
      const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(m => `'sha256-${createHash('sha256').update(m[1]!).digest('base64')}'`)
      expect(inline, path).toHaveLength(1)
      expect(scriptSrc, path).toBe(`script-src 'self' ${inline[0]}`)
      expect(html.match(/<script(?![^>]*\bsrc=)[^>]*>/g), path).toHaveLength(1)
    }
  })

  test('no page violates the policy, and every request stays on this origin', async ({ page, baseURL }) => {
    test.setTimeout(60_000)
    const origin = new URL(baseURL!).origin
    const foreign: string[] = []
    page.on('request', (req) => {
      const url = req.url()
      if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
        foreign.push(url)
    })
    await page.addInitScript(() => {
      (window as unknown as { violations: string[] }).violations = []
      document.addEventListener('securitypolicyviolation', e => (window as unknown as { violations: string[] }).violations.push(`${e.violatedDirective} ${e.blockedURI}`))
    })
    for (const path of ROUTES) {
      await open(page, path)
      const chart = page.getByTestId('chart').first()
      if (await chart.count()) {
        await chart.hover()
        await expect(chart.locator('.echart svg')).toHaveCount(1)
      }
      if (await page.getByTestId('qr-toggle').count()) {
        await page.getByTestId('qr-toggle').click()
        await expect(page.getByTestId('qr-image')).toBeVisible()
      }
      await page.getByTestId('lang-switch').click()
      await page.waitForLoadState('networkidle')
      expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations), path).toEqual([])
    }
    expect(foreign).toEqual([])
  })

  test('no web fonts are downloaded', async ({ page }) => {
    const fonts: string[] = []
    page.on('request', req => req.resourceType() === 'font' && fonts.push(req.url()))
    await open(page, '/d/410703')
    await page.waitForLoadState('networkidle')
    expect(fonts).toEqual([])
  })
})
