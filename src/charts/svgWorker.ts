/**
 * Draws charts to SVG off the main thread, for charts rendered in the browser (prerendered pages
 * carry theirs already): ECharts is compiled and run here, so the page stays responsive while
 * it loads. The worker imports the page's own ECharts chunk (its URL comes with each request),
 * so the app ships ECharts once and the interactive chart (EChartView, on touch) finds it cached.
 */
import type { ECOption } from './echarts'
import { drawPicture } from './picture'

export interface SvgRequest { id: number, echarts: string, option: ECOption, width: number, height: number }
export interface SvgResponse { id: number, svg?: string, error?: string }

type ECharts = typeof import('./echarts')

// ECharts' development build reads Node's `global` wherever there is no window (new ECharts())
if (import.meta.env.DEV)
  (globalThis as { global?: unknown }).global ??= globalThis
let echarts: Promise<ECharts> | undefined

addEventListener('message', async (event: MessageEvent<SvgRequest>) => {
  const { id, echarts: url, option, width, height } = event.data
  let response: SvgResponse
  try {
    echarts ??= import(/* @vite-ignore */ url) as Promise<ECharts>
    response = { id, svg: drawPicture((await echarts).init, option, width, height) }
  }
  catch (error) {
    // a failed import (offline before the chunk was cached) is tried again with the next chart
    echarts = undefined
    response = { id, error: String(error) }
  }
  postMessage(response)
})
