import { expect, test } from '@playwright/test'
import { formatValue } from '~/utils/format'
import { report } from '../helpers/data'

test.describe('prerendered pages without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  const pages: Array<{ path: string, name: string, code?: string, lang: 'zh-CN' | 'en' }> = [
    { path: '/d/410703', name: '卫滨区', code: '410703', lang: 'zh-CN' },
    { path: '/d/410702', name: '红旗区', code: '410702', lang: 'zh-CN' },
    { path: '/d/410811', name: '山阳区', code: '410811', lang: 'zh-CN' },
    { path: '/en/d/410703', name: 'Weibin District', code: '410703', lang: 'en' },
    { path: '/d/410702/report', name: '红旗区', lang: 'zh-CN' },
    { path: '/', name: '卫滨区', lang: 'zh-CN' },
    { path: '/m/gdp', name: '红旗区', lang: 'zh-CN' },
  ]
  for (const p of pages) {
    test(`${p.path} shows its content and preview tags`, async ({ page }) => {
      await page.goto(p.path)
      await expect(page.locator('main')).toContainText(p.name)
      await expect(page.locator('html')).toHaveAttribute('lang', p.lang)
      if (p.code) {
        const gdp = report(p.code).metrics.find(m => m.indicator === 'gdp')!
        await expect(page.locator('main')).toContainText(formatValue(gdp.value!, gdp.unit, p.lang).replace(/ (bn|m)$/, ''))
        // charts are inline SVG, drawn without any JavaScript (山阳区 has no city peers in the data)
        if (p.code !== '410811')
          await expect(page.locator('[data-indicator="gdp"] .static-svg svg')).toHaveCount(1)
        await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', new RegExp(`/og/${p.code}\\.png$`))
      }
      for (const tag of ['og:title', 'og:description', 'og:url', 'og:image'])
        await expect(page.locator(`meta[property="${tag}"]`)).toHaveAttribute('content', /\S/)
      await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image')
      await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /\S{10}/)
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /^https?:\/\//)
      await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveCount(1)
      await expect(page.locator('link[rel="alternate"][hreflang="zh-CN"]')).toHaveCount(1)
    })
  }

  test('the preview image of a district exists and is a PNG', async ({ request }) => {
    const res = await request.get('/og/410703.png')
    expect(res.status()).toBe(200)
    expect(res.headers()['content-type']).toBe('image/png')
  })
})

test.describe('while the app starts', () => {
  // hydrated (/d/410703), and rendered afresh from compare.html (/compare?d=…)
  for (const path of ['/d/410703', '/compare?d=410703,410702']) {
    test(`${path}: a reader who scrolls before the app has started stays where they are`, async ({ page }) => {
      // the page paints from its HTML; the app's modules are held back until the reader has scrolled
      let release!: () => void
      const held = new Promise<void>((resolve) => { release = resolve })
      await page.route(/\/assets\/(?!boot-).+\.js$/, async (route) => {
        await held
        await route.continue()
      })
      await page.goto(path)
      await page.mouse.wheel(0, 300)
      await expect.poll(() => page.evaluate(() => scrollY)).toBe(300)
      expect(await page.locator('html[data-hydrated]').count()).toBe(0)
      release()
      await page.locator('html[data-hydrated]').waitFor({ state: 'attached' })
      // the first route's scroll runs a tick after hydration; give it a few frames to show
      await page.evaluate(() => new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve))))
      await page.waitForTimeout(200)
      expect(await page.evaluate(() => scrollY)).toBe(300)
    })
  }
})
