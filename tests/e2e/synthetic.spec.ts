import type { ChildProcess } from 'node:child_process'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import process from 'node:process'
import { gzipSync } from 'node:zlib'
import type { Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { open } from '../helpers/app'
import { parseCsv } from '../helpers/csv'
import { firstLoad, precacheBytes, precacheFiles, total } from '../helpers/firstLoad'
import { build, serve, stop } from '../helpers/server'
import { citiesOfChina } from '../../src/synth/divisions'
import { synthesize } from '../../src/synth/generate'
import type { Indicator } from '../../src/schemas/report'

const PORT = 4179
const ORIGIN = `http://localhost:${PORT}`
const KB = 1024
// 万州区, the first district of 重庆市, the largest city: 38 districts, 37 peers on every card
const BIG_CITY_DISTRICT = '500101'
// 天津市's two districts, 和平区 and 河东区
const SMALL_CITY = ['120101', '120102'] as const
// 渝水区 of 新余市 (2 districts), in 江西省 with 鹰潭市 (3): a province of two cities
const PROVINCE_DISTRICT = '360502'
const DISTRICTS = 45

/**
 * 45 districts × 2 years, as `npm run synth` writes them: 重庆市 (38, the largest city), two of
 * 天津市's and 江西省's 新余市 and 鹰潭市.
 */
function synthData(): string {
  const dir = mkdtempSync(join(tmpdir(), 'district-brief-synth-'))
  const catalogue = (JSON.parse(readFileSync('data/indicators.json', 'utf8')) as { indicators: Indicator[] }).indicators
  const cities = citiesOfChina()
    .filter(c => ['重庆市', '天津市', '新余市', '鹰潭市'].includes(c.name.zh))
    .map(c => (c.name.zh === '天津市' ? { ...c, districts: c.districts.slice(0, 2) } : c))
  for (const f of synthesize(cities, catalogue, { districts: DISTRICTS, years: 2, seed: 1 }, zh => zh)) {
    mkdirSync(dirname(join(dir, f.path)), { recursive: true })
    writeFileSync(join(dir, f.path), f.text)
  }
  return dir
}

test.describe('a build on synthetic data', () => {
  test.describe.configure({ mode: 'serial' })
  test.use({ baseURL: ORIGIN, serviceWorkers: 'allow' })
  let data = ''
  let out = ''
  let server: ChildProcess | undefined

  test.beforeAll(async () => {
    test.setTimeout(600_000)
    data = synthData()
    out = join(dirname(data), `${data.split('/').pop()}-dist`)
    await build({ DATA_DIR: data, OUT_DIR: out })
    server = await serve(out, PORT)
  })
  test.afterAll(async () => {
    if (server)
      await stop(server)
  })

  test('cannot be built for a real host', () => {
    expect(() => execFileSync(process.execPath, ['node_modules/vite-ssg/bin/vite-ssg.js', 'build'], {
      env: { ...process.env, DATA_DIR: data, OUT_DIR: join(out, '..', 'never'), SITE_URL: 'https://example.org' },
      stdio: 'pipe',
    })).toThrow(/synthetic data/)
  })

  test('says 合成数据 · synthetic data at the top of every page, in both languages', async ({ page }) => {
    for (const path of ['/', `/d/${BIG_CITY_DISTRICT}`, `/en/d/${BIG_CITY_DISTRICT}/report`, '/m/gdp', '/no/such/page']) {
      await open(page, path)
      const label = page.getByTestId('synthetic-data')
      await expect(label, path).toHaveText('合成数据 · synthetic data')
      await expect(label, path).toBeInViewport()
    }
  })

  test('home browses 45 districts by province and city, and a search lists its matches', async ({ page }) => {
    await open(page, '/')
    await expect(page.getByTestId('district-item')).toHaveCount(0)
    await page.getByTestId('province').filter({ hasText: '重庆市' }).locator('summary').click()
    await page.getByTestId('city').filter({ hasText: '重庆市' }).locator('summary').click()
    // 重庆市's districts (5001…) and counties (5002…), one city
    await expect(page.getByTestId('district-item')).toHaveCount(38)
    await page.screenshot({ path: 'test-results/synthetic-home.png' })
    await page.getByTestId('search').fill('万州')
    await expect(page.getByTestId('search-result')).toHaveCount(1)
    await page.getByTestId('search-result').getByRole('link').click()
    await expect(page).toHaveURL(`${ORIGIN}/d/${BIG_CITY_DISTRICT}`)
  })

  test('search finds a district by pinyin initials, code and city, with its index loaded only once the reader starts', async ({ page }) => {
    const searchIndex: string[] = []
    page.on('request', (r) => {
      if (/\/assets\/search-[\w-]+\.js$/.test(new URL(r.url()).pathname))
        searchIndex.push(r.url())
    })
    await open(page, '/')
    await page.waitForLoadState('networkidle')
    expect(searchIndex).toEqual([])
    const search = page.getByTestId('search')
    const results = page.getByTestId('search-result')
    // 万州区: Wanzhou, initials wzq
    await search.fill('wz')
    await expect(results.first()).toHaveAttribute('data-code', BIG_CITY_DISTRICT)
    expect(searchIndex).toHaveLength(1)
    await search.fill('wan zhou')
    await expect(results.first()).toHaveAttribute('data-code', BIG_CITY_DISTRICT)
    await search.fill('500102')
    await expect(results).toHaveCount(1)
    await expect(results).toContainText('涪陵区')
    // a city: its first 24 districts, and how many more
    await search.fill('重庆')
    await expect(results).toHaveCount(24)
    await expect(page.getByTestId('more-results')).toContainText('14')
    await search.fill('zzzzzz')
    await expect(page.getByTestId('no-results')).toBeVisible()
    expect(searchIndex).toHaveLength(1)
  })

  test('a pinyin link opens its district, found through the search index', async ({ page }) => {
    await open(page, '/d/wanzhou')
    await expect(page).toHaveURL(`${ORIGIN}/d/${BIG_CITY_DISTRICT}`)
    await expect(page.getByTestId('district-name')).toHaveText('万州区')
  })

  test('home lists the pinned and the recently read districts first', async ({ page }) => {
    await open(page, `/d/${BIG_CITY_DISTRICT}`)
    await page.getByTestId('district-page').getByTestId('pin').click()
    await expect(page.getByTestId('district-page').getByTestId('pin')).toHaveAttribute('aria-pressed', 'true')
    await open(page, '/d/500102')
    await expect(page.getByTestId('district-name')).toHaveText('涪陵区')
    await open(page, '/')
    await expect(page.getByTestId('pinned').getByTestId('district-item')).toHaveCount(1)
    await expect(page.getByTestId('pinned').getByTestId('district-item')).toHaveAttribute('data-code', BIG_CITY_DISTRICT)
    await expect(page.getByTestId('recent').getByTestId('district-item')).toHaveCount(1)
    await expect(page.getByTestId('recent').getByTestId('district-item')).toHaveAttribute('data-code', '500102')
    // both above the provinces
    const top = (id: string) => page.getByTestId(id).evaluate(el => el.getBoundingClientRect().top)
    expect(await top('pinned')).toBeLessThan(await top('recent'))
    expect(await top('recent')).toBeLessThan(await top('provinces'))
    await page.screenshot({ path: 'test-results/synthetic-home-own.png' })
  })

  test('compare\'s picker searches rather than lists every district', async ({ page }) => {
    await open(page, `/compare?d=${BIG_CITY_DISTRICT}`)
    await expect(page.getByTestId('compare-chip')).toHaveCount(1)
    await page.locator('#compare-q').fill('涪陵')
    await page.getByTestId('search-result').getByRole('button', { name: '涪陵区' }).click()
    await expect(page).toHaveURL(new RegExp(`\\?d=${BIG_CITY_DISTRICT},500102$`))
    await expect(page.getByTestId('compare-chip')).toHaveCount(2)
  })

  /** The data chunks a page asks for: gdp_2023 (a ranking's year), 5001 (a city), wanzhou-2023 (a report). */
  function dataChunks(page: Page): string[] {
    const chunks: string[] = []
    page.on('request', (r) => {
      const name = /^\/assets\/(.+)-[\w-]{8}\.js$/.exec(new URL(r.url()).pathname)?.[1]
      if (name && /^\d{4}$|_\d{4}$/.test(name))
        chunks.push(name)
    })
    return chunks
  }

  test('a ranking ranks within the reader\'s city, its province or all districts, complete from its year\'s chunk alone', async ({ page }) => {
    const chunks = dataChunks(page)
    await open(page, `/m/gdp?d=${PROVINCE_DISTRICT}&scope=city`)
    const summary = page.getByTestId('ranking-summary')
    const rows = page.getByTestId('indicator-row')
    const reader = page.locator('[data-testid="indicator-row"][aria-current="true"]')
    const scopes = page.getByTestId('ranking-scopes').getByRole('link')
    await expect(scopes).toHaveText(['新余市', '江西省', '全部区县'])
    await expect(summary).toContainText('2023年数据 · 新余市 · 2个区县')
    await expect(rows).toHaveCount(2)
    await expect(reader).toHaveAttribute('data-code', PROVINCE_DISTRICT)
    await scopes.filter({ hasText: '江西省' }).click()
    await expect(page).toHaveURL(`${ORIGIN}/m/gdp?d=${PROVINCE_DISTRICT}&scope=province`)
    await expect(summary).toContainText('2023年数据 · 江西省 · 5个区县')
    await expect(rows).toHaveCount(5)
    await expect(reader).toHaveAttribute('data-code', PROVINCE_DISTRICT)
    await scopes.filter({ hasText: '全部区县' }).click()
    await expect(page).toHaveURL(`${ORIGIN}/m/gdp?d=${PROVINCE_DISTRICT}`)
    await expect(summary).toContainText(`2023年数据 · 全部区县 · ${DISTRICTS}个区县`)
    await expect(rows).toHaveCount(DISTRICTS)
    await expect(reader).toHaveAttribute('data-code', PROVINCE_DISTRICT)
    // the chart: the top five, the bottom three and the reader's district, the rest in the table
    const label = await page.getByTestId('chart').getAttribute('aria-label')
    const codes = await rows.evaluateAll(els => els.map(e => e.getAttribute('data-code')))
    const place = (code: string) => codes.indexOf(code) + 1
    expect(label!.split('，').length).toBeLessThanOrEqual(9)
    // each at its place in the ranking: the first, the reader's district, the last
    expect(label).toMatch(/^地区生产总值：1\. /)
    expect(label).toContain(`${place(PROVINCE_DISTRICT)}. 渝水区`)
    expect(label).toMatch(new RegExp(`，${DISTRICTS}\\. \\S+ [\\d.]+亿元$`))
    await expect(page.getByTestId('chart-subset')).toContainText(`及渝水区；全部${DISTRICTS}个见下表`)
    // every scope from the year's own chunk: no city's districts loaded to complete it
    expect(chunks).toEqual(['gdp_2023'])
  })

  test('a ranking\'s year switch loads that year\'s chunk, and its CSV holds every row of its scope', async ({ page }) => {
    const chunks = dataChunks(page)
    await open(page, `/m/gdp?d=${PROVINCE_DISTRICT}&scope=province`)
    const years = page.getByTestId('ranking-years').getByRole('link')
    await expect(years).toHaveText(['2023年', '2022年'])
    expect(chunks).toEqual(['gdp_2023'])
    await years.filter({ hasText: '2022年' }).click()
    await expect(page).toHaveURL(`${ORIGIN}/m/gdp?d=${PROVINCE_DISTRICT}&scope=province&y=2022`)
    await expect(page.getByTestId('ranking-summary')).toContainText('2022年数据 · 江西省 · 5个区县')
    await expect(page.getByTestId('indicator-row')).toHaveCount(5)
    await expect(page.locator('[data-testid="indicator-row"][aria-current="true"]')).toHaveAttribute('data-code', PROVINCE_DISTRICT)
    expect(chunks).toEqual(['gdp_2023', 'gdp_2022'])

    const csvRows = async () => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-csv').click()])
      return parseCsv(readFileSync((await download.path())!, 'utf8')).filter(r => r.subject === 'district')
    }
    const province = await csvRows()
    expect(new Set(province.map(r => r.code)).size).toBe(5)
    expect(new Set(province.map(r => `${r.province} ${r.year} ${r.indicator_id}`))).toEqual(new Set(['江西省 2022 gdp']))
    expect(province.every(r => r.document_title && r.document_kind && r.citation?.includes('/2022'))).toBe(true)
    await page.getByTestId('ranking-scopes').getByRole('link', { name: '全部区县' }).click()
    await expect(page.getByTestId('ranking-summary')).toContainText(`2022年数据 · 全部区县 · ${DISTRICTS}个区县`)
    const all = await csvRows()
    expect(new Set(all.map(r => r.code)).size).toBe(DISTRICTS)
    expect(new Set(all.map(r => r.city))).toEqual(new Set(['重庆市', '天津市', '新余市', '鹰潭市']))
    expect(chunks).toEqual(['gdp_2023', 'gdp_2022'])
  })

  test('a ranking of all districts fits a 390 px phone: the page never scrolls sideways, the reader\'s row is marked', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 })
    await open(page, `/m/gdp?d=${PROVINCE_DISTRICT}`)
    await expect(page.getByTestId('indicator-row')).toHaveCount(DISTRICTS)
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0)
    // (a long name, 秀山土家族苗族自治县, kept whole, may widen the table: it scrolls by itself)
    const region = page.getByRole('region', { name: '地区生产总值' })
    expect(await region.evaluate(el => el.getBoundingClientRect().right)).toBeLessThanOrEqual(390)
    const reader = page.locator('[data-testid="indicator-row"][aria-current="true"]')
    await reader.scrollIntoViewIfNeeded()
    await expect(reader).toBeInViewport()
    await page.screenshot({ path: 'test-results/synthetic-ranking.png' })
  })

  test('a district of a 38-district city fits the first round trip, and its charts draw a few of its peers with all of them in the table', async ({ page }) => {
    for (const file of [`d/${BIG_CITY_DISTRICT}.html`, `en/d/${BIG_CITY_DISTRICT}.html`])
      expect(gzipSync(readFileSync(join(out, file)), { level: 9 }).length, file).toBeLessThanOrEqual(14 * KB)
    await open(page, `/d/${BIG_CITY_DISTRICT}`)
    // the card's chart of its peers (beside it, the district's own trend over its two years)
    const card = page.locator('[data-indicator="general-budget-revenue"] figure.chart:not([data-testid="trend"])')
    const label = await card.getByTestId('chart').getAttribute('aria-label')
    // the top three, the district and its neighbours, the bottom: each named at its place
    expect(label!.match(/\d+\. /g)!.length).toBeLessThanOrEqual(7)
    expect(label).toContain('万州区')
    await card.getByTestId('table-toggle').click()
    await expect(card.getByTestId('chart-table').locator('tbody tr')).toHaveCount(38)
    await page.screenshot({ path: 'test-results/synthetic-district.png', fullPage: false })
  })

  test('a district page loads the JS of the real data\'s, within 10%, and no ECharts until the reader scrolls to a chart', async ({ browser, page }) => {
    // the real data's district page, served by the browser tests' own server (playwright.config.ts)
    const real = total(await firstLoad(browser, 'http://localhost:4173', '/d/410703'), 'js')
    // 和平区 and 涪陵区 have their first card's trend, drawn in the browser, just below the first screen
    for (const path of [`/d/${SMALL_CITY[0]}`, '/d/500102', `/en/d/${BIG_CITY_DISTRICT}`]) {
      const files = await firstLoad(browser, ORIGIN, path, out)
      const list = files.sort((a, b) => b.gzip - a.gzip).map(f => `  ${(f.gzip / KB).toFixed(1).padStart(6)} KB  ${f.path}`).join('\n')
      expect(files.map(f => f.path).filter(p => /EChartView|echarts/i.test(p)), `${path}:\n${list}`).toEqual([])
      expect(total(files, 'js'), `${path} against ${(real / KB).toFixed(1)} KB:\n${list}`).toBeLessThanOrEqual(real * 1.1)
    }
    await open(page, `/d/${SMALL_CITY[0]}`)
    const trend = page.locator('[data-indicator="gdp"]').getByTestId('trend')
    await expect(trend.getByTestId('chart-words')).toHaveText(/^地区生产总值历年：2022 [\d.]+亿元，2023 [\d.]+亿元$/)
    await page.mouse.wheel(0, 300)
    await expect(trend.locator('.echart svg')).toHaveCount(1)
  })

  test('the worker installs the app, not every district or ranking, and keeps a district and a ranking as they are read for offline use', async ({ page, context }) => {
    test.setTimeout(120_000)
    const precached = precacheFiles(out)
    expect(precached.filter(f => /^(?:en\/)?d\//.test(f))).toEqual([])
    // nor every ranking: each indicator's year is every district's figure
    expect(precached.filter(f => /^assets\/[a-z-]+_\d{4}-/.test(f))).toEqual([])
    expect(precacheBytes(out)).toBeLessThanOrEqual(3 * KB * KB)
    await page.goto('/')
    await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker?.controller), { timeout: 60_000 }).toBe(true)
    await open(page, `/d/${BIG_CITY_DISTRICT}`)
    await expect(page.locator('[data-indicator="gdp"]')).toBeVisible()
    await open(page, '/m/gdp')
    await expect(page.getByTestId('indicator-row')).toHaveCount(DISTRICTS)
    await context.setOffline(true)
    try {
      await open(page, `/d/${BIG_CITY_DISTRICT}`)
      await expect(page.locator('[data-indicator="gdp"]')).toBeVisible()
      await expect(page.getByTestId('synthetic-data')).toBeVisible()
      // a ranking read is kept too
      await open(page, '/m/gdp')
      await expect(page.getByTestId('indicator-row')).toHaveCount(DISTRICTS)
    }
    finally {
      await context.setOffline(false)
    }
  })

  test('a reader saves a city for offline use, reads a district of it never opened in airplane mode, and removing it frees it', async ({ page, context }) => {
    test.setTimeout(180_000)
    const listed = JSON.parse(readFileSync(join(out, 'offline', 'tianjin-tianjin.json'), 'utf8')) as { districts: number, files: Array<{ url: string, bytes: number }> }
    expect(listed.districts).toBe(2)
    expect(listed.files.map(f => f.url)).toContain('en/d/120102')
    await page.goto('/')
    await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker?.controller), { timeout: 60_000 }).toBe(true)
    await open(page, `/d/${SMALL_CITY[0]}`)
    // (the offer comes as the reader nears the end of the page)
    await page.getByTestId('source-line').scrollIntoViewIfNeeded()
    const offer = page.getByTestId('offline-save')
    await offer.scrollIntoViewIfNeeded()
    const save = offer.getByTestId('offline-save-button')
    await expect(save).toHaveText(/^离线保存 · 天津市 · 2 个区县 · \d+(\.\d)? (KB|MB)$/)
    await page.setViewportSize({ width: 390, height: 844 })
    await offer.screenshot({ path: 'test-results/offline-save.png' })
    await save.click()
    const progress = offer.getByTestId('offline-progress')
    await expect(progress.locator('progress')).toHaveAttribute('value', String(listed.files.length))
    await expect(progress).toContainText(`已保存 ${listed.files.length}/${listed.files.length} 个文件`)
    await expect(offer.getByTestId('offline-saved')).toContainText('已离线保存 · 天津市 · 2 个区县')
    await offer.screenshot({ path: 'test-results/offline-saved.png' })

    await open(page, '/about')
    await expect(page.getByTestId('saved-city')).toHaveCount(1)
    await expect(page.getByTestId('saved-city')).toContainText('天津市')
    await expect(page.getByTestId('storage-use')).toContainText(/本网站已用存储 \d+(\.\d)? (KB|MB)/)
    await page.getByTestId('saved-cities').screenshot({ path: 'test-results/offline-saved-list.png' })

    await context.setOffline(true)
    try {
      // the other district of the city, never opened, in both languages
      await open(page, `/d/${SMALL_CITY[1]}`)
      await expect(page.locator('[data-indicator="gdp"]')).toBeVisible()
      await expect(page.locator('main h1')).toContainText('河东区')
      await open(page, `/en/d/${SMALL_CITY[1]}`)
      await expect(page.locator('[data-indicator="gdp"]')).toBeVisible()
      // a district of a city not saved: the app's frame, which says so
      await open(page, '/d/500102')
      await expect(page.getByTestId('not-saved')).toContainText('没有保存在本设备上')
      await expect(page.getByTestId('offline-badge')).toBeVisible()
      await page.screenshot({ path: 'test-results/offline-not-saved.png' })
    }
    finally {
      await context.setOffline(false)
    }

    await open(page, '/about')
    await page.getByRole('button', { name: '删除离线保存的天津市' }).click()
    await expect(page.getByTestId('no-saved-city')).toBeVisible()
    // the city's files leave the worker's cache of saved cities (the browser's own HTTP cache may
    // still hold a chunk for a while: that is the browser's to evict); the page the reader opened
    // stays among the pages read
    const kept = (cache: string) => page.evaluate(async name => (await (await caches.open(name)).keys()).map(r => new URL(r.url).pathname), cache)
    await expect.poll(() => kept('district-brief-saved')).toEqual([])
    expect(await kept('district-brief-read')).toContain(`/d/${SMALL_CITY[0]}`)
    expect((await kept('district-brief-read')).filter(p => /^\/(?:en\/)?d\/120102/.test(p))).toEqual([])
    await context.setOffline(true)
    try {
      // its page is gone: the app's frame answers
      const response = await open(page, `/en/d/${SMALL_CITY[1]}/report`)
      expect(await response?.text()).not.toContain('Hedong')
    }
    finally {
      await context.setOffline(false)
    }
    // saved lists stay after a reload
    await open(page, '/about')
    await expect(page.getByTestId('no-saved-city')).toBeVisible()
  })

  test('a saved city whose files a new build changed is saved again as the app starts, and its old files go', async ({ page }) => {
    test.setTimeout(180_000)
    const listed = JSON.parse(readFileSync(join(out, 'offline', 'tianjin-tianjin.json'), 'utf8')) as { version: string, files: Array<{ url: string }> }
    await page.goto('/')
    await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker?.controller), { timeout: 60_000 }).toBe(true)
    await open(page, `/d/${SMALL_CITY[0]}`)
    await page.getByTestId('source-line').scrollIntoViewIfNeeded()
    await page.getByTestId('offline-save').scrollIntoViewIfNeeded()
    await page.getByTestId('offline-save-button').click()
    await expect(page.getByTestId('offline-saved')).toBeVisible()

    // as saved by the build before: another version of the list, with a report chunk since renamed
    const STALE = 'assets/hedong-2023-0ld0ld00.js'
    await page.evaluate(async (stale) => {
      const [city] = JSON.parse(localStorage.getItem('district-brief:offline-cities')!) as Array<{ version: string, savedAt: string, urls: string[] }>
      localStorage.setItem('district-brief:offline-cities', JSON.stringify([{ ...city, version: '000000000000', savedAt: '2024-01-02T03:00:00.000Z', urls: [...city!.urls, stale] }]))
      await (await caches.open('district-brief-saved')).put(new URL(`/${stale}`, location.href).href, new Response('export default {}', { headers: { 'content-type': 'text/javascript' } }))
    }, STALE)

    await open(page, '/about')
    const stored = () => page.evaluate(() => JSON.parse(localStorage.getItem('district-brief:offline-cities')!) as Array<{ version: string, savedAt: string, urls: string[] }>)
    await expect.poll(async () => (await stored())[0]?.version, { timeout: 30_000 }).toBe(listed.version)
    const [city] = await stored()
    expect(city!.savedAt > '2024-01-02T03:00:00.000Z').toBe(true)
    expect(city!.urls).toEqual(listed.files.map(f => f.url))
    const kept = () => page.evaluate(async () => (await (await caches.open('district-brief-saved')).keys()).map(r => new URL(r.url).pathname))
    await expect.poll(kept).not.toContain(`/${STALE}`)
    expect(await kept()).toContain(`/en/d/${SMALL_CITY[1]}`)
    await expect(page.getByTestId('saved-city')).toContainText('天津市')
  })
})
