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
})
