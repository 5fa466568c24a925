import { expect, test } from '@playwright/test'
import { open } from '../helpers/app'
import { formatChange, formatValue } from '~/utils/format'
import { dataset, report } from '../helpers/data'

test.describe('HomePage', () => {
  test('lists every district grouped by city with its headline figures from data/', async ({ page }) => {
    await open(page, '/')
    await expect(page).toHaveTitle('区县发展成就速览 · 区情速览')
    const groups = page.getByTestId('city-group')
    await expect(groups).toHaveCount(2)
    await expect(groups.nth(0).getByRole('heading', { level: 2 })).toHaveText('河南省 · 焦作市')
    await expect(groups.nth(1).getByRole('heading', { level: 2 })).toHaveText('河南省 · 新乡市')
    await expect(page.getByTestId('district-item')).toHaveCount(dataset.reports.length)
    for (const code of ['410811', '410703', '410702']) {
      const gdp = report(code).metrics.find(m => m.indicator === 'gdp')!
      const item = page.locator(`[data-testid="district-item"][data-code="${code}"]`)
      await expect(item.getByTestId('headline').first()).toContainText(formatValue(gdp.value!, gdp.unit, 'zh-CN'))
      await expect(item.getByTestId('headline').first()).toContainText(formatChange(gdp.change!, gdp.unit, 'zh-CN'))
    }
  })

  test('says which document and year each district\'s figures come from', async ({ page }) => {
    await open(page, '/')
    for (const r of dataset.reports) {
      const doc = page.locator(`[data-testid="district-item"][data-code="${r.meta.district.code}"]`).getByTestId('district-doc')
      await expect(doc).toHaveText(`${r.meta.year}年数据 · ${r.meta.kind}`)
    }
    await open(page, '/en')
    await expect(page.locator('[data-testid="district-item"][data-code="410811"]').getByTestId('district-doc')).toHaveText('2023 figures · Government work report')
    await expect(page.locator('[data-testid="district-item"][data-code="410703"]').getByTestId('district-doc')).toHaveText('2023 figures · Press conference')
  })

  for (const [query, expected] of [['weibin', '卫滨区'], ['410702', '红旗区'], ['焦作', '山阳区'], ['Hongqi', '红旗区'], ['wb', '卫滨区'], ['syq', '山阳区']] as const) {
    test(`search “${query}” finds ${expected}`, async ({ page }) => {
      await open(page, '/')
      await page.getByTestId('search').fill(query)
      await expect(page.getByTestId('district-item')).toHaveCount(1)
      await expect(page.getByTestId('district-item')).toContainText(expected)
    })
  }

  test('says so when nothing matches', async ({ page }) => {
    await open(page, '/')
    await page.getByTestId('search').fill('海淀')
    await expect(page.getByTestId('no-results')).toContainText('没有找到与“海淀”相符的区县')
  })

  test('a pinned district comes first and stays pinned after a reload', async ({ page }) => {
    await open(page, '/')
    await page.locator('[data-code="410702"]').getByTestId('pin').click()
    const pinned = page.getByTestId('pinned')
    await expect(pinned.getByTestId('district-item')).toHaveCount(1)
    await expect(pinned).toContainText('红旗区')
    await page.reload()
    await expect(page.getByTestId('pinned')).toContainText('红旗区')
    await page.getByTestId('pinned').getByTestId('pin').click()
    await expect(page.getByTestId('pinned')).toHaveCount(0)
  })

  test('opens a district from the list', async ({ page }) => {
    await open(page, '/')
    await page.getByRole('link', { name: '卫滨区' }).click()
    await expect(page).toHaveURL(/\/d\/410703$/)
    await expect(page.getByTestId('district-name')).toHaveText('卫滨区')
  })
})
