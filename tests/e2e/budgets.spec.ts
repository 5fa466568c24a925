import { readdirSync, readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import type { Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { firstLoad, precacheBytes, total } from '../helpers/firstLoad'
import { open } from '../helpers/app'
import { dataset, report } from '../helpers/data'

/**
 * Size budgets on the built files (gzip). A page that grows past its budget fails with the list
 * of files it loads, largest first, so the file that grew is named.
 */
const KB = 1024
const BUDGETS: Record<string, { js: number, css: number }> = {
  // 110 KB until the boot script learned to hide a compare page prerendered with other choices (+0.2 KB);
  // 111 KB until the report's text kept its figures on one line, which put FigureText with its unit
  // list in the chunk every page shares (+0.2 KB; the district page loads 0.1 KB less)
  '/': { js: 112 * KB, css: 4 * KB },
  '/d/410703': { js: 125 * KB, css: 6 * KB },
  // 118 KB until the router put compare links in one form and page meta kept a comparison's query (+0.2 KB);
  // 119 KB until a ranking's table signed its 同比 figures and put a cell's ranks a line each, and the
  // way back learned when a card cannot reach its line (+0.2 KB, in the chunk every page shares)
  '/d/410703/report': { js: 120 * KB, css: 4 * KB },
  '/m/gdp': { js: 122 * KB, css: 4 * KB },
}
const PRECACHE_BUDGET = 2.25 * KB * KB

test.describe('size budgets', () => {
  for (const [path, budget] of Object.entries(BUDGETS)) {
    test(`${path} loads at most ${budget.js / KB} KB of JS and ${budget.css / KB} KB of CSS, and no fonts`, async ({ browser, baseURL }) => {
      const files = await firstLoad(browser, baseURL!, path)
      const list = files.sort((a, b) => b.gzip - a.gzip).map(f => `  ${(f.gzip / KB).toFixed(1).padStart(6)} KB  ${f.path}`).join('\n')
      expect(total(files, 'js'), `first-load JS of ${path} is over budget:\n${list}`).toBeLessThanOrEqual(budget.js)
      expect(total(files, 'css'), `first-load CSS of ${path} is over budget:\n${list}`).toBeLessThanOrEqual(budget.css)
      expect(files.filter(f => f.kind === 'font')).toEqual([])
      // ECharts loads only when a chart is about to be seen or touched, never on first load
      expect(files.map(f => f.path).filter(p => /EChartView|echarts|svgWorker/i.test(p))).toEqual([])
    })
  }

  // A server's first round trip carries about 14 KB (ten TCP segments); a page that fits in it is
  // readable one round trip sooner on a slow phone network.
  const HTML_BUDGET = 14 * KB
  for (const file of ['index', 'd/410703', 'en/d/410703', 'd/410702', 'd/410811', 'd/410703/report', 'compare', 'm/gdp']) {
    test(`${file}.html fits in the first round trip (${HTML_BUDGET / KB} KB gzip)`, () => {
      expect(gzipSync(readFileSync(`dist/${file}.html`), { level: 9 }).length).toBeLessThanOrEqual(HTML_BUDGET)
    })
  }

  test(`the offline precache stays under ${PRECACHE_BUDGET / KB / KB} MB`, () => {
    expect(precacheBytes()).toBeLessThanOrEqual(PRECACHE_BUDGET)
  })

  // ECharts (165 KB gzip) is one chunk, the interactive chart's, and nothing else carries a copy
  test('ECharts\' code is built once, into the interactive chart\'s chunk', () => {
    const js = readdirSync('dist/assets').filter(f => f.endsWith('.js'))
    const carriers = js.filter(f => readFileSync(`dist/assets/${f}`, 'utf8').includes('_echarts_instance_'))
    expect(carriers).toEqual([expect.stringMatching(/^EChartView-[\w-]+\.js$/)])
  })
})

test.describe('start-up', () => {
  // the service worker's helper is imported after the page has started, on purpose
  const LATER = /virtual_pwa-register|workbox-window/
  const reportChunks = (paths: string[]) => paths.filter(p => dataset.reports.some(r => p.startsWith(`/assets/${r.id}-`)))
  /** Every script the page requests from here on, by path. */
  function scriptRequests(page: Page): string[] {
    const scripts: string[] = []
    page.on('request', (req) => {
      if (req.resourceType() === 'script')
        scripts.push(new URL(req.url()).pathname)
    })
    return scripts
  }

  // Over HTTP/1.1 a browser opens six connections to a server: a page that starts with few
  // scripts fetches them in one or two rounds. The page's HTML names its component's chunks
  // (src/build/prerenderedHtml.ts), so they come with the app's, not after it.
  for (const [path, most] of [['/', 6], ['/d/410703', 6], ['/m/gdp', 6], ['/about', 6], ['/en/d/410703', 7]] as const) {
    test(`${path} starts with at most ${most} scripts, its component's named by its HTML`, async ({ page, request }) => {
      const scripts = scriptRequests(page)
      await open(page, path)
      const startup = scripts.filter(s => !LATER.test(s))
      expect(startup.length).toBeGreaterThan(2)
      expect(startup.length, startup.join('\n')).toBeLessThanOrEqual(most)
      expect(startup.filter(s => !s.startsWith('/assets/') || !/\.js$/.test(s))).toEqual([])
      const html = await (await request.get(path)).text()
      const named = /<meta name="app-modules" content="([^"]+)">/.exec(html)?.[1]?.split(' ')
      const component = startup.find(s => /\/assets\/(?:Home|District|Indicator|About)Page-/.test(s))
      expect(named).toContain(component)
    })
  }

  test('a district page fetches its own report\'s chunk, and no other report\'s', async ({ page }) => {
    const scripts = scriptRequests(page)
    await open(page, '/d/410703')
    expect(reportChunks(scripts)).toEqual([expect.stringMatching(new RegExp(`^/assets/${report('410703').id}-[\\w-]+\\.js$`))])
  })

  test('a compare link fetches the reports it compares, and no other', async ({ page }) => {
    const scripts = scriptRequests(page)
    await open(page, '/compare?d=410703,410702')
    await expect(page.getByTestId('compare-row').first()).toBeVisible()
    expect(reportChunks(scripts).sort()).toEqual([report('410702').id, report('410703').id].sort().map(id => expect.stringMatching(new RegExp(`^/assets/${id}-`))))
  })

  test('no stylesheet and no script is fetched before the page has painted', async ({ page }) => {
    await open(page, '/d/410703')
    const { fcp, early } = await page.evaluate(() => {
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]!.startTime
      const early = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter(e => /\.(?:css|js)$/.test(new URL(e.name).pathname) && e.startTime < fcp).map(e => e.name)
      return { fcp, early }
    })
    expect(fcp).toBeGreaterThan(0)
    expect(early).toEqual([])
  })
})
