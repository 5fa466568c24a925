import type { Locator, Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { open } from '../helpers/app'
import { report } from '../helpers/data'
import { figureRuns } from '../../src/utils/figureRuns'

/** Where an element's top is on the screen, to the pixel. */
const top = (locator: Locator) => locator.evaluate(el => Math.round(el.getBoundingClientRect().top))

test.describe('ReportPage', () => {
  test('shows the full text with every quoted figure highlighted', async ({ page }) => {
    const r = report('410703')
    await open(page, '/d/410703/report')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(r.meta.title.zh)
    const quotes = page.getByTestId('quote')
    const ids = (await quotes.evaluateAll(els => els.flatMap(el => (el.getAttribute('data-ids') ?? '').split(' '))))
    expect(new Set(ids)).toEqual(new Set([...r.metrics.map(m => m.indicator), ...r.figures.map(f => f.id)]))
    // the report's own words, without the links to cards set after some passages
    const text = await page.locator('.text').evaluate((el) => {
      const copy = el.cloneNode(true) as HTMLElement
      copy.querySelectorAll('[data-testid="quote-cards"]').forEach(c => c.remove())
      return copy.textContent ?? ''
    })
    expect(text.replace(/\s+/g, '')).toBe(r.source.split(/\n\s*\n/).join('').replace(/\s+/g, ''))
  })

  test('the text keeps each figure on one line (141.8亿元, not 141.8亿 | 元), at 320 and 390 px and the largest reading size', async ({ page }) => {
    await open(page, '/')
    for (const code of ['410703', '410702', '410811']) {
      const figures = [...new Set(figureRuns(report(code).source).filter(r => r.figure).map(r => r.text))]
      for (const [width, readingSize] of [[390, 1], [320, 1], [320, 1.375]] as const) {
        await page.setViewportSize({ width, height: 800 })
        await page.evaluate(size => localStorage.setItem('district-brief:readingSize', String(size)), readingSize)
        await open(page, `/d/${code}/report`)
        // each figure where it stands in the text, measured by its own range whatever element holds it
        const { found, broken } = await page.locator('.text').evaluate((root, figs) => {
          const seen: string[] = []
          const wrapped: string[] = []
          const texts = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
          while (texts.nextNode()) {
            const node = texts.currentNode
            const text = node.textContent ?? ''
            for (const f of figs) {
              for (let at = text.indexOf(f); at >= 0; at = text.indexOf(f, at + f.length)) {
                const range = document.createRange()
                range.setStart(node, at)
                range.setEnd(node, at + f.length)
                seen.push(f)
                if (new Set([...range.getClientRects()].map(r => Math.round(r.top))).size > 1)
                  wrapped.push(f)
              }
            }
          }
          return { found: [...new Set(seen)], broken: wrapped }
        }, figures)
        // every figure of the report stands whole in one piece of text, where it can be measured
        expect(figures.filter(f => !found.includes(f)), `/d/${code}/report`).toEqual([])
        expect(broken, `/d/${code}/report at ${width} px, reading size ${readingSize}`).toEqual([])
      }
    }
  })

  for (const code of ['410703', '410702', '410811']) {
    test(`every card of ${code} is one tap from its passage, also where a passage is the source of several`, async ({ page }) => {
      const r = report(code)
      await open(page, `/d/${code}/report`)
      const targets = await page.locator('.text a').evaluateAll(links => links.map(a => new URL((a as HTMLAnchorElement).href).hash.slice(1)))
      expect(new Set(targets)).toEqual(new Set([...r.metrics.map(m => m.indicator), ...r.figures.map(f => f.id)]))
    })
  }

  test('a passage that is the source of two cards leads to each', async ({ page }) => {
    await open(page, '/d/410703/report')
    const cards = page.locator('[data-ids~="new-signed-major-projects"] + [data-testid="quote-cards"]')
    await expect(cards).toHaveText('→ 新签约亿元以上项目总投资、新签约亿元以上项目')
    await cards.getByRole('link', { name: '查看“新签约亿元以上项目”数据卡片' }).click()
    await expect(page).toHaveURL(/\/d\/410703#new-signed-major-projects$/)
    await expect.poll(() => top(page.locator('#new-signed-major-projects'))).toBe(72)
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

  test.describe('before its paragraphs hydrated', () => {
    test.beforeEach(async ({ page }) => {
      // this browser never idles and never reports what is on screen: a paragraph hydrates only when touched
      await page.addInitScript({ content: 'window.requestIdleCallback = () => 0; window.cancelIdleCallback = () => {}' })
      await page.addInitScript({ content: 'window.IntersectionObserver = class { observe() {} unobserve() {} disconnect() {} takeRecords() { return [] } }' })
      await open(page, '/d/410703/report')
      await page.evaluate(() => { (window as unknown as { sameDocument: boolean }).sameDocument = true })
    })
    const sameDocument = (page: Page) => page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)

    test('a tap on a passage far down the page opens its card inside the app', async ({ page }) => {
      const last = page.locator('[data-testid="quote"]:has(a)').last()
      await last.getByRole('link').click()
      await expect(page).toHaveURL(/\/d\/410703#[a-z-]+$/)
      expect(await sameDocument(page)).toBe(true)
    })

    test('a language switch relabels the links of every paragraph, and a tap on one stays in the app', async ({ page }) => {
      await page.getByTestId('lang-switch').click()
      await expect(page).toHaveURL(/\/en\/d\/410703\/report$/)
      // every paragraph's links switched, the last one's too, never on screen before
      const last = page.locator('[data-testid="quote"]:has(a)').last()
      await expect(last.getByRole('link')).toHaveAttribute('href', /^\/en\/d\/410703#/)
      await expect(last.getByRole('link')).toHaveAttribute('aria-label', /see the “.+” card$/)
      await expect(page.getByTestId('quote-cards').first().getByRole('link').first()).toHaveAttribute('aria-label', /^see the “.+” card$/)
      await last.getByRole('link').click()
      await expect(page).toHaveURL(/\/en\/d\/410703#[a-z-]+$/)
      expect(await sameDocument(page)).toBe(true)
    })
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

  for (const id of ['new-urban-jobs', 'good-air-days']) {
    test(`Back from a card's link returns to that card (${id}), where the reader left it`, async ({ page }) => {
      await open(page, '/d/410703')
      const card = page.locator(`[id="${id}"]`)
      // centred again once the cards around it have their real heights (content-visibility), so
      // that its links are on screen: a click on a link under the header would scroll first
      for (let i = 0; i < 2; i++) {
        await card.evaluate(el => el.scrollIntoView({ block: 'center' }))
        await page.waitForTimeout(300)
      }
      const before = await top(card)
      for (const hop of ['source-link', 'indicator-link']) {
        await (hop === 'source-link' ? card.getByTestId('source-link') : card.locator('h4 a')).click()
        await expect(page).not.toHaveURL(/\/d\/410703$/)
        await page.goBack()
        await expect(page).toHaveURL(/\/d\/410703$/)
        // to the pixel, give or take the rounding of a scroll offset, and no further off after
        // the second Back than after the first
        await expect.poll(async () => Math.abs(await top(card) - before), {
          message: `${id} after Back from ${hop}`,
        }).toBeLessThanOrEqual(1).catch(async (error: Error) => {
          // what the way back settled on, for a miss seen only on a busy machine
          const state = await page.evaluate(() => ({
            scrollY,
            // the card the way back anchors on: the first whose bottom is below the header (src/utils/scrollLanding.ts)
            atTop: [...document.querySelectorAll('main .metric[id]')].map(el => ({ id: el.id, ...el.getBoundingClientRect().toJSON() }))
              .find(r => r.bottom > Number.parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop)),
          }))
          throw new Error(`${error.message}\nbefore ${before}, now ${await top(card)}; ${JSON.stringify(state)}`)
        })
      }
    })
  }

  test('in English, the Chinese text comes with the English summary', async ({ page }) => {
    await open(page, '/en/d/410811/report')
    await expect(page.getByTestId('en-summary')).toContainText(report('410811').summary.en)
    await expect(page.getByTestId('report-page')).toHaveAttribute('lang', 'zh-CN')
  })
})
