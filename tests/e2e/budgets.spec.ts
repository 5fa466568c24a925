import { readdirSync, readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import type { Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { firstLoad, precacheBytes, total } from '~/build/firstLoad'
import { COMPILE_HINT } from '~/build/compileHints'
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

  // the chart worker imports the page's own ECharts chunk (src/build/echartsChunk.ts): a worker
  // bundled with ECharts inside carried and precached a second copy (165 KB gzip)
  test('ECharts\' code is built once, shared by the chart worker and the interactive chart', () => {
    const js = readdirSync('dist/assets').filter(f => f.endsWith('.js'))
    const carriers = js.filter(f => readFileSync(`dist/assets/${f}`, 'utf8').includes('_echarts_instance_'))
    expect(carriers).toEqual([expect.stringMatching(/^echarts-[\w-]+\.js$/)])
    const workers = js.filter(f => f.startsWith('svgWorker-'))
    expect(workers).toHaveLength(1)
    expect(gzipSync(readFileSync(`dist/assets/${workers[0]}`)).length).toBeLessThan(2 * KB)
  })
})

test.describe('first paint', () => {
  for (const path of ['/d/410703', '/compare?d=410703,410702']) {
    test(`${path} paints from its HTML before any of the app's modules is fetched`, async ({ page }) => {
      await open(page, path)
      const scripts = await page.locator('script').evaluateAll(els => els.map(el => ({ type: el.getAttribute('type'), defer: (el as HTMLScriptElement).defer, src: el.getAttribute('src') })))
      expect(scripts).toEqual([{ type: null, defer: true, src: expect.stringMatching(/^\/assets\/boot-[\w-]+\.js$/) }])
      const { fcp, modules } = await page.evaluate(() => ({
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
        modules: performance.getEntriesByType('resource').filter(e => /\/assets\/.+\.js$/.test(e.name) && !/\/boot-/.test(e.name)).map(e => e.startTime),
      }))
      expect(fcp).toBeGreaterThan(0)
      expect(modules.length).toBeGreaterThan(2)
      expect(Math.min(...modules)).toBeGreaterThanOrEqual(fcp!)
    })
  }

  // the service worker's helper is imported after the page has started, on purpose
  const LATER = /virtual_pwa-register|workbox-window/
  /** The chunks the boot script fetched: its links have no `as` (Vite adds `as="script"` to those it adds on demand). */
  const bootLinks = (page: Page) => page.locator('link[rel="modulepreload"]:not([as])').evaluateAll(els => els.map(el => new URL((el as HTMLLinkElement).href).pathname))
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

  for (const [path, chunk] of [['/d/410703', /^\/assets\/DistrictPage-[\w-]+\.js$/], ['/en/d/410811', /^\/assets\/en-[\w-]+\.js$/], ['/m/gdp', /^\/assets\/gdp-[\w-]+\.js$/]] as const) {
    test(`${path} fetches its own chunks, data and messages with the app's: its first route finds them on their way`, async ({ page }) => {
      const scripts = scriptRequests(page)
      await open(page, path)
      const links = await bootLinks(page)
      expect(links).toContainEqual(expect.stringMatching(chunk))
      const onItsWay = new Set([...links, ...scripts.filter(s => /\/boot-[\w-]+\.js$/.test(s))])
      expect(scripts.filter(s => !onItsWay.has(s) && !LATER.test(s)), 'fetched by the first route itself').toEqual([])
    })
  }

  // Over HTTP/1.1 a browser opens six connections to a server: a page that starts with at most
  // six scripts after its boot script fetches them in one round (src/build/startupChunks.ts); an
  // English page adds its messages
  for (const [path, most] of [['/', 6], ['/d/410703', 6], ['/m/gdp', 6], ['/about', 6], ['/en/d/410703', 7]] as const) {
    test(`${path} starts with at most ${most} scripts after its boot script, all named by it`, async ({ page }) => {
      const scripts = scriptRequests(page)
      await open(page, path)
      const startup = scripts.filter(s => !/\/boot-[\w-]+\.js$/.test(s) && !LATER.test(s))
      expect(startup.length).toBeGreaterThan(2)
      expect(startup.length, startup.join('\n')).toBeLessThanOrEqual(most)
      expect(startup.filter(s => !s.startsWith('/assets/') || !/\.js$/.test(s))).toEqual([])
      const links = await bootLinks(page)
      expect(startup.filter(s => !links.includes(s)), 'not named by the boot script').toEqual([])
    })
  }

  test('a district page names its own report\'s chunk for the boot script, and no other report\'s', async ({ page }) => {
    await open(page, '/d/410703')
    expect(reportChunks(await bootLinks(page))).toEqual([expect.stringMatching(new RegExp(`^/assets/${report('410703').id}-[\\w-]+\\.js$`))])
  })

  test('a compare link fetches the reports it compares, and no other', async ({ page }) => {
    const scripts = scriptRequests(page)
    await open(page, '/compare?d=410703,410702')
    await expect(page.getByTestId('compare-row').first()).toBeVisible()
    expect(reportChunks(scripts).sort()).toEqual([report('410702').id, report('410703').id].sort().map(id => expect.stringMatching(new RegExp(`^/assets/${id}-`))))
  })
})

test.describe('compile hints', () => {
  test('every module a district page runs as it starts is compiled at once; ECharts is not', async ({ browser, baseURL }) => {
    const modules = (await firstLoad(browser, baseURL!, '/d/410703')).filter(f => f.kind === 'js' && !/\/boot-/.test(f.path))
    expect(modules.length).toBeGreaterThan(5)
    const unhinted = modules.filter(f => !readFileSync(`dist${f.path}`, 'utf8').startsWith(COMPILE_HINT)).map(f => f.path)
    // a report's data chunk is plain objects (nothing to compile); the workbox-window helper is a
    // library's own chunk, imported when the service worker registers
    const onDemand = (p: string) => dataset.reports.some(r => p.startsWith(`/assets/${r.id}-`)) || /workbox-window|virtual_pwa-register/.test(p)
    expect(unhinted.some(onDemand)).toBe(true)
    expect(unhinted.filter(p => !onDemand(p))).toEqual([])
    const echarts = readdirSync('dist/assets').filter(f => /^(echarts|EChartView|svgWorker)-.+\.js$/.test(f))
    expect(echarts.length).toBeGreaterThan(1)
    for (const file of echarts)
      expect(readFileSync(`dist/assets/${file}`, 'utf8').startsWith(COMPILE_HINT), file).toBe(false)
  })
})
