/**
 * `npm run bench`: how fast the app is against the physical floor: a bare static HTML page with
 * the same text, measured side by side in the same run.
 *
 *   npm run bench                 build, serve, measure, print the table, write bench-results/bench.json
 *   npm run bench -- --no-build   measure the existing dist/
 *   npm run bench -- --runs 3     Lighthouse runs per page (median), default 3
 *   npm run bench -- --page /compare?d=410703,410702   only this page (repeat for more)
 */
import { execFileSync, spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import process from 'node:process'
import { gzipSync } from 'node:zlib'
import { chromium } from '@playwright/test'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { firstLoad, precacheBytes, precacheFiles, total } from '../helpers/firstLoad'
import { CHROME_ARGS, launchOptions } from '../helpers/browser'

const args = process.argv.slice(2)
const chosen = args.flatMap((a, i) => (a === '--page' && args[i + 1] ? [args[i + 1]!] : []))
const PAGES = chosen.length ? chosen : ['/', '/d/410703', '/d/410703/report', '/compare?d=410703,410702']
const APP_PORT = 4180
const APP = `http://localhost:${APP_PORT}`
const OUT = 'bench-results'
const RUNS = Number(args[args.indexOf('--runs') + 1]) || 3
const OFFLINE_RUNS = 7

interface LighthouseResult {
  performance: number
  accessibility: number
  bestPractices: number
  seo: number
  fcp: number
  lcp: number
  tbt: number
  cls: number
  /** when the app had hydrated the page (the `hydrated` mark of src/App.vue); NaN on the bare page */
  hydrated: number
}

/** The median of the figures a run gave (NaN when none did). */
function median(xs: number[]): number {
  const s = xs.filter(x => !Number.isNaN(x)).sort((a, b) => a - b)
  if (!s.length)
    return Number.NaN
  const m = Math.floor(s.length / 2)
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2
}

async function waitFor(url: string) {
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(url)).ok)
        return
    }
    catch {}
    await new Promise(r => setTimeout(r, 200))
  }
  throw new Error(`${url} did not answer`)
}

function startApp(): ChildProcess {
  return spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--port', String(APP_PORT), '--strictPort'], { stdio: 'ignore' })
}

/** The floor: the same text as the app page, as bare HTML with nothing else. */
async function barePages(): Promise<Map<string, string>> {
  const browser = await chromium.launch(launchOptions)
  const page = await browser.newPage({ viewport: { width: 390, height: 844 }, serviceWorkers: 'block' })
  const pages = new Map<string, string>()
  for (const path of PAGES) {
    await page.goto(APP + path, { waitUntil: 'networkidle' })
    const { title, blocks } = await page.evaluate(() => ({
      title: document.title,
      blocks: [...document.querySelectorAll('main h1, main h2, main h3, main p, main li, main td, main th, main dd, main dt')]
        .map(el => ({ tag: el.tagName.toLowerCase() === 'h1' ? 'h1' : /^h[23]$/i.test(el.tagName) ? 'h2' : 'p', text: (el as HTMLElement).innerText.trim() }))
        .filter(b => b.text),
    }))
    const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;')
    // the icon inline, as on the app's pages: a browser asking for /favicon.ico races the paint,
    // and Lighthouse counts a request that ends first as on the LCP's path (some runs 640 ms, some 750)
    pages.set(path, `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${esc(title)}"><link rel="icon" href="data:,"><title>${esc(title)}</title></head><body>${blocks.map(b => `<${b.tag}>${esc(b.text)}</${b.tag}>`).join('')}</body></html>`)
  }
  await browser.close()
  return pages
}

function serveBare(pages: Map<string, string>): Promise<{ url: string, close: () => void }> {
  const byName = new Map([...pages.values()].map((html, i) => [`/bare-${i}.html`, html]))
  const server = createServer((req, res) => {
    const html = byName.get(req.url ?? '')
    if (!html) {
      res.statusCode = 404
      return res.end()
    }
    res.setHeader('Content-Type', 'text/html; charset=utf-8')
    // compressed as the app's pages are (src/build/previewServer.ts)
    if (/\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      res.setHeader('Content-Encoding', 'gzip')
      return res.end(gzipSync(html))
    }
    res.end(html)
  })
  return new Promise(resolve => server.listen(0, '127.0.0.1', () => {
    resolve({ url: `http://localhost:${(server.address() as AddressInfo).port}`, close: () => server.close() })
  }))
}

/**
 * Lighthouse's mobile run: slow 4G and a 4× slower CPU, simulated from an unthrottled load
 * (its default), or applied to the browser while it loads the page (`devtools`).
 */
async function lighthouseRun(url: string, port: number, throttling: 'simulate' | 'devtools'): Promise<LighthouseResult> {
  const applied = throttling === 'devtools'
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: applied ? ['performance'] : ['performance', 'accessibility', 'best-practices', 'seo'],
    throttlingMethod: throttling,
  })
  const lhr = result!.lhr
  const audit = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN
  const marks = (lhr.audits['user-timings']?.details as { items?: Array<{ name: string, startTime?: number }> } | undefined)?.items ?? []
  return {
    performance: lhr.categories.performance?.score ?? 0,
    accessibility: lhr.categories.accessibility?.score ?? Number.NaN,
    bestPractices: lhr.categories['best-practices']?.score ?? Number.NaN,
    seo: lhr.categories.seo?.score ?? Number.NaN,
    fcp: audit('first-contentful-paint'),
    lcp: audit('largest-contentful-paint'),
    tbt: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
    // an unthrottled load's timings say nothing about a phone
    hydrated: applied ? marks.find(m => m.name === 'hydrated')?.startTime ?? Number.NaN : Number.NaN,
  }
}

/** The median of each figure over the runs, and the runs themselves (TBT varies run to run). */
async function lighthouseMedian(url: string, port: number, throttling: 'simulate' | 'devtools' = 'simulate'): Promise<LighthouseResult & { runs: LighthouseResult[] }> {
  const runs: LighthouseResult[] = []
  for (let i = 0; i < RUNS; i++) runs.push(await lighthouseRun(url, port, throttling))
  const keys = Object.keys(runs[0]!) as Array<keyof LighthouseResult>
  return { ...Object.fromEntries(keys.map(k => [k, median(runs.map(r => r[k]))])) as unknown as LighthouseResult, runs }
}

/** First contentful paint of a page, median of several loads. */
async function paintTimes(url: string, prepare?: (page: import('@playwright/test').Page, context: import('@playwright/test').BrowserContext) => Promise<void>): Promise<number> {
  const browser = await chromium.launch(launchOptions)
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, serviceWorkers: 'allow', locale: 'zh-CN' })
  const page = await context.newPage()
  await prepare?.(page, context)
  const times: number[] = []
  for (let i = 0; i < OFFLINE_RUNS; i++) {
    await page.goto(url, { waitUntil: 'load' })
    times.push(await page.evaluate(() => new Promise<number>((resolve) => {
      new PerformanceObserver((list) => {
        const fcp = list.getEntriesByName('first-contentful-paint')[0]
        if (fcp)
          resolve(fcp.startTime)
      }).observe({ type: 'paint', buffered: true })
    })))
  }
  await browser.close()
  return median(times)
}

async function main() {
  if (!args.includes('--no-build'))
    execFileSync('npm', ['run', 'build'], { stdio: 'inherit' })
  mkdirSync(OUT, { recursive: true })
  const app = startApp()
  try {
    await waitFor(`${APP}/sw.js`)
    const bare = await barePages()
    const bareServer = await serveBare(bare)
    const chrome = await chromeLauncher.launch({
      chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      // the reader this app is for: a phone set to Chinese (an English browser is sent to /en/…)
      chromeFlags: [...CHROME_ARGS, '--headless=new', '--lang=zh-CN', '--accept-lang=zh-CN'],
      envVars: { ...process.env, LANGUAGE: 'zh-CN', LANG: 'zh_CN.UTF-8' } as Record<string, string>,
    })
    const rows = []
    try {
      for (const [i, path] of PAGES.entries()) {
        process.stderr.write(`measuring ${path} …\n`)
        const appLh = await lighthouseMedian(APP + path, chrome.port)
        const bareLh = await lighthouseMedian(`${bareServer.url}/bare-${i}.html`, chrome.port)
        const appApplied = await lighthouseMedian(APP + path, chrome.port, 'devtools')
        const bareApplied = await lighthouseMedian(`${bareServer.url}/bare-${i}.html`, chrome.port, 'devtools')
        rows.push({ path, app: appLh, bare: bareLh, lcpRatio: appLh.lcp / bareLh.lcp, applied: { app: appApplied, bare: bareApplied, lcpRatio: appApplied.lcp / bareApplied.lcp } })
      }
    }
    finally {
      await chrome.kill()
    }

    const browser = await chromium.launch(launchOptions)
    const sizes: Array<{ path: string, js: number, css: number, fonts: number }> = []
    for (const path of PAGES) {
      const files = await firstLoad(browser, APP, path)
      sizes.push({ path, js: total(files, 'js'), css: total(files, 'css'), fonts: files.filter(f => f.kind === 'font').length })
    }
    await browser.close()

    // the district page against its bare page, when it is among the pages measured
    const district = PAGES.indexOf('/d/410703')
    const offline = district < 0 ? undefined : await paintTimes(`${APP}/d/410703`, async (page, context) => {
      await page.goto(`${APP}/`)
      await page.waitForFunction(() => !!navigator.serviceWorker.controller, null, { timeout: 60_000 })
      await page.goto(`${APP}/about`)
      await page.locator('[data-status="ready"]').waitFor({ timeout: 60_000 })
      await context.setOffline(true)
    })
    const bareOnline = district < 0 ? undefined : await paintTimes(`${bareServer.url}/bare-${district}.html`)
    bareServer.close()

    const precache = precacheBytes()
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`
    const ms = (n: number) => `${Math.round(n)} ms`
    const table = [
      ['page', 'perf', 'a11y', 'bp', 'seo', 'FCP', 'LCP', 'TBT', 'TBT runs', 'CLS', 'bare LCP', 'LCP app/bare', 'JS gz', 'CSS gz'],
      ...rows.map((r, i) => [
        r.path,
        r.app.performance.toFixed(2),
        r.app.accessibility.toFixed(2),
        r.app.bestPractices.toFixed(2),
        r.app.seo.toFixed(2),
        ms(r.app.fcp),
        ms(r.app.lcp),
        ms(r.app.tbt),
        `${Math.round(Math.min(...r.app.runs.map(x => x.tbt)))}–${Math.round(Math.max(...r.app.runs.map(x => x.tbt)))}`,
        r.app.cls.toFixed(3),
        ms(r.bare.lcp),
        r.lcpRatio.toFixed(2),
        kb(sizes[i]!.js),
        kb(sizes[i]!.css),
      ]),
    ]
    const widths = table[0]!.map((_, c) => Math.max(...table.map(row => row[c]!.length)))
    console.log(`\nLighthouse mobile (simulated slow 4G), median of ${RUNS}; sizes are gzip, first load without service worker\n`)
    for (const row of table) console.log(row.map((cell, c) => cell.padEnd(widths[c]!)).join('  '))
    const appliedTable = [
      ['page', 'FCP', 'LCP', 'bare LCP', 'LCP app/bare', 'hydrated', 'TBT'],
      ...rows.map(r => [r.path, ms(r.applied.app.fcp), ms(r.applied.app.lcp), ms(r.applied.bare.lcp), r.applied.lcpRatio.toFixed(2), ms(r.applied.app.hydrated), ms(r.applied.app.tbt)]),
    ]
    const appliedWidths = appliedTable[0]!.map((_, c) => Math.max(...appliedTable.map(row => row[c]!.length)))
    console.log(`\nThe same, with the throttling applied to the browser as it loads (devtools throttling), median of ${RUNS}\n`)
    for (const row of appliedTable) console.log(row.map((cell, c) => cell.padEnd(appliedWidths[c]!)).join('  '))
    console.log(`\nprecache: ${kb(precache)} in ${precacheFiles().length} files`)
    if (offline !== undefined && bareOnline !== undefined)
      console.log(`district page offline from the service worker: FCP ${ms(offline)} (median of ${OFFLINE_RUNS}); bare page online over loopback: FCP ${ms(bareOnline)}`)
    const json = { date: new Date().toISOString(), runs: RUNS, pages: rows.map((r, i) => ({ ...r, ...sizes[i] })), precacheBytes: precache, offlineFcpMs: offline, bareOnlineFcpMs: bareOnline }
    writeFileSync(join(OUT, 'bench.json'), `${JSON.stringify(json, null, 2)}\n`)
    console.log(`\nwritten to ${OUT}/bench.json`)
  }
  finally {
    app.kill()
  }
}

await main()
