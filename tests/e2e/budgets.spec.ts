import { expect, test } from '@playwright/test'
import { firstLoad, precacheBytes, total } from '~/build/firstLoad'

/**
 * Size budgets on the built files (gzip). A page that grows past its budget fails with the list
 * of files it loads, largest first, so the file that grew is named.
 */
const KB = 1024
const BUDGETS: Record<string, { js: number, css: number }> = {
  '/': { js: 115 * KB, css: 4 * KB },
  '/d/410703': { js: 130 * KB, css: 6 * KB },
  '/d/410703/report': { js: 122 * KB, css: 4 * KB },
  '/m/gdp': { js: 122 * KB, css: 4 * KB },
}
const PRECACHE_BUDGET = 5.5 * KB * KB

test.describe('size budgets', () => {
  for (const [path, budget] of Object.entries(BUDGETS)) {
    test(`${path} loads at most ${budget.js / KB} KB of JS and ${budget.css / KB} KB of CSS, and no fonts`, async ({ browser, baseURL }) => {
      const files = await firstLoad(browser, baseURL!, path)
      const list = files.sort((a, b) => b.gzip - a.gzip).map(f => `  ${(f.gzip / KB).toFixed(1).padStart(6)} KB  ${f.path}`).join('\n')
      expect(total(files, 'js'), `first-load JS of ${path} is over budget:\n${list}`).toBeLessThanOrEqual(budget.js)
      expect(total(files, 'css'), `first-load CSS of ${path} is over budget:\n${list}`).toBeLessThanOrEqual(budget.css)
      expect(files.filter(f => f.kind === 'font')).toEqual([])
      // ECharts loads only when a chart is about to be seen or touched, never on first load
      expect(files.map(f => f.path).filter(p => /EChartView|echarts/i.test(p))).toEqual([])
    })
  }

  test(`the offline precache stays under ${PRECACHE_BUDGET / KB / KB} MB`, () => {
    expect(precacheBytes()).toBeLessThanOrEqual(PRECACHE_BUDGET)
  })
})
