import { expect, test } from '@playwright/test'
import { open } from '../helpers/app'
import { dataset } from '../helpers/data'

test.describe('AboutPage', () => {
  for (const width of [320, 390]) {
    test(`lists each district's reports right under its name, at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 })
      await open(page, '/about')
      const sources = page.getByRole('region', { name: '数据来源' }).getByRole('listitem')
      await expect(sources).toHaveCount(new Set(dataset.reports.map(r => r.meta.district.code)).size)
      for (const item of await sources.all()) {
        const name = await item.getByRole('link').boundingBox()
        const report = await item.locator('.report').first().boundingBox()
        // the name is a tap target of its own, and its report follows it with no gap between
        expect(name!.height).toBeGreaterThanOrEqual(44)
        expect(report!.y - (name!.y + name!.height)).toBeLessThanOrEqual(2)
        expect(report!.y - (name!.y + name!.height)).toBeGreaterThanOrEqual(-8)
        await expect(item.locator('.report time')).toHaveText(/\d{4}年\d{1,2}月\d{1,2}日/)
      }
    })
  }

  test('shows the date of the data (its newest report) beside its version and build date, and the data\'s licence', async ({ page }) => {
    await open(page, '/about')
    const newest = dataset.reports.map(r => r.meta.date).sort().at(-1)!
    await expect(page.getByTestId('data-date').locator('time')).toHaveAttribute('datetime', newest)
    const [y, m, d] = newest.split('-').map(Number)
    await expect(page.getByTestId('data-date')).toHaveText(`${y}年${m}月${d}日`)
    await expect(page.getByTestId('data-version')).not.toBeEmpty()
    await expect(page.getByTestId('licence').getByRole('link', { name: 'CC BY 4.0' })).toHaveAttribute('href', 'https://creativecommons.org/licenses/by/4.0/')
  })
})
