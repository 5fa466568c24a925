import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { open } from '../helpers/app'

const zh = JSON.parse(readFileSync('src/locales/zh-CN.json', 'utf8')) as object
const en = JSON.parse(readFileSync('src/locales/en.json', 'utf8')) as object

function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]))
}
const ALL_KEYS = [...new Set([...keys(zh), ...keys(en)])]

const ROUTES = ['/', '/d/410703', '/d/410702/report', '/compare?d=410703,410702', '/m', '/m/gdp', '/about', '/no/such/page']

test.describe('languages', () => {
  for (const path of ROUTES) {
    test(`${path} switches to English and back, with no message key shown raw`, async ({ page }) => {
      await open(page, path)
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
      await page.getByTestId('lang-switch').click()
      await expect(page).toHaveURL(/\/en(\/|$|\?)/)
      await expect(page.locator('html')).toHaveAttribute('lang', 'en')
      await expect(page.getByRole('navigation', { name: 'Main navigation' })).toContainText('Compare')
      const text = await page.locator('body').innerText()
      for (const key of ALL_KEYS)
        expect(text, `${path} shows “${key}”`).not.toContain(key)
      await page.getByTestId('lang-switch').click()
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
      await expect(page.getByRole('navigation', { name: '主导航' })).toContainText('对比')
    })
  }

  test('English figures are converted, never retyped', async ({ page }) => {
    await open(page, '/en/d/410703')
    const gdp = page.locator('[data-indicator="gdp"]')
    await expect(gdp.getByTestId('metric-value')).toHaveText('CNY 14.18bn')
    await expect(gdp.getByTestId('change')).toHaveText('▲+2.3% y/y')
    await expect(gdp.getByTestId('vs-average')).toContainText('0.8 pp above the city average')
    await expect(page.locator('[data-indicator="fixed-asset-investment"]').getByTestId('rank-badge')).toHaveText('1st in the city by growth')
    await expect(page.locator('[data-indicator="general-budget-revenue"]').getByTestId('metric-value')).toHaveText('CNY 449m')
    await open(page, '/en/d/410702')
    await expect(page.locator('[data-indicator="disposable-income"]').getByTestId('metric-value')).toHaveText('CNY 40,800')
  })

  test('?lang=en opens the English page, and the choice is remembered', async ({ page }) => {
    await page.goto('/d/410811?lang=en')
    await expect(page).toHaveURL(/\/en\/d\/410811$/)
    await expect(page.getByTestId('district-name')).toHaveText('Shanyang District')
    await page.goto('/')
    await expect(page).toHaveURL(/\/en$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('District achievements at a glance')
  })

  /**
   * The pages the browser loads as documents (not the app's own navigations), and in between,
   * the app's scripts, in the order they are asked for.
   */
  function documentsOf(page: Page): string[] {
    const requests: string[] = []
    page.on('request', (r) => {
      const url = new URL(r.url())
      if ((r.isNavigationRequest() && r.frame() === page.mainFrame()) || r.resourceType() === 'script')
        requests.push(url.pathname + url.search)
    })
    return requests
  }

  test('an English browser opening a Chinese link gets the English page as it was prerendered', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'en-GB' })
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', e => errors.push(e.message))
    const documents = documentsOf(page)
    await page.goto('/d/410703?from=chat#gdp')
    await expect(page).toHaveURL(/\/en\/d\/410703\?from=chat#gdp$/)
    await page.locator('html[data-hydrated]').waitFor({ state: 'attached' })
    await expect(page.getByTestId('district-name')).toHaveText('Weibin District')
    // the browser loaded the English page itself, before the app started on the Chinese one:
    // the app hydrates the English HTML instead of rendering the page afresh
    expect(documents.filter(d => !d.startsWith('/assets/'))).toEqual(['/d/410703?from=chat', '/en/d/410703?from=chat'])
    expect(documents.indexOf('/en/d/410703?from=chat')).toBeLessThan(documents.findIndex(d => d.startsWith('/assets/app-')))
    expect(errors).toEqual([])
    await context.close()
  })

  test('an English browser keeps a reader\'s choice of Chinese, and a link that names its language', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'en-GB' })
    const page = await context.newPage()
    const documents = documentsOf(page)
    await page.goto('/m/gdp?lang=zh')
    await expect(page).toHaveURL(/\/m\/gdp$/)
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
    // the choice is remembered: the next visit stays in Chinese too
    await page.goto('/about')
    await page.locator('html[data-hydrated]').waitFor({ state: 'attached' })
    await expect(page).toHaveURL(/\/about$/)
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
    expect(documents.filter(d => !d.startsWith('/assets/'))).toEqual(['/m/gdp?lang=zh', '/about'])
    await context.close()
  })

  test('an English browser on an unknown Chinese link gets the English not-found page', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'en-GB' })
    const page = await context.newPage()
    await page.goto('/no/such/page')
    await expect(page).toHaveURL(/\/en\/no\/such\/page$/)
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await expect(page.getByRole('heading', { level: 1 })).not.toBeEmpty()
    await context.close()
  })
})
