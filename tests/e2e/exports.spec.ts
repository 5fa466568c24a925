import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { open } from '../helpers/app'
import { parseCsv } from '../helpers/csv'
import { dataset, report } from '../helpers/data'

/** Downloads what a tap on `testId` saves, and reads it as text (or bytes). */
async function downloaded(page: Page, testId: string, nth = 0) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).nth(nth).click()])
  return { name: download.suggestedFilename(), bytes: readFileSync((await download.path())!) }
}

/** Each card's figures as the page shows them: its indicator, value, change and rank badges. */
function cardsOnPage(page: Page) {
  return page.getByTestId('metric-card').evaluateAll(cards => cards.map(card => ({
    indicator: card.getAttribute('data-indicator')!,
    value: card.querySelector('[data-testid="metric-value"]:not(.growth-only)')?.textContent?.trim() ?? '',
    facts: card.querySelector('.facts')?.textContent ?? '',
    /** the card's figure: its value, or its growth when the report gives no value */
    figure: card.querySelector('[data-testid="metric-value"]')?.textContent ?? '',
    badges: card.querySelectorAll('.facts .rank').length,
  })))
}

test.describe('data leaving the app', () => {
  test('the CSV downloaded from a district page parses back to the figures its cards show', async ({ page }) => {
    await open(page, '/d/410703')
    const { name, bytes } = await downloaded(page, 'download-csv')
    expect(name).toBe('weibin-2023.csv')
    const rows = parseCsv(bytes.toString('utf8'))
    const stated = rows.filter(r => r.subject === 'district')
    const cards = await cardsOnPage(page)
    expect(cards.length).toBeGreaterThan(10)
    // every figure on the page is in the file, and nothing else is
    expect(new Set(stated.map(r => r.indicator_id))).toEqual(new Set(cards.map(c => c.indicator)))
    for (const card of cards) {
      const mine = stated.filter(r => r.indicator_id === card.indicator)
      const row = mine[0]!
      if (row.value)
        expect(card.value.replace(/,/g, ''), card.indicator).toContain(row.value)
      // a growth is among the card's facts, or its figure when the report gives no value
      if (row.change_value)
        expect(`${card.figure} ${card.facts}`, card.indicator).toContain(String(Math.abs(Number(row.change_value))))
      // a row per rank badge (a card without a rank has one row)
      expect(mine.filter(r => r.rank_position).length, card.indicator).toBe(card.badges)
      expect(row).toMatchObject({ code: '410703', district: '卫滨区', city: '新乡市', province: '河南省', year: '2023', document_kind: '新闻发布会', derived: 'stated' })
      expect(report('410703').source).toContain(row.quote)
    }
    // the derived city averages are marked so, as on the cards (推算)
    const derived = rows.filter(r => r.derived === 'derived')
    expect(derived.length).toBe(await page.getByTestId('vs-average').locator('.derived').count())
    expect(rows.every(r => r.citation?.includes('http://localhost:4173/d/410703/2023') && r.licence?.startsWith('CC BY 4.0'))).toBe(true)
    // no source address is known for this report: the column is there, empty
    expect(rows.every(r => r.source_url === '')).toBe(true)
  })

  test('the English CSV names districts and indicators in English, with the same figures', async ({ page }) => {
    await open(page, '/en/d/410811')
    const rows = parseCsv((await downloaded(page, 'download-csv')).bytes.toString('utf8'))
    const zh = dataset.reports.find(r => r.id === 'shanyang-2023')!
    expect(rows[0]).toMatchObject({ district: 'Shanyang District', city: 'Jiaozuo', document_title: zh.meta.title.en })
    expect(new Set(rows.map(r => r.indicator_id))).toEqual(new Set([...zh.metrics.map(m => m.indicator), ...zh.figures.map(f => f.id)]))
    expect(rows[0]!.citation).toContain('http://localhost:4173/en/d/410811/2023')
  })

  test('each report\'s JSON, linked from its text, holds the CSV\'s figures, its citation and licence', async ({ page }) => {
    await open(page, '/d/410703')
    const csv = parseCsv((await downloaded(page, 'download-csv')).bytes.toString('utf8'))
    await open(page, '/d/410703/report')
    await expect(page.getByTestId('source-url')).toHaveText('原文发布地址不详（来源未载明）')
    const link = page.getByTestId('report-json')
    await expect(link).toHaveAttribute('href', '/data/weibin-2023.json')
    const json = await (await page.request.get((await link.getAttribute('href'))!)).json()
    expect(json.figures.map((f: Record<string, unknown>) => [f.indicator_id, f.subject, String(f.value ?? ''), String(f.change_value ?? ''), String(f.rank_position ?? '')]))
      .toEqual(csv.map(r => [r.indicator_id, r.subject, r.value, r.change_value, r.rank_position]))
    expect(json.citation.zh).toBe(csv[0]!.citation)
    expect(json.licence).toEqual({ name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' })
    expect(json.report.source_url).toBeNull()
  })

  test('a chart saves as SVG and PNG with its title and source, without loading ECharts', async ({ page }) => {
    const scripts: string[] = []
    page.on('request', r => r.resourceType() === 'script' && scripts.push(r.url()))
    await open(page, '/d/410703')
    const chart = page.getByTestId('chart').first()
    await chart.scrollIntoViewIfNeeded()
    const label = (await chart.getAttribute('aria-label'))!
    const card = await chart.evaluate(el => el.closest('[id]')!.id)
    const heading = (await page.locator(`[id="${card}"] h4`).textContent())!.trim()
    // the chart's table comes with its download buttons
    await page.getByTestId('table-toggle').first().click()
    const svg = await downloaded(page, 'save-svg')
    expect(svg.name).toBe(`${card}.svg`)
    const text = svg.bytes.toString('utf8')
    expect(text).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/)
    // the title (the chart in words) above, the chart itself, its source below
    expect(text).toContain(`${heading}：${label.slice(0, 8)}`)
    expect(text).toContain('来源：')
    expect(text).toContain('http://localhost:4173/d/410703')
    expect(text.match(/<svg/g)!.length).toBe(2)
    const png = await downloaded(page, 'save-png')
    expect(png.name).toBe(`${card}.png`)
    expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG')
    const width = png.bytes.readUInt32BE(16)
    const svgWidth = Number(/width="(\d+)"/.exec(text)![1])
    expect(width).toBe(svgWidth * 2)
    // the PNG is the SVG drawn: not blank (more than the background's one colour)
    expect(png.bytes.length).toBeGreaterThan(5000)
    expect(scripts.filter(s => /EChartView|echarts/i.test(s))).toEqual([])
  })
})

test.describe('printing', () => {
  // a reader in China: the date printed is their day, which is not UTC's for eight hours of it
  test.use({ timezoneId: 'Asia/Shanghai' })

  test('prints no buttons, and the page\'s address, its QR code and the date', async ({ page }) => {
    await open(page, '/d/410703')
    await page.emulateMedia({ media: 'print' })
    const card = page.getByTestId('print-card')
    await expect(card).toBeVisible()
    await expect(card).toContainText('http://localhost:4173/d/410703')
    const [y, m, d] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date()).split('-').map(Number)
    await expect(card).toContainText(`打印于 ${y}年${m}月${d}日`)
    await expect(card.locator('img')).toHaveAttribute('src', /^data:image\/png/)
    const visibleButtons = await page.locator('button, .btn').evaluateAll(els => els.filter(el => (el as HTMLElement).offsetParent !== null).map(el => el.textContent?.trim()))
    expect(visibleButtons).toEqual([])
    await page.screenshot({ path: 'test-results/print-district.png', fullPage: false })
    // back on screen the page is as it was: the buttons, no print card
    await page.emulateMedia({ media: 'screen' })
    await expect(card).toHaveCount(0)
    await expect(page.getByTestId('share')).toBeVisible()
  })

  test('a page printed as soon as it opens, before its share row has started, prints the date too', async ({ page }) => {
    await page.emulateMedia({ media: 'print' })
    await open(page, '/d/410702')
    const card = page.getByTestId('print-card')
    const [y, m, d] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date()).split('-').map(Number)
    await expect(card).toContainText(`打印于 ${y}年${m}月${d}日`)
    await expect(card.locator('img')).toHaveAttribute('src', /^data:image\/png/)
  })

  test('the print button (on a screen wider than a phone\'s) prints with the QR code ready', async ({ page }) => {
    await page.setViewportSize({ width: 768, height: 1024 })
    await open(page, '/d/410702')
    await page.evaluate(() => {
      window.print = () => {
        const img = document.querySelector<HTMLImageElement>('[data-testid="print-card"] img')
        document.documentElement.dataset.printed = img?.src.startsWith('data:image/png') ? 'with-qr' : 'without-qr'
      }
    })
    await page.getByTestId('print').click()
    await expect(page.locator('html')).toHaveAttribute('data-printed', 'with-qr')
  })
})

test('on a phone the share row is one line, the same before and after the app starts: no print button moves it', async ({ page }) => {
  await page.goto('/en/d/410703')
  const row = page.getByTestId('share').locator('..')
  const before = await row.boundingBox()
  await page.locator('html[data-hydrated]').waitFor({ state: 'attached' })
  await page.getByTestId('share').focus()
  await expect(page.getByTestId('print')).toBeHidden()
  expect(await row.boundingBox()).toEqual(before)
  expect(before!.height).toBeLessThan(60)
})

test.describe('sharing edges', () => {
  test('the 链接已复制 toast does not cover the address under the QR code', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await page.addInitScript(() => delete (Navigator.prototype as { share?: unknown }).share)
    await open(page, '/d/410703')
    await page.getByTestId('qr-toggle').click()
    await expect(page.getByTestId('qr-image')).toBeVisible()
    const caption = page.locator('figure.qr figcaption')
    await caption.scrollIntoViewIfNeeded()
    await page.getByTestId('share').click()
    await expect(page.getByTestId('toast')).toHaveText('链接已复制')
    const a = (await caption.boundingBox())!
    const b = (await page.getByTestId('toast').boundingBox())!
    const overlaps = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
    expect(overlaps).toBe(false)
    await expect(caption).toBeInViewport()
  })

  test('inside WeChat, 保存图片 is the first share choice', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN', userAgent: 'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36 MicroMessenger/8.0.47.2560(0x28002F30) NetType/WIFI Language/zh_CN', serviceWorkers: 'block' })
    const page = await context.newPage()
    await open(page, '/d/410703')
    const x = (id: string) => page.getByTestId(id).evaluate(el => el.getBoundingClientRect().left)
    expect(await x('save-image')).toBeLessThan(await x('share'))
    await context.close()
  })

  test('elsewhere, 分享 comes first', async ({ page }) => {
    await open(page, '/d/410703')
    const x = (id: string) => page.getByTestId(id).evaluate(el => el.getBoundingClientRect().left)
    expect(await x('share')).toBeLessThan(await x('save-image'))
  })
})

test.describe('the not-found page', () => {
  for (const path of ['/d/999999', '/no/such/page']) {
    test(`${path} offers the search and a list of districts`, async ({ page }) => {
      const response = await open(page, path)
      expect(response!.status()).toBe(404)
      const list = page.getByTestId('district-list').getByRole('link')
      await expect(list).toHaveCount(new Set(dataset.reports.map(r => r.meta.district.code)).size)
      await page.getByTestId('search').fill('卫滨')
      await expect(list).toHaveCount(1)
      await list.first().click()
      await expect(page).toHaveURL(/\/d\/410703$/)
      await expect(page.getByTestId('district-page')).toBeVisible()
    })
  }

  test('its list of districts is there before any script runs', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto('http://localhost:4173/d/999999')
    await expect(page.getByTestId('district-list').getByRole('link', { name: '山阳区' })).toHaveAttribute('href', '/d/410811')
    await context.close()
  })
})
