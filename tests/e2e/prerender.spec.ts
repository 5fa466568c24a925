import type { Page } from '@playwright/test'
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
        // an English page previews in English
        await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', new RegExp(`/og/${p.lang === 'en' ? 'en/' : ''}${p.code}\\.png$`))
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

  test('the preview images exist and are PNGs, in both languages', async ({ request }) => {
    for (const path of ['/og/410703.png', '/og/en/410703.png', '/og/site.png', '/og/en/site.png']) {
      const res = await request.get(path)
      expect(res.status(), path).toBe(200)
      expect(res.headers()['content-type'], path).toBe('image/png')
    }
  })
})

test.describe('while the app starts', () => {
  /**
   * Holds the app's modules back (the page paints from its HTML) until the
   * returned function is called; `started` then waits until the app has hydrated and the first
   * route has scrolled, if it does (a tick after hydration).
   */
  async function holdTheApp(page: Page) {
    let release!: () => void
    const held = new Promise<void>((resolve) => { release = resolve })
    await page.route(/\/assets\/.+\.js$/, async (route) => {
      await held
      await route.continue()
    })
    return async function started() {
      expect(await page.locator('html[data-hydrated]').count(), 'the app started before it was let go').toBe(0)
      release()
      await page.locator('html[data-hydrated]').waitFor({ state: 'attached' })
      await page.evaluate(() => new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve))))
      await page.waitForTimeout(200)
    }
  }

  async function scrollBy(page: Page, y: number) {
    const from = await page.evaluate(() => scrollY)
    await page.mouse.wheel(0, y)
    await expect.poll(() => page.evaluate(() => scrollY)).toBe(from + y)
  }

  // hydrated: a district page, the compare page of every district
  for (const path of ['/d/410703', '/compare']) {
    test(`${path}: a reader who scrolls before the app has started stays where they are`, async ({ page }) => {
      const started = await holdTheApp(page)
      // (the app's modules hold the page's load event back)
      await page.goto(path, { waitUntil: 'commit' })
      await page.locator('main h1').waitFor()
      await scrollBy(page, 200)
      await started()
      expect(await page.evaluate(() => scrollY)).toBe(200)
    })
  }

  test('a tab the phone discarded reopens where the reader was, unless they scroll before the app starts', async ({ page }) => {
    // the router keeps the position when the page is hidden, as a phone's browser does before it
    // discards a tab in the background; reopening the tab loads the page again
    const hideTheTab = () => page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true })
      document.dispatchEvent(new Event('visibilitychange'))
    })
    await page.goto('/d/410703')
    await page.locator('html[data-hydrated]').waitFor({ state: 'attached' })
    await scrollBy(page, 900)
    await hideTheTab()
    let started = await holdTheApp(page)
    await page.reload({ waitUntil: 'commit' })
    await started()
    expect(await page.evaluate(() => scrollY)).toBe(900)
    await page.unroute(/\/assets\//)
    await hideTheTab()
    started = await holdTheApp(page)
    await page.reload({ waitUntil: 'commit' })
    await page.locator('main h1').waitFor()
    await scrollBy(page, 300)
    await started()
    expect(await page.evaluate(() => scrollY)).toBe(300)
  })

  test('a link to a card on a page rendered afresh (a district named by its pinyin) opens at the card', async ({ page }) => {
    const started = await holdTheApp(page)
    await page.goto('/en/d/weibin#good-air-days', { waitUntil: 'commit' })
    await started()
    await expect(page).toHaveURL(/\/en\/d\/410703#good-air-days$/)
    await expect(page.getByTestId('district-name')).toHaveText('Weibin District')
    const card = page.locator('#good-air-days')
    await expect(card).toBeInViewport()
    // below the sticky header
    expect(Math.round((await card.boundingBox())!.y)).toBeGreaterThanOrEqual(56)
  })
})
