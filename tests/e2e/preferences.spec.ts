import { expect, test } from '@playwright/test'
import { open } from '../helpers/app'

test.describe('preferences', () => {
  test('corrupted stored preferences are reset quietly: no error, defaults apply', async ({ page }) => {
    const errors: string[] = []
    page.on('pageerror', e => errors.push(e.message))
    page.on('console', m => m.type() === 'error' && errors.push(m.text()))
    await page.addInitScript(() => {
      if (sessionStorage.getItem('seeded'))
        return
      sessionStorage.setItem('seeded', '1')
      localStorage.setItem('district-brief:pins', '{"not":"a list"')
      localStorage.setItem('district-brief:theme', '"purple"')
      localStorage.setItem('district-brief:readingSize', '99')
      localStorage.setItem('district-brief:locale', '"fr"')
    })
    await open(page, '/')
    await expect(page.getByTestId('district-item')).toHaveCount(3)
    await expect(page.getByTestId('pinned')).toHaveCount(0)
    await expect(page.locator('html')).not.toHaveClass(/dark/)
    expect(await page.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('16px')
    await expect(page).toHaveURL(/\/$/)
    // and they work again afterwards
    await page.locator('[data-code="410811"]').getByTestId('pin').click()
    await page.reload()
    await expect(page.getByTestId('pinned')).toContainText('山阳区')
    expect(errors).toEqual([])
  })

  test('a browser that blocks storage gets a working app, whose choices last the visit', async ({ page }) => {
    const errors: string[] = []
    page.on('pageerror', e => errors.push(e.message))
    page.on('console', m => m.type() === 'error' && errors.push(m.text()))
    // as Chromium does with site data blocked: reading localStorage throws
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', { get: () => { throw new DOMException('access denied', 'SecurityError') } })
    })
    await open(page, '/d/410703')
    await expect(page.getByTestId('district-name')).toHaveText('卫滨区')
    const theme = page.getByTestId('theme-toggle')
    const pressed = await theme.getAttribute('aria-pressed')
    await theme.click()
    await expect(theme).not.toHaveAttribute('aria-pressed', pressed!)
    await page.getByTestId('lang-switch').click()
    await expect(page).toHaveURL(/\/en\/d\/410703$/)
    await expect(page.getByTestId('district-name')).toHaveText('Weibin District')
    expect(errors).toEqual([])
  })
})
