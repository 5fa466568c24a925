import type { Locator } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { open } from '../helpers/app'
import { report } from '../helpers/data'

/** Where an element's top is on the screen, to the pixel. */
const top = (locator: Locator) => locator.evaluate(el => Math.round(el.getBoundingClientRect().top))

test.describe('ReportPage', () => {
  test('shows the full text with every quoted figure highlighted', async ({ page }) => {
    const r = report('410703')
    await open(page, '/d/410703/report')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(r.meta.title.zh)
    const quotes = page.getByTestId('quote')
    const ids = (await quotes.evaluateAll(els => els.flatMap(el => (el.getAttribute('data-ids') ?? '').split(' '))))
    expect(new Set(ids)).toEqual(new Set(r.metrics.map(m => m.indicator)))
    const text = await page.locator('.text').innerText()
    expect(text.replace(/\s+/g, '')).toBe(r.source.split(/\n\s*\n/).join('').replace(/\s+/g, ''))
  })

  test('round trip: a card’s 来源 opens the reader at its quote, and the quote leads back to the card', async ({ page }) => {
    await open(page, '/d/410702')
    const card = page.locator('[data-indicator="disposable-income"]')
    await card.getByTestId('source-link').click()
    await expect(page).toHaveURL(/\/d\/410702\/report#q-disposable-income$/)
    const mark = page.locator('#q-disposable-income')
    await expect(mark).toContainText('4.08万元')
    // just below the header, and outlined: the app's navigation sets no :target
    await expect.poll(() => top(mark)).toBe(72)
    await expect(mark).toHaveCSS('outline-style', 'solid')
    await mark.getByRole('link').click()
    await expect(page).toHaveURL(/\/d\/410702#disposable-income$/)
    await expect.poll(() => top(page.locator('#disposable-income'))).toBe(72)
    await expect(page.locator('#disposable-income')).not.toHaveCSS('box-shadow', 'none')
  })

  test('a quote leads back to its card even far down the page, where cards are laid out late', async ({ page }) => {
    // cards off screen have a guessed height until they come near it: landing on one far down
    // must not be thrown off by the cards above it taking their real height
    for (const id of ['street-gardens-rebuilt', 'urban-management-stations', 'new-urban-jobs']) {
      await open(page, '/d/410703/report')
      await page.locator(`[data-ids~="${id}"]`).getByRole('link').click()
      await expect(page).toHaveURL(new RegExp(`/d/410703#${id}$`))
      await expect.poll(() => top(page.locator(`[id="${id}"]`)), id).toBe(72)
      await expect(page.locator(`[id="${id}"]`)).not.toHaveCSS('box-shadow', 'none')
      await page.waitForTimeout(300)
      expect(await top(page.locator(`[id="${id}"]`)), `${id} stays put`).toBe(72)
    }
  })

  test('in English, the Chinese text comes with the English summary', async ({ page }) => {
    await open(page, '/en/d/410811/report')
    await expect(page.getByTestId('en-summary')).toContainText(report('410811').summary.en)
    await expect(page.getByTestId('report-page')).toHaveAttribute('lang', 'zh-CN')
  })
})
