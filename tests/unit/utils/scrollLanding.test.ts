import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { settleOn } from '~/utils/scrollLanding'

/**
 * A page in a phone's window, as far as `settleOn` sees it: a target at `targetAt` px from the
 * top of the page, a scroll offset the browser rounds to the screen's pixels and keeps between 0
 * and the page's height less the window's, and frames every 16 ms.
 */
function phone({ height = 5000, window = 844, dpr = 2.625 } = {}) {
  const state = { y: 0, targetAt: 1000, height, hash: '', scrolls: 0 }
  const listeners = new Map<string, () => void>()
  const max = () => state.height - window
  Object.defineProperty(globalThis, 'scrollY', { get: () => state.y, configurable: true })
  vi.stubGlobal('devicePixelRatio', dpr)
  vi.stubGlobal('location', { get hash() { return state.hash } })
  vi.stubGlobal('document', { scrollingElement: { get scrollHeight() { return state.height }, clientHeight: window } })
  vi.stubGlobal('window', {
    scrollTo({ top }: { top: number }) {
      state.scrolls++
      state.y = Math.min(Math.max(Math.round(top * dpr) / dpr, 0), max())
    },
  })
  vi.stubGlobal('addEventListener', (type: string, fn: () => void) => listeners.set(type, fn))
  vi.stubGlobal('removeEventListener', (type: string) => listeners.delete(type))
  vi.stubGlobal('requestAnimationFrame', (fn: FrameRequestCallback) => setTimeout(() => fn(performance.now()), 16))
  const el = { isConnected: true, getBoundingClientRect: () => ({ top: state.targetAt - state.y }) } as unknown as HTMLElement
  const input = (type: string) => listeners.get(type)?.()
  return { state, el, input, listeners }
}

/** The promise's value and the time it took, the clock run on as far as 2 s. */
async function timed<T>(promise: Promise<T>): Promise<{ value: T, ms: number }> {
  const start = performance.now()
  let ms = Number.NaN
  const done = promise.then((value) => {
    ms = performance.now() - start
    return value
  })
  await vi.advanceTimersByTimeAsync(2000)
  return { value: await done, ms }
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'setInterval', 'clearInterval', 'performance'] })
})

afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
  Reflect.deleteProperty(globalThis, 'scrollY')
})

describe('settleOn', () => {
  it('puts a card mid-page within half a pixel of its line, and stops once it stays there', async () => {
    const { state, el } = phone()
    state.targetAt = 1000.4
    const { value, ms } = await timed(settleOn(el, 60, ''))
    expect(value).toBe(true)
    expect(Math.abs(state.targetAt - state.y - 60)).toBeLessThanOrEqual(0.5)
    expect(ms).toBeLessThan(200)
  })

  it('lands where the card is once the cards above it have their heights', async () => {
    const { state, el } = phone()
    setTimeout(() => {
      state.targetAt = 1320.7
    }, 60)
    const { value } = await timed(settleOn(el, 60, ''))
    expect(value).toBe(true)
    expect(Math.abs(state.targetAt - state.y - 60)).toBeLessThanOrEqual(0.5)
  })

  it('does not creep: landing again on the same card moves nothing', async () => {
    const { state, el } = phone({ dpr: 1 })
    state.targetAt = 2000.49
    await timed(settleOn(el, 266.59, ''))
    const first = state.y
    for (let back = 0; back < 5; back++)
      await timed(settleOn(el, state.targetAt - state.y, ''))
    expect(state.y).toBe(first)
  })

  it('settles on a card at the foot of the page as far as the page scrolls, without waiting out its time', async () => {
    const { state, el } = phone()
    state.targetAt = 4900
    const { value, ms } = await timed(settleOn(el, 60, ''))
    expect(value).toBe(true)
    expect(state.y).toBe(5000 - 844)
    expect(ms).toBeLessThan(500)
  })

  it('keeps scrolling while the page is still growing below a card near its foot', async () => {
    const { state, el } = phone({ height: 1500 })
    state.targetAt = 1400
    setTimeout(() => {
      state.height = 5000
    }, 200)
    const { value } = await timed(settleOn(el, 60, ''))
    expect(value).toBe(true)
    expect(Math.abs(state.targetAt - state.y - 60)).toBeLessThanOrEqual(0.5)
  })

  it('gives way to a reader who scrolls, and lets go of the page', async () => {
    const { state, el, input, listeners } = phone()
    setTimeout(() => {
      state.targetAt = 1500
      input('wheel')
    }, 40)
    const { value } = await timed(settleOn(el, 60, ''))
    expect(value).toBe(false)
    expect(listeners.size).toBe(0)
    const scrolls = state.scrolls
    await vi.advanceTimersByTimeAsync(500)
    expect(state.scrolls).toBe(scrolls)
  })

  it('stops when the link is left, even at the end of its time', async () => {
    const { state, el } = phone()
    state.hash = '#gdp'
    // a card that never comes to rest, so only the time would end it
    const moving = setInterval(() => {
      state.targetAt += 3
    }, 16)
    setTimeout(() => {
      state.hash = '#other'
    }, 1490)
    const { value } = await timed(settleOn(el, 60, '#gdp'))
    clearInterval(moving)
    expect(value).toBe(false)
  })
})
