import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { documentsAndScripts, documentsOf, open } from '../helpers/app'

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

  test('Back after switching the language returns to the page as it was read, and stays in the site', async ({ page }) => {
    await open(page, '/')
    await page.locator('main a[href="/d/410703"]').first().click()
    await expect(page.getByTestId('district-name')).toHaveText('卫滨区')
    await page.getByTestId('lang-switch').click()
    await expect(page).toHaveURL(/\/en\/d\/410703$/)
    await expect(page.getByTestId('district-name')).toHaveText('Weibin District')

    await page.goBack()
    await expect(page).toHaveURL(/\/d\/410703$/)
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
    await expect(page.getByTestId('district-name')).toHaveText('卫滨区')
    await page.goBack()
    await expect(page).toHaveURL(/\/$/)
    await expect(page.getByRole('navigation', { name: '主导航' })).toBeVisible()
    await page.goForward()
    await page.goForward()
    await expect(page).toHaveURL(/\/en\/d\/410703$/)
    await expect(page.getByTestId('district-name')).toHaveText('Weibin District')
  })

  test('counts read as English counts: one district reports it, three districts report it', async ({ page }) => {
    await open(page, '/en/m')
    const list = page.locator('main')
    await expect(list).toContainText('1 district reports it')
    await expect(list).toContainText('3 districts report it')
    await expect(list).not.toContainText('1 districts')
  })

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
    // 市场主体5.5万户 are market entities, not households
    await expect(page.locator('[data-indicator="market-entities"]').getByTestId('metric-value')).toHaveText('55,000entities')
  })

  test('a stored choice of English is offered on a Chinese link, which opens as it names', async ({ context, page }) => {
    await context.addInitScript(() => localStorage.setItem('district-brief:locale', '"en"'))
    const requests = documentsAndScripts(page)
    await open(page, '/m/gdp')
    await expect(page).toHaveURL(/\/m\/gdp$/)
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
    const offer = page.getByTestId('language-offer')
    await expect(offer).toHaveAttribute('lang', 'en')
    await offer.getByTestId('language-offer-accept').click()
    await expect(page).toHaveURL(/\/en\/m\/gdp$/)
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await expect(offer).toHaveCount(0)
    // one document: the switch is the app's own navigation
    expect(documentsOf(requests)).toEqual(['/m/gdp'])
  })

  test.describe('a search engine', () => {
    test.use({
      locale: 'en-US',
      userAgent: 'Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; Googlebot/2.1; +http://www.google.com/bot.html) Chrome/130.0.0.0 Safari/537.36',
    })

    test('gets the page its link names, in any language', async ({ page }) => {
      const requests = documentsAndScripts(page)
      await open(page, '/d/410703')
      await expect(page).toHaveURL(/\/d\/410703$/)
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
      await expect(page.getByTestId('district-name')).toHaveText('卫滨区')
      expect(documentsOf(requests)).toEqual(['/d/410703'])
    })
  })

  test.describe('an English browser', () => {
    test.use({ locale: 'en-GB' })

    test('opening a Chinese link gets the Chinese page, with a one-tap offer of the English one', async ({ page }) => {
      const errors: string[] = []
      page.on('pageerror', e => errors.push(e.message))
      const requests = documentsAndScripts(page)
      await open(page, '/d/410703?from=chat#gdp')
      await expect(page).toHaveURL(/\/d\/410703\?from=chat#gdp$/)
      await expect(page.getByTestId('district-name')).toHaveText('卫滨区')
      const offer = page.getByTestId('language-offer-accept')
      await expect(offer).toHaveText('Read this page in English')
      await offer.click()
      // the same card, in English, in the app: no second document
      await expect(page).toHaveURL(/\/en\/d\/410703#gdp$/)
      await expect(page.getByTestId('district-name')).toHaveText('Weibin District')
      expect(documentsOf(requests)).toEqual(['/d/410703?from=chat'])
      // remembered: an English page offers nothing, a Chinese one offers English again
      await open(page, '/en/about')
      await expect(page.getByTestId('language-offer')).toHaveCount(0)
      await open(page, '/m/gdp')
      await expect(page.getByTestId('language-offer')).toHaveAttribute('lang', 'en')
      expect(errors).toEqual([])
    })

    test('a reader who closes the offer keeps the page\'s language, and is not asked again', async ({ page }) => {
      await open(page, '/m/gdp')
      await page.getByTestId('language-offer-dismiss').click()
      await expect(page.getByTestId('language-offer')).toHaveCount(0)
      await open(page, '/about')
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
      await expect(page.getByTestId('language-offer')).toHaveCount(0)
    })

    test('an unknown Chinese link gets the not-found page, and the offer', async ({ page }) => {
      const response = await open(page, '/no/such/page')
      expect(response?.status()).toBe(404)
      await expect(page.getByTestId('not-found')).toBeVisible()
      await page.getByTestId('language-offer-accept').click()
      await expect(page).toHaveURL(/\/en\/no\/such\/page$/)
      await expect(page.getByTestId('not-found')).toContainText('Page not found')
    })

    test('picking Chinese before the app has started opens the Chinese page', async ({ page }) => {
      // the app does not start: the language switch is a plain link to the Chinese page
      await page.route('**/assets/**', route => route.abort())
      await page.goto('/en/d/410703')
      await page.getByTestId('lang-switch').click()
      await expect(page).toHaveURL(/\/d\/410703$/)
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
      await expect(page.getByTestId('district-name')).toHaveText('卫滨区')
    })
  })
})
