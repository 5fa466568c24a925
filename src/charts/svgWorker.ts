/**
 * Draws charts to SVG off the main thread, for charts rendered in the browser (prerendered pages
 * carry theirs already): ECharts is compiled and run here, so the page stays responsive while
 * it loads. The worker imports the page's own ECharts chunk (its URL comes with each request),
 * so the app ships ECharts once and the interactive chart (EChartView, on touch) finds it cached.
 */
import type { ECOption } from './echarts'
import { drawPicture } from './picture'

export interface SvgRequest { id: number, echarts: string, option: ECOption, width: number, height: number }
/** `failed`: ECharts could not be loaded here; the page starts a new worker for the next chart. */
export interface SvgResponse { id: number, svg?: string, error?: string, failed?: boolean }

type ECharts = typeof import('./echarts')

// ECharts' development build reads Node's `global` wherever there is no window (new ECharts())
if (import.meta.env.DEV)
  (globalThis as { global?: unknown }).global ??= globalThis

let echarts: Promise<ECharts> | undefined

addEventListener('message', async (event: MessageEvent<SvgRequest>) => {
  const { id, echarts: url, option, width, height } = event.data
  echarts ??= import(/* @vite-ignore */ url) as Promise<ECharts>
  let init: ECharts['init']
  try {
    init = (await echarts).init
  }
  catch (error) {
    // offline before the chunk was cached, or the network failed: a browser may remember a
    // failed import for the life of the worker, so this worker is done
    postMessage({ id, error: String(error), failed: true } satisfies SvgResponse)
    return
  }
  let response: SvgResponse
  try {
    response = { id, svg: drawPicture(init, option, width, height) }
  }
  catch (error) {
    response = { id, error: String(error) }
  }
  postMessage(response)
})
