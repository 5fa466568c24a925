import type { Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { open } from '../helpers/app'

test.use({ serviceWorkers: 'allow' })

test.describe('offline', () => {
  test('one visit makes every route work offline, including routes never opened', async ({ page, context }) => {
    test.setTimeout(90_000)
    await open(page, '/d/410703')
    // the first visit is already controlled: no reload needed (clientsClaim)
    await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 30_000 }).toBe(true)
    await open(page, '/about')
    await expect(page.getByTestId('offline-status')).toHaveAttribute('data-status', 'ready', { timeout: 30_000 })

    await context.setOffline(true)
    const routes: Array<[string, string]> = [
      ['/', '卫滨区'],
      ['/d/410702', '261亿元'],
      ['/d/410811/report', '全区地区生产总值完成216亿元'],
      ['/d/hongqi', '红旗区'],
      ['/d/410811/2023', '216亿元'],
      ['/compare?d=410811,410702', '共同指标（4）地区生产总值'],
      ['/compare?d=410703,410811,410702', '山阳区2023年数据 · 政府工作报告红旗区2023年数据 · 新闻发布会卫滨区2023年数据 · 新闻发布会'],
      ['/m/gdp?d=410703&scope=city', '2023年数据 · 新乡市 · 2个区县'],
      ['/m/retail-sales', '138.9亿元'],
      ['/en/d/410703', 'CNY 14.18 bn'],
      ['/d/410703?from=groupmessage', '141.8'],
      ['/about', '数据版本'],
    ]
    for (const [path, text] of routes) {
      await open(page, path)
      await expect(page.locator('main'), path).toContainText(text)
    }
    await expect(page.getByTestId('offline-badge')).toBeVisible()
    await open(page, '/no/such/page')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('未找到页面')
    // a chart the page draws itself (no prerendered picture for this link) is drawn offline, with
    // ECharts from the cache
    await open(page, '/compare?d=410811,410702&m=gdp')
    const drawn = page.getByTestId('compare-row').first()
    await drawn.scrollIntoViewIfNeeded()
    await expect(drawn.locator('.echart svg')).toHaveCount(1)
    await expect(drawn.locator('.echart svg text').filter({ hasText: /区$/ }).first()).toBeAttached()
    // charts load their interactive code offline too
    await open(page, '/d/410703')
    const chart = page.locator('[data-indicator="gdp"]').getByTestId('chart')
    await chart.hover()
    await expect(chart.locator('.echart svg')).toHaveCount(1)
  })
})

test.describe('a link the worker keeps no HTML for', () => {
  test('opens offline on the app\'s frame, never on a not-found page, in the reader\'s language', async ({ page, context }) => {
    test.setTimeout(60_000)
    // every element the page ever shows, as the page loads (the not-found text must never flash)
    await page.addInitScript(() => {
      const seen: string[] = []
      ;(window as unknown as { seen: string[] }).seen = seen
      new MutationObserver(() => {
        for (const el of document.querySelectorAll('[data-testid="not-found"], .skeleton')) {
          const name = el.matches('.skeleton') ? `frame (${document.documentElement.lang})` : 'not-found'
          if (!seen.includes(name))
            seen.push(name)
        }
      }).observe(document, { childList: true, subtree: true })
    })
    await open(page, '/about')
    await expect(page.getByTestId('offline-status')).toHaveAttribute('data-status', 'ready', { timeout: 30_000 })
    await context.setOffline(true)
    const seen = () => page.evaluate(() => (window as unknown as { seen: string[] }).seen)

    await open(page, '/m/gdp')
    await expect(page.locator('main h1')).toHaveText('地区生产总值')
    expect(await seen()).toEqual(['frame (zh-CN)'])

    await open(page, '/en/m/gdp')
    await expect(page.locator('main h1')).toHaveText('GDP')
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    expect(await seen()).toEqual(['frame (en)'])

    // a link that leads nowhere is still said to be one
    await open(page, '/m/no-such-indicator')
    await expect(page.getByTestId('not-found')).toBeVisible()
    expect(await seen()).toEqual(['frame (zh-CN)', 'not-found'])
  })

  test('the frame opened at its own address says the link leads nowhere, and is kept out of search', async ({ page }) => {
    await open(page, '/shell')
    await expect(page.getByTestId('not-found')).toBeVisible()
    await expect(page.locator('.skeleton')).toHaveCount(0)
    const html = await (await page.request.get('/shell')).text()
    expect(html).toContain('<meta name="robots" content="noindex">')
    expect(html).not.toContain('rel="canonical"')
  })
})

test.describe('offline header', () => {
  test.use({ serviceWorkers: 'allow', viewport: { width: 360, height: 740 } })

  test('a page opened offline hydrates cleanly and keeps every header button on screen', async ({ page, context }) => {
    const warnings: string[] = []
    page.on('console', m => /mismatch/i.test(m.text()) && warnings.push(m.text()))
    await open(page, '/about')
    await expect(page.getByTestId('offline-status')).toHaveAttribute('data-status', 'ready', { timeout: 30_000 })
    await context.setOffline(true)
    await open(page, '/en/d/410703')
    await expect(page.getByTestId('offline-badge')).toBeVisible()
    for (const id of ['text-smaller', 'text-larger', 'theme-toggle', 'lang-switch'])
      await expect(page.getByTestId(id), id).toBeInViewport({ ratio: 1 })
    expect(warnings).toEqual([])
  })
})

test.describe('the app\'s name in the header', () => {
  test.use({ serviceWorkers: 'allow', viewport: { width: 390, height: 844 } })

  /** Whether the name shows whole beside the logo, not at all (wrapped out of the link's box), or cut. */
  const nameShown = (page: Page) => page.getByTestId('brand').evaluate((link) => {
    const box = link.getBoundingClientRect()
    const span = link.querySelector('span')!
    const name = span.getBoundingClientRect()
    if (name.top >= box.bottom)
      return 'not at all'
    const inside = name.left >= box.left && name.right <= box.right && name.bottom <= box.bottom
    return inside && span.scrollWidth <= span.clientWidth ? 'whole' : 'cut'
  })

  test('shows whole or not at all, never cut, when the offline badge takes its room', async ({ page, context }) => {
    test.setTimeout(60_000)
    await open(page, '/about')
    await expect(page.getByTestId('offline-status')).toHaveAttribute('data-status', 'ready', { timeout: 30_000 })
    await open(page, '/en/d/410703')
    expect(await nameShown(page)).toBe('whole')
    await context.setOffline(true)
    await expect(page.getByTestId('offline-badge')).toBeVisible()
    // "District Brief", the badge and four buttons do not fit in 390 px: the logo stands alone
    expect(await nameShown(page)).toBe('not at all')
    await expect(page.getByTestId('brand')).toHaveAccessibleName('District Brief home')
    for (const id of ['offline-badge', 'text-smaller', 'text-larger', 'theme-toggle', 'lang-switch'])
      await expect(page.getByTestId(id), id).toBeInViewport({ ratio: 1 })
    // the shorter Chinese name still fits beside the badge
    await open(page, '/d/410703')
    await expect(page.getByTestId('offline-badge')).toBeVisible()
    expect(await nameShown(page)).toBe('whole')
  })
})

test.describe('saving a city for offline reading', () => {
  test('is not offered where one visit saves every district: a district page says so, in both languages', async ({ page }) => {
    for (const [path, text] of [['/d/410703', '全部区县已保存在本设备，离线可读'], ['/en/d/410811', 'Every district is saved on this device and readable offline']] as const) {
      await open(page, path)
      // (the offer comes as the reader nears the end of the page)
      await page.getByTestId('source-line').scrollIntoViewIfNeeded()
      const offer = page.getByTestId('offline-save')
      await offer.scrollIntoViewIfNeeded()
      await expect(offer.getByTestId('offline-everything'), path).toHaveText(text)
      await expect(offer.getByTestId('offline-save-button'), path).toHaveCount(0)
    }
    await open(page, '/about')
    await expect(page.getByTestId('no-saved-city')).toBeVisible()
    await expect(page.getByTestId('storage-use')).toContainText('本网站已用存储')
  })
})
