import { mkdtempSync } from 'node:fs'
import type { ChildProcess } from 'node:child_process'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { open } from '../helpers/app'
import { build, serve, stop } from '../helpers/server'

// 示范区 with two reports: 2022 a work report, 2023 a press conference (tests/fixtures/years)
const PORT = 4185
const ORIGIN = `http://localhost:${PORT}`
let server: ChildProcess | undefined

test.describe('a district with several years', () => {
  test.describe.configure({ mode: 'serial' })
  test.use({ baseURL: ORIGIN })

  test.beforeAll(async () => {
    test.setTimeout(480_000) // its build may wait for another test's (tests/helpers/server.ts)
    const out = join(mkdtempSync(join(tmpdir(), 'district-brief-years-')), 'dist')
    await build({ DATA_DIR: 'tests/fixtures/years', OUT_DIR: out })
    server = await serve(out, PORT)
  })
  test.afterAll(async () => {
    if (server)
      await stop(server)
  })

  test('each year has its own page, and the switcher\'s links work before the app starts', async ({ request }) => {
    const newest = await (await request.get('/d/410799')).text()
    expect(newest).toMatch(/data-testid="year-switcher"[^]*?<a href="\/d\/410799\/2022"[^>]*>2022<\/a>[^]*?aria-current="page">2023</)
    const earlier = await request.get('/d/410799/2022')
    expect(earlier.status()).toBe(200)
    const html = await earlier.text()
    expect(html).toContain('131.5亿元')
    expect(html).toMatch(/aria-current="page">2022<[^]*?<a href="\/d\/410799"[^>]*>2023<\/a>/)
    expect(await (await request.get('/d/410799/2022/report')).text()).toContain('全区实现地区生产总值131.5亿元')
    expect(await (await request.get('/en/d/410799/2022')).text()).toContain('href="/en/d/410799"')
  })

  test('the year switcher goes to an earlier year and back to the newest, and Back returns', async ({ page }) => {
    await open(page, '/d/410799')
    const switcher = page.getByTestId('year-switcher')
    await expect(switcher.locator('[aria-current="page"]')).toHaveText('2023')
    await expect(page.getByTestId('district-page')).toContainText('新闻发布会')
    await expect(page.locator('#gdp [data-testid="metric-value"]')).toHaveText('141.8亿元')

    await switcher.getByRole('link', { name: '2022' }).click()
    await expect(page).toHaveURL(`${ORIGIN}/d/410799/2022`)
    await expect(switcher.locator('[aria-current="page"]')).toHaveText('2022')
    await expect(page.locator('#gdp [data-testid="metric-value"]')).toHaveText('131.5亿元')
    // the year's own report and kind of document, and its figures' sources in it
    await expect(page.locator('.district-header')).toContainText('政府工作报告')
    await expect(page.locator('#gdp [data-testid="source-link"]')).toHaveAttribute('href', '/d/410799/2022/report#q-gdp')

    await switcher.getByRole('link', { name: '2023' }).click()
    await expect(page).toHaveURL(`${ORIGIN}/d/410799`)
    await expect(page.locator('#gdp [data-testid="metric-value"]')).toHaveText('141.8亿元')

    await page.goBack()
    await expect(page).toHaveURL(`${ORIGIN}/d/410799/2022`)
    await expect(page.locator('#gdp [data-testid="metric-value"]')).toHaveText('131.5亿元')
    await page.goBack()
    await expect(page).toHaveURL(`${ORIGIN}/d/410799`)
    await expect(switcher.locator('[aria-current="page"]')).toHaveText('2023')
  })

  test('a card shows its trend across the reports, its table with each year\'s kind of report, and the change since the previous one', async ({ page }) => {
    await open(page, '/d/410799')
    const gdp = page.locator('#gdp')
    await expect(gdp.getByTestId('trend-since')).toHaveText('较2022年政府工作报告+10.3亿元（+7.8%）（推算）')
    const trend = gdp.getByTestId('trend')
    await expect(trend.getByTestId('chart')).toHaveAttribute('aria-label', '地区生产总值历年：2022 131.5亿元，2023 141.8亿元')
    await trend.scrollIntoViewIfNeeded()
    await expect(trend.locator('.echart svg')).toHaveCount(1)
    await trend.getByTestId('table-toggle').click()
    await expect(trend.locator('tbody tr')).toHaveText(['2022 · 政府工作报告131.5亿元', '2023 · 新闻发布会141.8亿元'])
    // 1.2万人 then 1.36万人: compared in the indicator's unit; drawn as its section comes on screen
    await page.locator('#new-urban-jobs').scrollIntoViewIfNeeded()
    await expect(page.locator('#new-urban-jobs').getByTestId('trend-since')).toHaveText('较2022年政府工作报告+1600人（+13.3%）（推算）')

    // a district's first report has no past
    await open(page, '/d/410799/2022')
    await expect(page.getByTestId('metric-card').first()).toBeVisible()
    await expect(page.getByTestId('trend-since')).toHaveCount(0)
    await expect(page.getByTestId('whats-new')).toHaveCount(0)
  })

  test('what\'s new lists what moved most and what vanished, which opens the earlier year at its card', async ({ page }) => {
    await open(page, '/d/410799')
    const news = page.getByTestId('whats-new')
    await expect(news.getByRole('heading')).toHaveText('与2022年报告相比')
    await expect(news.getByTestId('news-moved')).toHaveText('变化最大：新增城镇就业 +13.3%、地区生产总值 +7.8%')
    await expect(news.getByTestId('news-appeared')).toHaveCount(0)
    await news.getByTestId('news-vanished').getByRole('link', { name: '一般公共预算收入' }).click()
    await expect(page).toHaveURL(`${ORIGIN}/d/410799/2022#general-budget-revenue`)
    await expect(page.locator('#general-budget-revenue [data-testid="metric-value"]')).toHaveText('6.2亿元')
    await expect(page.locator('#general-budget-revenue')).toBeInViewport()
  })

  test('a card holds the result against the goal the year before set, and the goal\'s source opens at its words', async ({ page }) => {
    await open(page, '/d/410799')
    // demo-2022 set 地区生产总值增长6%左右 and 新增城镇就业1.3万人以上 for 2023; 2023 gave 2.3% and 1.36万人
    await expect(page.locator('#gdp [data-testid="target"]')).toHaveText('目标 增长6%左右 · 实际 增长2.3% · 未达成（推算）')
    await expect(page.locator('#new-urban-jobs [data-testid="target"]')).toHaveText('目标 1.3万人以上 · 实际 1.36万人 · 达成（推算）')
    await page.locator('#gdp [data-testid="target-source-link"]').click()
    await expect(page).toHaveURL(`${ORIGIN}/d/410799/2022/report#q-target-gdp`)
    const quote = page.locator('#q-target-gdp')
    await expect(quote).toHaveText('地区生产总值增长6%左右')
    await expect(quote).toHaveClass(/targeted/)
    await expect(quote).toBeInViewport()
    // the goal's words lead back to the card of the year it was set for
    await quote.getByRole('link').click()
    await expect(page).toHaveURL(`${ORIGIN}/d/410799#gdp`)
    await expect(page.locator('#gdp [data-testid="target"]')).toBeVisible()

    // a first report has no goal before it
    await open(page, '/d/410799/2022')
    await expect(page.locator('#gdp [data-testid="metric-value"]')).toHaveText('131.5亿元')
    await expect(page.getByTestId('target')).toHaveCount(0)

    await open(page, '/en/d/410799')
    await expect(page.locator('#gdp [data-testid="target"]')).toHaveText('Target ~6% · actual 2.3% · missed (derived)')
    await expect(page.locator('#new-urban-jobs [data-testid="target"]')).toHaveText('Target ≥13,000 people · actual 13,600 people · met (derived)')
  })

  // (the fixture has one district: a comparison needs two)
  test('a ranking shows the newest report\'s figure', async ({ page }) => {
    await open(page, '/m/gdp')
    await expect(page.locator('main')).toContainText('141.8亿元')
    await expect(page.locator('main')).not.toContainText('131.5亿元')
  })
})
