import type { Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { open } from '../helpers/app'

test.describe('preferences', () => {
  /** The theme class and reading scale of the page, each time either changes (and as it starts). */
  const recordAppearance = () => {
    const states: string[] = []
    ;(window as unknown as { appearance: string[] }).appearance = states
    const record = () => {
      const root = document.documentElement
      if (!root)
        return
      const state = `${root.className.split(' ').filter(c => c === 'dark' || c === 'light').join(' ') || 'auto'} ${root.style.getPropertyValue('--reading-scale') || '1'}`
      if (states.at(-1) !== state)
        states.push(state)
    }
    // <html> does not exist yet when this runs: watch the document for it
    new MutationObserver(record).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['class', 'style'] })
  }
  const appearance = (page: Page) => page.evaluate(() => (window as unknown as { appearance: string[] }).appearance)

  test('a returning reader\'s colours and size come with the page, not once the app has started', async ({ page }) => {
    await page.addInitScript(() => {
      localStorage.setItem('district-brief:theme', '"dark"')
      localStorage.setItem('district-brief:readingSize', '1.375')
    })
    await page.addInitScript(recordAppearance)
    // the app never starts: only the page's boot script runs
    const appScripts = /\/assets\/(?!boot-).*\.js$/
    await page.route(appScripts, route => route.abort())
    await page.goto('/d/410703')
    await expect(page.locator('html')).toHaveClass(/\bdark\b/)
    // <html> as the parser makes it, then as the boot script dresses it
    expect(await appearance(page)).toEqual(['auto 1', 'dark 1.375'])
    await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(11, 18, 32)')
    await expect(page.locator('html')).not.toHaveAttribute('data-hydrated')

    // and with the app: it keeps them, never showing the light page in between
    await page.unroute(appScripts)
    await open(page, '/d/410702')
    await expect(page.locator('html')).toHaveAttribute('data-hydrated', '')
    expect(await appearance(page)).toEqual(['auto 1', 'dark 1.375'])
  })

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
