import type { Locator, Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { open, wrappedTexts } from '../helpers/app'
import { readFileSync } from 'node:fs'
import { palettes } from '~/charts/themes/palette'
import { formatChange, formatPercent, formatRank, formatValue } from '~/utils/format'
import { indicator, report } from '../helpers/data'
import { parseCsv } from '../helpers/csv'

/** A browser that is never idle: the parts that hydrate on idle wait for a touch (or the screen). */
const NEVER_IDLE = { content: 'window.requestIdleCallback = () => 0; window.cancelIdleCallback = () => {}' }

test.describe('DistrictPage', () => {
  for (const code of ['410703', '410702', '410811']) {
    test(`shows every figure of ${code} as in data/, with its source quote`, async ({ page }) => {
      const r = report(code)
      const errors: string[] = []
      page.on('pageerror', error => errors.push(error.message))
      await open(page, `/d/${code}`)
      await expect(page.getByTestId('district-name')).toHaveText(r.meta.district.name.zh)
      // the story told once: the report's points, not the summary saying the same figures again
      await expect(page.getByTestId('highlights').getByRole('listitem')).toHaveText(r.highlights.map(h => h.zh))
      await expect(page.getByText(r.summary.zh)).toHaveCount(0)
      // comparable figures under their indicator's name, report-only ones under their own
      const figures = [...r.metrics.map(m => ({ id: m.indicator, name: indicator(m.indicator).name.zh, m })), ...r.figures.map(f => ({ id: f.id, name: f.name.zh, m: f }))]
      await expect(page.getByTestId('metric-card')).toHaveCount(figures.length)
      for (const { id, name, m } of figures) {
        const card = page.locator(`[data-testid="metric-card"][data-indicator="${id}"]`)
        await expect(card.getByRole('heading')).toHaveText(name)
        if (m.value !== undefined)
          await expect(card.getByTestId('metric-value')).toHaveText(formatValue(m.value, m.unit, 'zh-CN', m.approximate))
        if (m.of !== undefined)
          await expect(card.getByTestId('metric-of')).toHaveText(`共${formatValue(m.of, m.unit, 'zh-CN')}`)
        // a result given only as a rank shows its badge and says there is no figure
        await expect(card.getByTestId('metric-rank-only')).toHaveCount(m.value === undefined && !m.change ? 1 : 0)
        // a growth given with no value is the card's figure, said once
        if (m.change && m.value !== undefined)
          await expect(card.getByTestId('change')).toContainText(formatChange(m.change, m.unit, 'zh-CN'))
        if (m.change && m.value === undefined) {
          await expect(card.getByTestId('metric-value')).toHaveText(`${formatPercent(m.change.value)}同比增速`)
          await expect(card.getByTestId('change')).toHaveCount(0)
        }
        for (const rank of m.ranks ?? [])
          await expect(card.getByTestId('rank-badge').filter({ hasText: formatRank(rank, 'zh-CN') })).toHaveCount(1)
        await expect(card.locator('q')).toHaveText(m.quote)
      }
      // every section, the empty ones too, hydrates without an error as the reader scrolls down
      await page.getByTestId('source-line').scrollIntoViewIfNeeded()
      await page.evaluate(() => new Promise(resolve => setTimeout(resolve, 100)))
      expect(errors).toEqual([])
    })
  }

  test('has a title, description and preview tags', async ({ page }) => {
    await open(page, '/d/410703')
    await expect(page).toHaveTitle('卫滨区2023年经济社会发展成就 · 区情速览')
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /地区生产总值 141\.8亿元 同比增长2\.3%/)
    await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', /\/og\/410703\.png$/)
  })

  test('charts say in words what they show, and toggle to a table', async ({ page }) => {
    await open(page, '/d/410703')
    const card = page.locator('[data-indicator="gdp"]')
    const chart = card.getByTestId('chart')
    await expect(chart).toHaveAttribute('role', 'img')
    await expect(chart).toHaveAttribute('aria-label', '卫滨区同比增长2.3%，全市平均（推算）为1.5%')
    await expect(card.getByTestId('chart-table')).toBeHidden()
    await card.getByTestId('table-toggle').click()
    await expect(card.getByTestId('chart-table')).toBeVisible()
    await expect(card.getByTestId('chart-table').locator('tbody tr')).toHaveText([/卫滨区\s*\+2\.3%/, /全市平均（推算）\s*\+1\.5%/])
    await expect(card.getByTestId('table-toggle')).toHaveAttribute('aria-expanded', 'true')
  })

  test('the derived city average is marked as derived', async ({ page }) => {
    await open(page, '/d/410703')
    // a fall, derived from 增长18.2%，高于全市平均水平23.6个百分点, reads with a minus sign, on the card and its chart
    const investment = page.locator('[data-indicator="fixed-asset-investment"]')
    await expect(investment.getByTestId('vs-average')).toHaveText('高于全市平均23.6个百分点 · 全市平均 −5.4%（推算）')
    await expect(investment.getByTestId('chart')).toHaveAttribute('aria-label', /为−5\.4%$/)
    // 同比增长1.9%，高于全市平均水平0.9个百分点: as precise as the report, 1.0% and not 1%
    const industry = page.locator('[data-indicator="industrial-value-added"]')
    await expect(industry.getByTestId('vs-average')).toHaveText('高于全市平均0.9个百分点 · 全市平均 1.0%（推算）')
    await expect(industry.getByTestId('chart')).toHaveAttribute('aria-label', '卫滨区同比增长1.9%，全市平均（推算）为1.0%')
  })

  test('a chart looks the same when a touch makes it interactive: colours, sizes and places, on any screen', async ({ page }) => {
    for (const [colorScheme, width] of [['light', 320], ['dark', 390], ['light', 768]] as const) {
      await page.emulateMedia({ colorScheme })
      await page.setViewportSize({ width, height: 844 })
      await open(page, '/d/410703')
      const chart = page.locator('[data-indicator="gdp"]').getByTestId('chart')
      await chart.scrollIntoViewIfNeeded()
      await expect(chart.locator('.static-svg svg')).toHaveAttribute('viewBox', '0 0 340 84')
      /** every bar and label: what it is, its colour, and where it is in the chart's box */
      const drawn = (svg: string) => chart.locator(`${svg} path, ${svg} text`).evaluateAll(els => els
        .map((el) => {
          const box = el.getBoundingClientRect()
          const frame = el.closest('[data-testid="chart"]')!.getBoundingClientRect()
          return { what: `${el.tagName} ${el.textContent} ${getComputedStyle(el).fill}`, at: [box.x - frame.x, box.y - frame.y, box.width, box.height] }
        })
        .filter(d => !d.what.endsWith(' none') && d.at[2]! > 0)
        .sort((a, b) => a.what.localeCompare(b.what) || a.at[1]! - b.at[1]!))
      const picture = await drawn('.static-svg svg')
      expect(picture.length).toBeGreaterThan(3)
      await chart.hover()
      await expect(chart.locator('.echart svg')).toHaveCount(1)
      // within a pixel: text is placed to the subpixel, and rounded differently in the two drawings
      await expect.poll(async () => {
        const interactive = await drawn('.echart svg')
        return interactive.length === picture.length && interactive.every((d, i) => d.what === picture[i]!.what && d.at.every((v, j) => Math.abs(v - picture[i]!.at[j]!) <= 1))
      }, `${colorScheme}, ${width} px: ${JSON.stringify(picture)}`).toBe(true)
    }
  })

  test('a chart\'s text and bars grow and shrink with the reading size, as the page\'s text does', async ({ page }) => {
    await open(page, '/d/410703')
    const chart = page.locator('[data-indicator="gdp"]').getByTestId('chart')
    await chart.scrollIntoViewIfNeeded()
    // the picture drawn at build time, and then, in a larger reading size, the chart drawn for it
    const label = chart.locator('svg text', { hasText: '卫滨区' })
    const bar = chart.locator(`svg path[fill="${palettes.light.focus}"]`)
    // (a label's width: its height is its font's line box, rounded)
    const size = async (el: Locator, what: 'width' | 'height') => (await el.boundingBox())![what]
    const measure = async () => ({ label: await size(label, 'width'), bar: await size(bar, 'height'), box: await size(chart, 'height') })
    const before = await measure()
    const larger = page.getByTestId('text-larger')
    await larger.click()
    await larger.click()
    // (the page's text grew: the chart is drawn anew as it comes into view)
    await chart.scrollIntoViewIfNeeded()
    await expect(chart.locator('.echart svg')).toHaveAttribute('width', '272')
    // 1.25 times as large
    const after = await measure()
    for (const what of ['label', 'bar', 'box'] as const)
      expect(after[what] / before[what], what).toBeCloseTo(1.25, 1)
    // drawn again at each new size, and still filling the box
    await page.getByTestId('text-smaller').click()
    await expect(chart.locator('.echart svg')).toHaveAttribute('width', '302')
    await larger.click()
    await expect(chart.locator('.echart svg')).toHaveAttribute('width', '272')
    const [svg, frame] = [(await chart.locator('.echart svg').boundingBox())!, (await chart.boundingBox())!]
    expect(Math.abs(svg.width - frame.width)).toBeLessThanOrEqual(1)
    expect(Math.abs(svg.height - frame.height)).toBeLessThanOrEqual(1)
  })

  test('a chart drawn smaller on a narrow screen shows the tooltip of the bar touched', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 700 })
    await open(page, '/d/410703')
    const chart = page.locator('[data-indicator="gdp"]').getByTestId('chart')
    await chart.hover()
    const average = chart.locator(`.echart svg path[fill="${palettes.light.other}"]`)
    await expect(average).toHaveCount(1)
    // near the bar's top left corner: read without the scaling, the pointer would be left of every bar
    await average.hover({ position: { x: 3, y: 3 } })
    await expect(chart.getByText(/: 1\.5%$/)).toBeVisible()
  })

  test('a chart becomes interactive when touched', async ({ page }) => {
    await open(page, '/d/410703')
    const chart = page.locator('[data-indicator="gdp"]').getByTestId('chart')
    await expect(chart.locator('.static-svg svg')).toHaveCount(1)
    await chart.hover()
    await expect(chart.locator('.echart')).toHaveCount(1)
    await expect(chart.locator('.echart svg')).toHaveCount(1)
  })

  test('a section answers the first tap even before it hydrated', async ({ page }) => {
    // this browser never idles and never reports what is on screen: sections hydrate only when touched
    await page.addInitScript(NEVER_IDLE)
    await page.addInitScript({ content: 'window.IntersectionObserver = class { observe() {} unobserve() {} disconnect() {} takeRecords() { return [] } }' })
    await open(page, '/d/410703')
    const card = page.locator('[data-testid="metric-card"]:has([data-testid="table-toggle"])').last()
    await card.getByTestId('table-toggle').click()
    await expect(card.getByTestId('chart-table')).toBeVisible()
    // a link in another, still static section opens its page inside the app, without a reload
    await page.evaluate(() => { (window as unknown as { sameDocument: boolean }).sameDocument = true })
    const first = page.getByTestId('metric-card').first()
    await first.getByTestId('source-link').click()
    await expect(page).toHaveURL(/\/d\/410703\/report#q-/)
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true)
  })

  test('a section hydrates as it comes onto the screen, so a click with no touch before it works', async ({ page }) => {
    await page.addInitScript(NEVER_IDLE)
    await open(page, '/d/410703')
    const card = page.locator('[data-testid="metric-card"]:has([data-testid="table-toggle"])').last()
    const toggle = card.getByTestId('table-toggle')
    // far below the fold, the section has not hydrated: the phone did no work for it yet
    await toggle.dispatchEvent('click')
    await page.evaluate(() => new Promise(requestAnimationFrame))
    await expect(card.getByTestId('chart-table')).toHaveCount(0)
    // scrolled to, it hydrates; a click as a screen reader sends it (no pointer, no focus) works
    await card.scrollIntoViewIfNeeded()
    await expect(async () => {
      await toggle.dispatchEvent('click')
      await expect(card.getByTestId('chart-table')).toBeVisible({ timeout: 200 })
    }).toPass()
  })

  test('the header answers the first tap before the browser was idle enough to hydrate it', async ({ page }) => {
    await page.addInitScript(NEVER_IDLE)
    await open(page, '/d/410703')
    await page.getByTestId('theme-toggle').click()
    await expect(page.getByTestId('theme-toggle')).toHaveAttribute('aria-pressed', 'true')
    await expect(page.locator('html')).toHaveClass(/dark/)
    // the share buttons, also still static, answer too
    await page.getByTestId('qr-toggle').click()
    await expect(page.getByTestId('qr-image')).toBeVisible()
  })

  test('switching language before the sections hydrated still switches every link, label and chart', async ({ page }) => {
    await page.addInitScript(NEVER_IDLE)
    await open(page, '/d/410703')
    await page.evaluate(() => { (window as unknown as { sameDocument: boolean }).sameDocument = true })
    await page.getByTestId('lang-switch').click()
    await expect(page).toHaveURL(/\/en\/d\/410703$/)
    // the header's link, still static when tapped, switches inside the app, without a reload
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true)
    const gdp = page.locator('[data-testid="metric-card"][data-indicator="gdp"]')
    await expect(gdp.getByTestId('source-link')).toHaveAttribute('href', /^\/en\/d\/410703\/report#q-gdp$/)
    // a section far below the fold, never on screen before the switch, switched too
    await expect(page.getByTestId('metric-card').last().getByTestId('source-link')).toHaveAttribute('href', /^\/en\/d\/410703\/report#q-/)
    await expect(gdp.getByTestId('chart')).toHaveAttribute('aria-label', /Weibin/)
    // the English page is rendered anew: its chart is drawn in English as it comes into view
    await gdp.getByTestId('chart').scrollIntoViewIfNeeded()
    await expect(gdp.locator('.echart svg text').first()).toHaveText(/Weibin/)
  })

  test('/d/weibin opens /d/410703', async ({ page }) => {
    await open(page, '/d/weibin')
    await expect(page).toHaveURL(/\/d\/410703$/)
    await expect(page.getByTestId('district-name')).toHaveText('卫滨区')
  })

  test('/d/410703/2023 opens the 2023 report', async ({ page }) => {
    await open(page, '/d/410703/2023')
    await expect(page.getByTestId('district-name')).toHaveText('卫滨区')
    await expect(page.getByTestId('metric-card').first()).toBeVisible()
  })

  test('/d/410703#fixed-asset-investment scrolls to and highlights that card', async ({ page }) => {
    await open(page, '/d/410703#fixed-asset-investment')
    const card = page.locator('#fixed-asset-investment')
    await expect(card).toBeInViewport()
    expect(await card.evaluate(el => el.matches(':target'))).toBe(true)
    // the highlight ring that only the target card gets
    await expect(card).not.toHaveCSS('box-shadow', 'none')
    await expect(page.locator('#gdp')).toHaveCSS('box-shadow', 'none')
  })

  test('downloads the figures as CSV that spreadsheet apps read as UTF-8', async ({ page }) => {
    await open(page, '/d/410703')
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-csv').click()])
    expect(download.suggestedFilename()).toBe('weibin-2023.csv')
    const text = readFileSync((await download.path())!, 'utf8')
    expect(text.charCodeAt(0)).toBe(0xFEFF)
    expect(text.slice(1, text.indexOf('\r\n'))).toMatch(/^report_id,code,district,/)
    // a row per figure and rank (tests/e2e/exports.spec.ts checks them against the cards)
    const rows = parseCsv(text)
    expect(new Set(rows.map(r => r.indicator_id)).size).toBe(report('410703').metrics.length + report('410703').figures.length)
    expect(rows.find(r => r.indicator_id === 'gdp')).toMatchObject({ district: '卫滨区', value: '141.8', unit: '亿元', change_value: '2.3', gap_to_average_pp: '0.8' })
  })

  test('lists the honours', async ({ page }) => {
    await open(page, '/d/410703')
    for (const h of report('410703').honours)
      await expect(page.getByTestId('honours')).toContainText(h.name.zh)
  })

  test('reading size and dark mode persist', async ({ page }) => {
    await open(page, '/d/410703')
    const size = () => page.evaluate(() => getComputedStyle(document.body).fontSize)
    const before = await size()
    await page.getByTestId('text-larger').click()
    await expect.poll(size).not.toBe(before)
    await page.getByTestId('theme-toggle').click()
    await expect(page.locator('html')).toHaveClass(/dark/)
    await page.reload()
    await expect(page.locator('html')).toHaveClass(/dark/)
    await expect.poll(size).not.toBe(before)
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor)
    expect(bg).toBe('rgb(11, 18, 32)')
  })

  test('A− and A+ say when the reading size can go no further', async ({ page }) => {
    await open(page, '/d/410703')
    const larger = page.getByTestId('text-larger')
    const smaller = page.getByTestId('text-smaller')
    await expect(larger).not.toHaveAttribute('aria-disabled')
    // 1 → 1.125 → 1.25 → 1.375, the largest
    for (let i = 0; i < 3; i++) {
      await expect(larger).not.toHaveAttribute('aria-disabled')
      await larger.click()
    }
    await expect(larger).toHaveAttribute('aria-disabled', 'true')
    await expect(smaller).not.toHaveAttribute('aria-disabled')
    // a page opened at the largest size says so too, once the app has started
    await open(page, '/d/410702')
    await expect(page.getByTestId('text-larger')).toHaveAttribute('aria-disabled', 'true')
    // down to 0.875, the smallest
    for (let i = 0; i < 4; i++)
      await page.getByTestId('text-smaller').click()
    await expect(page.getByTestId('text-smaller')).toHaveAttribute('aria-disabled', 'true')
    await expect(page.getByTestId('text-larger')).not.toHaveAttribute('aria-disabled')
  })

  for (const size of ['default', 'largest'] as const) {
    test(`nothing scrolls sideways at 320 px, at the ${size} reading size`, async ({ page }) => {
      if (size === 'largest')
        await page.addInitScript(() => localStorage.setItem('district-brief:readingSize', '1.375'))
      await page.setViewportSize({ width: 320, height: 640 })
      for (const path of ['/', '/d/410703', '/d/410811/report', '/compare?d=410703,410702', '/m/gdp', '/about', '/en/', '/en/d/410703', '/en/d/410702', '/en/m/general-budget-revenue']) {
        await open(page, path)
        if (size === 'largest')
          await expect.poll(() => page.evaluate(() => document.documentElement.style.getPropertyValue('--reading-scale')), path).toBe('1.375')
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
        expect(overflow, path).toBeLessThanOrEqual(0)
      }
    })
  }

  test('a table keeps a value with its unit, and a district\'s name, on one line at 320 px, at the largest reading size', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('district-brief:readingSize', '1.375'))
    await page.setViewportSize({ width: 320, height: 640 })
    const values = 'table.data td.figure'
    await open(page, '/en/m/general-budget-revenue')
    await expect(page.locator(values).first()).toBeVisible()
    expect(await wrappedTexts(page, values)).toEqual([])
    // a Chinese name is not broken a character to a line (an English one breaks between its words);
    // the kind of document under it may take two
    await open(page, '/m/general-budget-revenue')
    expect(await wrappedTexts(page, `${values}, table.data tbody th a`)).toEqual([])
    await open(page, '/en/d/410702')
    const card = page.locator('[data-indicator="general-budget-revenue"]')
    await card.getByRole('button', { name: 'Table' }).click()
    await expect(card.getByTestId('chart-table').locator('td.figure').first()).toBeVisible()
    // 红旗区's and 卫滨区's revenue, and its change on the year
    await expect(card.getByTestId('chart-table').locator('td.figure')).toHaveCount(4)
    expect(await wrappedTexts(page, values)).toEqual([])
    // the page still does not scroll sideways: the table does, inside its card, and its last
    // column (the ranks) comes into view, not cut off by the card
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0)
    const region = card.getByRole('region')
    // named by the table's caption, which says what the chart shows
    await expect(region).toHaveAccessibleName(/^General public budget revenue/)
    await region.evaluate((el) => {
      el.scrollIntoView({ block: 'center' })
      el.scrollLeft = el.scrollWidth
    })
    const rank = card.getByTestId('chart-table').locator('tbody tr').first().locator('td').last()
    await expect(rank).toContainText('3rd in the city')
    await expect(rank).toBeInViewport({ ratio: 0.95 })
    const [cell, box] = await Promise.all([rank.boundingBox(), region.boundingBox()])
    expect(cell!.x + cell!.width).toBeLessThanOrEqual(box!.x + box!.width + 1)
  })

  test('the report\'s points keep each figure on one line (142亿元, not 142亿 | 元), at 320 and 390 px', async ({ page }) => {
    for (const width of [320, 390]) {
      await page.setViewportSize({ width, height: 800 })
      for (const code of ['410811', '410703', '410702']) {
        await open(page, `/d/${code}`)
        await expect(page.getByTestId('highlights').getByRole('listitem')).toHaveText(report(code).highlights.map(h => h.zh))
        await expect(page.getByTestId('highlights').locator('.figure').first()).toBeVisible()
        expect(await wrappedTexts(page, '[data-testid="highlights"] .figure'), `/d/${code} at ${width} px`).toEqual([])
      }
    }
  })

  test('the bottom bar lights 首页 on a district page as its section, not as the page shown', async ({ page }) => {
    const home = page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '首页' })
    await open(page, '/')
    await expect(home).toHaveAttribute('aria-current', 'page')
    for (const path of ['/d/410703', '/d/410703/report']) {
      await open(page, path)
      await expect(home, path).toHaveAttribute('aria-current', 'true')
      await expect(home, path).toHaveClass(/active/)
    }
    await open(page, '/m/gdp')
    await expect(home).not.toHaveAttribute('aria-current')
    await expect(page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '指标' })).toHaveAttribute('aria-current', 'true')
  })

  test('a card shows its whole source sentence, with its figures, at 320 px and the largest reading size', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('district-brief:readingSize', '1.375'))
    await page.setViewportSize({ width: 320, height: 640 })
    for (const code of ['410811', '410703', '410702']) {
      await open(page, `/d/${code}`)
      const cut: string[] = []
      for (const q of await page.getByTestId('metric-card').locator('q').all()) {
        // the sentence's last character is on the screen, where a tap would land on the quote
        const shown = await q.evaluate((el) => {
          el.scrollIntoView({ block: 'center' })
          const text = el.firstChild!
          const range = document.createRange()
          range.setStart(text, text.textContent!.length - 1)
          range.setEnd(text, text.textContent!.length)
          const r = range.getBoundingClientRect()
          return el.contains(document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2))
        })
        if (!shown)
          cut.push(await q.innerText())
      }
      expect(cut, `/d/${code}`).toEqual([])
    }
  })

  test('the title is the report\'s own, and a district with no neighbour in its city offers no comparison', async ({ page }) => {
    await open(page, '/d/410811')
    await expect(page).toHaveTitle('山阳区2024年政府工作报告 · 区情速览')
    await expect(page.getByTestId('read-report')).toBeVisible()
    await expect(page.getByTestId('compare-link')).toHaveCount(0)
    await open(page, '/d/410703')
    await expect(page.getByTestId('compare-link')).toHaveAttribute('href', '/compare?d=410702,410703')
  })

  test('touch targets are at least 44 px', async ({ page }) => {
    await open(page, '/d/410703')
    const small = await page.evaluate(() => [...document.querySelectorAll('button, nav a, .btn')]
      .filter(el => (el as HTMLElement).offsetParent !== null)
      .map(el => ({ text: el.textContent?.trim(), ...el.getBoundingClientRect().toJSON() }))
      .filter(r => r.height < 44 || r.width < 44))
    expect(small).toEqual([])
  })
})

test.describe('a district page on a 390×844 phone', () => {
  const PAGES = ['/d/410703', '/d/410702', '/d/410811', '/en/d/410703', '/en/d/410702', '/en/d/410811']
  const NAMES = ['卫滨区', '红旗区', '山阳区', 'Weibin', 'Hongqi', 'Shanyang']

  /** Whether the element is wholly on the first screen, between the sticky header and the bottom bar. */
  async function onFirstScreen(page: Page, el: Locator): Promise<boolean> {
    const [box, header, nav] = await Promise.all([el.boundingBox(), page.locator('.app-header').boundingBox(), page.locator('nav.bottom-nav').boundingBox()])
    return !!box && !!header && !!nav && box.y >= header.y + header.height && box.y + box.height <= nav.y
  }

  for (const lang of ['zh-CN', 'en-GB']) {
    test.describe(`read in ${lang}`, () => {
      // (a reader of the page's own language: no offer of the other one over the first screen)
      test.use({ locale: lang })
      for (const path of PAGES.filter(p => p.startsWith('/en/') === (lang === 'en-GB'))) {
        test(`the first screen of ${path} shows the district, the share actions, its points and a card with its figure`, async ({ page }) => {
          await open(page, path)
          expect(await page.evaluate(() => scrollY)).toBe(0)
          const firstCard = page.getByTestId('metric-card').first()
          const points = page.getByTestId('highlights').getByRole('listitem')
          for (const el of [page.getByTestId('district-name'), page.getByTestId('share'), page.getByTestId('qr-toggle'), page.getByTestId('save-image'), points.last(), firstCard.getByRole('heading'), firstCard.getByTestId('metric-value')])
            expect(await onFirstScreen(page, el), `${path}: ${el}`).toBe(true)
        })
      }
    })
  }

  test('a section jump lands on its section below the header, and Back returns to the top', async ({ page }) => {
    for (const path of ['/d/410811', '/en/d/410703']) {
      await open(page, path)
      const jumps = page.getByTestId('section-jumps')
      await expect(jumps.getByRole('link')).not.toHaveCount(0)
      const link = jumps.getByRole('link').nth(3)
      const hash = (await link.getAttribute('href'))!.replace(/^[^#]*/, '')
      await link.click()
      await expect(page).toHaveURL(new RegExp(`${hash}$`))
      const heading = page.locator(hash)
      await expect(heading).toHaveText((await link.textContent())!)
      await expect.poll(() => onFirstScreen(page, heading), path).toBe(true)
      // near the top of the screen, not merely somewhere on it
      const [box, header] = await Promise.all([heading.boundingBox(), page.locator('.app-header').boundingBox()])
      expect(box!.y - header!.y - header!.height).toBeLessThan(60)
      await page.goBack()
      await expect(page).toHaveURL(new RegExp(`${path}$`))
      await expect.poll(() => page.evaluate(() => scrollY)).toBe(0)
      expect(await onFirstScreen(page, page.getByTestId('share'))).toBe(true)
    }
  })

  for (const [i, path] of PAGES.entries()) {
    test(`${path} has at least two charts of the district's own figures, each with its words and its table`, async ({ page }) => {
      await open(page, path)
      const others = NAMES.filter((_, j) => j % 3 !== i % 3)
      const charts = page.getByTestId('chart')
      const labels = await charts.evaluateAll(els => els.map(el => el.getAttribute('aria-label') ?? ''))
      expect(labels.every(l => l.length > 10), labels.join('\n')).toBe(true)
      // charts that need no other district to mean something
      const own = labels.filter(l => !others.some(name => l.includes(name)))
      expect(own.length, labels.join('\n')).toBeGreaterThanOrEqual(2)
      for (const label of own) {
        const chart = page.locator(`[data-testid="chart"][aria-label="${label}"]`)
        const figure = page.locator('figure.chart', { has: chart })
        await figure.scrollIntoViewIfNeeded()
        // drawn: the picture from the build, or the interactive chart as it comes onto the screen
        await expect(chart.locator('svg').first()).toBeVisible()
        await figure.getByTestId('table-toggle').click()
        const rows = figure.getByTestId('chart-table').locator('tbody tr')
        expect(await rows.count(), label).toBeGreaterThanOrEqual(2)
        // each row's figure is said in the chart's words
        for (const cell of await rows.locator('td.figure').allTextContents())
          expect(label, label).toContain(cell.replace(/^\+/, ''))
      }
    })
  }

  test('a chart below the first screen says its figures in words before JavaScript, in the box the chart is drawn in', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } })
    const page = await context.newPage()
    for (const path of ['/d/410811', '/en/d/410703']) {
      await page.goto(path)
      // the first section's charts are pictures; the rest, the section charts among them, words
      await expect(page.getByTestId('metric-card').first().locator('[data-testid="chart"] svg')).toHaveCount(path === '/d/410811' ? 0 : 1)
      const charts = page.getByTestId('section-chart').getByTestId('chart')
      expect(await charts.count()).toBeGreaterThanOrEqual(1)
      for (const chart of await page.locator('[data-testid="chart"]:has([data-testid="chart-words"])').all()) {
        const words = chart.getByTestId('chart-words')
        await words.scrollIntoViewIfNeeded()
        await expect(words).toHaveText((await chart.getAttribute('aria-label'))!)
        // the words fit the box the chart takes, wholly shown
        const [text, box] = await Promise.all([words.evaluate(el => el.scrollHeight), chart.evaluate(el => el.clientHeight)])
        expect(text, await words.textContent() ?? '').toBeLessThanOrEqual(box)
      }
    }
    await context.close()
  })

  test('a chart of fewer districts than its rank was among says so', async ({ page }) => {
    await open(page, '/d/410703')
    // 社会消费品零售总额: 全市第2, 四区第1, beside the two districts that report it
    const retail = page.locator('[data-indicator="retail-sales"]')
    await expect(retail.getByTestId('chart-note')).toHaveText('图中仅为报告给出此项数据的2区，名次范围更大')
    // a chart against the city average shows no other district: nothing to say
    await expect(page.locator('[data-indicator="gdp"]').getByTestId('chart-note')).toHaveCount(0)
    await open(page, '/en/d/410703')
    await expect(page.locator('[data-indicator="retail-sales"]').getByTestId('chart-note')).toHaveText('Only the 2 districts that report it are shown; the rank is among more')
  })

  test('a card says each figure once', async ({ page }) => {
    await open(page, '/d/410703')
    // 规模以上工业增加值: only its growth, 1.9%, is given
    const card = page.locator('[data-indicator="industrial-value-added"]')
    await expect(card.getByTestId('metric-value')).toHaveText('1.9%同比增速')
    await expect(card.getByTestId('change')).toHaveCount(0)
    const text = await card.evaluate(el => [...el.querySelectorAll(':scope > p:not(.source)')].map(p => p.textContent).join(' '))
    expect(text.match(/1\.9%/g)).toHaveLength(1)
  })
})

test.describe('a chart on a touch screen', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 }, colorScheme: 'dark' })

  test('shows its tooltip in the dark theme, and hides it when the reader taps elsewhere or scrolls', async ({ page }) => {
    await open(page, '/d/410703')
    const chart = page.locator('[data-indicator="gdp"]').getByTestId('chart')
    await chart.scrollIntoViewIfNeeded()
    // the first tap makes the chart interactive, the next opens a bar's tooltip
    await chart.tap()
    await expect(chart.locator('.echart svg')).toHaveCount(1)
    const box = (await chart.locator(`.echart svg path[fill="${palettes.dark.focus}"]`).first().boundingBox())!
    const tapBar = () => page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2)
    const tip = chart.getByText('卫滨区: 2.3%')
    await tapBar()
    await expect(tip).toBeVisible()
    expect(await tip.evaluate(el => getComputedStyle(el.closest('div[style*="position: absolute"]') ?? el).backgroundColor)).toBe('rgb(27, 38, 59)')
    await page.locator('[data-indicator="gdp"]').getByTestId('metric-value').first().tap()
    await expect(tip).toBeHidden()
    await tapBar()
    await expect(tip).toBeVisible()
    await page.evaluate(() => scrollBy(0, 120))
    await expect(tip).toBeHidden()
  })
})
