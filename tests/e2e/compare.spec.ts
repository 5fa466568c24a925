import { expect, test } from '@playwright/test'
import { open, textLines, wrappedTexts } from '../helpers/app'
import { readFileSync } from 'node:fs'
import { report } from '../helpers/data'
import { parseCsv } from '../helpers/csv'

/** A compare link with no page of its own (a pair, one district named twice): served the app's frame, rendered in the browser. */
const RENDERED_IN_BROWSER = '/compare?d=410703,410702,410703'

test.describe('ComparePage', () => {
  test('a compare link with no page of its own renders afresh without moving what is on screen', async ({ page, context }) => {
    // the app's frame holds a placeholder: the app renders the link's choice in its place.
    // On a slow phone a frame can be painted between two of its tasks: nothing shown may shift then.
    const cdp = await context.newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
    await page.addInitScript(() => {
      const w = window as unknown as { shifts: number[] }
      w.shifts = []
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as Array<PerformanceEntry & { value: number, hadRecentInput: boolean }>) {
          if (!e.hadRecentInput)
            w.shifts.push(e.value)
        }
      }).observe({ type: 'layout-shift', buffered: true })
    })
    await open(page, RENDERED_IN_BROWSER)
    await expect(page.getByTestId('compare-row').nth(6)).toBeAttached()
    await page.evaluate(() => new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve))))
    const shifts = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts)
    expect(shifts.reduce((a, b) => a + b, 0)).toBeLessThan(0.01)
  })

  test('a chart whose ECharts download fails keeps its figures, in words and as a table', async ({ page }) => {
    // the interactive chart's chunk does not arrive, as on a dropped connection
    await page.route(/\/assets\/EChartView-[\w-]+\.js$/, route => route.abort('internetdisconnected'))
    await open(page, RENDERED_IN_BROWSER)
    const row = page.getByTestId('compare-row').first()
    await row.scrollIntoViewIfNeeded()
    await expect(row.getByTestId('chart')).toHaveAttribute('aria-label', '地区生产总值：红旗区 261亿元，卫滨区 141.8亿元')
    await row.getByTestId('table-toggle').click()
    await expect(row.getByTestId('chart-table').locator('tbody tr')).toHaveCount(2)
  })

  test('a compare link arrives as its own page: its districts before any script runs, hydrated in place', async ({ page }) => {
    // chat apps append tracking parameters to the links they pass on
    const link = '/compare?d=410703,410702&from=groupmessage'
    let release = () => {}
    const held = new Promise<void>((resolve) => { release = resolve })
    await page.route(/\/assets\/app-[\w-]+\.js$/, async (route) => {
      await held
      await route.continue()
    })
    await page.goto(link, { waitUntil: 'commit' })
    const row = page.getByTestId('compare-row').first()
    await expect(row).toBeVisible()
    await expect(page).toHaveTitle('对比：红旗区、卫滨区 · 区情速览')
    await expect(page.getByTestId('compare-chip').and(page.locator('[data-code="410811"]'))).toHaveAttribute('aria-pressed', 'false')
    await expect(row.getByTestId('chart')).toHaveAttribute('aria-label', '地区生产总值：红旗区 261亿元，卫滨区 141.8亿元')
    await expect(row.locator('.static-svg svg')).toHaveCount(1)
    await row.evaluate((el) => { (el as HTMLElement & { seen?: boolean }).seen = true })
    release()
    await page.locator('html[data-hydrated]').waitFor({ state: 'attached' })
    // the same element, hydrated rather than rendered afresh
    expect(await page.getByTestId('compare-row').first().evaluate(el => (el as HTMLElement & { seen?: boolean }).seen)).toBe(true)
    // districts named in any order, or by name, are one comparison, with one link to share
    await expect(page).toHaveURL(/\/compare\?d=410702,410703&from=groupmessage$/)
    await page.getByTestId('qr-toggle').click()
    await expect(page.locator('figcaption').filter({ hasText: 'http' })).toHaveText('http://localhost:4173/compare?d=410702,410703')
    await open(page, '/compare?d=weibin,hongqi')
    await expect(page).toHaveURL(/\/compare\?d=410702,410703$/)
    await expect(page.getByTestId('compare-row').first().getByTestId('chart')).toHaveAttribute('aria-label', '地区生产总值：红旗区 261亿元，卫滨区 141.8亿元')
    await expect(page).toHaveTitle('对比：红旗区、卫滨区 · 区情速览')
  })

  test('a comparison\'s own page has no address of its own', async ({ page }) => {
    const response = await page.goto('/compare/410703,410702')
    expect(response?.status()).toBe(404)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('未找到页面')
  })

  test('a comparison\'s own page hydrates row by row, and answers a tap on any part before it has', async ({ page }) => {
    // this browser never idles and never reports what is on screen: parts hydrate only when touched
    await page.addInitScript({ content: 'window.requestIdleCallback = () => 0; window.cancelIdleCallback = () => {}' })
    await page.addInitScript({ content: 'window.IntersectionObserver = class { observe() {} unobserve() {} disconnect() {} takeRecords() { return [] } }' })
    await open(page, '/compare?d=410703,410702')
    const last = page.getByTestId('compare-row').last()
    // a row not hydrated yet: its table button does nothing the phone had to prepare for…
    await last.getByTestId('table-toggle').dispatchEvent('click')
    await page.evaluate(() => new Promise(requestAnimationFrame))
    await expect(last.getByTestId('chart-table')).toHaveCount(0)
    // …until the reader touches it
    await last.getByTestId('table-toggle').click()
    await expect(last.getByTestId('chart-table')).toBeVisible()
    // the folded list opens with its links
    const partial = page.getByTestId('compare-partial')
    await partial.locator('summary').click()
    await expect(partial.getByRole('link').first()).toBeVisible()
    // the share buttons answer
    await page.getByTestId('qr-toggle').click()
    await expect(page.getByTestId('qr-image')).toBeVisible()
    // a district ticked while rows wait to hydrate: every row shows the new choice
    await page.locator('[data-testid="compare-chip"][data-code="410811"]').click()
    await expect(page).toHaveURL(/\?d=410811,410702,410703$/)
    await expect(page.getByTestId('compare-row').first().getByTestId('chart')).toHaveAttribute('aria-label', '地区生产总值：红旗区 261亿元，山阳区 216亿元，卫滨区 141.8亿元')
    await expect(page.getByTestId('compare-row')).toHaveCount(3)
  })

  test('a compare link with no page of its own shows the app\'s frame until the app has rendered its choice, never another choice', async ({ page }) => {
    let release = () => {}
    const held = new Promise<void>((resolve) => { release = resolve })
    await page.route(/\/assets\/app-[\w-]+\.js$/, async (route) => {
      await held
      await route.continue()
    })
    // an indicator in focus: no page of its own
    await page.goto('/compare?d=410703,410702&m=gdp', { waitUntil: 'commit' })
    await expect(page.getByRole('navigation')).toBeVisible()
    await expect(page.getByTestId('compare-chip')).toHaveCount(0)
    await expect(page.getByTestId('compare-row')).toHaveCount(0)
    release()
    await page.locator('html[data-hydrated]').waitFor({ state: 'attached' })
    await expect(page.getByTestId('compare-chip').and(page.locator('[data-code="410811"]'))).toHaveAttribute('aria-pressed', 'false')
    await expect(page.getByTestId('compare-row')).toHaveCount(1)
    await expect(page.getByTestId('compare-row').first().getByTestId('chart')).toHaveAttribute('aria-label', /^地区生产总值：红旗区 261亿元，卫滨区 141.8亿元$/)
  })

  test('/compare shows every district before the app has started', async ({ page }) => {
    await page.route(/\/assets\/app-[\w-]+\.js$/, () => new Promise(() => {}))
    // (the app's module holds the page's load event back)
    await page.goto('/compare?from=groupmessage', { waitUntil: 'commit' })
    await expect(page.getByTestId('compare-row').first()).toBeVisible()
    await expect(page.getByTestId('compare-chip').and(page.locator('[data-code="410811"]'))).toHaveAttribute('aria-pressed', 'true')
  })

  test('a compare link whose app cannot start still leaves the reader a way on', async ({ page }) => {
    await page.route(/\/assets\/app-[\w-]+\.js$/, route => route.abort())
    await page.goto(RENDERED_IN_BROWSER)
    await expect(page.getByRole('navigation').getByRole('link', { name: '首页' })).toBeVisible()
  })

  test('puts two districts side by side on the indicators both report', async ({ page }) => {
    await open(page, '/compare?d=410703,410702')
    await expect(page).toHaveTitle('对比：红旗区、卫滨区 · 区情速览')
    const a = new Map(report('410703').metrics.map(m => [m.indicator, m]))
    const comparable = report('410702').metrics.filter((m) => {
      const other = a.get(m.indicator)
      return other && ((m.value !== undefined && other.value !== undefined) || (m.change?.kind === 'pct' && other.change?.kind === 'pct'))
    })
    const shared = comparable.map(m => m.indicator)
    await expect(page.getByTestId('compare-row')).toHaveCount(shared.length)
    const gdp = page.locator('[data-testid="compare-row"][data-indicator="gdp"]')
    await expect(gdp.getByTestId('chart')).toHaveAttribute('aria-label', '地区生产总值：红旗区 261亿元，卫滨区 141.8亿元')
    await gdp.getByTestId('table-toggle').click()
    await expect(gdp.getByTestId('chart-table').locator('tbody tr').first()).toContainText('红旗区')
    await expect(gdp.getByTestId('chart-table').locator('tbody tr').first()).toContainText('+4.3%')
    await expect(gdp.getByTestId('chart-table').locator('tbody tr').first()).toContainText('全市第4')
    // indicators only one district reports are listed apart, never charted together, folded away
    const partial = page.getByTestId('compare-partial')
    await expect(partial.locator('li').first()).toBeHidden()
    await partial.locator('summary').click()
    await expect(partial.locator('li').first()).toBeVisible()
    await expect(partial).toContainText('工业投资')
    // the interactive chart loads when the reader touches one
    const last = page.getByTestId('compare-row').last()
    await expect(page.locator('.echart')).toHaveCount(0)
    await expect(last.locator('.static-svg svg')).toHaveCount(1)
    await last.getByTestId('chart').hover()
    await expect(last.locator('.echart svg')).toHaveCount(1)
  })

  test('a comparison rendered in the browser draws each chart as it comes into view', async ({ page }) => {
    await open(page, RENDERED_IN_BROWSER)
    const last = page.getByTestId('compare-row').last()
    await expect(last.locator('.echart')).toHaveCount(0)
    await last.scrollIntoViewIfNeeded()
    await expect(last.locator('.echart svg')).toHaveCount(1)
    await expect(last.locator('.echart svg text').first()).toHaveText(/区$/)
    const partial = page.getByTestId('compare-partial')
    await partial.locator('summary').click()
    await expect(partial.locator('li').first()).toBeVisible()
  })

  test('?m= shows one indicator, and figures given differently are listed apart', async ({ page }) => {
    await open(page, '/compare?d=410703,410702&m=retail-sales')
    const rows = page.getByTestId('compare-row')
    await expect(rows).toHaveCount(1)
    await expect(rows.getByTestId('chart')).toHaveAttribute('aria-label', '社会消费品零售总额：卫滨区 138.9亿元，红旗区 97.3亿元')
    // 卫滨区 gives only the growth of fixed-asset investment, 红旗区 only the total: not comparable
    await page.getByTestId('compare-partial').locator('summary').click()
    await expect(page.getByTestId('compare-partial')).toContainText('固定资产投资')
  })

  test('a compare link\'s preview names its districts, and never one it may not show', async ({ page }) => {
    // chat apps read the HTML alone: a pair's own page names its districts and links to itself
    const own = await (await page.request.get('/compare?d=410703,410702&from=groupmessage')).text()
    expect(own).toContain('<title>对比：红旗区、卫滨区 · 区情速览</title>')
    expect(own).toContain('<meta property="og:url" content="http://localhost:4173/compare?d=410702,410703">')
    expect(own).toContain('<link rel="alternate" hreflang="en" href="http://localhost:4173/en/compare?d=410702,410703">')
    // and leads with the first shared figures
    expect(own).toContain('<meta name="description" content="地区生产总值：红旗区 261亿元，卫滨区 141.8亿元。红旗区、卫滨区的主要经济社会指标并列对比：数值、增速与排名。">')
    // the app's frame, served for a link with no page of its own, names no districts and is no page to index
    const html = await (await page.request.get(RENDERED_IN_BROWSER)).text()
    expect(html).not.toMatch(/<title>[^<]*(?:山阳区|卫滨区|红旗区)/)
    expect(html).toContain('<meta name="robots" content="noindex">')
    await open(page, RENDERED_IN_BROWSER)
    await expect(page).toHaveTitle('对比：红旗区、卫滨区 · 区情速览')
    // a link naming no district, or an unknown one: no empty list of names, nothing to download
    for (const path of ['/compare?d=', '/compare?d=garbage']) {
      await open(page, path)
      await expect(page).toHaveTitle('区县对比 · 区情速览')
      await expect(page.getByTestId('download-csv')).toBeDisabled()
      // and it looks it
      await expect(page.getByTestId('download-csv')).toHaveCSS('opacity', '0.45')
    }
  })

  test('/compare, prerendered with every district, hydrates with its folded list and all its rows in place', async ({ page }) => {
    const rendered = await (await page.request.get('/compare')).text()
    const rows = rendered.match(/data-testid="compare-row"/g)?.length ?? 0
    const items = rendered.match(/<li[\s>]/g)?.length ?? 0
    expect(rows).toBeGreaterThan(0)
    expect(items).toBeGreaterThan(10)
    await open(page, '/compare')
    await expect(page.getByTestId('compare-row')).toHaveCount(rows)
    expect(await page.locator('li').count()).toBe(items)
    await expect(page.getByTestId('compare-partial').locator('li').first()).toBeAttached()
  })

  test('choosing districts updates the link', async ({ page }) => {
    await open(page, '/compare?d=410703,410702')
    await page.locator('[data-testid="compare-chip"][data-code="410811"]').click()
    // in the app's order, whatever the order of the clicks: one link for one comparison
    await expect(page).toHaveURL(/\?d=410811,410702,410703$/)
    await expect(page.locator('[data-testid="compare-chip"][data-code="410811"]')).toHaveAttribute('aria-pressed', 'true')
    await page.locator('[data-testid="compare-chip"][data-code="410703"]').click()
    await page.locator('[data-testid="compare-chip"][data-code="410702"]').click()
    await expect(page.getByTestId('compare-hint')).toBeVisible()
  })

  test('downloads the comparison as CSV, from the row of share buttons', async ({ page }) => {
    await open(page, '/compare?d=410703,410702')
    const rowOf = (id: string) => page.getByTestId(id).evaluate(el => Math.round(el.getBoundingClientRect().top))
    expect(await rowOf('download-csv')).toBe(await rowOf('share'))
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-csv').click()])
    const text = readFileSync((await download.path())!, 'utf8')
    expect(text.startsWith('\uFEFF')).toBe(true)
    const gdp = parseCsv(text).find(r => r.district === '红旗区' && r.indicator_id === 'gdp' && r.subject === 'district')
    expect(gdp).toMatchObject({ value: '261', unit: '亿元', change_kind: 'pct', change_value: '4.3', rank_position: '4', rank_scope: 'city' })
  })
})

test('Back from a row\'s indicator returns to that row, where the reader left it', async ({ page }) => {
  // the page gone back to renders its rows a few at a time: the saved scroll offset alone lands
  // wherever the rows rendered so far end
  for (const path of ['/compare?d=410703,410702', RENDERED_IN_BROWSER]) {
    await open(page, path)
    const row = page.getByTestId('compare-row').nth(6)
    await row.evaluate(el => el.scrollIntoView({ block: 'center' }))
    await page.waitForTimeout(300)
    const top = () => row.evaluate(el => Math.round(el.getBoundingClientRect().top))
    const before = await top()
    await row.locator('h3 a').click()
    await expect(page).toHaveURL(/\/m\//)
    await page.goBack()
    await expect(page).toHaveURL(/\/compare\?/)
    await expect.poll(async () => Math.abs(await top() - before), path).toBeLessThanOrEqual(2)
  }
})

test.describe('IndicatorPage', () => {
  test('ranks every district on one indicator', async ({ page }) => {
    await open(page, '/m/gdp')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('地区生产总值')
    await expect(page.getByTestId('indicator-row')).toHaveText([/红旗区\s*261亿元/, /山阳区\s*216亿元/, /卫滨区\s*141\.8亿元/])
    await expect(page.getByTestId('chart')).toHaveAttribute('aria-label', '地区生产总值：红旗区 261亿元，山阳区 216亿元，卫滨区 141.8亿元')
    // a shared link previews with the ranking's figures, from the page's HTML
    const html = await (await page.request.get('/m/gdp')).text()
    expect(html).toContain('<meta name="description" content="红旗区 261亿元，山阳区 216亿元，卫滨区 141.8亿元。辖区全年地区生产总值。">')
    expect(html).toContain('<meta property="og:description" content="红旗区 261亿元，山阳区 216亿元，卫滨区 141.8亿元。辖区全年地区生产总值。">')
    const english = await (await page.request.get('/en/m/gdp')).text()
    expect(english).toContain('<meta name="description" content="Hongqi District CNY 26.1 bn; Shanyang District CNY 21.6 bn; Weibin District CNY 14.18 bn. Gross domestic product of the district for the year.">')
  })

  test('compares units correctly (1.36万人 against 6955人), and writes each figure as its report does', async ({ page }) => {
    await open(page, '/m/new-urban-jobs')
    await expect(page.getByTestId('indicator-row').first()).toContainText('红旗区')
    await expect(page.getByTestId('indicator-row').first()).toContainText('1.36万人')
    // the chart above the table, and the link's preview, say it the same way (not 13600人)
    await expect(page.getByTestId('chart')).toHaveAttribute('aria-label', /红旗区 1\.36万人，卫滨区 6955人/)
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /^红旗区 1\.36万人，卫滨区 6955人/)
    await open(page, '/compare?d=410702,410703&m=new-urban-jobs')
    await expect(page.locator('main')).toContainText('1.36万人')
    await expect(page.locator('main')).not.toContainText('13600')
  })

  test('the ranking fits a phone, Chinese at 320 px and English at 390 px, and a cell of ranks breaks only between them', async ({ page }) => {
    for (const [path, width] of [['/m/general-budget-revenue', 320], ['/en/m/general-budget-revenue', 390], ['/m/gdp', 320], ['/en/m/gdp', 390]] as const) {
      await page.setViewportSize({ width, height: 800 })
      await open(page, path)
      const region = page.getByRole('region', { name: await page.getByRole('heading', { level: 1 }).textContent() ?? '' })
      // every column on the screen: nothing to scroll sideways for, the ranks least of all
      expect(await region.evaluate(el => el.scrollWidth - el.clientWidth), path).toBeLessThanOrEqual(0)
      // the column headed 同比 / Year on year gives the sign and the figure
      await expect(page.getByTestId('indicator-row').first().locator('td').nth(1), path).toHaveText(/^[+−]\d+(\.\d+)?%$/)
    }
    // 卫滨区 ranks 增速全市第3 and 增速四区第1: a line each, never 增速四区第 | 1
    await page.setViewportSize({ width: 320, height: 800 })
    await open(page, '/m/general-budget-revenue')
    const ranks = '[data-testid="indicator-row"][data-code="410703"] td:last-child'
    await expect(page.locator(ranks)).toHaveText('增速全市第3 增速四区第1')
    expect(await textLines(page, ranks)).toEqual([['增速全市第3', '增速四区第1']])
  })

  test('the indicator list keeps each count whole beside its name, at 320 px', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 })
    for (const path of ['/m', '/en/m']) {
      await open(page, path)
      await expect(page.locator('main li > span').first()).toBeVisible()
      expect(await wrappedTexts(page, 'main li > span'), path).toEqual([])
    }
  })

  test('lists all indicators by category', async ({ page }) => {
    await open(page, '/m')
    await page.getByRole('link', { name: '一般公共预算收入' }).click()
    await expect(page).toHaveURL(/\/m\/general-budget-revenue$/)
  })
})

test.describe('NotFoundPage', () => {
  test('a mistyped district link suggests the nearest district', async ({ page }) => {
    const response = await open(page, '/d/weibn')
    expect(response?.status()).toBe(404)
    await expect(page.getByTestId('not-found')).toContainText('未找到')
    await page.getByTestId('suggestion').filter({ hasText: '卫滨区' }).click()
    await expect(page).toHaveURL(/\/d\/410703$/)
  })

  test('an unknown link gets a 404 page with a way home', async ({ page }) => {
    const response = await open(page, '/no/such/page')
    expect(response?.status()).toBe(404)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('未找到页面')
    await page.getByTestId('home-link').click()
    await expect(page).toHaveURL(/\/$/)
    await expect(page.getByTestId('district-item')).toHaveCount(3)
  })

  test('a link cut mid-character gets the not-found page, not a server error', async ({ page }) => {
    const response = await open(page, '/d/%E5%8D')
    expect(response?.status()).toBe(404)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('未找到页面')
  })

  test('a link whose #card is cut mid-character opens the page, with no error', async ({ page }) => {
    const errors: string[] = []
    page.on('pageerror', e => errors.push(e.message))
    await open(page, '/d/410703#%E5%8D')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('卫滨区')
    await page.evaluate(() => new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve))))
    expect(errors).toEqual([])
  })

  test('an unknown indicator is not found', async ({ page }) => {
    await open(page, '/m/happiness')
    await expect(page.getByTestId('not-found')).toBeVisible()
  })
})
