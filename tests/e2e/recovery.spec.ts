import { expect, test } from '@playwright/test'
import { documentsAndScripts, documentsOf, open } from '../helpers/app'

test.describe('recovery', () => {
  test('a page whose code no longer loads opens in full from the server, not as a tap that does nothing', async ({ page }) => {
    await open(page, '/d/410703')
    // a deploy while the app was open: the report page's chunk of the old build is gone
    await page.route(/\/assets\/ReportPage-[\w-]+\.js$/, route => route.fulfill({ status: 404, body: '' }))
    const requests = documentsAndScripts(page)
    await page.getByTestId('read-report').click()
    await expect(page).toHaveURL(/\/d\/410703\/report$/)
    await expect(page.getByTestId('report-page')).toBeVisible()
    // loaded once, in full: no loop when the new page cannot load that chunk either
    await page.waitForLoadState('load')
    expect(documentsOf(requests)).toEqual(['/d/410703/report'])
  })
})
