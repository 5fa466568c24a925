import type { Locator } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { open, textLines, wrappedTexts } from '../helpers/app'
import { existsSync, readFileSync } from 'node:fs'
import { report } from '../helpers/data'
import { parseCsv } from '../helpers/csv'

/** Two districts, as a reader may name them: in any order. */
const PAIR = '/compare?d=410703,410702'

/** What the chart of a row says, totals then growth, each district in the choice's order. */
const GDP_PAIR = '地区生产总值：总量 红旗区 261亿元，卫滨区 141.8亿元；增速 红旗区 4.3%，卫滨区 2.3%'

/** The colours of a drawn chart's bars, in the order drawn (each panel's bars in turn). */
function barColours(row: Locator): Promise<string[]> {
  return row.locator('.echart svg path[fill^="#"]').evaluateAll(paths => paths
    .filter(p => (p as SVGPathElement).getBBox().height > 4)
    .map(p => p.getAttribute('fill')!.toLowerCase()))
}

test.describe('ComparePage', () => {
  test('a compare link renders its choice in the app\'s frame without moving what is on screen', async ({ page, context }) => {
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
    await open(page, PAIR)
    await expect(page.getByTestId('compare-row').nth(3)).toBeAttached()
    await page.evaluate(() => new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve))))
    const shifts = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts)
    expect(shifts.reduce((a, b) => a + b, 0)).toBeLessThan(0.01)
  })

  test('a chart whose ECharts download fails keeps its figures, in words and as a table', async ({ page }) => {
    // the interactive chart's chunk does not arrive, as on a dropped connection
    await page.route(/\/assets\/EChartView-[\w-]+\.js$/, route => route.abort('internetdisconnected'))
    await open(page, PAIR)
    const row = page.getByTestId('compare-row').first()
    await row.scrollIntoViewIfNeeded()
    await expect(row.getByTestId('chart')).toHaveAttribute('aria-label', GDP_PAIR)
    await row.getByTestId('table-toggle').click()
    await expect(row.getByTestId('chart-table').locator('tbody tr')).toHaveCount(2)
  })

  test('no comparison has a file: any two or three districts are served the app\'s frame, which renders them in one form', async ({ page }) => {
    expect(existsSync('dist/compare')).toBe(false)
    for (const [link, canonical, names] of [
      ['/compare?d=410703,410702&from=groupmessage', '/compare?d=410702,410703&from=groupmessage', '红旗区、卫滨区'],
      ['/compare?d=weibin,shanyang,hongqi', '/compare?d=410811,410702,410703', '山阳区、红旗区、卫滨区'],
    ] as const) {
      // the frame names no district and is no page to index
      const html = await (await page.request.get(link)).text()
      expect(html).toContain('data-rendered-for="/shell"')
      expect(html).not.toMatch(/<title>[^<]*(?:山阳区|卫滨区|红旗区)/)
      expect(html).toContain('<meta name="robots" content="noindex">')
      await open(page, link)
      await expect(page).toHaveURL(new RegExp(`${canonical.replace(/[?]/g, '\\?')}$`))
      await expect(page).toHaveTitle(`对比：${names} · 区情速览`)
      await expect(page.getByTestId('compare-key-item')).toHaveCount(names.split('、').length)
    }
    // the link to share is the comparison's, without tracking parameters
    await open(page, '/compare?d=410703,410702&from=groupmessage')
    await page.getByTestId('qr-toggle').click()
    await expect(page.locator('figcaption').filter({ hasText: 'http' })).toHaveText('http://localhost:4173/compare?d=410702,410703')
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', 'http://localhost:4173/compare?d=410702,410703')
  })

  test('a comparison has no address of its own', async ({ page }) => {
    const response = await page.goto('/compare/410703,410702')
    expect(response?.status()).toBe(404)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('未找到页面')
  })

  test('keeps one colour and one place per district: in the key, in every chart and in every table', async ({ page }) => {
    await open(page, '/compare?d=410703,410811,410702')
    // the app's order, whatever the link's
    await expect(page).toHaveURL(/\?d=410811,410702,410703$/)
    const key = page.getByTestId('compare-key-item')
    await expect(key).toHaveText([/山阳区\s*2023年数据 · 政府工作报告/, /红旗区\s*2023年数据 · 新闻发布会/, /卫滨区\s*2023年数据 · 新闻发布会/])
    const colours = await key.evaluateAll(items => items.map(i => i.getAttribute('data-colour')!.toLowerCase()))
    expect(new Set(colours).size).toBe(3)
    // the key's swatches are those colours
    expect(await key.locator('.swatch').evaluateAll(s => s.map(el => getComputedStyle(el).backgroundColor))).toEqual(colours.map((c) => {
      const [r, g, b] = [1, 3, 5].map(i => Number.parseInt(c.slice(i, i + 2), 16))
      return `rgb(${r}, ${g}, ${b})`
    }))
    const rows = page.getByTestId('compare-row')
    const count = await rows.count()
    expect(count).toBeGreaterThan(1)
    for (let i = 0; i < count; i++) {
      const row = rows.nth(i)
      await row.scrollIntoViewIfNeeded()
      await expect(row.locator('.echart svg')).toHaveCount(1)
      // every bar in its district's colour, the districts in the key's order in each panel
      const bars = await barColours(row)
      expect(bars.length, await row.getAttribute('data-indicator') ?? '').toBeGreaterThan(1)
      let last = -1
      for (const fill of bars) {
        const place = colours.indexOf(fill)
        expect(place, `${fill} is a district's colour`).toBeGreaterThanOrEqual(0)
        // a new panel starts again from the first place
        if (place <= last)
          last = -1
        expect(place).toBeGreaterThan(last)
        last = place
      }
      // the table lists the districts in the same order
      await row.getByTestId('table-toggle').click()
      await expect(row.getByTestId('chart-table').locator('tbody tr td:first-child')).toHaveText(['山阳区', '红旗区', '卫滨区'])
    }
    // GDP: totals and growth, each district once in each, in its colour
    const gdp = page.locator('[data-testid="compare-row"][data-indicator="gdp"]')
    await expect(gdp.getByTestId('chart')).toHaveAttribute('aria-label', '地区生产总值：总量 山阳区 216亿元，红旗区 261亿元，卫滨区 141.8亿元；增速 山阳区 2.2%，红旗区 4.3%，卫滨区 2.3%')
    expect(await barColours(gdp)).toEqual([...colours, ...colours])
  })

  test('shows growth beside totals, with the ranks and the document of each figure in its table', async ({ page }) => {
    await open(page, PAIR)
    const a = new Map(report('410703').metrics.map(m => [m.indicator, m]))
    const comparable = report('410702').metrics.filter((m) => {
      const other = a.get(m.indicator)
      return other && ((m.value !== undefined && other.value !== undefined) || (m.change?.kind === 'pct' && other.change?.kind === 'pct'))
    })
    await expect(page.getByTestId('compare-row')).toHaveCount(comparable.length)
    const gdp = page.locator('[data-testid="compare-row"][data-indicator="gdp"]')
    await expect(gdp.getByTestId('chart')).toHaveAttribute('aria-label', GDP_PAIR)
    await gdp.getByTestId('table-toggle').click()
    const first = gdp.getByTestId('chart-table').locator('tbody tr').first()
    for (const text of ['红旗区', '261亿元', '+4.3%', '全市第4', '2023年数据 · 新闻发布会'])
      await expect(first).toContainText(text)
    // indicators only one district reports are listed apart, never charted together, folded away
    const partial = page.getByTestId('compare-partial')
    await expect(partial.locator('li').first()).toBeHidden()
    await partial.locator('summary').click()
    await expect(partial.locator('li').first()).toBeVisible()
    await expect(partial).toContainText('工业投资')
  })

  test('a link may name a year\'s report (code:year), and names what it does not cover', async ({ page }) => {
    await open(page, '/compare?d=410703:2023,hongqi')
    await expect(page).toHaveURL(/\?d=410702,410703:2023$/)
    await expect(page.locator('[data-testid="compare-row"][data-indicator="gdp"]').getByTestId('chart')).toHaveAttribute('aria-label', GDP_PAIR)
    await expect(page.getByTestId('compare-key-item').last()).toContainText('2023年数据')
    await open(page, '/compare?d=410703:2019,410702')
    await expect(page.getByRole('alert')).toContainText('410703:2019')
    await expect(page.getByTestId('compare-hint')).toBeVisible()
  })

  test('/compare, prerendered with every district, hydrates row by row, and answers a tap on any part before it has', async ({ page }) => {
    // this browser never idles and never reports what is on screen: parts hydrate only when touched
    await page.addInitScript({ content: 'window.requestIdleCallback = () => 0; window.cancelIdleCallback = () => {}' })
    await page.addInitScript({ content: 'window.IntersectionObserver = class { observe() {} unobserve() {} disconnect() {} takeRecords() { return [] } }' })
    await open(page, '/compare')
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
    // a district taken out while rows wait to hydrate: every row shows the new choice
    await page.locator('[data-testid="compare-chip"][data-code="410811"]').click()
    await expect(page).toHaveURL(/\?d=410702,410703$/)
    await expect(page.getByTestId('compare-row').first().getByTestId('chart')).toHaveAttribute('aria-label', GDP_PAIR)
  })

  test('a compare link shows the app\'s frame until the app has rendered its choice, never another choice', async ({ page }) => {
    let release = () => {}
    const held = new Promise<void>((resolve) => { release = resolve })
    await page.route(/\/assets\/app-[\w-]+\.js$/, async (route) => {
      await held
      await route.continue()
    })
    await page.goto('/compare?d=410703,410702&m=gdp', { waitUntil: 'commit' })
    await expect(page.getByRole('navigation')).toBeVisible()
    await expect(page.getByTestId('compare-chip')).toHaveCount(0)
    await expect(page.getByTestId('compare-row')).toHaveCount(0)
    release()
    await page.locator('html[data-hydrated]').waitFor({ state: 'attached' })
    await expect(page.getByTestId('compare-chip').and(page.locator('[data-code="410811"]'))).toHaveAttribute('aria-pressed', 'false')
    await expect(page.getByTestId('compare-row')).toHaveCount(1)
    await expect(page.getByTestId('compare-row').first().getByTestId('chart')).toHaveAttribute('aria-label', GDP_PAIR)
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
    await page.goto(PAIR)
    await expect(page.getByRole('navigation').getByRole('link', { name: '首页' })).toBeVisible()
  })

  test('a comparison rendered in the browser draws each chart as it comes into view', async ({ page }) => {
    await open(page, PAIR)
    const last = page.getByTestId('compare-row').last()
    await expect(last.locator('.echart')).toHaveCount(0)
    await last.scrollIntoViewIfNeeded()
    await expect(last.locator('.echart svg')).toHaveCount(1)
    await expect(last.locator('.echart svg text').filter({ hasText: /区$/ }).first()).toBeAttached()
    const partial = page.getByTestId('compare-partial')
    await partial.locator('summary').click()
    await expect(partial.locator('li').first()).toBeVisible()
  })

  test('?m= shows one indicator, and figures given differently are listed apart', async ({ page }) => {
    await open(page, '/compare?d=410703,410702&m=retail-sales')
    const rows = page.getByTestId('compare-row')
    await expect(rows).toHaveCount(1)
    await expect(rows.getByTestId('chart')).toHaveAttribute('aria-label', /^社会消费品零售总额：总量 红旗区 97\.3亿元，卫滨区 138\.9亿元/)
    // 卫滨区 gives only the growth of fixed-asset investment, 红旗区 only the total: not comparable
    await page.getByTestId('compare-partial').locator('summary').click()
    await expect(page.getByTestId('compare-partial')).toContainText('固定资产投资')
  })

  test('a link naming no district, or an unknown one, has no empty list of names and nothing to download', async ({ page }) => {
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
    await open(page, PAIR)
    await page.locator('[data-testid="compare-chip"][data-code="410811"]').click()
    // in the app's order, whatever the order of the clicks: one link for one comparison
    await expect(page).toHaveURL(/\?d=410811,410702,410703$/)
    await expect(page.locator('[data-testid="compare-chip"][data-code="410811"]')).toHaveAttribute('aria-pressed', 'true')
    await expect(page.getByTestId('compare-key-item')).toHaveCount(3)
    await page.locator('[data-testid="compare-chip"][data-code="410703"]').click()
    await page.locator('[data-testid="compare-chip"][data-code="410702"]').click()
    await expect(page.getByTestId('compare-hint')).toBeVisible()
  })

  test('downloads the comparison as CSV, from the row of share buttons', async ({ page }) => {
    await open(page, PAIR)
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
  for (const path of ['/compare', PAIR]) {
    await open(page, path)
    const row = page.getByTestId('compare-row').nth(3)
    await row.evaluate(el => el.scrollIntoView({ block: 'center' }))
    await page.waitForTimeout(300)
    const top = () => row.evaluate(el => Math.round(el.getBoundingClientRect().top))
    const before = await top()
    await row.locator('h3 a').click()
    await expect(page).toHaveURL(/\/m\//)
    await page.goBack()
    await expect(page).toHaveURL(/\/compare/)
    await expect.poll(async () => Math.abs(await top() - before), path).toBeLessThanOrEqual(2)
  }
})

test.describe('IndicatorPage', () => {
  test('ranks every district on one indicator, naming the document of each figure', async ({ page }) => {
    await open(page, '/m/gdp')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('地区生产总值')
    await expect(page.getByTestId('indicator-row')).toHaveText([/红旗区\s*新闻发布会\s*261亿元/, /山阳区\s*政府工作报告\s*216亿元/, /卫滨区\s*新闻发布会\s*141\.8亿元/])
    await expect(page.getByTestId('chart')).toHaveAttribute('aria-label', '地区生产总值：红旗区 261亿元，山阳区 216亿元，卫滨区 141.8亿元')
    // a shared link previews with the year, the scope and the ranking's figures, from the page's HTML
    const html = await (await page.request.get('/m/gdp')).text()
    expect(html).toContain('<meta name="description" content="2023年 · 全部区县：红旗区 261亿元，山阳区 216亿元，卫滨区 141.8亿元。辖区全年地区生产总值。">')
    expect(html).toContain('<meta property="og:description" content="2023年 · 全部区县：红旗区 261亿元，山阳区 216亿元，卫滨区 141.8亿元。辖区全年地区生产总值。">')
    const english = await (await page.request.get('/en/m/gdp')).text()
    expect(english).toContain('<meta name="description" content="2023 · All districts: Hongqi District CNY 26.1 bn; Shanyang District CNY 21.6 bn; Weibin District CNY 14.18 bn. Gross domestic product of the')
  })

  test('each ranking names its year, its scope and the kinds of document, and says when kinds are mixed', async ({ page }) => {
    await open(page, '/m/gdp')
    await expect(page.getByTestId('ranking-years').getByRole('link')).toHaveText(['2023年'])
    await expect(page.getByTestId('ranking-years').getByRole('link')).toHaveAttribute('aria-current', 'true')
    await expect(page.getByTestId('ranking-summary')).toHaveText('2023年数据 · 全部区县 · 3个区县 · 所据文件：政府工作报告、新闻发布会')
    await expect(page.getByTestId('ranking-mixed')).toContainText('政府工作报告和新闻发布会')
    // ranks only where a report states one, and the page says so
    await expect(page.getByTestId('ranking-basis')).toContainText('报告原文所述的名次')
    await expect(page.locator('[data-testid="indicator-row"][data-code="410811"] td:last-child')).toHaveText('—')
    await expect(page.locator('[data-testid="indicator-row"][data-code="410702"] td:last-child')).toHaveText('全市第4')
    await open(page, '/en/m/gdp')
    await expect(page.getByTestId('ranking-summary')).toHaveText('2023 figures · All districts · 3 districts · from: Government work report, Press conference')
  })

  test('ranks within the reader\'s city, province or all districts, the reader\'s district highlighted', async ({ page }) => {
    await open(page, '/m/gdp?d=410703&scope=city')
    const scopes = page.getByTestId('ranking-scopes').getByRole('link')
    await expect(scopes).toHaveText(['新乡市', '河南省', '全部区县'])
    await expect(page.getByTestId('ranking-summary')).toHaveText('2023年数据 · 新乡市 · 2个区县 · 所据文件：新闻发布会')
    await expect(page.getByTestId('ranking-mixed')).toHaveCount(0)
    await expect(page.getByTestId('indicator-row')).toHaveText([/红旗区/, /卫滨区/])
    await expect(page.locator('[data-testid="indicator-row"][aria-current="true"]')).toHaveAttribute('data-code', '410703')
    await expect(page.getByTestId('chart')).toHaveAttribute('aria-label', '地区生产总值：红旗区 261亿元，卫滨区 141.8亿元')
    // each scope is a link of its own
    await scopes.filter({ hasText: '河南省' }).click()
    await expect(page).toHaveURL(/\/m\/gdp\?d=410703&scope=province$/)
    await expect(page.getByTestId('ranking-summary')).toHaveText('2023年数据 · 河南省 · 3个区县 · 所据文件：政府工作报告、新闻发布会')
    await expect(page.getByTestId('indicator-row')).toHaveCount(3)
    await scopes.filter({ hasText: '全部区县' }).click()
    await expect(page).toHaveURL(/\/m\/gdp\?d=410703$/)
    await expect(page.getByTestId('ranking-summary')).toContainText('全部区县 · 3个区县')
    await expect(page.locator('[data-testid="indicator-row"][aria-current="true"]')).toHaveAttribute('data-code', '410703')
    // 山阳区 is the only district of 焦作市 in the data: its city's ranking says so
    await open(page, '/m/gdp?d=410811&scope=city')
    await expect(page.getByTestId('ranking-summary')).toHaveText('2023年数据 · 焦作市 · 1个区县 · 所据文件：政府工作报告')
  })

  test('the district the reader came from is theirs on the ranking', async ({ page }) => {
    await open(page, '/d/410703')
    await page.locator('[data-indicator="gdp"]').getByRole('link', { name: '地区生产总值' }).click()
    await expect(page).toHaveURL(/\/m\/gdp$/)
    await expect(page.locator('[data-testid="indicator-row"][aria-current="true"]')).toHaveAttribute('data-code', '410703')
    await page.getByTestId('ranking-scopes').getByRole('link', { name: '新乡市' }).click()
    await expect(page).toHaveURL(/\/m\/gdp\?d=410703&scope=city$/)
    await expect(page.getByTestId('indicator-row')).toHaveCount(2)
  })

  test('a ranking has share and download', async ({ page }) => {
    await open(page, '/m/gdp?d=410703&scope=city&from=timeline')
    await page.getByTestId('qr-toggle').click()
    await expect(page.locator('figcaption').filter({ hasText: 'http' })).toHaveText('http://localhost:4173/m/gdp?d=410703&scope=city')
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-csv').click()])
    // the same tidy table as a report's CSV: a row per figure and rank, each with its report's citation
    const rows = parseCsv(readFileSync((await download.path())!, 'utf8')).filter(r => r.subject === 'district')
    expect([...new Set(rows.map(r => `${r.district},${r.indicator_name},${r.value},${r.unit},${r.year}`))]).toEqual(['红旗区,地区生产总值,261,亿元,2023', '卫滨区,地区生产总值,141.8,亿元,2023'])
    expect(rows.find(r => r.district === '卫滨区')!.citation).toContain('http://localhost:4173/d/410703/2023')
    expect(rows.every(r => r.licence?.startsWith('CC BY 4.0'))).toBe(true)
  })

  test('compares units correctly (1.36万人 against 6955人), and writes each figure as its report does', async ({ page }) => {
    await open(page, '/m/new-urban-jobs')
    await expect(page.getByTestId('indicator-row').first()).toContainText('红旗区')
    await expect(page.getByTestId('indicator-row').first()).toContainText('1.36万人')
    // the chart above the table, and the link's preview, say it the same way (not 13600人)
    await expect(page.getByTestId('chart')).toHaveAttribute('aria-label', /红旗区 1\.36万人，卫滨区 6955人/)
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /^2023年 · 全部区县：红旗区 1\.36万人，卫滨区 6955人/)
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
