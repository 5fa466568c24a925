/**
 * How long home's search takes to answer a keystroke on a slow phone: the page as a reader opens
 * it (390 px, its search index loaded by focusing the box), the CPU slowed 4× (Chrome's own
 * throttling), each query typed a character at a time, then the box emptied. A keystroke's time
 * runs from the input event to the results laid out (Vue's update and the browser's style and
 * layout), measured in the page.
 */
import type { Browser } from '@playwright/test'

/** What readers type: names, pinyin, initials, a code and a city, in full and in part. */
const QUERIES = ['weibin', 'wb', 'syq', '卫滨区', '4107', 'xinxiang', '新乡市', 'chaoyang', 'hq']

export interface SearchTiming {
  keystrokes: number
  medianMs: number
  slowestMs: number
  /** what the box held after the slowest keystroke ('' when it emptied the box) */
  slowestTyped: string
}

export async function searchTiming(browser: Browser, baseURL: string): Promise<SearchTiming> {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 390, height: 844 }, locale: 'zh-CN' })
  try {
    const page = await context.newPage()
    await page.goto(baseURL, { waitUntil: 'networkidle' })
    await page.locator('html[data-hydrated]').waitFor({ state: 'attached' })
    // focusing the box loads the index: timed once it is in, when the page has nothing on its way
    let inFlight = 0
    page.on('request', () => inFlight++)
    page.on('requestfinished', () => inFlight--)
    page.on('requestfailed', () => inFlight--)
    await page.getByTestId('search').focus()
    for (let quiet = 0; quiet < 5; quiet = inFlight ? 0 : quiet + 1)
      await page.waitForTimeout(100)
    const cdp = await context.newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
    // (no named functions inside: the page gets the function's source as it is)
    const times = await page.evaluate(async (queries) => {
      const input = document.querySelector<HTMLInputElement>('[data-testid="search"]')!
      const taken: Array<{ ms: number, typed: string }> = []
      for (const query of queries) {
        for (let i = 1; i <= [...query].length; i++) {
          const started = performance.now()
          const typed = [...query].slice(0, i).join('')
          input.value = typed
          input.dispatchEvent(new Event('input'))
          await new Promise(resolve => setTimeout(resolve)) // Vue's update runs first, as a microtask
          void document.body.offsetHeight // style and layout of the results
          taken.push({ ms: performance.now() - started, typed })
        }
        // the box emptied again is a keystroke too: home's province list comes back
        const started = performance.now()
        input.value = ''
        input.dispatchEvent(new Event('input'))
        await new Promise(resolve => setTimeout(resolve))
        void document.body.offsetHeight
        taken.push({ ms: performance.now() - started, typed: '' })
      }
      return taken
    }, QUERIES)
    const sorted = [...times].sort((a, b) => a.ms - b.ms)
    const slowest = sorted.at(-1)!
    return { keystrokes: times.length, medianMs: sorted[Math.floor(sorted.length / 2)]!.ms, slowestMs: slowest.ms, slowestTyped: slowest.typed }
  }
  finally {
    await context.close()
  }
}
